"""A batch of sends side by side on a worker's threads: the dispatcher's unit of work in a
burst. A send mostly waits, on the network (100 ms and more a request) and on the database, so
one worker keeps THREADS in flight instead of one; each send is exactly what it is alone (its
own claim token, its own conditional updates), on its thread's own database connection. A
thread takes the batch's sends one after another until none is left, keeping its connection
from one to the next (a new PostgreSQL connection costs the server a process and its caches, as
much again as the queries of a send), and closes it when the batch is done, so no idle
connections are left behind in every worker.

    side_by_side(send, [(post_id, token), ...])     # what each returned, in order
"""

from __future__ import annotations

import logging
import queue
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor

from django.db import connection

logger = logging.getLogger(__name__)

THREADS = 8  # sends of a batch in flight at once
BATCH = 32  # sends a task: each thread's connection serves about four


def side_by_side(send: Callable[..., str], claims: Sequence[Sequence[object]],
                 **options: object) -> list[str]:
    """`send(*claim, **options)` for each claim, side by side. Inside a transaction (a test's)
    they go one after another, since other connections could not see its rows; a send that
    raises is logged and stays its own ("error": its claim is taken again once stale, as a lost
    task's is), and its thread's connection is opened afresh for the next."""
    if connection.in_atomic_block or len(claims) < 2:
        return [send(*claim, **options) for claim in claims]
    outcomes = ["error"] * len(claims)
    todo: queue.SimpleQueue[int] = queue.SimpleQueue()
    for index in range(len(claims)):
        todo.put(index)

    def thread() -> None:
        try:
            while True:
                try:
                    index = todo.get_nowait()
                except queue.Empty:
                    return
                # as at the start of a request: a connection cut or broken since is replaced
                connection.close_if_unusable_or_obsolete()
                try:
                    outcomes[index] = send(*claims[index], **options)
                except Exception:
                    logger.exception("%s of %s failed", send.__name__, claims[index][0])
                    connection.close()
        finally:
            connection.close()  # this thread's own

    with ThreadPoolExecutor(max_workers=THREADS, thread_name_prefix="send") as pool:
        for future in [pool.submit(thread) for _ in range(min(THREADS, len(claims)))]:
            future.result()
    return outcomes


def batches(claims: Sequence[object]) -> list[list[object]]:
    return [list(claims[start:start + BATCH]) for start in range(0, len(claims), BATCH)]
