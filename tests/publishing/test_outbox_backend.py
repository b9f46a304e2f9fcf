"""The outbox publisher: the local timeline a fresh install publishes to."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from schoolsocial.publishing.backends import (
    OutboxPublisher,
    Payload,
    Photo,
    TransportError,
    get_publisher,
)
from schoolsocial.publishing.models import OutboxTweet

pytestmark = pytest.mark.django_db


def test_it_is_the_default_publisher(school, settings):
    assert settings.PUBLISHER == "outbox"
    assert isinstance(get_publisher(school), OutboxPublisher)


def test_it_publishes_to_the_schools_local_timeline(school, other_school):
    published = OutboxPublisher(school).publish(Payload("Welcome back, everyone!"))
    [tweet] = OutboxTweet.objects.live(school)
    assert published.tweet_id == f"outbox-{tweet.pk}" == tweet.tweet_id
    assert published.url == f"/outbox/status/{tweet.pk}/"
    assert not OutboxTweet.objects.live(other_school).exists()


def test_it_keeps_photo_hashes_and_alt_text_but_not_the_photo(school):
    photo = Photo("A rainbow painted by Class 2", "image/png", data=b"png-bytes")
    OutboxPublisher(school).publish(Payload("Art week", photos=(photo,)))
    [media] = OutboxTweet.objects.get().media
    assert media["alt_text"] == "A rainbow painted by Class 2"
    assert media["size"] == 9 and len(media["sha256"]) == 64


def test_it_refuses_duplicate_text_as_x_does(school):
    publisher = OutboxPublisher(school)
    publisher.publish(Payload("Snow day: school closed."))
    with pytest.raises(TransportError) as caught:
        publisher.publish(Payload("Snow day: school closed."))
    assert caught.value.permanent and caught.value.duplicate


def test_a_missing_photo_file_fails_and_publishes_nothing(school, tmp_path):
    with pytest.raises(TransportError) as caught:
        OutboxPublisher(school).publish(
            Payload("Trip", photos=(Photo("Trip", path=tmp_path / "gone.jpg"),)))
    assert caught.value.permanent
    assert not OutboxTweet.objects.exists()


def test_delete_hides_the_tweet_and_reports_one_already_gone(school):
    publisher = OutboxPublisher(school)
    published = publisher.publish(Payload("Oops"))
    assert publisher.delete(published.tweet_id) is True
    assert publisher.delete(published.tweet_id) is False
    assert publisher.delete("1890000000000000000") is False
    assert not OutboxTweet.objects.live(school).exists()


def test_find_recent_finds_a_published_post_since_a_time(school):
    publisher = OutboxPublisher(school)
    before = timezone.now() - timedelta(seconds=1)
    published = publisher.publish(Payload("Harvest & thanks"))
    assert publisher.find_recent("Harvest & thanks", before).tweet_id == published.tweet_id
    assert publisher.find_recent("Harvest & thanks", timezone.now() + timedelta(1)) is None
    assert publisher.find_recent("Something else", before) is None


def test_another_schools_outbox_does_not_see_the_tweet(school, other_school):
    before = timezone.now() - timedelta(seconds=1)
    OutboxPublisher(school).publish(Payload("Ours"))
    assert OutboxPublisher(other_school).find_recent("Ours", before) is None
