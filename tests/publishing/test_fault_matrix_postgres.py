"""The fault matrix: PostgreSQL, a Redis of the test's own, a real qcluster with four workers,
the real tweepy path against the fake X on loopback, and a small version of every fault at once:
X stores the post and answers 5xx, drops the connection after storing, does not answer in
time, answers 429 with a reset, 401, 403 duplicate; a worker is killed mid-send (and the
dispatcher with it), every database connection is cut, the broker restarts. Every post ends
published exactly once with its own tweet id, or failed with its reason; none goes out early.

Each school has its own X account, so each fault reaches the post it was queued for.
"""

from __future__ import annotations

import os
import shutil
import time
from datetime import UTC, datetime, timedelta

import pytest
from django.conf import settings
from django.db import connection

from schoolsocial.audit.models import AuditEvent
from schoolsocial.posts.models import Post
from schoolsocial.posts.states import State
from schoolsocial.publishing.backends import Payload, XPublisher
from schoolsocial.publishing.fake_x import Fault
from schoolsocial.publishing.models import Delivery, DispatchLease
from tests import faults

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True),
              pytest.mark.real_clock]

DEADLINE = 150  # seconds for every post to end published or failed (the timeout takes ~30)


@pytest.fixture
def redis_server():
    if shutil.which("redis-server") is None:
        if os.environ.get("REQUIRE_SERVICES"):
            pytest.fail("REQUIRE_SERVICES is set and redis-server is not installed")
        pytest.skip("needs redis-server (the fault matrix restarts a Redis of its own)")
    server = faults.RedisServer().start()
    yield server
    server.close()


def wait_until(check, seconds: float, what: str, cluster: faults.QCluster) -> None:
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"Timed out waiting for {what}.\n{cluster.output()}")
        time.sleep(0.2)


def state(post: Post) -> str:
    return Post.objects.values_list("state", flat=True).get(pk=post.pk)


def test_every_fault_ends_with_each_post_out_once_or_failed_with_a_reason(fake_x, redis_server):
    faults.ensure_dispatch_schedule()
    names = ["canary", "5xx after storing", "dropped after storing", "timeout", "429",
             "401", "403 duplicate", "worker killed", "after the kill", "db cut",
             "after the db cut", "broker restart", "after the broker restart"]
    schools = dict(zip(names, faults.make_schools(fake_x, len(names)), strict=True))
    db = connection.settings_dict
    env = os.environ | {
        "DJANGO_SETTINGS_MODULE": "schoolsocial.settings", "PUBLISHER": "x",
        "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
        "REDIS_URL": redis_server.url, "Q_WORKERS": "4", "LOG_LEVEL": "WARNING",
        "X_API_BASE_URL": fake_x.url, "X_UPLOAD_BASE_URL": fake_x.url,
        "ENCRYPTION_KEYS": ",".join(settings.ENCRYPTION_KEYS),
    }
    cluster = faults.QCluster(env).start()
    try:
        now = datetime.now(UTC)
        canary = faults.approved_post(schools["canary"], "The cluster is up.", now)
        wait_until(lambda: state(canary) == State.PUBLISHED, 90, "the first dispatch",
                   cluster)

        # X's faults, each for one school's account
        def account(name: str) -> str:
            return schools[name].x_user_id

        limit = Fault.rate_limited(reset_in=8)
        held = Fault.slow(4).for_account(account("worker killed"))
        reset = datetime.fromtimestamp(int(limit.headers["x-rate-limit-reset"]), UTC)
        fake_x.queue(
            Fault.error_after_write(503).for_account(account("5xx after storing")),
            Fault.drop_after_write().for_account(account("dropped after storing")),
            Fault.slow(25).for_account(account("timeout")),  # the read timeout is 20 s
            limit.for_account(account("429")),
            Fault.unauthorized(match="POST /2/tweets").for_account(account("401")),
            held,
        )
        duplicate = "Harvest festival donations by Friday, please."
        school = schools["403 duplicate"]
        credentials = school.x_credentials()
        earlier = XPublisher(school, credentials, api_base_url=fake_x.url)
        earlier.publish(Payload(duplicate))  # the school tweeted it itself, before
        earlier.close()

        start = datetime.now(UTC).replace(microsecond=0) + timedelta(seconds=3)
        due = {"5xx after storing": 0, "dropped after storing": 0, "timeout": 0, "429": 0,
               "401": 0, "403 duplicate": 0, "worker killed": 2, "after the kill": 5,
               "db cut": 9, "after the db cut": 11, "broker restart": 15,
               "after the broker restart": 17}
        posts = {name: faults.approved_post(
            schools[name], duplicate if name == "403 duplicate" else f"News for {name}.",
            start + timedelta(seconds=offset)) for name, offset in due.items()}

        # a worker killed while X holds its request (and the dispatcher's worker with it)
        killed = posts["worker killed"]
        # X holds the request once it has taken the fault off its queue; a kill before then
        # meets a worker that has not sent yet, and the fault is left for nobody
        wait_until(lambda: Delivery.objects.filter(post=killed, started_at__isnull=False)
                   .exists() and all(f is not held for f in fake_x.faults), 30,
                   "X to hold the send", cluster)
        sender = Delivery.objects.get(post=killed).worker
        dispatcher = DispatchLease.objects.get(pk=1).worker
        assert faults.kill(sender)
        if dispatcher != sender:
            faults.kill(dispatcher)

        # every database connection cut, as a restart or failover does
        time.sleep(max((posts["db cut"].scheduled_at - datetime.now(UTC)).total_seconds(), 0))
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_backend_pid()")
            (mine,) = cursor.fetchone()
        admin = f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/postgres"
        assert faults.cut_database_connections(admin, db["NAME"], keep=(mine,)) > 0

        # the broker restarts, forgetting the tasks it held
        time.sleep(max((posts["broker restart"].scheduled_at - datetime.now(UTC))
                       .total_seconds() - 0.5, 0))
        redis_server.restart(down_for=1.0)

        wait_until(lambda: not Post.objects.filter(pk__in=[p.pk for p in posts.values()])
                   .exclude(state__in=(State.PUBLISHED, State.FAILED)).exists(),
                   DEADLINE, "every post to end published or failed", cluster)
    finally:
        cluster.stop()

    assert fake_x.faults == []  # every fault was met by the post it was queued for
    unknown_first = ("5xx after storing", "dropped after storing", "timeout", "worker killed")
    for name in unknown_first:  # looked for on the timeline, not sent again
        assert AuditEvent.objects.filter(object_id=str(posts[name].pk),
                                         action="post.publish_unknown").exists(), name
    failed_with = {"401": "connect it again", "403 duplicate": "from before this post was sent"}
    for name, post in posts.items():
        post.refresh_from_db()
        tweets = [t for t in faults.tweets_of(fake_x, schools[name])
                  if t.submitted_text == post.text]
        if name in failed_with:
            assert post.state == State.FAILED, name
            assert failed_with[name] in post.last_error, (name, post.last_error)
            assert len(tweets) == (1 if name == "403 duplicate" else 0), name
            continue
        assert post.state == State.PUBLISHED, (name, post.state, post.last_error)
        assert len(tweets) == 1, (name, len(tweets))  # exactly once
        assert post.tweet_id == tweets[0].id, name
        assert tweets[0].created_at >= post.scheduled_at, f"{name} went out early"
        print(f"{name}: out {(tweets[0].created_at - post.scheduled_at).total_seconds():.1f} s "
              f"after its time")
    [rate_limited] = faults.tweets_of(fake_x, schools["429"])
    assert rate_limited.created_at >= reset  # not before X's reset
