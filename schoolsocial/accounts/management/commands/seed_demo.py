"""Create the demo school on an empty database. Running it again changes nothing."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from itertools import cycle

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from schoolsocial.accounts.models import Membership, Role, School, User
from schoolsocial.accounts.twofactor import APP_DEVICE, RECOVERY_DEVICE, new_recovery_codes
from schoolsocial.audit.actions import Event
from schoolsocial.audit.log import record
from schoolsocial.posts import actions
from schoolsocial.posts.models import Decision, Post
from schoolsocial.posts.states import State
from schoolsocial.pupils.models import ConsentRecord, Pupil

DEMO_SCHOOL = "Meon Valley Junior School (demo)"
STAFF = [
    ("head", "Helen", "Hartley", Role.HEADTEACHER),
    ("teacher", "Tom", "Okafor", Role.AUTHOR),
    ("ict", "Imran", "Chaudhry", Role.MONITOR),
    ("governor", "Grace", "Wilson", Role.GOVERNOR),
]
# Sixty different first names: no name is in two classes, so a name in a post means one pupil.
FIRST = ["Oliver", "Amelia", "Noah", "Isla", "Leo", "Ava", "Arthur", "Mia", "Muhammad", "Ivy",
         "Harry", "Freya", "Oscar", "Lily", "George", "Florence", "Theo", "Emily", "Jack", "Poppy",
         "Finley", "Rosie", "Josh", "Evie", "Alfie", "Sophia", "Henry", "Willow", "Teddy", "Aisha",
         "Jacob", "Esme", "Charlie", "Ella", "Thomas", "Ruby", "Arlo", "Daisy", "William",
         "Phoebe", "James", "Matilda", "Reuben", "Maisie", "Zain", "Hannah", "Kai", "Ellie",
         "Samuel", "Harper", "Rory", "Zara", "Ethan", "Layla", "Lucas", "Erin", "Dylan", "Nia",
         "Joseph", "Elsie"]
LAST = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
        "Patel", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts",
        "Green", "Hall", "Khan", "Clarke", "Lewis", "Hughes", "Edwards", "Nowak", "Begum",
        "Murphy", "Okoro", "Kowalski", "Fernandes", "Ahmed"]
GROUPS = ["Meonstoke base", "Soberton base", "Exton base", "Corhampton base"]
KNOWN_AS = {"Oliver": ["Olly"], "Alfie": ["Alf"], "Florence": ["Flo"], "Theo": ["Teddy"]}


class Command(BaseCommand):
    help = "Create the demo school, its staff, 60 pupils and posts in every state (once)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--sign-in", action="store_true",
                            help="Only print who can sign in, the password and head's code.")

    def handle(self, *args, sign_in: bool = False, **options) -> None:
        password = settings.DEMO_PASSWORD
        if sign_in:
            pass
        elif School.objects.filter(name=DEMO_SCHOOL).exists():
            self.stdout.write("Demo data already there; nothing changed.")
        else:
            with transaction.atomic():
                self._create(password)
            self._read_inbound()
            self.stdout.write(self.style.SUCCESS("Demo school created."))
        self._sign_in_help(password)

    def _sign_in_help(self, password: str) -> None:
        head = User.objects.filter(username="head", memberships__school__name=DEMO_SCHOOL).first()
        if head is None:
            self.stdout.write("No demo school here: run `make setup` (or manage.py seed_demo).")
            return
        others = ", ".join(username for username, *_ in STAFF if username != "head")
        code, left = demo_recovery_code(head)
        self.stdout.write(f"Sign in as {others} with the password {password}")
        self.stdout.write(f"Sign in as head with the same password, then the recovery code {code} "
                          f"({left} left, each works once; a headteacher needs two-factor "
                          "sign-in, and this stands in for an authenticator app)")

    def _read_inbound(self) -> None:
        """With the outbox (no X account), the worker's first read of the demo's mentions,
        replies and followers, so the Inbox and Followers pages have something at once."""
        from schoolsocial.inbound.reading import read_school

        if settings.PUBLISHER == "outbox":
            read_school(School.objects.get(name=DEMO_SCHOOL), None, timezone.now())

    def _create(self, password: str) -> None:
        school = School.objects.create(name=DEMO_SCHOOL, x_handle="MeonValleyJS",
                                       timezone="Europe/London", policy_preset="droxford",
                                       public_contacts="01632 960 000\noffice@meonvalley.example")
        members = {}
        for username, first, last, role in STAFF:
            user = User.objects.create_user(username, f"{username}@example.org", password,
                                            first_name=first, last_name=last)
            members[username] = Membership.objects.create(user=user, school=school, role=role)
        record(school, None, Event.DEMO_CREATED, "Demo school, staff and pupils created", school)
        demo_recovery_code(members["head"].user)
        groups = cycle(GROUPS)
        pupils = Pupil.objects.bulk_create(
            Pupil(school=school, first_name=first, last_name=LAST[(i * 7) % len(LAST)],
                  known_as=KNOWN_AS.get(first, []), group=next(groups))
            for i, first in enumerate(FIRST)
        )
        # Most families consent; some only to group photos; a few refused; some forms are
        # still out: no record means no consent.
        consents = cycle([("granted", "any")] * 6 + [("granted", "group"), ("refused", "any")]
                         + [(None, None)] * 2)
        ConsentRecord.objects.bulk_create(
            ConsentRecord(pupil=pupil, status=status, scope=scope, source="register",
                          recorded_by=members["head"].user,
                          evidence="Consent form returned in September")
            for pupil, (status, scope) in zip(pupils, consents, strict=False) if status
        )
        self._posts(school, members["teacher"], members["head"])

    def _posts(self, school: School, teacher: Membership, head: Membership) -> None:
        tz = school.tz
        day = timezone.localdate(timezone=tz)
        weekdays = [d for d in (day + timedelta(days=n) for n in range(1, 15)) if d.weekday() < 5]

        def at(d, hour):
            return datetime.combine(d, time(hour), tzinfo=tz)

        def draft(text, when, category="learning"):
            return actions.do_create_post(
                teacher, {"text": text, "category": category, "exception": "",
                          "exception_reason": "", "scheduled_at": when})

        draft("Year 5 have been building bridges out of spaghetti in science this week.",
              at(weekdays[0], 10))
        waiting = draft("Look at the fantastic Maths work from Meonstoke base this morning!",
                        at(weekdays[1], 11))
        actions.do_submit(teacher, waiting)
        sent_back = draft("Our trip to the museum was great, thanks to all the parents who helped",
                          at(weekdays[1], 14), "trip")
        actions.do_submit(teacher, sent_back)
        actions.do_decide(head, sent_back, Decision.CHANGES,
                          "Please add which year group went, and a full stop.")
        rejected = draft("Reminder: bring your wellies tomorrow!", at(weekdays[2], 9), "reminder")
        actions.do_submit(teacher, rejected)
        actions.do_decide(head, rejected, Decision.REJECT, "Parents already had this by text.")
        scheduled = draft("Soberton base enjoyed a visit from a children's author today.",
                          at(weekdays[2], 15))
        actions.do_submit(teacher, scheduled)
        actions.do_decide(head, scheduled, Decision.APPROVE, acknowledgements={
            i: "Checked with the class teacher." for i in range(len(scheduled.report.findings))})
        past = [d for d in (day - timedelta(days=n) for n in range(1, 15)) if d.weekday() < 5]
        outcomes = [
            (State.PUBLISHED, "Well done to our football team on a hard-fought match!",
             Event.POST_PUBLISHED, "Published"),
            (State.FAILED, "Harvest festival donations go to the food bank on Friday.",
             Event.POST_FAILED, "X refused the post: the account's access was revoked."),
            (State.UNKNOWN, "Exton base planted bulbs in the school garden today.",
             Event.POST_UNKNOWN, "The connection dropped after sending; checking X's timeline."),
            (State.PUBLISHING, "Corhampton base performed their class assembly.",
             Event.POST_PUBLISHED, ""),
            (State.DISMISSED, "The Year 6 cake sale is on Thursday after school.",
             Event.POST_DISMISSED, "Dismissed: the cake sale was cancelled"),
        ]
        for n, (state, text, action, summary) in enumerate(outcomes):
            post = Post.objects.create(
                school=school, author=teacher.user, text=text, category="celebration",
                scheduled_at=at(past[n], 16), state=state,
                submitted_at=at(past[n], 9), decided_at=at(past[n], 12),
            )
            post.content_hash = post.compute_hash()
            if state == State.PUBLISHED:
                post.tweet_id = f"demo{post.pk}"
                post.published_at = post.scheduled_at
            elif state not in (State.PUBLISHING, State.DISMISSED):
                post.last_error = f"Demo example, not a real attempt: {summary}"
            post.save()
            if summary:
                record(school, None, action, f"{summary}: {post}", post)


def demo_recovery_code(head: User) -> tuple[str, int]:
    """The demo head's next unused recovery code and how many are left. The head must use
    two-factor sign-in; the demo gives them an app device nobody holds, and codes printed by
    `make run` instead. Fresh codes once the last is used."""
    TOTPDevice.objects.get_or_create(user=head, confirmed=True, defaults={"name": APP_DEVICE})
    device = StaticDevice.objects.filter(user=head, name=RECOVERY_DEVICE).first()
    codes = list(device.token_set.values_list("token", flat=True)) if device else []
    if not codes:
        codes = new_recovery_codes(head)
    return codes[0], len(codes)
