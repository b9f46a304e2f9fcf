"""Four workers racing over the same due posts on PostgreSQL: each post published once."""

from __future__ import annotations

import queue
from collections import Counter

import pytest
from publishing_helpers import approved_post, race

from schoolsocial.posts.models import Post
from schoolsocial.posts.states import State
from schoolsocial.publishing.backends import MemoryPublisher
from schoolsocial.publishing.tasks import claim_due, send

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

POSTS = 60
WORKERS = 4


def test_four_workers_publish_each_due_post_exactly_once(tom, alan, settings):
    settings.PUBLISHER = "memory"
    posts = [approved_post(tom, alan, text=f"Notice number {n} for parents.")
             for n in range(POSTS)]
    deliveries: queue.Queue[tuple[int, str]] = queue.Queue()

    def work() -> None:
        while claims := claim_due(limit=3):
            for claim in claims:  # django-q2 delivers at least once: twice, here
                deliveries.put(claim)
                deliveries.put(claim)
            while True:
                try:
                    send(*deliveries.get_nowait())
                except queue.Empty:
                    break

    assert race(work, WORKERS) == []
    sent = Counter(t.payload.text for t in MemoryPublisher.tweets)
    assert len(sent) == POSTS and set(sent.values()) == {1}
    states = Counter(Post.objects.filter(pk__in=[p.pk for p in posts])
                     .values_list("state", flat=True))
    assert states == {State.PUBLISHED: POSTS}
