"""The worker through the x publisher, the real tweepy path and the fake X server."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from publishing_helpers import approved_post

from schoolsocial.posts.states import State
from schoolsocial.publishing.backends import MemoryPublisher, TransportError
from schoolsocial.publishing.fake_x import Fault
from schoolsocial.publishing.models import Delivery
from schoolsocial.publishing.tasks import (
    MAX_ATTEMPTS,
    claim_due,
    due_reconciles,
    publish_due,
    reconcile,
    tick,
)

pytestmark = pytest.mark.django_db


def test_a_due_post_reaches_x(fake_x, x_publisher, tom, alan, at_ten):
    post = approved_post(tom, alan)
    publish_due(publisher=x_publisher)
    post.refresh_from_db()
    [tweet] = fake_x.timeline()
    assert post.state == State.PUBLISHED and post.tweet_id == tweet.id
    assert tweet.submitted_text == post.text


def test_a_connection_dropped_after_the_write_is_reconciled_to_published_once(
        fake_x, x_publisher, tom, alan, at_ten):
    post = approved_post(tom, alan)
    fake_x.queue(Fault.drop_after_write())
    publish_due(publisher=x_publisher)
    post.refresh_from_db()
    assert post.state == State.UNKNOWN
    at_ten.shift(timedelta(seconds=6))
    [post_id] = due_reconciles()
    assert reconcile(post_id, publisher=x_publisher) == "published"
    post.refresh_from_db()
    [tweet] = fake_x.timeline()
    assert post.state == State.PUBLISHED and post.tweet_id == tweet.id
    assert len(fake_x.requests_to("POST", "/2/tweets")) == 1


def test_a_429_waits_for_xs_reset_header(fake_x, x_publisher, tom, alan, at_ten):
    post = approved_post(tom, alan)
    fake_x.queue(Fault.rate_limited(reset_in=300))
    publish_due(publisher=x_publisher)
    retry_at = Delivery.objects.get(post=post).retry_at
    expected = datetime.now(UTC) + timedelta(seconds=300)
    assert abs((retry_at - expected).total_seconds()) < 3
    at_ten.move_to(retry_at)
    publish_due(publisher=x_publisher)
    post.refresh_from_db()
    assert post.state == State.PUBLISHED and len(fake_x.timeline()) == 1


def test_revoked_keys_fail_the_post_with_a_plain_message(fake_x, x_publisher, tom, alan,
                                                         at_ten):
    post = approved_post(tom, alan)
    fake_x.queue(Fault.unauthorized())
    publish_due(publisher=x_publisher)
    post.refresh_from_db()
    assert post.state == State.FAILED and "connect it again" in post.last_error


def test_a_tick_hands_claims_and_due_reconciles_to_the_cluster(tom, alan, at_ten, settings):
    settings.PUBLISHER = "memory"
    post = approved_post(tom, alan)
    queued: list[tuple] = []
    assert tick(lambda func, *args: queued.append((func, *args))) == 1
    [(func, [(post_id, token)])] = queued
    assert func == "schoolsocial.publishing.tasks.send_batch" and post_id == post.pk
    assert Delivery.objects.get(post=post).token == token


STORED_THEN_NO_ANSWER = {
    "5xx after storing": lambda: Fault.error_after_write(503),
    "timeout after storing": lambda: Fault.slow(3),  # the publisher's read timeout is 2 s
    "dropped after storing": Fault.drop_after_write,
}


@pytest.mark.parametrize("fault", STORED_THEN_NO_ANSWER.values(), ids=STORED_THEN_NO_ANSWER)
def test_an_answer_lost_or_failed_after_x_stored_the_post_publishes_it_once(
        fake_x, x_publisher, tom, alan, at_ten, fault):
    post = approved_post(tom, alan)
    fake_x.queue(fault())
    publish_due(publisher=x_publisher)
    post.refresh_from_db()
    assert post.state == State.UNKNOWN
    assert claim_due() == []  # nothing is sent again before the timeline is looked at
    at_ten.shift(timedelta(seconds=6))
    [post_id] = due_reconciles()
    assert reconcile(post_id, publisher=x_publisher) == "published"
    post.refresh_from_db()
    [tweet] = fake_x.timeline()
    assert post.state == State.PUBLISHED and post.tweet_id == tweet.id
    assert len(fake_x.requests_to("POST", "/2/tweets")) == 1
    publish_due(publisher=x_publisher)
    assert len(fake_x.requests_to("POST", "/2/tweets")) == 1


def test_a_5xx_before_x_stored_the_post_is_looked_for_then_sent_again_within_the_minute(
        fake_x, x_publisher, tom, alan, at_ten):
    post = approved_post(tom, alan)
    fake_x.queue(Fault.server_error(503), Fault.server_error(502))
    publish_due(publisher=x_publisher)
    for _ in range(2):  # each 5xx: a look at the timeline, then a resend after the back-off
        post.refresh_from_db()
        assert post.state == State.UNKNOWN
        at_ten.shift(timedelta(seconds=6))
        [post_id] = due_reconciles()
        assert reconcile(post_id, publisher=x_publisher) == "retry"
        retry_at = Delivery.objects.get(post=post).retry_at
        assert retry_at - post.scheduled_at <= timedelta(minutes=1)
        assert claim_due(retry_at - timedelta(milliseconds=1)) == []
        at_ten.move_to(retry_at)
        publish_due(publisher=x_publisher)
    post.refresh_from_db()
    [tweet] = fake_x.timeline()
    assert post.state == State.PUBLISHED and post.tweet_id == tweet.id
    writes_and_looks = [(r.method, r.path.split("/")[-1]) for r in fake_x.requests
                        if r.path.startswith(("/2/tweets", "/2/users/"))
                        and r.path != "/2/users/me"]
    assert writes_and_looks == [("POST", "tweets"), ("GET", "tweets")] * 2 + [("POST", "tweets")]


def test_a_post_x_keeps_failing_fails_with_the_reason_after_the_last_attempt(
        tom, alan, at_ten, settings):
    settings.PUBLISHER = "memory"
    post = approved_post(tom, alan)
    for _ in range(MAX_ATTEMPTS):
        MemoryPublisher.fail_next(TransportError("X failed (503).", outcome_unknown=True,
                                                 resend_if_absent=True, status=503))
    for _ in range(MAX_ATTEMPTS):
        publish_due()
        at_ten.shift(timedelta(seconds=6))
        for post_id in due_reconciles():
            reconcile(post_id)
        retry_at = Delivery.objects.get(post=post).retry_at
        if retry_at is None:
            break
        at_ten.move_to(retry_at)
    post.refresh_from_db()
    assert post.state == State.FAILED and "not on the school's X timeline" in post.last_error
    assert MemoryPublisher.tweets == []
    assert [c for c, _ in MemoryPublisher.calls].count("publish") == MAX_ATTEMPTS
