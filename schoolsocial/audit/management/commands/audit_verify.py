"""Verify the audit chain of every school, or of one: `manage.py audit_verify [--school ID]`.

Exit status 0 when every chain is intact, 1 when one is broken (its first broken link printed).
"""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand, CommandError, CommandParser

from schoolsocial.accounts.models import School
from schoolsocial.audit import chain


class Command(BaseCommand):
    help = "Check that no audit event was edited, deleted or inserted behind School Social's back."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--school", type=int, help="the id of one school (default: all)")

    def handle(self, *args, school: int | None = None, **options) -> None:
        schools = School.objects.order_by("id")
        if school is not None:
            schools = schools.filter(pk=school)
            if not schools.exists():
                raise CommandError(f"There is no school with id {school}.")
        began, broken = time.perf_counter(), 0
        for each in schools.only("id", "name"):
            verdict = chain.verify(each.pk)
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
