"""E-mail each school's governors the latest position and hash of its audit chain: an anchor
outside the database, so that deleting the newest events (which leaves a shorter chain that still
verifies) is detected by `manage.py audit_verify --expect-position N --expect-hash H` or the
governors' check page. Run weekly (django-q2 schedule, governance migration 0004). Each anchor
sent is an audit event itself, and the e-mail names that event: the anchor covers its own
sending. A chain that is already broken is not anchored: the e-mail says so instead.
"""

from __future__ import annotations

from functools import partial

from django.core.management.base import BaseCommand, CommandParser
from django.db import transaction

from schoolsocial.accounts.models import Role, School
from schoolsocial.audit import chain
from schoolsocial.audit.actions import Event
from schoolsocial.audit.log import record
from schoolsocial.governance import notifications
from schoolsocial.mail.delivery import emails_of


class Command(BaseCommand):
    help = "E-mail the governors of each school the latest hash of its audit chain."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--school", type=int, help="only this school's id")

    def handle(self, *args, school: int | None = None, **options) -> None:
        schools = School.objects.order_by("id")
        if school is not None:
            schools = schools.filter(pk=school)
        sent = sum(self.anchor(each) for each in schools)
        self.stdout.write(f"Audit anchors sent: {sent}.")

    def anchor(self, school: School) -> int:
        to = emails_of(school.pk, [Role.GOVERNOR])
        if not to:
            self.stdout.write(f"{school.name}: no governor with an e-mail address to anchor to.")
            return 0
        verdict = chain.verify(school.pk)
        with transaction.atomic():
            event = record(
                school, None, Event.AUDIT_ANCHORED,
                f"Latest audit hash e-mailed to {len(to)} governor{'s' if len(to) > 1 else ''}"
                + ("" if verdict.intact else ": the chain is BROKEN"),
                checked=verdict.checked, previous_position=verdict.head_seq,
                previous_hash=verdict.head_hash, intact=verdict.intact,
                broken=verdict.broken.message if verdict.broken else None, recipients=len(to))
            transaction.on_commit(
                partial(notifications.send_audit_anchor, school, event, verdict, to), robust=True)
        self.stdout.write(f"{school.name}: anchored at position {event.seq}, e-mailed to "
                          f"{len(to)}.")
        return 1
