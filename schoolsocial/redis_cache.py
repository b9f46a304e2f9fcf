"""Django's Redis cache, keeping one redis.Redis client per connection pool instead of making
one for every cache call: making a client sets up about 170 response callbacks, about 0.25 ms
of CPU, paid once for each session read and each queue page's cards (every request)."""

from __future__ import annotations

from django.core.cache.backends import redis


class RedisCacheClient(redis.RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients: dict[object, object] = {}  # connection pool -> its client

    def get_client(self, key=None, *, write=False):
        # the pool Django picks (write: the first server); a client is safe across threads
        pool = self._get_connection_pool(write)
        client = self._clients.get(pool)
        if client is None:
            client = self._clients[pool] = self._client(connection_pool=pool)
        return client


class RedisCache(redis.RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient
