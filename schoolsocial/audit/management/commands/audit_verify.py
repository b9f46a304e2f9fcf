"""Verify the audit chain of every school, or of one: `manage.py audit_verify [--school ID]`.

With an anchor (the position and hash e-mailed to the governors weekly or printed in the termly
report): `manage.py audit_verify --school ID --expect-position N --expect-hash H` also checks that
the chain still holds that event, so deleting the newest events is detected.

Exit status 0 when every chain is intact, 1 when one is broken (its first broken link printed).
"""

from __future__ import annotations

import re
import time

from django.core.management.base import BaseCommand, CommandError, CommandParser

from schoolsocial.accounts.models import School
from schoolsocial.audit import chain


class Command(BaseCommand):
    help = "Check that no audit event was edited, deleted or inserted behind School Social's back."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--school", type=int, help="the id of one school (default: all)")
        parser.add_argument("--expect-position", type=int, metavar="N",
                            help="an anchor's position (needs --school and --expect-hash)")
        parser.add_argument("--expect-hash", metavar="HASH", help="that anchor's hash")

    def handle(self, *args, school: int | None = None, expect_position: int | None = None,
               expect_hash: str | None = None, **options) -> None:
        if (expect_position is None) != (expect_hash is None):
            raise CommandError("Give both --expect-position and --expect-hash (from the anchor "
                               "e-mail or the termly report).")
        if expect_position is not None and school is None:
            raise CommandError("An anchor belongs to one school: give --school too.")
        if expect_hash is not None and not re.fullmatch(r"[0-9a-fA-F]{64}", expect_hash.strip()):
            raise CommandError("--expect-hash is the 64 hexadecimal characters of the anchor.")
        schools = School.objects.order_by("id")
        if school is not None:
            schools = schools.filter(pk=school)
            if not schools.exists():
                raise CommandError(f"There is no school with id {school}.")
        began, broken = time.perf_counter(), 0
        for each in schools.only("id", "name"):
            verdict = chain.verify(each.pk)
            if expect_position is not None:
                verdict = chain.check_anchor(verdict, expect_position, expect_hash)
            if verdict.intact:
                self.stdout.write(f"{each.name} (id {each.pk}): intact, {verdict.checked} events, "
                                  f"head {verdict.head_hash[:16]}…")
            else:
                broken += 1
                self.stdout.write(f"{each.name} (id {each.pk}): BROKEN after {verdict.checked} "
                                  f"good events. {verdict.broken.message}")
        self.stdout.write(f"Checked in {time.perf_counter() - began:.1f} s.")
        if broken:
            raise CommandError(f"{broken} school{'s' if broken > 1 else ''} with a broken chain.",
                               returncode=1)
