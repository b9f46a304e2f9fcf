"""The fake X server itself, spoken to with plain requests and requests-oauthlib's signer."""

from __future__ import annotations

import time

import pytest
import requests
from requests_oauthlib import OAuth1

from schoolsocial.publishing.fake_x import Account, FakeX, Fault


def signed(fake: FakeX, account: Account, *, consumer_secret: str | None = None) -> OAuth1:
    return OAuth1(fake.consumer_key, consumer_secret or fake.consumer_secret,
                  account.access_token, account.access_token_secret)


def test_it_creates_a_tweet_and_shows_it_on_the_timeline(fake_x):
    auth = signed(fake_x, fake_x.default_account)
    created = requests.post(f"{fake_x.url}/2/tweets", json={"text": "Sports day & picnic"},
                            auth=auth, timeout=5)
    assert created.status_code == 201
    tweet_id = created.json()["data"]["id"]
    timeline = requests.get(
        f"{fake_x.url}/2/users/{fake_x.default_account.user_id}/tweets",
        params={"max_results": 5, "tweet.fields": "created_at"}, auth=auth, timeout=5,
    ).json()
    assert timeline["data"][0]["id"] == tweet_id
    assert timeline["data"][0]["text"] == "Sports day &amp; picnic"
    assert timeline["data"][0]["created_at"].endswith("Z")
    assert timeline["meta"]["result_count"] == 1


def test_it_refuses_a_bad_signature_with_401_in_xs_error_shape(fake_x):
    auth = signed(fake_x, fake_x.default_account, consumer_secret="not-the-secret")
    answer = requests.get(f"{fake_x.url}/2/users/me", auth=auth, timeout=5)
    assert answer.status_code == 401
    assert answer.json() == {"title": "Unauthorized", "type": "about:blank", "status": 401,
                             "detail": "Unauthorized"}


def test_it_refuses_an_unsigned_request(fake_x):
    answer = requests.post(f"{fake_x.url}/2/tweets", json={"text": "Hello"}, timeout=5)
    assert answer.status_code == 401
    assert fake_x.timeline() == []


def test_it_refuses_a_replayed_nonce(fake_x):
    auth = signed(fake_x, fake_x.default_account)
    first = requests.get(f"{fake_x.url}/2/users/me", auth=auth, timeout=5)
    replay = requests.get(f"{fake_x.url}/2/users/me", headers={
        "Authorization": first.request.headers["Authorization"]}, timeout=5)
    assert (first.status_code, replay.status_code) == (200, 401)


def test_it_refuses_duplicate_text_with_403(fake_x):
    auth = signed(fake_x, fake_x.default_account)
    requests.post(f"{fake_x.url}/2/tweets", json={"text": "Same"}, auth=auth, timeout=5)
    again = requests.post(f"{fake_x.url}/2/tweets", json={"text": "Same"}, auth=auth, timeout=5)
    assert again.status_code == 403
    assert again.json()["detail"] == (
        "You are not allowed to create a Tweet with duplicate content.")


def test_it_sends_rate_limit_headers_and_429_when_the_window_is_spent(fake_x):
    fake_x.set_limit("POST /2/tweets", limit=1, window=900)
    auth = signed(fake_x, fake_x.default_account)
    first = requests.post(f"{fake_x.url}/2/tweets", json={"text": "One"}, auth=auth, timeout=5)
    second = requests.post(f"{fake_x.url}/2/tweets", json={"text": "Two"}, auth=auth, timeout=5)
    assert first.headers["x-rate-limit-limit"] == "1"
    assert first.headers["x-rate-limit-remaining"] == "0"
    assert "x-user-limit-24hour-remaining" in first.headers
    assert second.status_code == 429
    assert int(second.headers["x-rate-limit-reset"]) >= int(time.time()) + 899
    assert [t.submitted_text for t in fake_x.timeline()] == ["One"]


def test_the_daily_user_limit_answers_429_with_its_own_headers(fake_x):
    fake_x.set_daily_tweet_limit(1)
    auth = signed(fake_x, fake_x.default_account)
    requests.post(f"{fake_x.url}/2/tweets", json={"text": "One"}, auth=auth, timeout=5)
    second = requests.post(f"{fake_x.url}/2/tweets", json={"text": "Two"}, auth=auth, timeout=5)
    assert second.status_code == 429
    assert second.headers["x-user-limit-24hour-remaining"] == "0"
    assert second.headers["x-rate-limit-remaining"] != "0"


def test_queued_faults_answer_the_next_matching_request_once(fake_x):
    fake_x.queue(Fault.server_error(503))
    auth = signed(fake_x, fake_x.default_account)
    me = requests.get(f"{fake_x.url}/2/users/me", auth=auth, timeout=5)
    failed = requests.post(f"{fake_x.url}/2/tweets", json={"text": "A"}, auth=auth, timeout=5)
    worked = requests.post(f"{fake_x.url}/2/tweets", json={"text": "A"}, auth=auth, timeout=5)
    assert (me.status_code, failed.status_code, worked.status_code) == (200, 503, 201)


def test_a_drop_after_write_stores_the_tweet_and_closes_the_connection(fake_x):
    fake_x.queue(Fault.drop_after_write())
    with pytest.raises(requests.ConnectionError):
        requests.post(f"{fake_x.url}/2/tweets", json={"text": "Lost answer"},
                      auth=signed(fake_x, fake_x.default_account), timeout=5)
    assert [t.submitted_text for t in fake_x.timeline()] == ["Lost answer"]


def test_chunked_upload_assembles_the_segments_and_keeps_alt_text(fake_x):
    auth = signed(fake_x, fake_x.default_account)
    base = f"{fake_x.url}/2/media/upload"
    media_id = requests.post(f"{base}/initialize", json={
        "media_type": "image/png", "total_bytes": 6, "media_category": "tweet_image"},
        auth=auth, timeout=5).json()["data"]["id"]
    for index, chunk in enumerate([b"abc", b"def"]):
        appended = requests.post(f"{base}/{media_id}/append", data={"segment_index": index},
                                 files={"media": ("chunk", chunk)}, auth=auth, timeout=5)
        assert appended.status_code == 200
    finalized = requests.post(f"{base}/{media_id}/finalize", auth=auth, timeout=5)
    requests.post(f"{fake_x.url}/2/media/metadata", json={
        "id": media_id, "metadata": {"alt_text": {"text": "Pupils' paintings"}}},
        auth=auth, timeout=5)
    assert finalized.json()["data"]["size"] == 6
    assert fake_x.media[media_id].content == b"abcdef"
    assert fake_x.media[media_id].alt_text == "Pupils' paintings"


def test_finalize_refuses_an_incomplete_upload(fake_x):
    auth = signed(fake_x, fake_x.default_account)
    base = f"{fake_x.url}/2/media/upload"
    media_id = requests.post(f"{base}/initialize", json={
        "media_type": "image/png", "total_bytes": 10}, auth=auth, timeout=5).json()["data"]["id"]
    assert requests.post(f"{base}/{media_id}/finalize", auth=auth, timeout=5).status_code == 400


def test_the_control_api_queues_faults_and_resets(fake_x):
    auth = signed(fake_x, fake_x.default_account)
    requests.post(f"{fake_x.url}/_fake/faults", json=[
        {"kind": "rate_limited", "reset_in": 30}], timeout=5)
    limited = requests.post(f"{fake_x.url}/2/tweets", json={"text": "A"}, auth=auth, timeout=5)
    assert limited.status_code == 429
    new = requests.post(f"{fake_x.url}/_fake/accounts", json={"username": "carlton"},
                        timeout=5).json()
    assert new["username"] == "carlton" and new["consumer_key"] == fake_x.consumer_key
    requests.post(f"{fake_x.url}/_fake/reset", timeout=5)
    assert requests.get(f"{fake_x.url}/_fake/state", timeout=5).json()["tweets"] == []


def test_reset_forgets_tweets_and_faults(fake_x):
    auth = signed(fake_x, fake_x.default_account)
    requests.post(f"{fake_x.url}/2/tweets", json={"text": "Gone soon"}, auth=auth, timeout=5)
    fake_x.queue(Fault.unauthorized())
    fake_x.reset()
    assert fake_x.tweets == {} and fake_x.faults == []
