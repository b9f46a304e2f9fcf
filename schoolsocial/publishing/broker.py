"""django-q2's Redis broker, made to ride out a Redis restart (Q_CLUSTER["broker_class"]).

django-q2's pusher process stops for 10 s and is then started again whenever the broker raises,
and each `async_task` raises at once while Redis is away: a restart of a few seconds held every
post for 10 s or more and lost the tasks the dispatcher handed over meanwhile. Here dequeue
waits half a second and asks again, and enqueue tries again for a few seconds before it gives
up, so the pusher carries on as soon as Redis answers.

Redis without persistence (ours) also forgets the tasks it held. `server_epoch()` tells the
dispatcher when the server it talks to has restarted (Redis's run_id changes), so it can hand
the claims whose tasks were lost over again (tasks.release_unsent).
"""

from __future__ import annotations

import logging
import time

import redis
from django_q.brokers import get_broker
from django_q.brokers.redis_broker import Redis

logger = logging.getLogger(__name__)

RETRY_WAIT = 0.5  # seconds between tries while Redis is away
ENQUEUE_TRIES = 10  # about 5 s, then the caller hears of it (the dispatcher releases the claim)
LOST = (redis.ConnectionError, redis.TimeoutError)


class ReconnectingRedis(Redis):
    def enqueue(self, task):
        for attempt in range(ENQUEUE_TRIES):
            try:
                return super().enqueue(task)
            except LOST:
                if attempt == ENQUEUE_TRIES - 1:
                    raise
                time.sleep(RETRY_WAIT)
        return None

    def dequeue(self):
        try:
            return super().dequeue()
        except LOST as error:
            logger.warning("Redis is not answering (%s); asking again", type(error).__name__)
            time.sleep(RETRY_WAIT)
            return None


def server_epoch(broker=None) -> str | None:
    """Which run of the broker's server this is (Redis's run_id, new at every start), or None
    for a broker that keeps its tasks in the database (django-q2's ORM broker)."""
    broker = broker or get_broker()
    if not isinstance(broker, Redis):
        return None
    return str(broker.connection.info("server").get("run_id", ""))
