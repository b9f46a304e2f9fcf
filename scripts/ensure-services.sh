#!/usr/bin/env bash
# Start PostgreSQL and Redis if they are installed but stopped; fail if they cannot be reached.
set -uo pipefail
pg_up() { pg_isready -q -h 127.0.0.1 -p 5432; }
redis_up() { redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null | grep -q PONG; }
if ! pg_up && command -v pg_ctlcluster >/dev/null; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start || true
  for _ in $(seq 20); do pg_up && break; sleep 0.5; done
fi
if ! redis_up && command -v redis-server >/dev/null; then
  mkdir -p /var/lib/redis /var/log/redis
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no \
    --dir /var/lib/redis --logfile /var/log/redis/ci.log || true
  for _ in $(seq 20); do redis_up && break; sleep 0.5; done
fi
status=0
pg_up || { echo "PostgreSQL is not reachable on 127.0.0.1:5432." >&2; status=1; }
redis_up || { echo "Redis is not reachable on 127.0.0.1:6379." >&2; status=1; }
exit $status
