"""Four workers racing over the same due posts' Bluesky publications on PostgreSQL, each task
delivered twice (django-q2 delivers at least once): each post on the fake PDS once, through the
real atproto SDK."""

from __future__ import annotations

import queue
from collections import Counter

import pytest
from publishing_helpers import approved_post, race

from schoolsocial.publishing.models import NetworkPublication
from schoolsocial.publishing.network_tasks import claim_publications, send_publication
from schoolsocial.publishing.tasks import claim_due, send

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

POSTS = 20
WORKERS = 4


def send_each_twice(deliveries: queue.Queue[tuple[int, str]]) -> None:
    """Claim due publications and send each claim twice (django-q2 delivers at least once)."""
    while claims := claim_publications(limit=3):
        for claim in claims:
            deliveries.put(claim)
            deliveries.put(claim)
        while True:
            try:
                send_publication(*deliveries.get_nowait(), timeout=5)
            except queue.Empty:
                break


def test_four_workers_publish_each_bluesky_copy_exactly_once(
        tom, alan, school, pds, bluesky_account, settings):
    settings.PUBLISHER = "memory"
    posts = [approved_post(tom, alan, text=f"Notice number {n} for parents.",
                           networks=("x", "bluesky")) for n in range(POSTS)]
    deliveries: queue.Queue[tuple[int, str]] = queue.Queue()

    def work() -> None:
        while claims := claim_due(limit=3):
            for claim in claims:
                send(*claim)
        send_each_twice(deliveries)

    assert race(work, WORKERS) == []
    on_bluesky = Counter(record.value["text"] for record in pds.posts())
    assert len(on_bluesky) == POSTS and set(on_bluesky.values()) == {1}
    states = Counter(NetworkPublication.objects.filter(
        post__in=posts).values_list("state", flat=True))
    assert states == {NetworkPublication.State.PUBLISHED: POSTS}


def test_four_workers_publish_posts_without_x_once_each_and_settle_each_post_once(
        tom, alan, school, pds, connected, settings):
    """Posts to Bluesky and Mastodon alone: each copy out once, and each post's own state
    settled once (one Published event a post) although its two copies finish side by side."""
    from schoolsocial.audit.models import AuditEvent
    from schoolsocial.posts.models import Post
    from schoolsocial.posts.states import State

    settings.PUBLISHER = "x"  # nothing may reach X: no X account, and none is claimed
    posts = [approved_post(tom, alan, text=f"Notice number {n} for parents, not on X.",
                           networks=("bluesky", "mastodon")) for n in range(POSTS)]
    deliveries: queue.Queue[tuple[int, str]] = queue.Queue()

    ids = [post.pk for post in posts]

    def work() -> None:
        while Post.objects.filter(pk__in=ids, state=State.SCHEDULED).exists():
            assert claim_due(limit=3) == []  # a post without X makes no X claim
        send_each_twice(deliveries)

    assert race(work, WORKERS) == []
    assert set(Post.objects.filter(pk__in=[p.pk for p in posts]).values_list(
        "state", flat=True)) == {State.PUBLISHED}
    published = Counter(AuditEvent.objects.filter(action="post.published").values_list(
        "object_id", flat=True))
    assert len(published) == POSTS and set(published.values()) == {1}
    assert len(pds.posts()) == POSTS
