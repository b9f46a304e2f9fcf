"""The production profile: with REDIS_URL set (CI's second run), django-q2's broker really is
Redis, and a task goes through it; the suite then also runs with DEBUG off."""

from __future__ import annotations

import os
import uuid

import pytest
from django.conf import settings
from django_q.brokers import get_broker
from django_q.signing import SignedPackage
from django_q.tasks import async_task

REDIS_URL = os.environ.get("REDIS_URL", "")


def _need_redis() -> None:
    if not REDIS_URL:
        if os.environ.get("REQUIRE_SERVICES"):
            pytest.fail("REQUIRE_SERVICES is set but REDIS_URL is not")
        pytest.skip("needs REDIS_URL=redis://...")


def test_without_redis_the_broker_is_the_orm_on_the_same_database(db):
    if REDIS_URL:
        pytest.skip("REDIS_URL is set")
    assert get_broker().__class__.__name__ == "ORM"
    assert settings.Q_CLUSTER["orm"] == "default"


def test_with_redis_url_the_broker_is_redis():
    _need_redis()
    from django_q.brokers.redis_broker import Redis

    broker = get_broker()
    assert isinstance(broker, Redis)
    assert broker.ping()
    assert "orm" not in settings.Q_CLUSTER


def test_a_task_goes_through_redis_and_comes_back_out(db):
    _need_redis()
    broker = get_broker(list_key=f"schoolsocial-test-{uuid.uuid4().hex}")
    try:
        task_id = async_task("math.copysign", 2, -1, broker=broker, sync=False)
        assert broker.queue_size() == 1
        [(ack_id, payload)] = broker.dequeue()
        task = SignedPackage.loads(payload)
        assert (task["id"], task["func"], task["args"]) == (task_id, "math.copysign", (2, -1))
        broker.acknowledge(ack_id)
        assert broker.queue_size() == 0
    finally:
        broker.delete_queue()


def test_ci_runs_this_profile_with_debug_off():
    if not os.environ.get("REQUIRE_SERVICES"):
        pytest.skip("only CI's second run sets the production profile")
    assert os.environ.get("DEBUG") == "false"
    assert settings.SECURE_HSTS_SECONDS >= 31_536_000
    assert "whitenoise.middleware.WhiteNoiseMiddleware" in settings.MIDDLEWARE
