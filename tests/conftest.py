"""Shared fixtures. The people make permissions obvious:

Helen is the headteacher of Meon Valley, Alan an approver there, Tom a teacher (author), Ian the
ICT leader (monitor) and Greta a governor. Oscar is the headteacher of Other School and must get a
404 for anything of Meon Valley's.
"""

from __future__ import annotations

import os
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.utils import timezone

from schoolsocial.accounts.models import Membership, Role, School, User
from schoolsocial.posts.checks import check_post
from schoolsocial.posts.models import Post
from schoolsocial.posts.states import State
from tests import seasons
from tests.clients import Client

LONDON = ZoneInfo("Europe/London")


@pytest.fixture(params=seasons.SEASONS, ids=lambda season: season.name)
def season(request) -> seasons.Season:
    """Run the test in each season of tests/seasons.py: its date, its school's timezone. A test
    marked `real_clock` (another process on the machine's clock takes part) runs once, now."""
    if request.node.get_closest_marker("real_clock"):
        yield request.param
        return
    seasons.CURRENT = request.param
    try:
        with time_machine.travel(request.param.now, tick=True):
            yield request.param
    finally:
        seasons.CURRENT = None


def pytest_collection_modifyitems(config, items):
    """PostgreSQL-only tests run when DATABASE_URL points at PostgreSQL, and must run in CI."""
    on_postgres = os.environ.get("DATABASE_URL", "").startswith("postgres")
    once = [item for item in items if not (
        item.get_closest_marker("real_clock") and getattr(item, "callspec", None)
        and item.callspec.params.get("season", seasons.SEASONS[0]) != seasons.SEASONS[0])]
    if len(once) != len(items):
        kept = {id(item) for item in once}
        config.hook.pytest_deselected(items=[item for item in items if id(item) not in kept])
        items[:] = once
    for item in items:
        if "postgres" in item.keywords and not on_postgres:
            if os.environ.get("REQUIRE_SERVICES"):
                raise pytest.UsageError("REQUIRE_SERVICES is set, DATABASE_URL is not PostgreSQL")
            item.add_marker(pytest.mark.skip(reason="needs DATABASE_URL=postgres://..."))


def _member(school: School, username: str, first: str, role: str) -> Membership:
    user = User.objects.create_user(username, f"{username}@example.org", "pw-for-tests-only",
                                    first_name=first, last_name="Example")
    return Membership.objects.create(user=user, school=school, role=role)


@pytest.fixture
def school(db, request) -> School:
    if "season" in request.fixturenames:
        request.getfixturevalue("season")
    return School.objects.create(name="Meon Valley", x_handle="MeonValley",
                                 policy_preset="droxford", timezone=seasons.zone().key)


@pytest.fixture
def other_school(db) -> School:
    return School.objects.create(name="Other School", policy_preset="highfield")


@pytest.fixture
def helen(school) -> Membership:
    return _member(school, "helen", "Helen", Role.HEADTEACHER)


@pytest.fixture
def alan(school) -> Membership:
    return _member(school, "alan", "Alan", Role.APPROVER)


@pytest.fixture
def tom(school) -> Membership:
    return _member(school, "tom", "Tom", Role.AUTHOR)


@pytest.fixture
def ian(school) -> Membership:
    return _member(school, "ian", "Ian", Role.MONITOR)


@pytest.fixture
def greta(school) -> Membership:
    return _member(school, "greta", "Greta", Role.GOVERNOR)


@pytest.fixture
def oscar(other_school) -> Membership:
    return _member(other_school, "oscar", "Oscar", Role.HEADTEACHER)


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


def local_input(when: datetime) -> str:
    """How a datetime-local input posts a time in the school's timezone."""
    return timezone.localtime(when, seasons.zone()).strftime("%Y-%m-%dT%H:%M")


@pytest.fixture
def client() -> Client:
    return Client()


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """On PostgreSQL the audit table refuses TRUNCATE (audit migration 0004) unless the session
    says it means it; the test database says so, so that transactional tests can be reset."""
    from django.db import connection

    with django_db_blocker.unblock():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                name = connection.ops.quote_name(connection.settings_dict["NAME"])
                cursor.execute(
                    f"ALTER DATABASE {name} SET schoolsocial.allow_audit_truncate = 'on'")
            connection.close()
