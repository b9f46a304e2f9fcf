"""Unknown outcomes: look on the timeline before anything is sent again, and never twice."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone
from publishing_helpers import approved_post

from schoolsocial.posts.states import State, target
from schoolsocial.publishing.backends import MemoryPublisher, Payload, TransportError
from schoolsocial.publishing.models import Delivery
from schoolsocial.publishing.tasks import (
    due_reconciles,
    expire_leases,
    publish_due,
    reconcile,
)
from tests.seasons import ten_am

pytestmark = pytest.mark.django_db

LOST = TransportError("The connection to X was lost after the post was sent.",
                      outcome_unknown=True)


class WorkerKilled(BaseException):
    """Stands in for SIGKILL: nothing after it runs, no handler catches it."""


@pytest.fixture(autouse=True)
def _memory(settings):
    settings.PUBLISHER = "memory"


def run_due_reconciles(traveller, after: timedelta) -> None:
    traveller.shift(after)
    for post_id in due_reconciles():
        reconcile(post_id)


def test_a_lost_answer_makes_the_post_unknown_and_reconcile_finds_it(tom, alan, at_ten):
    post = approved_post(tom, alan)
    MemoryPublisher.fail_next(LOST, stored=True)
    publish_due()
    post.refresh_from_db()
    assert post.state == State.UNKNOWN
    run_due_reconciles(at_ten, timedelta(seconds=6))
    post.refresh_from_db()
    [tweet] = MemoryPublisher.tweets
    assert post.state == State.PUBLISHED and post.tweet_id == tweet.tweet_id
    assert [c for c, _ in MemoryPublisher.calls].count("publish") == 1


def test_reconcile_looks_three_times_then_fails_and_a_retry_sends_once(tom, alan, at_ten):
    post = approved_post(tom, alan)
    MemoryPublisher.fail_next(LOST, stored=False)
    publish_due()
    for wait in (6, 31, 91):
        run_due_reconciles(at_ten, timedelta(seconds=wait))
    post.refresh_from_db()
    assert post.state == State.FAILED and "not published" in post.last_error
    assert MemoryPublisher.tweets == []
    post.state = target("retry", post.state)
    post.save(update_fields=("state",))
    publish_due()
    post.refresh_from_db()
    assert post.state == State.PUBLISHED and len(MemoryPublisher.tweets) == 1


def test_a_worker_killed_mid_publish_ends_published_once_after_reconcile(tom, alan, at_ten):
    post = approved_post(tom, alan)
    MemoryPublisher.fail_next(WorkerKilled(), stored=True)
    with pytest.raises(WorkerKilled):
        publish_due()
    post.refresh_from_db()
    assert post.state == State.PUBLISHING
    assert expire_leases() == []  # a live worker might still be sending
    at_ten.shift(timedelta(minutes=4))
    assert expire_leases() == [post.pk]
    assert publish_due() == 0  # unknown: nothing is sent again
    run_due_reconciles(at_ten, timedelta(seconds=6))
    post.refresh_from_db()
    assert post.state == State.PUBLISHED and len(MemoryPublisher.tweets) == 1


def test_a_duplicate_after_an_earlier_attempt_that_landed_counts_as_published(
        tom, alan, at_ten):
    post = approved_post(tom, alan)
    MemoryPublisher.fail_next(TransportError("X had a problem (503)."), stored=True)
    publish_due()
    at_ten.move_to(Delivery.objects.get(post=post).retry_at)
    publish_due()  # the memory publisher refuses the same text: X's 403 duplicate
    post.refresh_from_db()
    [tweet] = MemoryPublisher.tweets
    assert post.state == State.PUBLISHED and post.tweet_id == tweet.tweet_id


def test_a_duplicate_with_nothing_on_the_timeline_is_looked_for_before_it_fails(
        tom, alan, at_ten):
    post = approved_post(tom, alan)
    MemoryPublisher.fail_next(TransportError("Duplicate.", permanent=True, duplicate=True))
    publish_due()
    post.refresh_from_db()
    assert post.state == State.UNKNOWN and "looking for it" in post.last_error
    for _ in range(3):
        assert reconcile(post.pk) in ("later", "failed")
    post.refresh_from_db()
    assert post.state == State.FAILED and "does not show this post" in post.last_error
    assert [call for call, _ in MemoryPublisher.calls].count("publish") == 1  # never resent


def test_a_duplicate_of_the_schools_own_earlier_tweet_is_not_adopted(tom, alan, school, at_ten):
    """The school tweeted the same words itself an hour earlier: that tweet is not this post's
    publication, and the post fails saying what X has."""
    post = approved_post(tom, alan)
    at_ten.move_to(ten_am() - timedelta(hours=1))
    MemoryPublisher(school).publish(Payload(post.text))
    [own] = MemoryPublisher.tweets
    at_ten.move_to(ten_am() + timedelta(seconds=1))
    publish_due()
    post.refresh_from_db()
    assert post.state == State.FAILED and post.tweet_id is None
    assert "already has a tweet from the school's account with exactly this text" in \
        post.last_error
    assert own.tweet_id in post.last_error  # its link
    local = timezone.localtime(own.created_at, school.tz)
    assert f"{local:%d %B %Y at %H:%M}" in post.last_error


def test_reconcile_skips_a_post_that_is_not_unknown(tom, alan, at_ten):
    post = approved_post(tom, alan)
    publish_due()
    assert reconcile(post.pk) == "skipped"
