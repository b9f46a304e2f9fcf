"""Posts ready for the publisher: approved for exactly what they say, due at a given time."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime

import time_machine
from django.db import connection

from schoolsocial.accounts.models import Membership
from schoolsocial.posts.models import Approval, Decision, Post
from schoolsocial.posts.states import State
from tests.seasons import ten_am


def approved_post(author: Membership, approver: Membership, at: datetime | None = None,
                  text: str = "Year 4 enjoyed their science lesson on magnets today.",
                  networks: tuple[str, ...] = ("x",)) -> Post:
    """Approved for `at` (10:00 on the season's school day), as the compose form spells the
    time: in the school's timezone."""
    at = at or ten_am()
    post = Post(school=author.school, author=author.user, text=text, category="learning",
                scheduled_at=at, state=State.SCHEDULED, submitted_at=at, decided_at=at,
                networks=list(networks))
    post.content_hash = post.compute_hash()
    post.save()
    Approval.objects.create(post=post, approver=approver.user, decision=Decision.APPROVE,
                            content_hash=post.content_hash)
    return post


def race(work: Callable[[], None], workers: int = 4) -> list[BaseException]:
    """Run `work` in `workers` threads started together at 10:00 on the season's school day
    (the clock running), each on its own database connection; the errors they raised."""
    errors: list[BaseException] = []
    start = threading.Barrier(workers)

    def worker() -> None:
        try:
            start.wait()
            work()
        except BaseException as error:  # noqa: BLE001 - reported to the caller
            errors.append(error)
        finally:
            connection.close()

    with time_machine.travel(ten_am(), tick=True):
        threads = [threading.Thread(target=worker) for _ in range(workers)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
    return errors
