"""What the tests make: members, posts, times. Fixtures (conftest.py) and tests take them from
here."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone

from schoolsocial.accounts.models import Membership, School, User
from schoolsocial.posts.checks import check_post
from schoolsocial.posts.models import Photo, Post
from schoolsocial.posts.states import State
from tests import seasons

LONDON = ZoneInfo("Europe/London")


def make_member(school: School, username: str, first: str, role: str) -> Membership:
    user = User.objects.create_user(username, f"{username}@example.org", "pw-for-tests-only",
                                    first_name=first, last_name="Example")
    return Membership.objects.create(user=user, school=school, role=role)


def next_school_day(hour: int = 10, days: int = 1) -> datetime:
    """A weekday `days` or more ahead, at `hour` in the school's time (London outside a season):
    inside Droxford's posting hours."""
    zone = seasons.zone()
    day = timezone.localdate(timezone=zone) + timedelta(days=days)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return datetime.combine(day, time(hour), tzinfo=zone)


def make_post(author: Membership, state: str = State.DRAFT, **fields) -> Post:
    values = {
        "text": "Year 4 enjoyed their science lesson on magnets today.",
        "category": "learning",
        "scheduled_at": next_school_day(),
    }
    values.update(fields)
    post = Post(school=author.school, author=author.user, state=state, **values)
    if state not in (State.DRAFT, State.CHANGES_REQUESTED):
        post.submitted_at = timezone.now()
    post.content_hash = post.compute_hash()
    check_post(post)  # as every real save does
    post.save()
    return post


def tagged_photo(post: Post, first: str, last: str, *, consent: str = "granted",
                 **fields) -> tuple[Photo, object]:
    """A ready photo on the post showing a new pupil with one consent record; (photo, pupil)."""
    from schoolsocial.pupils.models import ConsentRecord, Pupil

    pupil = Pupil.objects.create(school=post.school, first_name=first, last_name=last)
    ConsentRecord.objects.create(pupil=pupil, status=consent, evidence="Form")
    values = {"filename": "photo.jpg", "status": "ready", "alt_text": "A photo",
              "sha256": "d" * 64} | fields
    photo = Photo.objects.create(post=post, uploaded_by=post.author, **values)
    photo.pupils.add(pupil)
    return photo, pupil


def local_input(when: datetime) -> str:
    """How a datetime-local input posts a time in the school's timezone."""
    return timezone.localtime(when, seasons.zone()).strftime("%Y-%m-%dT%H:%M")
