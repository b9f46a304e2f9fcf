"""A batch of sends side by side on a worker's threads: the dispatcher's unit of work in a
burst. A send mostly waits, on the network (100 ms and more a request) and on the database, so
one worker keeps several in flight instead of one; each send is exactly what it is alone (its
own claim token, its own conditional updates), on its own database connection, closed when it
is done, so no idle connections are left behind in every worker.

    side_by_side(send, [(post_id, token), ...])     # what each returned, in order
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor

from django.db import connection

logger = logging.getLogger(__name__)

BATCH = 8  # sends a task, and threads a batch


def side_by_side(send: Callable[..., str], claims: Sequence[Sequence[object]],
                 **options: object) -> list[str]:
    """`send(*claim, **options)` for each claim, side by side. Inside a transaction (a test's)
    they go one after another, since other connections could not see its rows; a send that
    raises is logged and stays its own ("error": its claim is taken again once stale, as a lost
    task's is)."""
    if connection.in_atomic_block or len(claims) < 2:
        return [send(*claim, **options) for claim in claims]

    def one(claim: Sequence[object]) -> str:
        try:
            return send(*claim, **options)
        except Exception:
            logger.exception("%s of %s failed", send.__name__, claim[0])
            return "error"
        finally:
            connection.close()  # this thread's own

    with ThreadPoolExecutor(max_workers=BATCH, thread_name_prefix="send") as pool:
        return list(pool.map(one, claims))


def batches(claims: Sequence[object]) -> list[list[object]]:
    return [list(claims[start:start + BATCH]) for start in range(0, len(claims), BATCH)]
