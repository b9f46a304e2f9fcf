"""The outbox page shows each network's version beside X's: Bluesky's as atproto sent it to
the fake PDS (its facets, its length in graphemes, its reply rule), Mastodon's as Mastodon.py
sent it to the fake instance (its length against the instance's limit, its visibility), and a
network not sent yet as it will go. Tom is an author, Alan an approver."""

from __future__ import annotations

import pytest
from django.urls import reverse
from publishing_helpers import approved_post

from schoolsocial.publishing.models import OutboxTweet
from schoolsocial.publishing.tasks import publish_due
from schoolsocial.publishing.versions import versions

pytestmark = pytest.mark.django_db

TEXT = ("Sports day café results are on https://meonvalley.hants.sch.uk/sports "
        "#SportsDay — well done everyone!")


@pytest.fixture
def post(connected, tom, alan, at_ten):
    made = approved_post(tom, alan, text=TEXT, networks=("x", "bluesky", "mastodon"))
    publish_due(timeout=2)
    made.refresh_from_db()
    return made


def test_each_network_keeps_the_version_its_publisher_sent(post, pds, instance):
    [record] = pds.posts()
    bluesky, mastodon = (post.publications.get(network=n) for n in ("bluesky", "mastodon"))
    def ranges(facets):  # the byte ranges and what each made live (the SDK adds $types)
        return [(f["index"]["byteStart"], f["index"]["byteEnd"],
                 f["features"][0].get("uri") or f["features"][0].get("tag")) for f in facets]

    assert ranges(bluesky.sent["facets"]) == ranges(record.value["facets"])
    assert len(bluesky.sent["facets"]) == 2
    assert bluesky.sent["text"] == record.value["text"] == TEXT
    [toot] = instance.statuses()
    assert mastodon.sent == {"text": toot.text, "visibility": toot.visibility, "images": []}


def test_the_facets_are_read_back_as_the_text_they_made_live(post):
    bluesky, mastodon = versions(post)
    # the é and the dash are several bytes each: the ranges still land on the link and the tag
    assert bluesky.live == [("Link", "https://meonvalley.hants.sch.uk/sports"),
                            ("Hashtag", "#SportsDay")]
    assert bluesky.sent and bluesky.length == len(TEXT) and bluesky.max_length == 300
    assert mastodon.max_length == 500 and mastodon.replies.startswith("Public")


def test_the_outbox_page_shows_x_and_each_networks_version(client, tom, post):
    client.force_login(tom.user)
    page = client.get(reverse("outbox")).content.decode()
    assert page.count("Sports day café results") == 3  # X's, Bluesky's, Mastodon's
    assert "Hashtag <code>#SportsDay</code>" in page
    assert f"{len(TEXT)} of 300 characters" in page and "of 500 characters" in page
    assert "may reply (a threadgate)" in page
    assert "Public: on the instance" in page
    tweet = OutboxTweet.objects.get()
    status = client.get(reverse("outbox_status", args=[tweet.pk])).content.decode()
    assert "On the other networks" in status and 'id="version-bluesky"' in status


def test_a_network_not_sent_yet_is_shown_as_it_will_go(connected, tom, alan, at_ten):
    made = approved_post(tom, alan, text=TEXT, networks=("x", "bluesky"))
    [bluesky] = versions(made)
    assert not bluesky.sent and bluesky.status == "Goes with the post at its time"
    assert bluesky.live == [("Link", "https://meonvalley.hants.sch.uk/sports"),
                            ("Hashtag", "#SportsDay")]
    assert bluesky.text == TEXT and bluesky.length == len(TEXT) and bluesky.replies == ""
