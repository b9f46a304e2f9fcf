"""PostgreSQL: writers in several threads never fork a school's chain, and the table refuses
UPDATE and DELETE."""

from __future__ import annotations

import threading

import pytest
from django.db import connection, connections, transaction
from django.db.utils import InternalError, ProgrammingError

from schoolsocial.audit import chain
from schoolsocial.audit.log import record
from schoolsocial.audit.models import AuditEvent

pytestmark = pytest.mark.postgres

THREADS, EACH = 8, 25


@pytest.mark.django_db(transaction=True)
def test_concurrent_writers_never_fork_the_chain(school, other_school, tom, oscar):
    barrier = threading.Barrier(THREADS)
    errors: list[BaseException] = []

    def write(n: int) -> None:
        try:
            barrier.wait()
            for i in range(EACH):
                # Like a view: the change and its event in one transaction.
                with transaction.atomic():
                    target, actor = ((school, tom.user) if (n + i) % 3
                                     else (other_school, oscar.user))
                    record(target, actor, "post.created", f"thread {n} event {i}")
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=write, args=(n,)) for n in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    total = 0
    for each in (school, other_school):
        verdict = chain.verify(each.pk)
        assert verdict.intact, verdict.broken
        seqs = list(AuditEvent.objects.filter(school=each).order_by("seq")
                    .values_list("seq", flat=True))
        assert seqs == list(range(1, len(seqs) + 1))
        total += verdict.checked
    assert total == THREADS * EACH


def test_the_table_refuses_update(school, tom):
    event = record(school, tom.user, "post.created", "Draft")
    with pytest.raises((InternalError, ProgrammingError), match="append-only"), \
            transaction.atomic():
        AuditEvent.objects.filter(pk=event.pk).update(summary="Nothing happened")


def test_the_table_refuses_delete(school, tom):
    event = record(school, tom.user, "post.created", "Draft")
    with pytest.raises((InternalError, ProgrammingError), match="append-only"), \
            transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("DELETE FROM audit_auditevent WHERE id = %s", [event.pk])
    assert AuditEvent.objects.filter(pk=event.pk).exists()
