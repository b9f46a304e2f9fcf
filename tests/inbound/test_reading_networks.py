"""The worker reads Bluesky's and Mastodon's mentions, replies and followers with each account's
stored keys through the real SDKs against the fake servers: checked by the rules engine, stored
once whatever happens, each network's failure its own."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from schoolsocial.inbound.models import Follower, Mention, ReadState, Stream
from schoolsocial.inbound.reading import read_due, read_networks
from schoolsocial.publishing.fake_networks import Fault
from schoolsocial.publishing.models import UsageKind
from schoolsocial.publishing.usage import this_month
from schoolsocial.pupils.models import Pupil

pytestmark = pytest.mark.django_db


def read(school, minutes: int = 0, streams=(Stream.MENTIONS, Stream.FOLLOWERS)) -> int:
    return read_networks(school, timezone.now() + timedelta(minutes=minutes), streams,
                         timeout=2)


def test_bluesky_mentions_and_replies_are_read_checked_and_named(pds, bluesky_account, school):
    Pupil.objects.create(school=school, first_name="Josh", last_name="Smith")
    parent = pds.add_user("parent.bsky.social", "A Parent")
    pds.mention(parent, "@forefieldprimary.bsky.social what a lovely assembly")
    pds.mention(parent, "@forefieldprimary.bsky.social Is that Josh Smith on the left?")
    assert read(school, streams=(Stream.MENTIONS,)) == 1
    rows = {m.text: m for m in Mention.objects.filter(school=school)}
    named = rows["@forefieldprimary.bsky.social Is that Josh Smith on the left?"]
    assert named.network == "bluesky" and named.flagged
    assert named.findings[0]["rule"] == "child_name"
    assert named.x_id.startswith("at://") and named.url.startswith(
        "https://bsky.app/profile/parent.bsky.social/post/")
    assert not rows["@forefieldprimary.bsky.social what a lovely assembly"].flagged
    assert this_month(school).of(UsageKind.OWNED_READ) == 0  # X's charges only


def test_reading_bluesky_again_adds_only_what_is_new(pds, bluesky_account, school):
    parent = pds.add_user("parent.bsky.social")
    pds.mention(parent, "first")
    read(school)
    pds.mention(parent, "second")
    read(school, minutes=10)
    read(school, minutes=20)
    assert sorted(Mention.objects.values_list("text", flat=True)) == ["first", "second"]
    state = ReadState.objects.get(school=school, network="bluesky", stream=Stream.MENTIONS)
    assert state.since_id.endswith("Z") and state.last_error == ""


LIST_NOTIFICATIONS = "GET /xrpc/app.bsky.notification.listNotifications"
MASTODON_NOTIFICATIONS = "GET /api/v1/notifications"


@pytest.mark.parametrize("fault, words", [
    (Fault.respond(503, {"error": "Unavailable", "message": "down"}, match=LIST_NOTIFICATIONS),
     "Bluesky had a problem of its own"),
    ("rate-limited", "rate limit"),
    (Fault.drop_before_write(match=LIST_NOTIFICATIONS), "Could not reach Bluesky"),
    (Fault.slow(5, match=LIST_NOTIFICATIONS), "Could not reach Bluesky"),
], ids=["5xx", "rate-limited", "dropped", "slow"])
def test_a_bluesky_fault_is_said_and_the_next_read_gets_everything(pds, bluesky_account, school,
                                                                   fault, words):
    parent = pds.add_user("parent.bsky.social")
    pds.mention(parent, "one")
    if fault == "rate-limited":  # Bluesky's reset header: the limit lifts in an hour
        reset = str(int((timezone.now() + timedelta(hours=1)).timestamp()))
        fault = Fault.respond(429, {"error": "RateLimitExceeded", "message": "slow down"},
                              match=LIST_NOTIFICATIONS, headers={"ratelimit-reset": reset})
    pds.queue(fault)
    read(school, streams=(Stream.MENTIONS,))
    state = ReadState.objects.get(school=school, network="bluesky", stream=Stream.MENTIONS)
    assert words in state.last_error and Mention.objects.count() == 0
    assert state.next_read_at > timezone.now()
    pds.mention(parent, "two")
    read(school, minutes=120, streams=(Stream.MENTIONS,))
    assert sorted(Mention.objects.values_list("text", flat=True)) == ["one", "two"]
    state.refresh_from_db()
    assert state.last_error == "" and state.failures == 0


@pytest.mark.parametrize("fault, words", [
    (Fault.respond(502, {"error": "Bad gateway"}, match=MASTODON_NOTIFICATIONS),
     "Mastodon had a problem of its own"),
    (Fault.drop_before_write(match=MASTODON_NOTIFICATIONS), "Could not reach Mastodon"),
    (Fault.respond(401, {"error": "The access token was revoked"}, match=MASTODON_NOTIFICATIONS),
     "did not accept the school's access token"),
], ids=["5xx", "dropped", "revoked"])
def test_a_mastodon_fault_is_said_and_the_next_read_gets_everything(instance, mastodon_account,
                                                                    school, fault, words):
    parent = instance.add_user("parent")
    instance.mention(parent, "one")
    instance.queue(fault)
    read(school, streams=(Stream.MENTIONS,))
    state = ReadState.objects.get(school=school, network="mastodon", stream=Stream.MENTIONS)
    assert words in state.last_error and Mention.objects.count() == 0
    instance.mention(parent, "two")
    read(school, minutes=120, streams=(Stream.MENTIONS,))
    assert sorted(Mention.objects.values_list("text", flat=True)) == ["one", "two"]


def test_a_bluesky_failure_part_way_keeps_the_cursor(pds, bluesky_account, school, settings):
    settings.INBOUND_MAX_PAGES = 10
    parent = pds.add_user("parent.bsky.social")
    for n in range(120):
        pds.mention(parent, f"number {n}")
    answered = []
    original = pds.handle

    def second_page_fails(req, host):
        if req.path.endswith("listNotifications"):
            answered.append(req.query.get("cursor"))
            if len(answered) == 2:
                return 503, {"error": "Unavailable", "message": "down"}, {}, None
        return original(req, host)

    pds.handle = second_page_fails
    read(school, streams=(Stream.MENTIONS,))
    state = ReadState.objects.get(school=school, network="bluesky", stream=Stream.MENTIONS)
    assert Mention.objects.count() == 50 and state.token and state.last_error
    pds.handle = original
    read(school, minutes=20, streams=(Stream.MENTIONS,))
    assert Mention.objects.count() == 120
    assert sorted(set(Mention.objects.values_list("text", flat=True))) == sorted(
        f"number {n}" for n in range(120))
    state.refresh_from_db()
    assert state.token == "" and state.last_error == ""


def test_mastodon_mentions_and_followers_are_read(instance, mastodon_account, school):
    parent = instance.add_user("parent@other.example", "A Parent")
    instance.mention(parent, "@forefieldprimary ring me on 07700 900123")
    instance.follow(instance.add_user("newfan", "", avatar=False))
    assert read(school) == 2
    mention = Mention.objects.get()
    assert mention.network == "mastodon" and mention.findings[0]["rule"] == "personal_data"
    assert mention.author_handle == "parent@other.example"
    assert mention.url == f"{instance.url}/@parent@other.example/{mention.x_id}"
    follower = Follower.objects.get()
    assert follower.network == "mastodon" and follower.handle == "newfan"
    assert "No profile picture and no bio" in follower.signals
    assert follower.profile_url == f"{instance.url}/@newfan"


def test_mastodon_reads_ask_only_for_what_is_newer(instance, mastodon_account, school):
    parent = instance.add_user("parent")
    instance.mention(parent, "first")
    read(school)
    instance.mention(parent, "second")
    read(school, minutes=10)
    since = [r.query.get("since_id") for r in instance.requests_to("GET",
                                                                   "/api/v1/notifications")]
    first_note = instance.m_notifications[instance.default_account.id][0].id
    assert since == [None, first_note]
    assert Mention.objects.count() == 2


def test_bluesky_followers_with_signs_and_a_known_one_stops_the_read(pds, bluesky_account,
                                                                     school):
    Pupil.objects.create(school=school, first_name="Josh", last_name="Smith")
    old = pds.add_user("old.bsky.social", "Old Friend", bio="Governor")
    pds.follow(old)
    read(school, streams=(Stream.FOLLOWERS,))
    pds.follow(pds.add_user("joshsmith.bsky.social", "Josh Smith", bio="18+ only",
                            created_at=timezone.now() - timedelta(days=2)))
    read(school, minutes=61, streams=(Stream.FOLLOWERS,))
    rows = {f.handle: f for f in Follower.objects.filter(school=school, network="bluesky")}
    assert set(rows) == {"old.bsky.social", "joshsmith.bsky.social"}
    signals = rows["joshsmith.bsky.social"].signals
    assert any("pupil's name" in s for s in signals) and any("18+" in s for s in signals)
    assert any("very new account" in s for s in signals)
    assert rows["old.bsky.social"].profile_url == "https://bsky.app/profile/old.bsky.social"


def test_a_revoked_app_password_stops_only_bluesky(pds, instance, bluesky_account,
                                                   mastodon_account, school):
    pds.mention(pds.add_user("parent.bsky.social"), "hello")
    instance.mention(instance.add_user("parent"), "hello from mastodon")
    pds.revoke(pds.default_account)
    assert read(school) == 2  # Mastodon's two lists
    assert list(Mention.objects.values_list("network", flat=True)) == ["mastodon"]
    for state in ReadState.objects.filter(school=school, network="bluesky"):
        assert "app password" in state.last_error and state.failures == 1
        assert state.next_read_at > timezone.now()


def test_a_network_that_is_down_stops_neither_x_nor_the_other(pds, instance, bluesky_account,
                                                              mastodon_account, school,
                                                              fake_x, credentials, settings):
    from schoolsocial.publishing.backends import XPublisher

    settings.INBOUND_READ_THREADS = 1
    instance.stop()  # Mastodon is down
    pds.mention(pds.add_user("parent.bsky.social"), "hello")
    fake_x.mention(fake_x.add_user("proud_parent"), "@forefieldprimary hello from X")
    publisher = XPublisher(school, credentials, api_base_url=fake_x.url, timeout=(2, 2))
    school.x_credentials_encrypted = "set"
    try:
        read_due(timezone.now(), publisher=publisher)
    finally:
        publisher.close()
    assert sorted(Mention.objects.values_list("network", flat=True)) == ["bluesky", "x"]
    down = ReadState.objects.get(school=school, network="mastodon", stream=Stream.MENTIONS)
    assert "Could not reach Mastodon" in down.last_error


def test_keys_that_cannot_be_opened_say_so(pds, bluesky_account, school, settings):
    from cryptography.fernet import Fernet

    settings.ENCRYPTION_KEYS = [Fernet.generate_key().decode()]  # not the key they were sealed with
    assert read(school) == 0
    state = ReadState.objects.get(school=school, network="bluesky", stream=Stream.MENTIONS)
    assert "connect Bluesky again in Settings" in state.last_error
