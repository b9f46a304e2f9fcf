"""The dispatcher's loop: it ticks until its time is up, and stops at once when the worker is
told to stop, so Ctrl-C on `make run` does not wait out the rest of the 90 s."""

from __future__ import annotations

import os
import signal
import threading
import time

import pytest
from django.db import connection

from schoolsocial.publishing.models import DispatchLease
from schoolsocial.publishing.tasks import dispatch

pytestmark = pytest.mark.django_db(transaction=True)


def test_it_ticks_for_its_time_and_returns():
    started = time.monotonic()
    assert dispatch(seconds=0.35, interval=0.1) == 0
    assert 0.2 < time.monotonic() - started < 2


@pytest.mark.parametrize("number", [signal.SIGINT, signal.SIGTERM])
def test_a_stop_signal_ends_it_early_and_the_old_handler_comes_back(number):
    before = signal.getsignal(number)
    threading.Timer(0.3, os.kill, (os.getpid(), number)).start()
    started = time.monotonic()
    dispatch(seconds=30, interval=0.1)
    assert time.monotonic() - started < 5
    assert signal.getsignal(number) is before


def test_a_newer_dispatcher_takes_over_and_the_older_one_stops():
    def newer_starts() -> None:
        DispatchLease.objects.filter(pk=1).update(holder="newer")
        connection.close()

    threading.Timer(0.3, newer_starts).start()
    started = time.monotonic()
    dispatch(seconds=30, interval=0.1)
    assert time.monotonic() - started < 5
    assert DispatchLease.objects.get(pk=1).holder == "newer"
