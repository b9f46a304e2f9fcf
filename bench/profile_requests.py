"""Where the load test's CPU goes, in process: the load test's data and sessions (load_test.py)
in a PostgreSQL database made for the run and dropped after it, each page asked by Django's test
client, printing per request its queries, the CPU it took (the least and the median of eight
batches: on shared cores the least is the least disturbed) and Python's function calls, which do
not depend on how busy the machine is. `--profile` prints cProfile's top functions too.

    .venv/bin/python bench/profile_requests.py [--profile] [check] [queue]   # about 3 minutes
    PROFILE_DB=name PROFILE_RUNS=400 ...   # reuse (and keep) a database an earlier run built
"""

from __future__ import annotations

import cProfile
import os
import pstats
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import load_test  # noqa: E402

RUNS = int(os.environ.get("PROFILE_RUNS", "400"))
TEXT = load_test.TEXT


def main() -> int:
    os.environ.update(load_test.bench_env())
    os.environ["ALLOWED_HOSTS"] = "127.0.0.1,testserver"
    sys.path.insert(0, str(load_test.ROOT))
    import django

    keep = os.environ.get("PROFILE_DB")  # a database an earlier run built: kept, not dropped
    if keep:
        load_test.DB_NAME = keep
        os.environ.update(load_test.bench_env())
        os.environ["ALLOWED_HOSTS"] = "127.0.0.1,testserver"
    else:
        load_test.admin(f'CREATE DATABASE "{load_test.DB_NAME}"')
    try:
        django.setup()
        if not keep:
            load_test.build()
        authors, approvers = load_test.sessions(40)
        pages = {"check": ("post", "/posts/check/", {"text": TEXT, "category": "learning"},
                           authors, b"characters"),
                 "queue": ("get", "/queue/", None, approvers, b"Awaiting approval (50)")}
        chosen = [name for name in pages if name in sys.argv[1:]] or list(pages)
        for name in chosen:
            report(name, *pages[name], profile="--profile" in sys.argv)
        return 0
    finally:
        from django.db import connections

        connections.close_all()
        if not keep:
            load_test.admin(f'DROP DATABASE IF EXISTS "{load_test.DB_NAME}" WITH (FORCE)')


def report(name: str, method: str, path: str, data, keys: list[str], expect: bytes, *,
           profile: bool) -> None:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    clients = []
    for key in keys:
        client = Client(HTTP_HOST="127.0.0.1", HTTP_HX_REQUEST="true")
        client.cookies["sessionid"] = key
        clients.append(client)

    def ask(n: int) -> None:
        response = getattr(clients[n % len(clients)], method)(path, data)
        assert response.status_code == 200 and expect in response.content, response.status_code

    for n in range(len(clients)):
        ask(n)  # warm: sessions, rosters, cards
    with CaptureQueriesContext(connection) as queries:
        ask(0)
    count = len(queries.captured_queries)  # now: each request empties Django's query log
    batches = []
    for _ in range(8):
        began = time.process_time()
        for n in range(RUNS // 8):
            ask(n)
        batches.append((time.process_time() - began) / (RUNS // 8) * 1000)
    profiler = cProfile.Profile(time.process_time)
    profiler.enable()
    for n in range(RUNS // 4):
        ask(n)
    profiler.disable()
    stats = pstats.Stats(profiler)
    print(f"{name}: {count} queries, CPU {min(batches):.2f} ms least, "
          f"{statistics.median(batches):.2f} ms median, {stats.total_calls / (RUNS // 4):,.0f} "
          f"Python calls a request; load average {os.getloadavg()[0]:.2f}")
    if profile:
        stats.sort_stats("cumulative").print_stats(40)


if __name__ == "__main__":
    sys.exit(main())
