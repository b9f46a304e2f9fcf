"""The x publisher through the real tweepy and requests path, against the fake X server."""

from __future__ import annotations

import hashlib
from datetime import timedelta

import pytest
from django.utils import timezone

from schoolsocial.publishing.backends import (
    Credentials,
    Payload,
    Photo,
    TransportError,
    XPublisher,
    get_publisher,
)

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40  # 10 KB of stand-in image


def test_it_posts_text_and_returns_the_tweet_id_and_url(fake_x, x_publisher):
    published = x_publisher.publish(Payload("Year 6 leave for their residential at 9am."))
    [tweet] = fake_x.timeline()
    assert published.tweet_id == tweet.id
    assert published.url == f"https://x.com/i/web/status/{tweet.id}"
    [sent] = fake_x.requests_to("POST", "/2/tweets")
    assert sent.json == {"text": "Year 6 leave for their residential at 9am."}


def test_the_url_uses_the_schools_handle(fake_x, credentials, school):
    publisher = XPublisher(school, credentials, api_base_url=fake_x.url)
    published = publisher.publish(Payload("Harvest festival on Friday."))
    assert published.url == f"https://x.com/MeonValley/status/{published.tweet_id}"


def test_it_uploads_a_photo_simply_with_its_alt_text(fake_x, x_publisher):
    photo = Photo(alt_text="Paintings of sunflowers on the hall wall", media_type="image/png",
                  data=PNG)
    x_publisher.publish(Payload("Our art gallery is open.", photos=(photo,)))
    [media] = fake_x.media.values()
    assert media.sha256 == hashlib.sha256(PNG).hexdigest()
    assert media.alt_text == "Paintings of sunflowers on the hall wall"
    assert len(fake_x.requests_to("POST", "/2/media/upload")) == 1
    [sent] = fake_x.requests_to("POST", "/2/tweets")
    assert sent.json["media"] == {"media_ids": [media.id]}


def test_it_uploads_a_large_photo_in_chunks(fake_x, credentials, tmp_path):
    path = tmp_path / "gallery.png"
    path.write_bytes(PNG)
    publisher = XPublisher(credentials=credentials, api_base_url=fake_x.url,
                           simple_upload_limit=4096, chunk_size=4096)
    publisher.publish(Payload("Gallery", photos=(Photo("A gallery", "image/png", path=path),)))
    [media] = fake_x.media.values()
    appends = fake_x.requests_to("POST", f"/2/media/upload/{media.id}/append")
    assert [r.form["segment_index"] for r in appends] == ["0", "1", "2"]
    assert fake_x.requests_to("POST", "/2/media/upload/initialize")[0].json == {
        "media_type": "image/png", "total_bytes": len(PNG), "media_category": "tweet_image"}
    assert media.finalized and media.content == PNG and media.alt_text == "A gallery"
    assert fake_x.timeline()[0].media_ids == [media.id]


def test_it_replies_to_a_tweet(fake_x, x_publisher):
    first = x_publisher.publish(Payload("Trip update 1"))
    x_publisher.publish(Payload("Trip update 2", reply_to=first.tweet_id))
    assert fake_x.timeline()[0].in_reply_to == first.tweet_id


def test_it_deletes_a_tweet_and_reports_one_already_gone(fake_x, x_publisher):
    published = x_publisher.publish(Payload("Posted by mistake"))
    assert x_publisher.delete(published.tweet_id) is True
    assert x_publisher.delete(published.tweet_id) is False
    assert fake_x.timeline() == []


def test_me_names_the_connected_account(fake_x, x_publisher):
    account = x_publisher.me()
    assert (account.id, account.username) == (fake_x.default_account.user_id, "forefieldprimary")


def test_find_recent_finds_the_tweet_as_x_shows_it(fake_x, x_publisher):
    text = "Cake & coffee morning: details at https://school.example/cake"
    before = timezone.now() - timedelta(seconds=1)
    photo = Photo(alt_text="Cakes", data=PNG)
    published = x_publisher.publish(Payload(text, photos=(photo,)))
    found = x_publisher.find_recent(text, before)
    assert found is not None and found.tweet_id == published.tweet_id
    assert "&amp;" in found.text and "t.co" in found.text


def test_find_recent_ignores_other_text_and_older_tweets(fake_x, x_publisher):
    x_publisher.publish(Payload("Cake sale"))
    assert x_publisher.find_recent("Cake sale tomorrow", timezone.now() - timedelta(minutes=1)) \
        is None
    assert x_publisher.find_recent("Cake sale", timezone.now() + timedelta(minutes=1)) is None


def test_find_recent_follows_the_timeline_pages(fake_x, x_publisher):
    before = timezone.now() - timedelta(seconds=1)
    for n in range(105):
        x_publisher.publish(Payload(f"Notice {n}"))
    assert x_publisher.find_recent("Notice 0", before) is not None
    user_id = fake_x.default_account.user_id
    assert len(fake_x.requests_to("GET", f"/2/users/{user_id}/tweets")) == 2


def test_get_publisher_picks_x_from_settings_with_the_base_url_setting(
        fake_x, credentials, settings):
    settings.PUBLISHER = "x"
    settings.X_API_BASE_URL = fake_x.url
    settings.X_UPLOAD_BASE_URL = fake_x.url
    publisher = get_publisher(credentials=credentials)
    assert isinstance(publisher, XPublisher)
    publisher.publish(Payload("Chosen by the setting"))
    assert fake_x.timeline()[0].submitted_text == "Chosen by the setting"


def test_without_credentials_it_says_the_account_is_not_connected():
    with pytest.raises(TransportError) as caught:
        XPublisher(credentials=None)
    assert caught.value.permanent and "not connected an X account" in caught.value.message


def test_a_missing_photo_file_fails_at_once_and_sends_nothing(fake_x, x_publisher, tmp_path):
    photo = Photo("Sports day", path=tmp_path / "deleted.jpg")
    with pytest.raises(TransportError) as caught:
        x_publisher.publish(Payload("Sports day", photos=(photo,)))
    assert caught.value.permanent and "deleted.jpg is missing" in caught.value.message
    assert list(fake_x.requests) == []


def test_credentials_never_show_their_secrets():
    shown = repr(Credentials("ck", "consumer-secret", "at", "token-secret"))
    assert "secret" not in shown.replace("_secret", "")
