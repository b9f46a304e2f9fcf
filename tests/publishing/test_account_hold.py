"""One rate limit or one revoked key holds the whole account: the school's other posts wait for
X's reset (or for X to be connected again) instead of each hitting X, failing and e-mailing."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from publishing_helpers import approved_post

from schoolsocial.posts.states import State
from schoolsocial.publishing.actions import do_connect_x
from schoolsocial.publishing.backends import Credentials, MemoryPublisher, TransportError
from schoolsocial.publishing.tasks import publish_due
from tests.seasons import ten_am

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _memory(settings):
    settings.PUBLISHER = "memory"


def published_texts() -> list[str]:
    return [tweet.payload.text for tweet in MemoryPublisher.tweets]


def test_a_rate_limit_holds_the_accounts_other_posts_until_the_reset(tom, alan, at_ten):
    first = approved_post(tom, alan, text="First: the choir sang beautifully.")
    second = approved_post(tom, alan, at=ten_am() + timedelta(seconds=1),
                           text="Second: Year 6 visited the museum.")
    reset = ten_am() + timedelta(minutes=12)
    MemoryPublisher.fail_next(TransportError("Rate limited.", retry_after=reset))
    at_ten.move_to(ten_am() + timedelta(seconds=2))
    publish_due()
    publishes = [call for call, _ in MemoryPublisher.calls if call == "publish"]
    assert publishes == ["publish"]  # the second post did not hit X again
    at_ten.move_to(reset - timedelta(seconds=1))
    assert publish_due() == 0
    at_ten.move_to(reset)
    publish_due()
    assert published_texts() == [first.text, second.text]  # in order, once each


def test_another_schools_posts_are_not_held(tom, alan, oscar, at_ten):
    from tests.factories import make_member

    other_author = make_member(oscar.school, "olive", "Olive", "author")
    held = approved_post(tom, alan, text="Ours: the choir sang.")
    reset = ten_am() + timedelta(minutes=12)
    MemoryPublisher.fail_next(TransportError("Rate limited.", retry_after=reset))
    publish_due()
    theirs = approved_post(other_author, oscar, text="Theirs: a lovely assembly.")
    publish_due()
    held.refresh_from_db()
    theirs.refresh_from_db()
    assert held.state == State.PUBLISHING and theirs.state == State.PUBLISHED


def test_revoked_keys_fail_one_post_send_one_email_and_hold_the_rest(
        tom, alan, helen, school, at_ten, django_capture_on_commit_callbacks, client):
    posts = [approved_post(tom, alan, text=f"Post {n}: our week in pictures.") for n in range(3)]
    MemoryPublisher.fail_next(TransportError("X did not accept the school's account keys.",
                                             permanent=True, status=401))
    with django_capture_on_commit_callbacks(execute=True):
        publish_due()
        publish_due()
    states = [post.__class__.objects.get(pk=post.pk).state for post in posts]
    assert states.count(State.FAILED) == 1 and states.count(State.FAILED) + states.count(
        State.SCHEDULED) + states.count(State.PUBLISHING) == 3
    assert len(mail.outbox) == 1
    assert [call for call, _ in MemoryPublisher.calls].count("publish") == 1
    client.force_login(helen.user)
    page = client.get(reverse("publishing")).content.decode()
    assert "Waiting for X." in page and "connected again" in page

    do_connect_x(helen, Credentials("k", "s", "t", "ts"), "MeonValley", "keys")
    publish_due()
    assert len(published_texts()) == 2  # the two held posts, once each
