"""The chain: every event links to the one before it, and any edit, deletion or insertion made
behind School Social's back is found, at the first broken link."""

from __future__ import annotations

import pytest
from django.db import connection

from schoolsocial.audit import chain
from schoolsocial.audit.log import record
from schoolsocial.audit.models import AuditEvent


def _five(school, actor) -> list[AuditEvent]:
    return [record(school, actor, "post.created", f"Draft {n}", n=n, note="café")
            for n in range(1, 6)]


def _raw(sql: str, params=()) -> None:
    """Tamper as someone with database access would. On PostgreSQL the append-only trigger is
    switched off for this session first, as a superuser could."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET session_replication_role = replica")
        cursor.execute(sql, params)
        if connection.vendor == "postgresql":
            cursor.execute("SET session_replication_role = DEFAULT")


def test_each_event_links_to_the_one_before(school, tom):
    events = _five(school, tom.user)
    assert [e.seq for e in events] == [1, 2, 3, 4, 5]
    assert events[0].prev_hash == chain.GENESIS
    assert all(b.prev_hash == a.hash for a, b in zip(events, events[1:], strict=False))
    assert len({e.hash for e in events}) == 5


def test_an_untouched_chain_is_intact(school, tom):
    events = _five(school, tom.user)
    verdict = chain.verify(school.pk)
    assert verdict.intact
    assert verdict.checked == 5
    assert verdict.head_hash == events[-1].hash


def test_each_school_has_its_own_chain(school, other_school, tom, oscar):
    record(school, tom.user, "post.created", "Ours")
    theirs = record(other_school, oscar.user, "post.created", "Theirs")
    assert theirs.seq == 1
    assert theirs.prev_hash == chain.GENESIS
    assert chain.verify(school.pk).intact and chain.verify(other_school.pk).intact


def test_the_hash_covers_the_details_as_read_back(school, tom):
    event = record(school, tom.user, "post.edited", "Edited", changes={"b": [1, 2], "a": "x"})
    event.refresh_from_db()
    assert event.details == {"changes": {"a": "x", "b": [1, 2]}}
    assert chain.verify(school.pk).intact


def test_an_edited_summary_is_found(school, tom):
    events = _five(school, tom.user)
    _raw("UPDATE audit_auditevent SET summary = %s WHERE id = %s", ["Nothing to see", events[2].pk])
    broken = chain.verify(school.pk).broken
    assert broken.kind == "edited"
    assert broken.event_id == events[2].pk
    assert "changed after it was written" in broken.message


def test_edited_details_are_found(school, tom):
    events = _five(school, tom.user)
    _raw("UPDATE audit_auditevent SET details = %s WHERE id = %s",
         ['{"n": 99, "note": "caf\\u00e9"}', events[1].pk])
    broken = chain.verify(school.pk).broken
    assert (broken.kind, broken.event_id) == ("edited", events[1].pk)


def test_details_stored_with_another_key_order_are_not_a_false_alarm(school, tom):
    events = _five(school, tom.user)
    _raw("UPDATE audit_auditevent SET details = %s WHERE id = %s",
         ['{"note": "caf\\u00e9", "n": 2}', events[1].pk])
    assert chain.verify(school.pk).intact


def test_an_edited_time_is_found(school, tom):
    events = _five(school, tom.user)
    _raw("UPDATE audit_auditevent SET created_at = %s WHERE id = %s",
         [events[0].created_at.replace(year=2020), events[3].pk])
    assert chain.verify(school.pk).broken.event_id == events[3].pk


def test_a_deleted_event_is_found_at_the_one_after_it(school, tom):
    events = _five(school, tom.user)
    _raw("DELETE FROM audit_auditevent WHERE id = %s", [events[2].pk])
    verdict = chain.verify(school.pk)
    assert verdict.broken.kind == "deleted"
    assert verdict.broken.event_id == events[3].pk
    assert "1 event before" in verdict.broken.message
    assert verdict.checked == 2


def test_an_event_inserted_in_the_middle_is_found(school, tom):
    """A careful forger: moves the later events up one place and writes a well-formed event,
    hashed correctly, linked to the one before. The old third event no longer links."""
    events = _five(school, tom.user)
    _raw("UPDATE audit_auditevent SET seq = seq + 1000 WHERE school_id = %s AND seq >= 3",
         [school.pk])
    _raw("UPDATE audit_auditevent SET seq = seq - 999 WHERE school_id = %s AND seq > 1000",
         [school.pk])
    when = events[1].created_at
    forged = chain.event_hash(3, school.pk, tom.user.pk, "post.approve", "", "", "Approved",
                              "{}", chain.canonical_time(when), events[1].hash)
    _raw("INSERT INTO audit_auditevent (school_id, actor_id, action, object_type, object_id, "
         "summary, details, created_at, seq, prev_hash, hash) "
         "VALUES (%s, %s, 'post.approve', '', '', 'Approved', '{}', %s, 3, %s, %s)",
         [school.pk, tom.user.pk, connection.ops.adapt_datetimefield_value(when),
          events[1].hash, forged])
    broken = chain.verify(school.pk).broken
    assert (broken.kind, broken.event_id) == ("inserted", events[2].pk)


def test_an_event_added_at_the_end_with_a_made_up_hash_is_found(school, tom):
    events = _five(school, tom.user)
    _raw("INSERT INTO audit_auditevent (school_id, actor_id, action, object_type, object_id, "
         "summary, details, created_at, seq, prev_hash, hash) "
         "VALUES (%s, NULL, 'post.approve', '', '', 'Approved', '{}', %s, 6, %s, %s)",
         [school.pk, events[-1].created_at, events[-1].hash, "f" * 64])
    broken = chain.verify(school.pk).broken
    assert broken.kind == "edited"
    assert broken.seq == 6


def test_a_row_added_without_a_place_in_the_chain_is_found(school, tom):
    events = _five(school, tom.user)
    _raw("INSERT INTO audit_auditevent (school_id, actor_id, action, object_type, object_id, "
         "summary, details, created_at) VALUES (%s, NULL, 'post.approve', '', '', 'Approved', "
         "'{}', %s)", [school.pk, events[-1].created_at])
    broken = chain.verify(school.pk).broken
    assert broken.kind == "inserted"
    assert broken.seq is None


def test_a_chain_longer_than_one_batch_verifies(school, tom, monkeypatch):
    monkeypatch.setattr(chain, "BATCH", 2)
    _five(school, tom.user)
    verdict = chain.verify(school.pk)
    assert verdict.intact and verdict.checked == 5


@pytest.mark.parametrize("action", ["post.created"])
def test_record_inside_a_rolled_back_transaction_leaves_no_gap(school, tom, action):
    from django.db import transaction

    record(school, tom.user, action, "kept")
    with pytest.raises(RuntimeError), transaction.atomic():
        record(school, tom.user, action, "rolled back")
        raise RuntimeError
    assert record(school, tom.user, action, "next").seq == 2
    assert chain.verify(school.pk).intact
