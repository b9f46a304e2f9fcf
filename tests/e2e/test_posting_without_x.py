"""Posting without X, in Chromium at 390x844 (a phone) and at desktop size, through axe-core
(the conftest's AxeWatch): a school with Bluesky and Mastodon connected and no X account writes
a post with its networks preselected (X offered as not connected, unticked), and an approver
sees a post out on Bluesky whose Mastodon copy failed as *Partly published: Mastodon failed*
on its page and under *Did not go out*, and tries Mastodon again from there. Bluesky and
Mastodon are the fake PDS and instance; nothing runs off the right edge of the phone."""

from __future__ import annotations

import pytest
import time_machine
from cryptography.fernet import Fernet
from django.utils import timezone
from playwright.sync_api import expect

from schoolsocial.posts.models import Approval, Decision, Post
from schoolsocial.posts.states import State
from schoolsocial.publishing.models import NetworkPublication
from tests.e2e.conftest import DESKTOP, PHONE, shot, sign_in
from tests.e2e.test_phone_layout import OVERFLOW
from tests.factories import make_post, next_school_day

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

TEXT = "Year 5 planted the new orchard this morning: twelve apple trees and two pears."


@pytest.fixture(autouse=True)
def _no_x(settings, tmp_path) -> None:
    settings.ENCRYPTION_KEYS = [Fernet.generate_key().decode()]
    settings.MEDIA_ROOT = tmp_path
    settings.PUBLISHER = "x"  # the real X, and the school has connected no account


def _fits(page, viewport, what: str) -> None:
    expect(page.locator("main h1").first).to_be_visible()
    if viewport is PHONE:
        assert page.evaluate(OVERFLOW) == [], f"{what} runs off the edge"


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_a_post_is_written_for_the_connected_networks_alone(
        open_page, viewport, school, tom, connected):
    page = open_page(viewport)
    sign_in(page, "tom")
    page.goto(page.base + "/posts/new/")
    _fits(page, viewport, "compose")
    expect(page.get_by_role("checkbox", name="Bluesky")).to_be_checked()
    expect(page.get_by_role("checkbox", name="Mastodon")).to_be_checked()
    expect(page.get_by_role("checkbox", name="X (not connected)")).not_to_be_checked()
    page.get_by_label("Post", exact=True).fill(TEXT)
    page.get_by_role("button", name="Save draft").click()
    expect(page.locator(".messages")).to_contain_text("Draft saved.")
    post = Post.objects.get()
    assert post.networks == ["bluesky", "mastodon"] and not post.to_x
    shot(page, f"{'phone' if viewport is PHONE else 'desktop'}-compose-without-x")


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_a_partly_published_post_names_the_network_that_failed_and_tries_it_again(
        open_page, viewport, school, tom, alan, connected):
    with time_machine.travel(next_school_day(), tick=True):  # inside the posting hours
        partly_published(open_page, viewport, tom, alan)


def partly_published(open_page, viewport, tom, alan) -> None:
    now = timezone.now()
    post = make_post(tom, State.PUBLISHED, text=TEXT, published_at=now,
                     networks=["bluesky", "mastodon"],
                     last_error="Not published on Mastodon: Validation failed")
    Approval.objects.create(post=post, approver=alan.user, decision=Decision.APPROVE,
                            content_hash=post.content_hash)
    NetworkPublication.objects.create(post=post, network="bluesky", state="published",
                                      remote_id="at://did:plc:school/app.bsky.feed.post/1",
                                      url="https://bsky.app/profile/school/post/1",
                                      published_at=now)
    NetworkPublication.objects.create(post=post, network="mastodon", state="failed",
                                      last_error="Validation failed")
    size = "phone" if viewport is PHONE else "desktop"
    page = open_page(viewport)
    sign_in(page, "alan")
    page.goto(page.base + f"/posts/{post.pk}/")
    _fits(page, viewport, "the post")
    expect(page.locator("main h1 .badge")).to_have_text("Partly published: Mastodon failed")
    expect(page.locator("#network-status")).to_contain_text("On Bluesky")
    shot(page, f"{size}-partly-published-post")
    page.goto(page.base + "/publishing/")
    _fits(page, viewport, "publishing")
    trouble = page.locator(".trouble li", has_text="Partly published: Mastodon failed")
    expect(trouble).to_contain_text("Mastodon: Validation failed")
    shot(page, f"{size}-partly-published-listed")
    page.goto(page.base + "/outbox/")
    _fits(page, viewport, "the outbox")
    expect(page.locator(f"#without-x-{post.pk}")).to_contain_text("On Bluesky")
    shot(page, f"{size}-outbox-without-x")
    page.goto(page.base + "/publishing/")
    trouble.get_by_role("button", name="Try Mastodon again").click()
    expect(page.locator(".messages")).to_contain_text("Sent to Mastodon again")
    assert post.publications.get(network="mastodon").state == "waiting"
