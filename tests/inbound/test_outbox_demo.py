"""Outbox parity: with no X account, the outbox publisher serves demo mentions, replies and
followers, so on a fresh install (`make run`: seed_demo, then the worker) the Inbox, Followers
and Follows pages all have something real to act on."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from schoolsocial.accounts.models import Membership, School
from schoolsocial.governance.models import FollowRequest, FollowState
from schoolsocial.inbound.models import Followed, Follower, Mention
from schoolsocial.inbound.reading import read_due

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(settings):
    settings.PUBLISHER = "outbox"
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    return School.objects.get(name="Meon Valley Junior School (demo)")


def test_a_fresh_install_has_mentions_replies_and_followers(demo):
    mentions = Mention.objects.filter(school=demo)
    assert mentions.count() == 5
    assert {f["rule"] for m in mentions for f in m.findings} >= {
        "child_name", "personal_data", "negative_tone"}
    assert mentions.exclude(reply_to="").exists()
    assert mentions.filter(text__contains="日本語").exists()
    signals = {f.handle: f.signals for f in Follower.objects.filter(school=demo)}
    assert signals["meonvalleypta"] == []
    assert signals["user88127346"] and signals["hot_deals_18"]
    assert any("pupil" in s for s in next(v for k, v in signals.items() if k.endswith("2016")))
    assert Followed.objects.filter(school=demo, handle="pizza_offers_uk", follow=None).exists()


def test_the_worker_reading_again_adds_nothing_twice(demo):
    later = timezone.now() + timezone.timedelta(hours=3)
    read_due(later)
    read_due(later + timezone.timedelta(hours=3))
    assert Mention.objects.filter(school=demo).count() == 5
    assert Follower.objects.filter(school=demo).count() == 5


def test_an_approved_follow_is_seen_followed_in_the_outbox(demo):
    head = Membership.objects.get(school=demo, role="headteacher")
    follow = FollowRequest.objects.create(school=demo, handle="NatGeoKids", reason="Science",
                                          proposed_by=head.user, created_at=timezone.now(),
                                          state=FollowState.APPROVED)
    read_due(timezone.now() + timezone.timedelta(hours=2))
    follow.refresh_from_db()
    assert follow.state == FollowState.FOLLOWED


def test_every_page_works_for_the_headteacher(demo, client):
    head = Membership.objects.get(school=demo, role="headteacher")
    client.force_login(head.user)
    inbox = client.get(reverse("inbox")).content.decode()
    assert "07700 900123" in inbox and "Hide reply on X" in inbox
    row = Mention.objects.filter(school=demo).exclude(reply_to="").first()
    response = client.post(reverse("mention_hide", args=[row.pk]), follow=True)
    assert "Hidden on X" in response.content.decode()
    assert "@hot_deals_18" in client.get(reverse("followers")).content.decode()
    assert "@pizza_offers_uk" in client.get(reverse("follows")).content.decode()
