"""Choosing a post's networks on compose and edit, each chosen network's limits checked by the
rules (live check, submission, approval), and each network's status on the post page. Tom is an
author, Alan an approver; the school has connected Bluesky and a Mastodon instance whose limit
is 100 characters. In every season of tests/seasons.py."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from schoolsocial.audit.models import AuditEvent
from schoolsocial.posts import actions
from schoolsocial.posts.checks import check_post
from schoolsocial.posts.models import Approval, Decision, Post
from schoolsocial.posts.states import State
from schoolsocial.publishing.models import NetworkAccount, NetworkPublication
from schoolsocial.publishing.networks.accounts import seal
from schoolsocial.publishing.networks.bluesky import BlueskyCredentials
from schoolsocial.publishing.networks.mastodon import MastodonCredentials
from tests.factories import local_input, make_post, next_school_day

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("season")]

LONG_LINK = "https://meonvalley.hants.sch.uk/news/2026/" + "a" * 220
# X counts the link as 23: 23 + 61 characters, well inside 280; Bluesky counts all 300-odd.
WITH_LONG_LINK = f"Our harvest festival photos are on the website {LONG_LINK} thank you"


@pytest.fixture
def connected(school) -> None:
    NetworkAccount.objects.create(
        school=school, network="bluesky", connected_as="@meonvalley.bsky.social",
        address="https://bsky.social", credentials_encrypted=seal(BlueskyCredentials(
            "meonvalley.bsky.social", "app-pass-word-here")))
    NetworkAccount.objects.create(
        school=school, network="mastodon", connected_as="@meonvalley@schools.social",
        address="https://schools.social", max_length=100,
        credentials_encrypted=seal(MastodonCredentials("https://schools.social", "token", 100)))


def form(**overrides) -> dict:
    data = {"text": "Year 4 enjoyed their science lesson on magnets today.",
            "category": "learning", "exception": "", "exception_reason": "",
            "scheduled_at": local_input(next_school_day()), "networks": ["x", "bluesky"]}
    return data | overrides


def test_a_new_post_has_x_and_every_connected_network_preselected(client, tom, connected):
    client.force_login(tom.user)
    page = client.get(reverse("compose")).content.decode()
    for value, label in (("x", "X"), ("bluesky", "Bluesky @meonvalley.bsky.social"),
                         ("mastodon", "Mastodon @meonvalley@schools.social")):
        assert f'value="{value}"' in page and label in page
    assert page.count("checked") >= 3


def test_without_other_networks_the_choice_is_not_offered(client, tom):
    client.force_login(tom.user)
    assert 'name="networks"' not in client.get(reverse("compose")).content.decode()


def test_the_chosen_networks_are_saved_as_ticked_x_only_when_ticked(client, tom, connected):
    client.force_login(tom.user)
    client.post(reverse("compose"), form(networks=["bluesky"], networks_shown="1"))
    post = Post.objects.get()
    assert post.networks == ["bluesky"] and post.other_networks == ["bluesky"]
    assert not post.to_x and post.network_labels == ["Bluesky"]
    assert post.content_hash == post.compute_hash()


def test_nothing_ticked_is_refused_with_the_text_kept(client, tom, connected):
    client.force_login(tom.user)
    response = client.post(reverse("compose"), form(networks=[], networks_shown="1"))
    page = response.content.decode()
    assert response.status_code == 400 and Post.objects.count() == 0
    assert "Tick at least one network" in page and "science lesson on magnets" in page


def test_adding_a_network_after_approval_returns_the_post_to_draft(client, tom, connected):
    post = make_post(tom, State.SCHEDULED, networks=["x", "bluesky"])
    approved = post.content_hash
    client.force_login(tom.user)
    data = form(text=post.text, scheduled_at=local_input(post.scheduled_at),
                networks=["x", "bluesky", "mastodon"])
    client.post(reverse("post_edit", args=[post.pk]), data)
    post.refresh_from_db()
    assert post.state == State.DRAFT and post.content_hash != approved
    event = AuditEvent.objects.get(action="post.edited")
    assert event.details["changes"]["networks"] == [["bluesky", "x"],
                                                    ["bluesky", "mastodon", "x"]]


def test_the_live_check_counts_and_previews_each_chosen_network(client, tom, connected):
    client.force_login(tom.user)
    page = client.post(reverse("live_check"), form(
        text=WITH_LONG_LINK, networks=["x", "bluesky", "mastodon"])).content.decode()
    bluesky = len(WITH_LONG_LINK)
    assert f"<strong>Bluesky:</strong> {bluesky} / 300 characters" in page
    assert f"Too long for Bluesky: {bluesky} characters, 300 at most." in page
    # Mastodon counts the link as 23, as X does, against the instance's 100
    mastodon = len(WITH_LONG_LINK) - len(LONG_LINK) + 23
    assert f"<strong>Mastodon:</strong> {mastodon} / 100 characters" in page
    assert 'aria-label="Preview of the post on Bluesky"' in page
    assert 'aria-label="Preview of the post on Mastodon"' in page


def test_a_post_too_long_for_a_chosen_network_cannot_be_submitted(tom, connected):
    post = make_post(tom, text=WITH_LONG_LINK, networks=["x", "bluesky"])
    with pytest.raises(ValidationError):
        actions.do_submit(tom, post)
    post.refresh_from_db()
    assert post.state == State.DRAFT
    assert any(f["rule"] == "networks" and "Bluesky" in f["message"]
               for f in post.findings["findings"])
    # the same text to X alone is fine: the link counts 23 there
    x_only = make_post(tom, text=WITH_LONG_LINK)
    assert actions.do_submit(tom, x_only).state == State.SUBMITTED


def test_a_chosen_network_the_school_disconnected_blocks(tom, connected, school):
    post = make_post(tom, networks=["x", "mastodon"])
    NetworkAccount.objects.filter(school=school, network="mastodon").delete()
    with pytest.raises(ValidationError):
        actions.do_submit(tom, post)
    [block] = check_post(post).blocks
    assert block.message.startswith("Mastodon is not connected for this school")


def test_the_post_page_shows_each_network_and_retries_a_failed_one(client, tom, alan,
                                                                   connected):
    post = make_post(tom, State.PUBLISHED, networks=["x", "bluesky", "mastodon"],
                     tweet_url="https://x.com/MeonValley/status/1")
    NetworkPublication.objects.create(post=post, network="bluesky", state="published",
                                      url="https://bsky.app/profile/meonvalley/post/3k")
    NetworkPublication.objects.create(post=post, network="mastodon", state="failed",
                                      last_error="Mastodon refused the token.")
    client.force_login(alan.user)
    page = client.get(reverse("post_detail", args=[post.pk])).content.decode()
    assert "On each network" in page and "https://bsky.app/profile/meonvalley/post/3k" in page
    assert "Mastodon refused the token." in page and "Try Mastodon again" in page
    client.force_login(tom.user)
    assert "Try Mastodon again" not in client.get(
        reverse("post_detail", args=[post.pk])).content.decode()
    assert client.post(reverse("post_retry_mastodon", args=[post.pk])).status_code == 403


def test_retrying_a_failed_network_needs_the_post_still_approved(client, alan, tom, connected):
    post = make_post(tom, State.PUBLISHED, networks=["x", "mastodon"])
    publication = NetworkPublication.objects.create(post=post, network="mastodon",
                                                    state="failed", last_error="Down.")
    client.force_login(alan.user)
    client.post(reverse("post_retry_mastodon", args=[post.pk]), follow=True)
    publication.refresh_from_db()
    assert publication.state == "failed"  # make_post records no approval: not approved
    Approval.objects.create(post=post, approver=alan.user, decision=Decision.APPROVE,
                            content_hash=post.compute_hash())
    page = client.post(reverse("post_retry_mastodon", args=[post.pk]),
                       follow=True).content.decode()
    publication.refresh_from_db()
    assert publication.state == "waiting" and publication.retry_at <= timezone.now()
    assert "Sent to Mastodon again" in page
    assert AuditEvent.objects.filter(action="post.network_retried").count() == 1


def test_the_queue_card_names_the_networks_the_approval_covers(client, tom, alan, connected):
    make_post(tom, State.SUBMITTED, networks=["x", "mastodon", "bluesky"])
    make_post(tom, State.SUBMITTED, text="Cake sale on Friday after school.")
    client.force_login(alan.user)
    page = client.get(reverse("queue")).content.decode()
    assert page.count("to X, Bluesky, Mastodon") == 1


def test_x_s_280_applies_only_when_x_is_ticked(client, tom, connected):
    """290 characters: too long for X (280), within Bluesky's 300."""
    text = ("Our harvest festival raised money for the food bank. " * 6)[:290]
    client.force_login(tom.user)
    refused = client.post(reverse("compose"), form(text=text, networks=["x", "bluesky"],
                                                   networks_shown="1"))
    assert refused.status_code == 400 and "too long for X" in refused.content.decode()
    client.post(reverse("compose"), form(text=text, networks=["bluesky"], networks_shown="1"))
    post = Post.objects.get()
    assert post.networks == ["bluesky"] and post.text == text.strip()
    assert not [f for f in post.findings["findings"] if f["rule"] in ("length", "networks")]
    page = client.post(reverse("live_check"), form(text=text, networks=["bluesky"],
                                                   networks_shown="1")).content.decode()
    assert 'id="char-count"' not in page and "<strong>Bluesky:</strong>" in page
    assert 'aria-label="Preview of the post on X"' not in page
