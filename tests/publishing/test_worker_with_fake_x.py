"""The worker through the x publisher, the real tweepy path and the fake X server."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from publishing_helpers import approved_post

from schoolsocial.posts.states import State
from schoolsocial.publishing.fake_x import Fault
from schoolsocial.publishing.models import Delivery
from schoolsocial.publishing.tasks import due_reconciles, publish_due, reconcile, tick

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
    [(func, post_id, token)] = queued
    assert func == "schoolsocial.publishing.tasks.send" and post_id == post.pk
    assert Delivery.objects.get(post=post).token == token
