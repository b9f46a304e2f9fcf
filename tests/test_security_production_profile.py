"""The production profile: with REDIS_URL set (CI's second run), django-q2's broker really is
Redis, and a task goes through it; the cache is Redis too, with sessions read through it and kept
in the database; the suite then also runs with DEBUG off."""

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


def test_with_redis_url_the_cache_is_redis_and_sessions_are_read_through_it():
    _need_redis()
    from django.core.cache import cache, caches
    from django.core.cache.backends.redis import RedisCache

    assert isinstance(caches["default"], RedisCache)
    assert settings.SESSION_ENGINE == "django.contrib.sessions.backends.cached_db"
    key = f"schoolsocial-test-{uuid.uuid4().hex}"
    cache.set(key, "through Redis", 30)
    try:
        assert cache.get(key) == "through Redis"
    finally:
        cache.delete(key)


def test_a_session_outlives_its_copy_in_redis(client, tom):
    _need_redis()
    from django.contrib.sessions.backends.cached_db import KEY_PREFIX
    from django.core.cache import cache
    from django.urls import reverse

    client.force_login(tom.user)
    session_key = client.cookies[settings.SESSION_COOKIE_NAME].value
    assert cache.get(KEY_PREFIX + session_key)  # read from Redis...
    cache.delete(KEY_PREFIX + session_key)  # ...which then restarts, empty
    response = client.get(reverse("dashboard"))
    assert response.status_code == 200
    assert response.context["user"] == tom.user


def test_the_cache_keeps_one_redis_client_per_connection_pool():
    _need_redis()
    from django.core.cache import cache

    key = f"schoolsocial-test-{uuid.uuid4().hex}"
    client = cache._cache.get_client(key)
    cache.set(key, "once", 30)
    try:
        assert cache.get(key) == "once"
        assert cache._cache.get_client(key) is client
        assert cache._cache.get_client(key, write=True) is client  # one server: one pool
    finally:
        cache.delete(key)
    assert cache.get(key) is None
