"""A trust's executive headteachers, for whoever runs the service:

    manage.py trust "Meon Learning Trust" --executive jmorgan [--executive ...]
    manage.py trust "Meon Learning Trust" --remove-executive jmorgan
    manage.py trust "Meon Learning Trust"                   # lists its schools and executives

Executives see the Trust page (every school's figures, read-only) and must use two-factor sign-in.
Each change is recorded in the audit log of every school in the trust. Schools join a trust with
`manage.py create_school ... --trust`.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from schoolsocial.accounts.models import Trust, User
from schoolsocial.audit.actions import Event
from schoolsocial.audit.log import record


class Command(BaseCommand):
    help = "Name or remove a trust's executive headteachers, or list the trust."

    def add_arguments(self, parser) -> None:
        parser.add_argument("name")
        parser.add_argument("--executive", action="append", default=[], metavar="USERNAME")
        parser.add_argument("--remove-executive", action="append", default=[],
                            metavar="USERNAME")

    def handle(self, *args, name: str, executive: list[str], remove_executive: list[str],
               **options) -> None:
        trust = Trust.objects.filter(name=name).first()
        if trust is None:
            known = ", ".join(Trust.objects.order_by("name").values_list("name", flat=True))
            raise CommandError(f"No trust is called {name!r}"
                               + (f" (there are: {known})." if known else
                                  ": create_school --trust creates one."))
        wanted = executive + remove_executive
        users = {u.username: u for u in User.objects.filter(username__in=wanted)}
        missing = [username for username in wanted if username not in users]
        if missing:
            raise CommandError(f"No account is called {', '.join(map(repr, missing))}.")
        current = set(trust.executives.values_list("username", flat=True))
        added = [users[u] for u in dict.fromkeys(executive) if u not in current]
        removed = [users[u] for u in dict.fromkeys(remove_executive) if u in current]
        with transaction.atomic():
            trust.executives.add(*added)
            trust.executives.remove(*removed)
            for school in trust.schools.all():
                for user in added:
                    record(school, None, Event.TRUST_EXECUTIVE_ADDED,
                           f"{user.display_name()} is now an executive headteacher of "
                           f"{trust.name}", username=user.username)
                for user in removed:
                    record(school, None, Event.TRUST_EXECUTIVE_REMOVED,
                           f"{user.display_name()} is no longer an executive headteacher of "
                           f"{trust.name}", username=user.username)
        schools = ", ".join(trust.schools.order_by("name").values_list("name", flat=True))
        leaders = ", ".join(u.display_name() for u in trust.executives.order_by("username"))
        self.stdout.write(f"{trust.name}: schools {schools or '(none yet)'}; "
                          f"executive headteachers {leaders or '(none)'}.")
