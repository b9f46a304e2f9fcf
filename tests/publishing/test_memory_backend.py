"""The in-memory publisher the worker's tests use, and its queued failures."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from schoolsocial.publishing.backends import (
    MemoryPublisher,
    Payload,
    TransportError,
    get_publisher,
    same_text,
)


def test_it_is_chosen_by_the_setting(settings):
    settings.PUBLISHER = "memory"
    assert isinstance(get_publisher(), MemoryPublisher)


def test_it_keeps_tweets_in_a_list_like_the_mail_outbox():
    published = MemoryPublisher().publish(Payload("Hello"))
    assert [t.tweet_id for t in MemoryPublisher.tweets] == [published.tweet_id]


def test_a_queued_failure_raises_without_storing():
    MemoryPublisher.fail_next(TransportError("X is down"))
    with pytest.raises(TransportError):
        MemoryPublisher().publish(Payload("Hello"))
    assert MemoryPublisher.tweets == []


def test_a_stored_failure_keeps_the_tweet_then_raises_like_a_lost_answer():
    publisher = MemoryPublisher()
    since = timezone.now() - timedelta(seconds=1)
    MemoryPublisher.fail_next(TransportError("lost", outcome_unknown=True), stored=True)
    with pytest.raises(TransportError):
        publisher.publish(Payload("Hello"))
    assert publisher.find_recent("Hello", since) is not None


def test_it_refuses_duplicates_per_account():
    MemoryPublisher().publish(Payload("Same"))
    with pytest.raises(TransportError) as caught:
        MemoryPublisher().publish(Payload("Same"))
    assert caught.value.duplicate


@pytest.mark.parametrize(("ours", "theirs"), [
    ("Fish & chips", "Fish &amp; chips"),
    ("See https://school.example/a", "See https://t.co/abc123"),
    ("Photo day", "Photo day https://t.co/xyz"),
    ("Two  spaces\nand a line", "Two spaces and a line"),
])
def test_same_text_sees_through_what_x_does_to_text(ours, theirs):
    assert same_text(ours, theirs)


def test_same_text_tells_different_posts_apart():
    assert not same_text("Sports day on Friday", "Sports day on Monday")
