"""The Inbox and Followers with X, Bluesky and Mastodon items at 390x844 and at desktop size,
through axe-core (the conftest's AxeWatch) with nothing running off a phone's edge: each item's
network named, Hide offered only where the network hides, Mastodon's reason in words, and a
revoked app password said on the page; opening a mention on its network goes through a page
with a link to it."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from schoolsocial.inbound.models import Follower, Mention, ReadState, Stream
from schoolsocial.publishing.models import NetworkAccount
from tests.e2e.conftest import DESKTOP, PHONE, shot, sign_in
from tests.e2e.test_phone_layout import OVERFLOW

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

LONG_HANDLE = "year6-residential-trip-parents.brockenhurst-primary-school.example.org"
REVOKED = ("Bluesky did not accept the school's app password. It may have been revoked in "
           "Bluesky's settings: the headteacher should make a new app password and connect "
           "Bluesky again in Settings.")


def _fill(school) -> None:
    now = timezone.now()
    for network in ("bluesky", "mastodon"):
        NetworkAccount.objects.create(school=school, network=network, connected_as="@school",
                                      address="https://example.org", credentials_encrypted="-")
    flagged = [{"rule": "child_name", "severity": "block",
                "message": "“Josh” is the first name of a pupil on your roster."}]
    items = [
        ("x", "1", "parent_one", "@MeonValley lovely day", "https://x.com/p/status/1", "9"),
        ("bluesky", f"at://did:plc:abc/app.bsky.feed.post/3k{'a' * 11}", LONG_HANDLE,
         "Is that Josh on the left? https://bsky.app/profile/someone/post/3kaaaaaaaaaaa",
         f"https://bsky.app/profile/{LONG_HANDLE}/post/3kaaaaaaaaaaa",
         "at://did:plc:school/app.bsky.feed.post/3kbbbbbbbbbbb"),
        ("mastodon", "113000000000000001", "grump@a-rather-long-instance-name.example.social",
         "@school this is rubbish", "https://a-rather-long-instance-name.example.social/@grump/1",
         "113000000000000000"),
        ("mastodon", "113000000000000002", "fan@else.example", "@school well done all",
         "https://else.example/@fan/2", ""),
    ]
    for n, (network, x_id, handle, text, url, reply_to) in enumerate(items):
        Mention.objects.create(school=school, network=network, x_id=x_id, author_x_id=str(n),
                               author_handle=handle, author_name="A Parent", text=text, url=url,
                               reply_to=reply_to, posted_at=now - timedelta(hours=n),
                               findings=flagged if n == 1 else [], flagged=n == 1)
    for network, handle, verdict in (("x", "hot_deals", "block"), ("bluesky", LONG_HANDLE, ""),
                                     ("mastodon", "fan@else.example", "block")):
        Follower.objects.create(school=school, network=network, x_id=handle, handle=handle,
                                name="Someone", bio="A parent", verdict=verdict,
                                url="https://else.example/@fan" if network == "mastodon" else "",
                                signals=["No profile picture"])
    for stream in (Stream.MENTIONS, Stream.FOLLOWERS):
        ReadState.objects.create(school=school, network="bluesky", stream=stream,
                                 last_error=REVOKED, failures=1,
                                 next_read_at=now + timedelta(minutes=5))
        ReadState.objects.create(school=school, network="mastodon", stream=stream,
                                 last_read_at=now, next_read_at=now + timedelta(minutes=10))


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_inbox_and_followers_with_every_network_fit_and_pass_axe(open_page, viewport, school,
                                                                 alan):
    _fill(school)
    page = open_page(viewport)
    size = "phone" if viewport is PHONE else "desktop"
    sign_in(page, alan.user.username)
    page.goto(page.base + "/inbox/")
    expect(page.locator("main h1")).to_have_text("Inbox: mentions and replies")
    sky = page.locator("article[data-network=bluesky]")
    expect(sky.get_by_role("button", name="Hide reply on Bluesky")).to_be_visible()
    expect(sky.get_by_role("button", name="Open on Bluesky to block or report")).to_be_visible()
    reply = page.locator("article[data-network=mastodon]").first
    expect(reply.get_by_role("button", name="Open on Mastodon to block or report")) \
        .to_be_visible()
    expect(reply.get_by_role("button", name="Hide reply on Mastodon")).to_have_count(0)
    expect(reply).to_contain_text("Mastodon has no way to hide a reply")
    expect(page.get_by_role("status").filter(has_text="The last read from Bluesky stopped")) \
        .to_contain_text("make a new app password")
    shot(page, f"{size}-inbox-networks")
    if viewport is PHONE:
        assert page.evaluate(OVERFLOW) == [], "the Inbox runs off a phone's edge"
    # opening a mention on its network: a page with a link (a redirect would break the CSP)
    page.locator("article[data-network=bluesky]").get_by_role(
        "button", name="Open on Bluesky to block or report").click()
    page.wait_for_url(page.base + "/inbox/*/open/")
    expect(page.get_by_role("link", name="Continue to Bluesky")).to_have_attribute(
        "href", f"https://bsky.app/profile/{LONG_HANDLE}/post/3kaaaaaaaaaaa")
    shot(page, f"{size}-open-mention")
    if viewport is PHONE:
        assert page.evaluate(OVERFLOW) == [], "the open page runs off a phone's edge"
    page.goto(page.base + "/followers/")
    expect(page.get_by_role("link", name="Block @fan@else.example on Mastodon")).to_be_visible()
    expect(page.get_by_role("link", name="Block @hot_deals on X")).to_be_visible()
    expect(page.locator("article[data-network=bluesky] .badge").first).to_have_text("Bluesky")
    shot(page, f"{size}-followers-networks")
    if viewport is PHONE:
        assert page.evaluate(OVERFLOW) == [], "Followers runs off a phone's edge"
