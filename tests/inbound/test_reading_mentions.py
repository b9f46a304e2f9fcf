"""The worker reads mentions and replies through tweepy from the fake X, runs each through the
rules engine, and never stores one twice; a read X cuts short carries on where it stopped."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from schoolsocial.inbound.models import Mention, ReadState, Stream
from schoolsocial.inbound.reading import read_school
from schoolsocial.publishing.fake_x import Fault
from schoolsocial.publishing.models import AccountHold, HoldKind, UsageKind
from schoolsocial.publishing.usage import this_month
from schoolsocial.pupils.models import Pupil

pytestmark = pytest.mark.django_db
MENTIONS = (Stream.MENTIONS,)


def read(school, publisher, minutes: int = 0) -> int:
    return read_school(school, publisher, timezone.now() + timedelta(minutes=minutes),
                       MENTIONS)


@pytest.fixture
def parent(fake_x):
    return fake_x.add_user("proud_parent", "A Parent")


def test_mentions_and_replies_are_read_checked_and_flagged_first(fake_x, x_publisher, school,
                                                                 parent):
    Pupil.objects.create(school=school, first_name="Josh", last_name="Smith")
    ours = fake_x.mention(fake_x.add_user("forefield_fan"), "not a mention")  # not listed
    fake_x.mention(parent, "@forefieldprimary what a lovely assembly")
    fake_x.mention(parent, "@forefieldprimary Is that Josh Smith on the left?")
    fake_x.mention(parent, "@forefieldprimary ring me on 07700 900123")
    assert read(school, x_publisher) == 1
    rows = {m.text: m for m in Mention.objects.filter(school=school)}
    assert ours.text not in rows
    assert not rows["@forefieldprimary what a lovely assembly"].flagged
    named = rows["@forefieldprimary Is that Josh Smith on the left?"]
    assert named.flagged and named.findings[0]["rule"] == "child_name"
    assert rows["@forefieldprimary ring me on 07700 900123"].findings[0]["rule"] == \
        "personal_data"
    assert named.author_handle == "proud_parent" and named.url.startswith("https://x.com/")
    assert this_month(school).of(UsageKind.OWNED_READ) == 3


def test_a_reply_to_the_schools_post_is_marked_a_reply(fake_x, x_publisher, school, parent):
    from schoolsocial.publishing.backends import Payload

    ours = x_publisher.publish(Payload("Sports day is on Friday."))
    fake_x.mention(parent, "@forefieldprimary Can't wait!", in_reply_to=ours.tweet_id)
    read(school, x_publisher)
    assert Mention.objects.get().reply_to == ours.tweet_id


def test_reading_again_adds_only_what_is_new(fake_x, x_publisher, school, parent):
    fake_x.mention(parent, "@forefieldprimary first")
    read(school, x_publisher)
    fake_x.mention(parent, "@forefieldprimary second")
    read(school, x_publisher, minutes=10)
    read(school, x_publisher, minutes=20)
    assert sorted(Mention.objects.values_list("text", flat=True)) == [
        "@forefieldprimary first", "@forefieldprimary second"]
    since = [r.query.get("since_id") for r in fake_x.requests_to("GET", "/2/users/")
             if r.path.endswith("/mentions")]
    first, second = sorted(Mention.objects.values_list("x_id", flat=True), key=int)
    assert since == [None, first, second]  # each read asks only for what is newer


def test_a_5xx_part_way_carries_on_from_the_page_it_stopped_at(fake_x, x_publisher, school,
                                                                parent, settings):
    settings.INBOUND_MAX_PAGES = 10
    for n in range(250):
        fake_x.mention(parent, f"@forefieldprimary number {n} ✨")
    original = fake_x.handle  # the first page answers, the second fails with a 503

    calls = {"n": 0}

    def flaky(req, host):
        if req.path.endswith("/mentions"):
            calls["n"] += 1
            if calls["n"] == 2:
                fake_x.queue(Fault.server_error(503, match="GET /2/users/"))
        return original(req, host)

    fake_x.handle = flaky
    read(school, x_publisher)
    state = ReadState.objects.get(school=school, stream=Stream.MENTIONS)
    assert Mention.objects.count() == 100 and state.token and "503" in state.last_error
    fake_x.handle = original
    read(school, x_publisher, minutes=10)
    assert Mention.objects.count() == 250
    assert Mention.objects.values("x_id").distinct().count() == 250
    state.refresh_from_db()
    assert state.token == "" and state.last_error == "" and state.since_id
    newest = max(fake_x.tweets, key=int)
    assert state.since_id == newest


def test_a_429_waits_for_xs_reset_and_keeps_nothing_twice(fake_x, x_publisher, school, parent):
    fake_x.mention(parent, "@forefieldprimary hello")
    fake_x.queue(Fault.rate_limited(reset_in=600, match="GET /2/users/"))
    read(school, x_publisher)
    state = ReadState.objects.get(school=school, stream=Stream.MENTIONS)
    assert state.next_read_at > timezone.now() + timedelta(minutes=9)
    assert "rate limit" in state.last_error
    read(school, x_publisher, minutes=11)
    read(school, x_publisher, minutes=22)
    assert Mention.objects.count() == 1


def test_a_402_on_a_read_holds_the_school_for_credit(fake_x, x_publisher, school, parent):
    fake_x.queue(Fault.no_credit(match="GET /2/users/"))
    read(school, x_publisher)
    assert AccountHold.objects.get(school=school).kind == HoldKind.NO_CREDIT


def test_a_deleted_author_and_any_unicode_are_kept(fake_x, x_publisher, school, parent):
    gone = fake_x.add_user("gone_soon")
    fake_x.mention(gone, "@forefieldprimary Zażółć gęślą jaźń 👩🏽‍🏫 \u200b مرحبا")
    fake_x.delete_user(gone.id)
    read(school, x_publisher)
    mention = Mention.objects.get()
    assert mention.author_handle == "" and "👩🏽‍🏫" in mention.text and "مرحبا" in mention.text


def test_another_schools_mentions_are_its_own(fake_x, x_publisher, school, other_school,
                                              parent):
    fake_x.mention(parent, "@forefieldprimary hello")
    read(school, x_publisher)
    assert Mention.objects.filter(school=other_school).count() == 0
