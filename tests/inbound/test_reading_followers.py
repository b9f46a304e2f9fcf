"""The worker reads the followers newest first, keeps who is new with the signs a school would
care about, stops at the first page where someone is known, and never stores anyone twice, even when
the list changes while it is read."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from django.utils import timezone

from schoolsocial.inbound.models import Follower, ReadState, Stream
from schoolsocial.inbound.reading import read_school
from schoolsocial.publishing.fake_x import Fault
from schoolsocial.pupils.models import Pupil

pytestmark = pytest.mark.django_db
FOLLOWERS = (Stream.FOLLOWERS,)


def read(school, publisher, minutes: int = 0) -> int:
    return read_school(school, publisher, timezone.now() + timedelta(minutes=minutes), FOLLOWERS)


def follow(fake_x, username: str, **fields):
    user = fake_x.add_user(username, **fields)
    fake_x.add_follower(fake_x.default_account, user)
    return user


def signals_of(handle: str) -> list[str]:
    return Follower.objects.get(handle=handle).signals


def test_new_followers_are_kept_with_what_a_school_would_care_about(fake_x, x_publisher,
                                                                     school):
    Pupil.objects.create(school=school, first_name="Amelia", last_name="Watson")
    follow(fake_x, "meonvalleypta", description="Friends of the school")
    follow(fake_x, "user81726354", profile_image=False)
    follow(fake_x, "brand_new", description="Hello",
           created_at=datetime.now(UTC) - timedelta(days=3))
    follow(fake_x, "hot_deals", description="18+ content, DM me")
    follow(fake_x, "amelia_watson2016", name="Amelia Watson", description="I love ponies")
    follow(fake_x, "locked", description="Private", protected=True)
    read(school, x_publisher)
    assert signals_of("meonvalleypta") == []
    assert signals_of("user81726354") == ["No profile picture and no bio"]
    assert signals_of("brand_new")[0].startswith("A very new account (made 3 days ago)")
    assert any("Adult" in s for s in signals_of("hot_deals"))
    assert "Its name or handle is a pupil's name" in signals_of("amelia_watson2016")
    assert any("Protected" in s for s in signals_of("locked"))


def test_a_read_stops_at_the_first_page_with_someone_known(fake_x, x_publisher, school,
                                                        settings):
    for n in range(1500):
        follow(fake_x, f"follower{n}", description="A parent")
    read(school, x_publisher)
    assert Follower.objects.count() == 1500  # two pages of 1,000
    follow(fake_x, "newcomer", description="Another parent")
    before = len(fake_x.requests_to("GET", f"/2/users/{fake_x.default_account.user_id}/foll"))
    read(school, x_publisher, minutes=90)
    after = len(fake_x.requests_to("GET", f"/2/users/{fake_x.default_account.user_id}/foll"))
    assert after - before == 1  # the first page had the newcomer and known followers: enough
    assert Follower.objects.filter(handle="newcomer").exists()
    assert Follower.objects.count() == 1501


def test_a_list_that_changes_while_it_is_read_makes_no_duplicates(fake_x, x_publisher,
                                                                  school):
    for n in range(1200):
        follow(fake_x, f"follower{n}", description="A parent")
    original = fake_x.handle

    def arrivals_between_pages(req, host):
        if req.path.endswith("/followers") and req.query.get("pagination_token"):
            for n in range(5):  # five follow during the read: the offsets shift by five
                follow(fake_x, f"late{n}", description="A parent")
        return original(req, host)

    fake_x.handle = arrivals_between_pages
    read(school, x_publisher)
    fake_x.handle = original
    read(school, x_publisher, minutes=90)
    assert Follower.objects.count() == 1205
    assert Follower.objects.values("x_id").distinct().count() == 1205


def test_a_5xx_on_the_second_page_carries_on_from_it(fake_x, x_publisher, school):
    for n in range(1500):
        follow(fake_x, f"follower{n}", description="A parent")
    original = fake_x.handle

    def second_page_fails(req, host):
        if req.path.endswith("/followers") and req.query.get("pagination_token"):
            fake_x.queue(Fault.server_error(502, match="GET /2/users/"))
        return original(req, host)

    fake_x.handle = second_page_fails
    read(school, x_publisher)
    state = ReadState.objects.get(school=school, stream=Stream.FOLLOWERS)
    assert Follower.objects.count() == 1000 and state.token and state.failures == 1
    fake_x.handle = original
    read(school, x_publisher, minutes=5)
    assert Follower.objects.count() == 1500
    state.refresh_from_db()
    assert (state.token, state.failures, state.last_error) == ("", 0, "")
