"""An account signs in to Bluesky once, not once a call: its session is kept (sealed, in the
cache) and reused by the next publisher, refreshed by the SDK when its access token is near its
end, and replaced by one fresh sign-in when the PDS refuses it. Through the atproto SDK's own
request paths against the fake PDS, counting its createSession and refreshSession calls."""

from __future__ import annotations

import logging

import pytest
from django.core.cache import cache

from schoolsocial.publishing.backends import Payload, TransportError
from schoolsocial.publishing.fake_networks import Fault
from schoolsocial.publishing.networks.bluesky import (
    BlueskyCredentials,
    BlueskyPublisher,
    _session_key,
    kept_session,
)

CREATE = "POST /xrpc/com.atproto.repo.createRecord"


def credentials(pds, account=None, password: str | None = None) -> BlueskyCredentials:
    account = account or pds.default_account
    return BlueskyCredentials(account.handle, password or account.app_password, pds.url)


def publish(pds, text: str, **options) -> str:
    """One send as the worker makes it: a publisher of its own, closed afterwards."""
    publisher = BlueskyPublisher(credentials(pds, **options), timeout=(2, 2))
    try:
        return publisher.publish(Payload(text)).tweet_id
    finally:
        publisher.close()


def texts(pds, account=None) -> list[str]:
    return sorted(record.value["text"] for record in pds.posts(account))


def test_three_sends_for_one_account_sign_in_once(pds):
    for n in range(3):
        publish(pds, f"Notice {n}")
    assert texts(pds) == ["Notice 0", "Notice 1", "Notice 2"]
    assert pds.calls("createSession") == 1
    assert pds.calls("refreshSession") == 0


def test_the_connect_pages_check_signs_in_with_the_app_password_and_the_sends_reuse_it(pds):
    publisher = BlueskyPublisher(credentials(pds), timeout=(2, 2))
    try:
        assert publisher.me().username == pds.default_account.handle
        assert publisher.me().username == pds.default_account.handle
    finally:
        publisher.close()
    assert pds.calls("createSession") == 2  # the check never trusts a kept session
    publish(pds, "Connected")
    assert pds.calls("createSession") == 2


def test_each_account_keeps_its_own_session(pds):
    other = pds.add_account("highfield.bsky.social")
    publish(pds, "Forefield news")
    publish(pds, "Highfield news", account=other)
    publish(pds, "More Highfield news", account=other)
    assert texts(pds, other) == ["Highfield news", "More Highfield news"]
    assert texts(pds) == ["Forefield news"]
    assert pds.calls("createSession") == 2


def test_an_expired_access_token_signs_in_once_more_and_the_post_goes_once(pds):
    publish(pds, "Before the expiry")
    pds.expire_sessions()  # the kept access token is now answered 401 ExpiredToken
    publish(pds, "After the expiry")
    assert texts(pds) == ["After the expiry", "Before the expiry"]
    assert pds.calls("createSession") == 2
    assert pds.calls("createRecord") == 3  # the refused attempt, then the post once
    publish(pds, "And the next")  # the new session is the one kept
    assert pds.calls("createSession") == 2


def test_an_access_token_near_its_end_is_refreshed_not_signed_in_again(pds):
    pds.access_lifetime = 600  # within the SDK's quarter of an hour: refreshed before a call
    publish(pds, "First")
    publish(pds, "Second")
    assert texts(pds) == ["First", "Second"]
    assert pds.calls("createSession") == 1
    assert pds.calls("refreshSession") >= 1


def test_a_refused_refresh_signs_in_once_more(pds):
    pds.access_lifetime = 600
    publish(pds, "First")
    pds.expire_sessions(refresh=True)  # the refresh token is refused too
    publish(pds, "Second")
    assert texts(pds) == ["First", "Second"]
    assert pds.calls("createSession") == 2


def test_a_revoked_app_password_is_tried_once_and_is_the_schools_to_fix(pds):
    publish(pds, "Before")
    pds.revoke(pds.default_account)
    with pytest.raises(TransportError) as caught:
        publish(pds, "After")
    assert caught.value.permanent and "revoked" in caught.value.message
    assert pds.calls("createSession") == 2  # the kept session refused, one sign-in refused
    assert texts(pds) == ["Before"]
    assert kept_session(credentials(pds)) is None


def test_a_new_app_password_starts_a_new_session(pds):
    publish(pds, "With the first password")
    account = pds.default_account
    account.app_password = "abcd-efgh-ijkl-mnop"  # made again in Bluesky's settings
    publish(pds, "With the second", password="abcd-efgh-ijkl-mnop")
    assert pds.calls("createSession") == 2


def test_an_answer_lost_after_a_kept_session_is_still_an_unknown_outcome(pds):
    publish(pds, "First")
    pds.queue(Fault.drop_after_write(match=CREATE))
    with pytest.raises(TransportError) as caught:
        publish(pds, "Second")
    assert caught.value.outcome_unknown  # looked for on the author feed, never sent again
    assert pds.calls("createSession") == 1 and texts(pds) == ["First", "Second"]


def test_the_kept_session_is_sealed_and_no_token_is_logged(pds, caplog):
    caplog.set_level(logging.DEBUG)
    publish(pds, "Hello")
    pds.expire_sessions()
    publish(pds, "Hello again")
    stored = cache.get(_session_key(credentials(pds)))
    tokens = list(pds.sessions) + list(pds.refresh_tokens)
    assert stored and tokens
    for token in [*tokens, pds.default_account.app_password]:
        assert token not in stored and token not in _session_key(credentials(pds))
        assert token not in caplog.text
