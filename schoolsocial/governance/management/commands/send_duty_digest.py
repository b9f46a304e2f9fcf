"""E-mail each school's duties that are due or overdue to the people who may mark them done.

Run daily (django-q2 schedule, migration 0002). A school is e-mailed when something is due or
overdue and either the list changed since its last digest or a week has passed: a reminder a
week, not a nag a day. Each digest sent is an audit event.
"""

from __future__ import annotations

from datetime import timedelta
from functools import partial

from django.core.management.base import BaseCommand, CommandParser
from django.db import transaction
from django.utils import timezone

from schoolsocial.accounts.access import ABILITIES
from schoolsocial.accounts.models import School
from schoolsocial.audit.actions import Event
from schoolsocial.audit.log import record
from schoolsocial.audit.models import AuditEvent
from schoolsocial.governance import duties, notifications
from schoolsocial.mail.delivery import emails_of

REMIND_EVERY = timedelta(days=7)


class Command(BaseCommand):
    help = "E-mail the policies' duties that are due or overdue, school by school."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--school", type=int, help="only this school's id")

    def handle(self, *args, school: int | None = None, **options) -> None:
        schools = School.objects.order_by("id")
        if school is not None:
            schools = schools.filter(pk=school)
        sent = 0
        for each in schools:
            sent += self.digest(each)
        self.stdout.write(f"Duty digests sent: {sent}.")

    def digest(self, school: School) -> int:
        outstanding = [s for s in duties.statuses(school) if s.state != "done"]
        if not outstanding:
            return 0
        fingerprint = [f"{s.duty.key}:{s.state}:{s.due_by.isoformat()}" for s in outstanding]
        last = (AuditEvent.objects.filter(school=school, action=Event.DUTY_DIGEST_SENT)
                .order_by("-id").first())
        today = timezone.localdate(timezone=school.tz)
        if (last and last.details.get("fingerprint") == fingerprint
                and today - timezone.localdate(last.created_at, timezone=school.tz)
                < REMIND_EVERY):
            return 0
        to = emails_of(school.pk, ABILITIES["mark_duty_done"])
        if not to:
            self.stdout.write(f"{school.name}: duties outstanding but nobody to e-mail.")
            return 0
        with transaction.atomic():
            record(school, None, Event.DUTY_DIGEST_SENT,
                   f"Duty reminders e-mailed to {len(to)}: "
                   + ", ".join(s.duty.title.lower() for s in outstanding),
                   fingerprint=fingerprint, recipients=len(to))
            transaction.on_commit(partial(notifications.send_digest, school, outstanding, to),
                                  robust=True)
        self.stdout.write(f"{school.name}: {len(outstanding)} duties, e-mailed to {len(to)}.")
        return 1
