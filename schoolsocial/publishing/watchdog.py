"""A watchdog for django-q2's task queue (connected to django-q2's post_spawn in apps.py).

django-q2's workers share one multiprocessing queue. The idle worker next in line holds the
queue's read lock while it waits for a task; if that worker is killed (SIGKILL, the OOM
killer) the lock goes with it and no worker ever takes a task again, although the cluster
looks alive (django-q2 issue #23, open upstream: the fault benchmark's killed workers left 21
of 30 posts unsent after 200 s).

Each worker runs this thread. The queue is stuck when tasks wait in it and its read lock stays
held, with nothing taken, for two whole looks of STUCK seconds: a live holder takes a waiting
task at once and lets go of the lock. Then the holder is dead, and the watchdog releases the
lock for it (one watchdog at a time, under a file lock, looking again first). A reincarnated
worker then takes the next task.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import multiprocessing
import os
import tempfile
import threading
import time
from multiprocessing.queues import Queue
from pathlib import Path

logger = logging.getLogger(__name__)

STUCK = 1.5  # seconds a look lasts


def start_watchdog(**_signal: object) -> threading.Thread | None:
    """post_spawn, in a new worker: watch the task queue it was given."""
    args = getattr(multiprocessing.current_process(), "_args", ())
    task_queue = args[0] if args else None
    if not isinstance(task_queue, Queue):
        return None
    thread = threading.Thread(target=watch, args=(task_queue, os.getppid()), daemon=True,
                              name="task-queue-watchdog")
    thread.start()
    return thread


def watch(task_queue: Queue, sentinel: int, *, once: bool = False) -> bool:
    """Release the read lock of `task_queue` whenever it is stuck; `once`: one check (tests)."""
    lock_file = Path(tempfile.gettempdir()) / f"schoolsocial-task-queue-{sentinel}.lock"
    while True:
        released = False
        if stuck(task_queue) and stuck(task_queue):
            with open(lock_file, "a") as handle:  # one watchdog of the cluster at a time
                fcntl.flock(handle, fcntl.LOCK_EX)
                try:
                    if stuck(task_queue):
                        task_queue._rlock.release()  # noqa: SLF001 - see the module's note
                        released = True
                        logger.error("The worker waiting for the next task died holding the "
                                     "task queue's lock; released it")
                except ValueError:  # released meanwhile
                    pass
                finally:
                    fcntl.flock(handle, fcntl.LOCK_UN)
        if once:
            return released
        if os.getppid() != sentinel:
            return released  # the cluster has gone
        time.sleep(STUCK)


def stuck(task_queue: Queue) -> bool:
    """Tasks wait and, for STUCK seconds, the read lock stays held and none is taken."""
    waiting = _size(task_queue)
    if not waiting:
        return False
    if task_queue._rlock.acquire(timeout=STUCK):  # noqa: SLF001
        task_queue._rlock.release()  # noqa: SLF001
        return False
    return _size(task_queue) >= waiting


def _size(task_queue: Queue) -> int:
    with contextlib.suppress(NotImplementedError, OSError):
        return task_queue.qsize()
    return 0 if task_queue.empty() else 1
