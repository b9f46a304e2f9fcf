"""Recovery without waiting: a claim whose hand-over failed, whose task the broker lost, or
whose worker died is dealt with at the next tick; a restarted worker starts a dispatcher when
none is alive; the dispatcher's tick survives a database connection that was cut."""

from __future__ import annotations

import os
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone
from publishing_helpers import approved_post

from schoolsocial.posts.states import State
from schoolsocial.publishing.backends import MemoryPublisher
from schoolsocial.publishing.models import Delivery, DispatchLease
from schoolsocial.publishing.tasks import (
    BrokerWatch,
    claim_due,
    dispatch_step,
    process_alive,
    release_dead_workers,
    release_unsent,
    send,
    start_dispatch_if_idle,
    tick,
    worker_identity,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _memory(settings):
    settings.PUBLISHER = "memory"


@pytest.fixture(scope="module")
def dead_process() -> str:
    """The identity a worker process had, once it has exited (and been reaped)."""
    read, write = os.pipe()
    child = os.fork()
    if child == 0:  # the child names itself and exits at once
        os.write(write, worker_identity().encode())
        os._exit(0)
    os.close(write)
    identity = os.read(read, 200).decode()
    os.close(read)
    os.waitpid(child, 0)
    return identity


def test_this_process_is_alive_and_an_exited_one_is_not(dead_process):
    assert process_alive(worker_identity()) is True
    assert process_alive(dead_process) is False
    assert process_alive("another-host:123:456") is None


def test_a_claim_the_broker_refused_is_released_and_claimed_again_at_once(tom, alan, at_ten):
    post = approved_post(tom, alan)

    def broker_away(*_args):
        raise ConnectionError("Redis is restarting")

    with pytest.raises(ConnectionError):
        tick(broker_away)
    delivery = Delivery.objects.get(post=post)
    assert delivery.token == "" and delivery.retry_at <= timezone.now()
    queued = []
    assert tick(lambda *args: queued.append(args)) == 1
    [(_, [(post_id, token)])] = queued
    assert send(post_id, token) == "published" and len(MemoryPublisher.tweets) == 1


def test_after_a_broker_restart_claims_not_taken_are_handed_over_again(tom, alan, at_ten):
    post = approved_post(tom, alan)
    [(_, lost_token)] = claim_due()
    assert release_unsent() == 1
    [(_, token)] = claim_due()
    assert send(post.pk, lost_token) == "skipped"  # the lost task, had it survived
    assert send(post.pk, token) == "published" and len(MemoryPublisher.tweets) == 1


def test_a_broker_watch_sees_a_new_server_run_only(monkeypatch):
    runs = iter(["run-1", "run-1", "run-2"])
    monkeypatch.setattr("schoolsocial.publishing.broker.server_epoch", lambda broker: next(runs))
    watch = BrokerWatch()
    assert [watch.restarted(), watch.restarted(), watch.restarted()] == [False, False, True]


def test_a_claim_of_a_dead_worker_is_released_and_a_sent_one_made_unknown(
        tom, alan, at_ten, dead_process):
    waiting = approved_post(tom, alan, text="Reading morning on Thursday.")
    sent = approved_post(tom, alan, text="Year 6 residential letters are out.")
    claims = dict(claim_due())
    Delivery.objects.filter(post=waiting).update(worker=dead_process)
    Delivery.objects.filter(post=sent).update(worker=dead_process, started_at=timezone.now())
    alive = approved_post(tom, alan, text="Coffee morning in the hall.")
    [(alive_id, _)] = claim_due()
    Delivery.objects.filter(post=alive).update(worker=worker_identity())
    assert sorted(release_dead_workers()) == sorted([waiting.pk, sent.pk])
    sent.refresh_from_db()
    assert sent.state == State.UNKNOWN  # it may have reached X: looked for, not sent again
    assert send(waiting.pk, claims[waiting.pk]) == "skipped"
    assert [pk for pk, _ in claim_due()] == [waiting.pk]
    assert Delivery.objects.get(post=alive).token != ""  # a live worker's claim stays


def test_a_restarted_worker_starts_a_dispatcher_when_the_old_one_died(dead_process):
    DispatchLease.objects.update_or_create(pk=1, defaults={
        "holder": "old", "heartbeat_at": timezone.now(), "worker": dead_process})
    assert start_dispatch_if_idle() is True
    assert DispatchLease.objects.get(pk=1).holder.startswith("starting-")
    assert start_dispatch_if_idle() is False  # the next worker to start leaves it be


def test_a_live_dispatcher_is_left_alone_and_a_silent_one_replaced():
    DispatchLease.objects.update_or_create(pk=1, defaults={
        "holder": "live", "heartbeat_at": timezone.now(), "worker": worker_identity()})
    assert start_dispatch_if_idle() is False
    DispatchLease.objects.filter(pk=1).update(heartbeat_at=timezone.now() - timedelta(minutes=1))
    assert start_dispatch_if_idle() is True


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_the_dispatch_tick_after_its_connection_was_cut_claims_as_before(tom, alan, at_ten):
    import psycopg

    post = approved_post(tom, alan)
    DispatchLease.objects.update_or_create(pk=1, defaults={
        "holder": "me", "heartbeat_at": timezone.now()})
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        (backend,) = cursor.fetchone()
    db = connection.settings_dict
    with psycopg.connect(f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/postgres",
                         autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (backend,))
    queued = []
    assert dispatch_step("me", lambda *args: queued.append(args), BrokerWatch(), beat=True) == 1
    [(func, [(post_id, _token)])] = queued  # the post's claim, in a batch of its own
    assert func == "schoolsocial.publishing.tasks.send_batch" and post_id == post.pk
