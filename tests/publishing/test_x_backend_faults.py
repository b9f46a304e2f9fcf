"""Every fault X can throw at the x publisher, and the TransportError each becomes."""

from __future__ import annotations

import socket
import time
from datetime import UTC, datetime, timedelta

import pytest
from django.utils import timezone

from schoolsocial.publishing.backends import (
    Credentials,
    Payload,
    Photo,
    TransportError,
    XPublisher,
)
from schoolsocial.publishing.fake_x import Fault


def publish_failure(publisher: XPublisher, text: str = "Parents' evening is on Tuesday.",
                    **payload) -> TransportError:
    with pytest.raises(TransportError) as caught:
        publisher.publish(Payload(text, **payload))
    return caught.value


def test_a_bad_signature_fails_at_once_with_a_plain_message(fake_x, credentials):
    wrong = Credentials(credentials.consumer_key, "wrong-secret", credentials.access_token,
                        credentials.access_token_secret)
    error = publish_failure(XPublisher(credentials=wrong, api_base_url=fake_x.url))
    assert error.permanent and error.status == 401 and not error.outcome_unknown
    assert "connect it again" in error.message
    assert fake_x.timeline() == []


def test_a_revoked_token_fails_at_once(fake_x, x_publisher):
    fake_x.queue(Fault.unauthorized(match="POST /2/tweets"))
    error = publish_failure(x_publisher)
    assert error.permanent and error.status == 401


def test_a_duplicate_is_permanent_and_not_proof_of_success(fake_x, x_publisher):
    x_publisher.publish(Payload("Book fair this week."))
    error = publish_failure(x_publisher, "Book fair this week.")
    assert error.permanent and error.duplicate and not error.outcome_unknown
    assert "already posted the same text" in error.message


def test_429_waits_until_the_rate_limit_reset(fake_x, x_publisher):
    fake_x.set_limit("POST /2/tweets", limit=1, window=600)
    x_publisher.publish(Payload("First"))
    error = publish_failure(x_publisher, "Second")
    reset = fake_x.window(fake_x.default_account.user_id, "POST /2/tweets").reset_at
    assert not error.permanent and not error.outcome_unknown and error.status == 429
    assert error.retry_after == datetime.fromtimestamp(reset, UTC)
    assert error.retry_after > timezone.now() + timedelta(seconds=590)


def test_429_from_the_daily_user_limit_waits_for_the_later_reset(fake_x, x_publisher):
    fake_x.queue(Fault.rate_limited(reset_in=7200, user_24h=True))
    error = publish_failure(x_publisher)
    expected = int(time.time()) + 7200
    assert abs(error.retry_after.timestamp() - expected) <= 2
    assert error.retry_after.tzinfo is not None


def test_429_on_a_photo_upload_waits_too(fake_x, x_publisher):
    fake_x.queue(Fault.rate_limited(reset_in=120, match="POST /2/media/upload"))
    error = publish_failure(x_publisher, photos=(Photo("A photo", data=b"jpeg"),))
    assert error.retry_after is not None and not error.permanent


@pytest.mark.parametrize("status", [500, 502, 503])
def test_a_server_error_to_the_post_does_not_prove_it_absent(fake_x, x_publisher, status):
    fake_x.queue(Fault.server_error(status))
    error = publish_failure(x_publisher)
    assert error.outcome_unknown and error.resend_if_absent and not error.permanent
    assert error.status == status and "may have been published" in error.message
    assert fake_x.timeline() == []


@pytest.mark.parametrize("status", [500, 503])
def test_a_server_error_after_x_stored_the_post_is_unknown_and_the_tweet_is_there(
        fake_x, x_publisher, status):
    fake_x.queue(Fault.error_after_write(status))
    since = timezone.now() - timedelta(seconds=1)
    error = publish_failure(x_publisher, "Sports day moved to Friday.")
    assert error.outcome_unknown and error.resend_if_absent and error.status == status
    [tweet] = fake_x.timeline()
    assert x_publisher.find_recent("Sports day moved to Friday.", since).tweet_id == tweet.id


def test_a_server_error_on_a_photo_is_retryable_because_no_post_was_sent(fake_x, x_publisher):
    fake_x.queue(Fault.server_error(503, match="POST /2/media/upload"))
    error = publish_failure(x_publisher, photos=(Photo("A photo", data=b"jpeg"),))
    assert not error.permanent and not error.outcome_unknown and error.retry_after is None
    assert fake_x.timeline() == []


def test_a_fault_for_one_account_leaves_the_others_alone(fake_x, x_publisher):
    other = fake_x.add_account("otherschool")
    fake_x.queue(Fault.server_error(503).for_account(other.user_id))
    x_publisher.publish(Payload("Not the other school's post."))
    assert len(fake_x.faults) == 1 and len(fake_x.timeline()) == 1


def test_nobody_listening_is_retryable_because_nothing_was_sent(credentials):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again before the publisher connects
    publisher = XPublisher(credentials=credentials, api_base_url=f"http://127.0.0.1:{port}")
    error = publish_failure(publisher)
    assert not error.permanent and not error.outcome_unknown


def test_a_slow_answer_after_sending_makes_the_outcome_unknown(fake_x, credentials):
    publisher = XPublisher(credentials=credentials, api_base_url=fake_x.url, timeout=(2, 0.5))
    fake_x.queue(Fault.slow(3))
    since = timezone.now() - timedelta(seconds=1)
    error = publish_failure(publisher, "Choir concert at 6pm.")
    assert error.outcome_unknown and not error.permanent
    found = publisher.find_recent("Choir concert at 6pm.", since)
    assert found is not None and found.tweet_id == fake_x.timeline()[0].id


def test_a_connection_dropped_after_the_write_is_unknown_and_the_tweet_is_there(
        fake_x, x_publisher):
    fake_x.queue(Fault.drop_after_write())
    since = timezone.now() - timedelta(seconds=1)
    error = publish_failure(x_publisher, "Swimming gala results.")
    assert error.outcome_unknown and not error.permanent
    [tweet] = fake_x.timeline()
    assert x_publisher.find_recent("Swimming gala results.", since).tweet_id == tweet.id


def test_a_connection_dropped_before_the_write_is_unknown_and_reconcile_finds_nothing(
        fake_x, x_publisher):
    fake_x.queue(Fault.drop_before_write())
    since = timezone.now() - timedelta(seconds=1)
    error = publish_failure(x_publisher, "Nativity tickets.")
    assert error.outcome_unknown
    assert x_publisher.find_recent("Nativity tickets.", since) is None
    assert x_publisher.publish(Payload("Nativity tickets.")).tweet_id == fake_x.timeline()[0].id


def test_a_dropped_photo_upload_is_retryable_not_unknown(fake_x, x_publisher):
    fake_x.queue(Fault.drop_after_write(match="POST /2/media/upload"))
    error = publish_failure(x_publisher, photos=(Photo("A photo", data=b"jpeg"),))
    assert not error.outcome_unknown and not error.permanent
    assert fake_x.timeline() == []


def test_a_slow_timeline_is_retryable_not_unknown(fake_x, credentials):
    publisher = XPublisher(credentials=credentials, api_base_url=fake_x.url, timeout=(2, 0.5))
    publisher.me()
    fake_x.queue(Fault.slow(2, match="GET /2/users/"))
    with pytest.raises(TransportError) as caught:
        publisher.find_recent("Anything", timezone.now())
    assert not caught.value.outcome_unknown and not caught.value.permanent


def test_a_media_id_x_rejects_fails_at_once_with_xs_reason(fake_x, x_publisher):
    fake_x.queue(Fault.respond(400, {
        "errors": [{"message": "Your media IDs are invalid."}], "title": "Invalid Request",
        "detail": "One or more parameters to your request was invalid.",
        "type": "https://api.twitter.com/2/problems/invalid-request"}, match="POST /2/tweets"))
    error = publish_failure(x_publisher, photos=(Photo("A photo", data=b"jpeg"),))
    assert error.permanent and "Your media IDs are invalid." in error.message


def test_deleting_someone_elses_tweet_is_refused(fake_x, x_publisher):
    fake_x.queue(Fault.respond(403, match="DELETE /2/tweets/"))
    with pytest.raises(TransportError) as caught:
        x_publisher.delete("1890000000000000000")
    assert caught.value.permanent and caught.value.status == 403
