"""The Bluesky backend through the atproto SDK's own request paths, against the fake PDS."""

from __future__ import annotations

import io
import random
from datetime import UTC, datetime, timedelta

import pytest
import requests
from PIL import Image

from schoolsocial.publishing.backends import Payload, Photo, TransportError
from schoolsocial.publishing.fake_networks import Fault, xrpc_error
from schoolsocial.publishing.networks.bluesky import (
    BlueskyCredentials,
    BlueskyPublisher,
    record_key,
    resolve_handle,
)

CREATE = "POST /xrpc/com.atproto.repo.createRecord"


def png(width: int = 40, height: int = 30, *, noisy: bool = False) -> bytes:
    if noisy:
        image = Image.frombytes("RGB", (width, height),
                                random.Random(7).randbytes(width * height * 3))
    else:
        image = Image.new("RGB", (width, height), "navy")
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def test_it_publishes_text_with_live_links_tags_and_mentions(pds, bluesky):
    pds.add_account("head.forefield.sch.uk")
    text = "🎉 Sports day! Results https://forefield.sch.uk/r #SportsDay @head.forefield.sch.uk"
    published = bluesky.publish(Payload(text))
    [post] = pds.posts()
    assert published.tweet_id == post.uri
    assert published.url.startswith("https://bsky.app/profile/forefieldprimary.bsky.social/")
    assert post.value["text"] == text
    kinds = [f["features"][0]["$type"].rsplit("#", 1)[1] for f in post.value["facets"]]
    assert kinds == ["link", "tag", "mention"]
    link = post.value["facets"][0]["index"]
    assert text.encode()[link["byteStart"]:link["byteEnd"]] == b"https://forefield.sch.uk/r"


def test_it_uploads_photos_with_their_alt_text(pds, bluesky):
    bluesky.publish(Payload("Art week", photos=(Photo("A painted sunflower", "image/png",
                                                      png()),)))
    [post] = pds.posts()
    [image] = post.value["embed"]["images"]
    assert image["alt"] == "A painted sunflower"
    mime, content = pds.blobs[image["image"]["ref"]["$link"]]
    assert (mime, content) == ("image/png", png())


def test_a_photo_over_a_million_bytes_goes_as_a_smaller_derivative(pds, bluesky):
    original = png(1600, 1200, noisy=True)
    assert len(original) > 1_000_000
    bluesky.publish(Payload("Our garden", photos=(Photo("Raised beds", "image/png",
                                                        original),)))
    [image] = pds.posts()[0].value["embed"]["images"]
    mime, content = pds.blobs[image["image"]["ref"]["$link"]]
    assert mime == "image/jpeg" and len(content) <= 1_000_000


def test_a_revoked_app_password_is_a_permanent_error_that_says_what_to_do(pds, bluesky):
    pds.revoke(pds.default_account)
    with pytest.raises(TransportError) as caught:
        bluesky.publish(Payload("Hello"))
    assert caught.value.permanent
    assert "revoked" in caught.value.message and "connect Bluesky again" in caught.value.message
    assert pds.posts() == []


def test_the_app_password_is_never_in_an_error_or_the_credentials_repr(pds):
    secret = pds.default_account.app_password
    credentials = BlueskyCredentials(pds.default_account.handle, "wrong-" + secret, pds.url)
    publisher = BlueskyPublisher(credentials, timeout=2)
    with pytest.raises(TransportError) as caught:
        publisher.me()
    publisher.close()
    assert secret not in caught.value.message and secret not in repr(credentials)


def test_a_lost_answer_after_the_write_is_an_unknown_outcome_then_found_on_the_feed(pds,
                                                                                    bluesky):
    since = datetime.now(UTC) - timedelta(seconds=1)
    pds.queue(Fault.drop_after_write(match=CREATE))
    with pytest.raises(TransportError) as caught:
        bluesky.publish(Payload("Harvest festival 🍎"))
    assert caught.value.outcome_unknown and not caught.value.permanent
    found = bluesky.find_recent("Harvest festival 🍎", since)
    assert found is not None and found.tweet_id == pds.posts()[0].uri


def test_the_same_key_and_time_never_post_twice(pds, bluesky):
    at = datetime(2026, 12, 2, 10, 0, tzinfo=UTC)
    pds.queue(Fault.drop_after_write(match=CREATE))
    with pytest.raises(TransportError):
        bluesky.publish(Payload("Nativity tickets"), key="post-7:bluesky", at=at)
    with pytest.raises(TransportError) as again:
        bluesky.publish(Payload("Nativity tickets"), key="post-7:bluesky", at=at)
    assert again.value.duplicate
    assert len(pds.posts()) == 1
    assert pds.posts()[0].rkey == record_key(at, "post-7:bluesky")


def test_a_connection_refused_before_sending_is_not_an_unknown_outcome(pds, bluesky):
    pds.queue(Fault.drop_before_write(match=CREATE))
    with pytest.raises(TransportError) as caught:
        bluesky.publish(Payload("Hello"))
    assert pds.posts() == []
    assert not caught.value.permanent


def test_a_server_error_is_retried_later(pds, bluesky):
    pds.queue(xrpc_error(503, "InternalServerError", match=CREATE))
    with pytest.raises(TransportError) as caught:
        bluesky.publish(Payload("Hello"))
    assert not caught.value.permanent and not caught.value.outcome_unknown
    assert caught.value.status == 503


def test_a_rate_limit_says_when_to_try_again(pds, bluesky):
    reset = int((datetime.now(UTC) + timedelta(minutes=5)).timestamp())
    pds.queue(Fault.respond(429, {"error": "RateLimitExceeded", "message": "Rate Limit Exceeded"},
                            match=CREATE, headers={"ratelimit-reset": str(reset)}))
    with pytest.raises(TransportError) as caught:
        bluesky.publish(Payload("Hello"))
    assert caught.value.retry_after == datetime.fromtimestamp(reset, UTC)


def test_a_slow_answer_past_the_timeout_is_an_unknown_outcome(pds, bluesky):
    pds.queue(Fault.slow(3, match=CREATE))
    with pytest.raises(TransportError) as caught:
        bluesky.publish(Payload("Hello"))
    assert caught.value.outcome_unknown


def test_find_recent_ignores_posts_before_the_attempt(pds, bluesky):
    bluesky.publish(Payload("Same words"))
    assert bluesky.find_recent("Same words", datetime.now(UTC) + timedelta(minutes=1)) is None


def test_delete_removes_the_post_and_refuses_anothers(pds, bluesky):
    published = bluesky.publish(Payload("Goodbye"))
    other = published.tweet_id.replace(pds.default_account.did, "did:plc:someoneelse")
    assert bluesky.delete(other) is False
    assert bluesky.delete(published.tweet_id) is True
    assert pds.posts() == []


def test_a_handle_that_does_not_resolve_says_so(pds):
    assert resolve_handle(pds.url, pds.default_account.handle) == pds.default_account.did
    with pytest.raises(TransportError, match="does not resolve to a Bluesky account") as caught:
        resolve_handle(pds.url, "forefeild.bsky.social")
    assert caught.value.permanent


def test_the_fake_refuses_a_post_over_300_graphemes_as_the_lexicon_does(pds, bluesky):
    with pytest.raises(TransportError, match="300 graphemes") as caught:
        bluesky.publish(Payload("👩🏽‍🏫" * 301))
    assert caught.value.permanent


@pytest.mark.parametrize(("replies", "allow"), [
    ("nobody", []),
    ("mentioned", [{"$type": "app.bsky.feed.threadgate#mentionRule"}]),
    ("following", [{"$type": "app.bsky.feed.threadgate#followingRule"}]),
])
def test_the_reply_setting_is_a_threadgate_on_the_post(pds, replies, allow):
    account = pds.default_account
    publisher = BlueskyPublisher(BlueskyCredentials(account.handle, account.app_password,
                                                    pds.url), timeout=2, replies=replies)
    publisher.publish(Payload("Replies limited"))
    publisher.close()
    [post] = pds.posts()
    gate = pds.threadgate(post)
    assert gate is not None and gate["post"] == post.uri and gate["allow"] == allow


def test_replies_open_to_everyone_set_no_threadgate(pds, bluesky):
    bluesky.publish(Payload("Open to all"))
    assert pds.threadgate(pds.posts()[0]) is None


def test_a_threadgate_that_fails_leaves_the_post_published(pds, caplog):
    account = pds.default_account
    publisher = BlueskyPublisher(BlueskyCredentials(account.handle, account.app_password,
                                                    pds.url), timeout=2, replies="nobody")
    # the post's createRecord goes through untouched; the threadgate's gets a 500
    pds.queue(Fault.slow(0, match=CREATE), xrpc_error(500, "InternalServerError", match=CREATE))
    published = publisher.publish(Payload("Gate fails"))
    publisher.close()
    [post] = pds.posts()
    assert published.tweet_id == post.uri and pds.threadgate(post) is None
    assert "threadgate not set" in caplog.text


def test_the_fake_does_not_offer_the_fake_xs_control_api(pds):
    answer = requests.get(f"{pds.url}/_fake/state", timeout=2)
    assert answer.status_code == 404 and "in-process" in answer.json()["error"]


def test_every_publisher_shares_one_tls_context(pds):
    """Reading the CA bundle for each publisher cost a burst a third of a second a post."""
    from schoolsocial.publishing.networks.bluesky import tls_context

    credentials = BlueskyCredentials("a.bsky.social", "abcd-efgh-ijkl-mnop", pds.url)
    first, second = BlueskyPublisher(credentials), BlueskyPublisher(credentials)
    try:
        contexts = {id(p.request._client._transport._pool._ssl_context) for p in (first, second)}
        assert contexts == {id(tls_context())}
    finally:
        first.close()
        second.close()
