"""The worker's enqueue: hand work to the django-q2 worker once the current transaction commits."""

from __future__ import annotations

from django.conf import settings
from django.db import transaction
from django_q.tasks import async_task


def enqueue(func: str, *args, robust: bool = False) -> None:
    """Run `func(*args)` on the worker once the current transaction commits, so the worker sees
    what the request wrote (inline when settings.Q_SYNC is set, as the browser tests do: they
    run no worker). `robust`: a broker that is down is logged, not raised to the user."""
    transaction.on_commit(lambda: async_task(func, *args, sync=settings.Q_SYNC), robust=robust)
