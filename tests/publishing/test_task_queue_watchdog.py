"""django-q2 issue #23: the worker next in line killed while it waits takes the task queue's
read lock with it. The watchdog sees tasks waiting behind a lock nobody lets go, and frees it;
it leaves a queue alone whose lock a live worker holds or that is merely empty."""

from __future__ import annotations

import multiprocessing
import os
import signal
import time

import pytest

from schoolsocial.publishing import watchdog

pytestmark = pytest.mark.real_clock  # other processes take part: once, not per season

FORK = multiprocessing.get_context("fork")


def wait_for_next_task(task_queue) -> None:
    task_queue.get()  # holds the read lock while it waits
    time.sleep(60)


@pytest.fixture(autouse=True)
def _short_looks(monkeypatch):
    monkeypatch.setattr(watchdog, "STUCK", 0.3)


def waiting_worker(task_queue):
    worker = FORK.Process(target=wait_for_next_task, args=(task_queue,), daemon=True)
    worker.start()
    deadline = time.monotonic() + 10
    while task_queue._rlock.acquire(timeout=0.05):  # until the worker holds it
        task_queue._rlock.release()
        assert time.monotonic() < deadline
    return worker


def test_a_lock_taken_by_a_killed_worker_is_released_and_the_task_taken():
    task_queue = FORK.Queue()
    worker = waiting_worker(task_queue)
    os.kill(worker.pid, signal.SIGKILL)
    worker.join(5)
    task_queue.put("send post 1")
    time.sleep(0.2)  # the feeder thread writes it
    assert watchdog.watch(task_queue, os.getppid(), once=True)
    assert task_queue.get(timeout=5) == "send post 1"


def test_a_live_worker_waiting_for_a_task_is_left_alone():
    task_queue = FORK.Queue()
    worker = waiting_worker(task_queue)
    try:
        assert not watchdog.watch(task_queue, os.getppid(), once=True)  # nothing waits
        task_queue.put("send post 2")
        time.sleep(0.2)
        assert not watchdog.stuck(task_queue)  # the worker takes it at once
        assert task_queue.qsize() == 0
    finally:
        worker.kill()
        worker.join(5)
