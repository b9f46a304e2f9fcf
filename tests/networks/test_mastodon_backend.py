"""The Mastodon backend through Mastodon.py's own request paths, against the fake instance."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from schoolsocial.publishing.backends import Payload, Photo, TransportError
from schoolsocial.publishing.fake_networks import FakeMastodon, Fault, mastodon_error
from schoolsocial.publishing.networks.mastodon import read_instance

STATUSES = "POST /api/v1/statuses"


def test_it_publishes_a_status_with_photos_and_their_alt_text(instance, mastodon):
    published = mastodon.publish(Payload("Maths week: times tables & tea 🧮", photos=(
        Photo("Children with number cards", "image/png", b"\x89PNG-one"),
        Photo("A chalkboard of sums", "image/png", b"\x89PNG-two"))))
    [status] = instance.statuses()
    assert published.tweet_id == status.id
    assert published.url.endswith(f"/@forefieldprimary/{status.id}")
    assert status.text == "Maths week: times tables & tea 🧮"
    assert [instance.attachments[m]["description"] for m in status.media_ids] == [
        "Children with number cards", "A chalkboard of sums"]
    assert [r.path for r in instance.requests_to("POST", "/api/v2/media")] == [
        "/api/v2/media", "/api/v2/media"]


def test_the_same_idempotency_key_never_posts_twice(instance, mastodon):
    instance.queue(Fault.drop_after_write(match=STATUSES))
    with pytest.raises(TransportError) as lost:
        mastodon.publish(Payload("Christmas fair"), key="post-9:mastodon")
    assert lost.value.outcome_unknown
    again = mastodon.publish(Payload("Christmas fair"), key="post-9:mastodon")
    assert [s.id for s in instance.statuses()] == [again.tweet_id]
    sent = instance.requests_to("POST", "/api/v1/statuses")
    assert {r.headers["idempotency-key"] for r in sent} == {"post-9:mastodon"}


def test_an_unknown_outcome_is_found_on_the_accounts_statuses(instance, mastodon):
    since = datetime.now(UTC) - timedelta(seconds=1)
    instance.queue(Fault.drop_after_write(match=STATUSES))
    with pytest.raises(TransportError):
        mastodon.publish(Payload("Parents' evening <Thursday> & Friday"))
    found = mastodon.find_recent("Parents' evening <Thursday> & Friday", since)
    assert found is not None and found.tweet_id == instance.statuses()[0].id
    assert mastodon.find_recent("Parents' evening <Thursday> & Friday",
                                datetime.now(UTC) + timedelta(minutes=1)) is None


def test_a_revoked_token_is_a_permanent_error_that_says_what_to_do(instance, mastodon):
    instance.revoke(instance.default_account)
    with pytest.raises(TransportError) as caught:
        mastodon.publish(Payload("Hello"))
    assert caught.value.permanent and "connect Mastodon again" in caught.value.message


def test_text_over_the_instances_limit_is_refused_with_its_reason(instance, mastodon):
    with pytest.raises(TransportError, match="character limit of 500 exceeded") as caught:
        mastodon.publish(Payload("a" * 501))
    assert caught.value.permanent


def test_a_server_error_and_a_rate_limit_are_tried_again(instance, mastodon):
    instance.queue(mastodon_error(503, "Service Unavailable", match=STATUSES))
    with pytest.raises(TransportError) as down:
        mastodon.publish(Payload("Hello"))
    assert not down.value.permanent and not down.value.outcome_unknown
    reset = datetime.now(UTC).replace(microsecond=0) + timedelta(minutes=5)
    instance.queue(Fault.respond(429, {"error": "Too many requests"}, match=STATUSES, headers={
        "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": reset.isoformat()}))
    with pytest.raises(TransportError) as limited:
        mastodon.publish(Payload("Hello"))
    assert limited.value.retry_after is not None and not limited.value.permanent
    assert instance.statuses() == []


def test_delete_removes_the_status_and_says_when_it_was_already_gone(instance, mastodon):
    published = mastodon.publish(Payload("Goodbye"))
    assert mastodon.delete(published.tweet_id) is True
    assert mastodon.delete(published.tweet_id) is False
    assert instance.statuses() == []


def test_the_instances_limit_is_read_at_connect():
    with FakeMastodon(max_characters=5000) as wide:
        assert read_instance(wide.url).max_length == 5000
    with FakeMastodon(max_characters=1000, version="3.5.3") as older:  # no /api/v2/instance
        info = read_instance(older.url)
    assert (info.max_length, info.version) == (1000, "3.5.3")


def test_an_address_that_is_not_mastodon_says_so():
    with FakeMastodon(not_mastodon=True) as blog, pytest.raises(TransportError) as caught:
        read_instance(blog.url)
    assert caught.value.permanent and "did not answer as a Mastodon server" in caught.value.message


def test_an_instance_that_is_down_says_so():
    with FakeMastodon() as gone:
        url = gone.url
    with pytest.raises(TransportError, match="Could not reach Mastodon") as caught:
        read_instance(url, timeout=2)
    assert not caught.value.permanent
