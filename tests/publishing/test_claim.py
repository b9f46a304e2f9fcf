"""Claiming due posts: once each, never early, never for a paused school."""

from __future__ import annotations

from datetime import timedelta

import pytest
import time_machine
from publishing_helpers import approved_post

from schoolsocial.posts.states import State
from schoolsocial.publishing.backends import MemoryPublisher
from schoolsocial.publishing.models import Delivery
from schoolsocial.publishing.tasks import claim_due, send
from tests.seasons import ten_am

pytestmark = pytest.mark.django_db


def test_a_due_post_is_claimed_and_committed_as_publishing(tom, alan):
    post = approved_post(tom, alan)
    [(post_id, token)] = claim_due(ten_am())
    post.refresh_from_db()
    assert post_id == post.pk and post.state == State.PUBLISHING
    assert Delivery.objects.get(post=post).token == token
    assert MemoryPublisher.tweets == []  # claimed, not yet sent


def test_a_post_is_never_claimed_before_its_time(tom, alan):
    approved_post(tom, alan, at=ten_am() + timedelta(seconds=1))
    assert claim_due(ten_am()) == []


def test_a_post_is_claimed_only_once(tom, alan):
    approved_post(tom, alan)
    assert len(claim_due(ten_am())) == 1
    assert claim_due(ten_am()) == []


def test_a_paused_queue_claims_nothing(tom, alan, school):
    approved_post(tom, alan)
    school.queue_paused = True
    school.save(update_fields=("queue_paused",))
    assert claim_due(ten_am()) == []


def test_posts_are_claimed_oldest_first(tom, alan):
    later = approved_post(tom, alan, at=ten_am() - timedelta(minutes=1), text="Second")
    earlier = approved_post(tom, alan, at=ten_am() - timedelta(minutes=2), text="First")
    assert [pk for pk, _ in claim_due(ten_am())] == [earlier.pk, later.pk]


def test_a_task_delivered_twice_publishes_once(tom, alan, settings):
    settings.PUBLISHER = "memory"
    approved_post(tom, alan)
    with time_machine.travel(ten_am(), tick=True):
        [(post_id, token)] = claim_due()
        assert send(post_id, token) == "published"
        assert send(post_id, token) == "skipped"
    assert len(MemoryPublisher.tweets) == 1


def test_a_claim_whose_task_was_lost_is_claimed_again_later(tom, alan, settings):
    settings.PUBLISHER = "memory"
    post = approved_post(tom, alan)
    [(_, lost_token)] = claim_due(ten_am())
    assert claim_due(ten_am() + timedelta(minutes=1)) == []
    [(post_id, token)] = claim_due(ten_am() + timedelta(minutes=6))
    with time_machine.travel(ten_am() + timedelta(minutes=6), tick=True):
        assert send(post.pk, lost_token) == "skipped"
        assert send(post_id, token) == "published"
