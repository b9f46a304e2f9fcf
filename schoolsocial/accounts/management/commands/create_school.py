"""A new school and its first headteacher, for whoever runs the service:

    manage.py createsuperuser --username jmorgan          # or any existing account
    manage.py create_school "Meon Valley Primary" --head jmorgan --preset droxford \
        [--timezone Europe/London] [--trust "Meon Learning Trust"]

The headteacher then signs in (setting up two-factor sign-in), connects X, and adds staff on the
Staff page. A --trust that does not exist yet is created; `manage.py trust` names its executive
headteachers. Everything is audited in the school's log.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from policies.presets import PRESETS
from schoolsocial.accounts.models import Membership, Role, School, Trust, User
from schoolsocial.audit.actions import Event
from schoolsocial.audit.log import record


class Command(BaseCommand):
    help = "Create a school with its first headteacher (an existing account)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("name")
        parser.add_argument("--head", required=True, help="Username of the first headteacher.")
        parser.add_argument("--preset", required=True, choices=sorted(PRESETS),
                            help="The written policy the school starts from.")
        parser.add_argument("--timezone", default="Europe/London")
        parser.add_argument("--trust", default="", help="The trust the school belongs to.")

    def handle(self, *args, name: str, head: str, preset: str, timezone: str, trust: str,
               **options) -> None:
        name = name.strip()
        if not name:
            raise CommandError("Give the school a name.")
        if School.objects.filter(name__iexact=name).exists():
            raise CommandError(f"There is already a school called {name!r}.")
        try:
            ZoneInfo(timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise CommandError(f"{timezone!r} is not a timezone (e.g. Europe/London).") from None
        user = User.objects.filter(username=head).first()
        if user is None:
            raise CommandError(f"No account is called {head!r}: create it first with "
                               f"`manage.py createsuperuser --username {head}`.")
        with transaction.atomic():
            group = Trust.objects.get_or_create(name=trust.strip())[0] if trust.strip() else None
            school = School.objects.create(name=name, policy_preset=preset, timezone=timezone,
                                           trust=group)
            member = Membership.objects.create(user=user, school=school, role=Role.HEADTEACHER)
            record(school, None, Event.STAFF_ADDED,
                   f"{user.display_name()} added as headteacher when the school was created",
                   member, role=member.role, username=user.username)
        self.stdout.write(f"Created {school.name} ({preset} policy, {timezone})"
                          + (f" in {group.name}" if group else "")
                          + f"; {user.display_name()} is its headteacher.")
