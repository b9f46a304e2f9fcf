"""The Delete pages for a post on several networks: the confirmation and the button name the
networks the post is on, the POST takes it down from each, a network that fails is named with
Delete offered again, and a consent withdrawal lists each published post's networks with one
Delete for all of them. X is the outbox (the default backend); Bluesky and Mastodon are the
fake PDS and instance through the real SDKs. Tom is an author, Alan an approver."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import timezone
from publishing_helpers import approved_post

from schoolsocial.publishing.fake_networks import mastodon_error
from schoolsocial.publishing.tasks import publish_due
from tests.factories import tagged_photo

pytestmark = pytest.mark.django_db


@pytest.fixture
def post(connected, tom, alan, at_ten):
    """Out on X (the outbox), Bluesky and Mastodon."""
    made = approved_post(tom, alan, networks=("x", "bluesky", "mastodon"))
    publish_due(timeout=2)
    made.refresh_from_db()
    return made


def test_the_confirmation_names_every_network_the_post_is_on(client, alan, post):
    client.force_login(alan.user)
    detail = client.get(reverse("post_detail", args=[post.pk])).content.decode()
    assert "Delete from X, Bluesky and Mastodon</a>" in detail
    page = client.get(reverse("post_delete_from_x", args=[post.pk])).content.decode()
    assert "<h1>Delete from X, Bluesky and Mastodon?</h1>" in page
    assert "X, Bluesky, Mastodon" in page


def test_deleting_says_where_it_is_gone_from(client, alan, post, pds, instance):
    client.force_login(alan.user)
    response = client.post(reverse("post_delete_from_x", args=[post.pk]), follow=True)
    body = response.content.decode()
    assert "Deleted from X, Bluesky, Mastodon." in body
    assert pds.posts() == [] and instance.statuses() == []
    assert reverse("post_delete_from_x", args=[post.pk]) not in body
    listing = client.get(reverse("post_list")).content.decode()
    assert "Deleted from X, Bluesky, Mastodon" in listing


def test_a_network_that_fails_is_named_and_delete_is_offered_for_it(client, alan, post,
                                                                    instance):
    instance.queue(mastodon_error(500, "Internal server error",
                                  match="DELETE /api/v1/statuses/"))
    client.force_login(alan.user)
    body = client.post(reverse("post_delete_from_x", args=[post.pk]),
                       follow=True).content.decode()
    assert "Deleted from X, Bluesky." in body
    assert "Mastodon did not delete the post" in body and "try Delete again" in body
    assert "Delete from Mastodon</a>" in body  # the button names only what is left
    assert "Delete failed:" in body  # the networks table says why, on Mastodon's row
    body = client.post(reverse("post_delete_from_x", args=[post.pk]),
                       follow=True).content.decode()
    assert "Deleted from Mastodon." in body and instance.statuses() == []


def test_an_author_may_not_delete(client, tom, post, pds):
    client.force_login(tom.user)
    assert client.post(reverse("post_delete_from_x", args=[post.pk])).status_code == 403
    assert len(pds.posts()) == 1


def test_withdrawn_consent_lists_each_posts_networks_and_deletes_from_all(
        client, school, helen, post, pds, instance):
    _, josh = tagged_photo(post, "Josh", "Smith", alt_text="The race")
    client.force_login(helen.user)
    response = client.post(reverse("pupil_detail", args=[josh.pk]), {
        "status": "withdrawn", "scope": "any", "channel": "all", "evidence": "E-mail",
        "valid_until": ""}, follow=True)
    body = response.content.decode()
    assert "shows Josh on X, Bluesky, Mastodon" in body
    assert "On X, Bluesky, Mastodon" in body
    assert "Delete from X, Bluesky and Mastodon<span" in body
    client.post(reverse("post_delete_from_x", args=[post.pk]))
    page = client.get(reverse("pupil_detail", args=[josh.pk])).content.decode()
    assert "Deleted from X, Bluesky, Mastodon " + timezone.localdate().strftime("%-d %b %Y") \
        in page
    assert reverse("post_delete_from_x", args=[post.pk]) not in page
    assert pds.posts() == [] and instance.statuses() == []
