"""A batch of Bluesky publications is sent side by side on the worker's threads (the
dispatcher's unit of work, network_tasks.send_publications): each post on the fake PDS once,
even with every claim in the batch twice, and in about the time of one send, not of eight in a
row: the PDS sees several sign-ins before the first post. On PostgreSQL, since the threads have
connections of their own."""

from __future__ import annotations

from collections import Counter

import pytest
import time_machine
from publishing_helpers import approved_post

from schoolsocial.publishing.batches import THREADS as BATCH  # a batch that fills the threads once
from schoolsocial.publishing.models import NetworkPublication
from schoolsocial.publishing.network_tasks import claim_publications, send_publications
from schoolsocial.publishing.tasks import claim_due, send, send_batch
from tests.seasons import ten_am

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

LATENCY = 0.3  # each request to the PDS; a first send is three (session, post, reply setting)


def test_a_batch_goes_side_by_side_and_each_post_once(tom, alan, pds, bluesky_account, settings):
    settings.PUBLISHER = "memory"
    posts = [approved_post(tom, alan, text=f"Notice number {n} for parents.",
                           networks=("x", "bluesky")) for n in range(BATCH)]
    with time_machine.travel(ten_am(), tick=True):
        for claim in claim_due():
            send(*claim)  # out on X: their Bluesky copies are due
        claims = claim_publications()
        pds.latency = LATENCY
        pds.requests.clear()
        outcomes = send_publications(claims + claims)  # django-q2 delivers at least once
    assert Counter(outcomes) == {"published": BATCH, "skipped": BATCH}
    on_bluesky = Counter(record.value["text"] for record in pds.posts())
    assert len(on_bluesky) == BATCH and set(on_bluesky.values()) == {1}
    assert set(NetworkPublication.objects.filter(post__in=posts).values_list(
        "state", flat=True)) == {NetworkPublication.State.PUBLISHED}
    calls = [r.path.rsplit(".", 1)[-1] for r in pds.requests]
    # one after another: createSession, createRecord, createRecord, createSession, ...
    assert calls.index("createRecord") >= 2, calls
    assert calls.count("createSession") <= BATCH  # the account's session, kept once it exists


def test_a_batch_of_posts_goes_to_x_side_by_side_and_each_once(tom, alan, school, fake_x,
                                                               credentials, settings):
    settings.PUBLISHER = "x"
    settings.X_API_BASE_URL = settings.X_UPLOAD_BASE_URL = fake_x.url
    school.connect_x(credentials, fake_x.default_account.username)
    for n in range(BATCH):
        approved_post(tom, alan, text=f"Notice number {n} for parents.")
    fake_x.latency = 1.0  # each request; one after another, eight would take 7 s or more
    with time_machine.travel(ten_am(), tick=True):
        claims = claim_due()
        outcomes = send_batch(claims + claims)  # django-q2 delivers at least once
    assert Counter(outcomes) == {"published": BATCH, "skipped": BATCH}
    tweets = fake_x.timeline()
    assert len(tweets) == BATCH and len({t.text for t in tweets}) == BATCH
    stored = sorted(t.created_at for t in tweets)
    assert (stored[-1] - stored[0]).total_seconds() < 3.5, "not side by side"
