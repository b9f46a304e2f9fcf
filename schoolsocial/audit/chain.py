"""The audit chain: one hash chain per school, appended under a lock, verified by streaming.

Each event's hash is SHA-256 over a canonical JSON array of everything it records:

    ["schoolsocial-audit-v1", seq, school_id, actor_id, action, object_type, object_id, summary,
     details, created_at, prev_hash]

where `details` is the canonical JSON text of the details (keys sorted, Python's default
separators, ASCII) and `created_at` is UTC as "YYYY-MM-DD HH:MM:SS.ffffff". The array is written
compactly (no spaces) in UTF-8. This form is a contract: changing it breaks every stored chain.

Why one chain per school: a school's governors verify and export their own chain without
another school's events, and writers in different schools never wait for each other. Appends
within a school are serialised: on PostgreSQL by a transaction-scoped advisory lock on the
school (held to commit, so the next writer reads the committed head), on SQLite by the
IMMEDIATE transactions the settings ask for (one writer at a time). A unique (school, seq)
constraint turns any fork that slipped past the lock into an error instead of a second branch.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection

VERSION = "schoolsocial-audit-v1"
GENESIS = "0" * 64
LOCK_NAMESPACE = 0x5A0D17  # pg_advisory_xact_lock(namespace, school_id)
BATCH = 5_000

_compact = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def canonical_details(details: dict) -> str:
    return json.dumps(details, sort_keys=True, cls=DjangoJSONEncoder)


def plain_details(details: dict) -> dict:
    """The details as they will read back from the database: JSON types, keys sorted (so that
    the text Django stores on SQLite is already the canonical text)."""
    return json.loads(canonical_details(details))


def canonical_time(when: datetime) -> str:
    return f"{when.astimezone(UTC):%Y-%m-%d %H:%M:%S.%f}"


def event_hash(seq: int, school_id: int, actor_id: int | None, action: str, object_type: str,
               object_id: str, summary: str, details_text: str, created_text: str,
               prev_hash: str) -> str:
    canonical = _compact([VERSION, seq, school_id, actor_id, action, object_type, object_id,
                          summary, details_text, created_text, prev_hash])
    return hashlib.sha256(canonical.encode()).hexdigest()


def lock_and_read_head(school_id: int) -> tuple[int, str]:
    """(seq, hash) of the school's last event, with the school's chain locked until commit.
    Call inside a transaction."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT pg_advisory_xact_lock(%s, %s)", [LOCK_NAMESPACE, school_id])
        cursor.execute(
            "SELECT seq, hash FROM audit_auditevent WHERE school_id = %s AND seq IS NOT NULL "
            "ORDER BY seq DESC LIMIT 1", [school_id])
        row = cursor.fetchone()
    return (row[0], row[1]) if row else (0, GENESIS)


# -- verifying ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Break:
    """The first broken link: which event, and what is wrong with it."""

    event_id: int | None
    seq: int | None
    kind: str  # "edited", "deleted", "inserted"
    message: str


@dataclass(frozen=True)
class Verdict:
    school_id: int
    checked: int
    head_seq: int
    head_hash: str
    broken: Break | None

    @property
    def intact(self) -> bool:
        return self.broken is None


def _rows(school_id: int) -> Iterator[tuple]:
    """The school's events in chain order, as raw column values, in batches (keyset on seq)."""
    # On SQLite the `|| ''` keeps the time as stored text (Django's converter would parse
    # every row into a datetime, which costs more than the hash).
    created = "created_at || ''" if connection.vendor == "sqlite" else "created_at"
    sql = (f"SELECT id, seq, actor_id, action, object_type, object_id, summary, details, "  # noqa: S608
           f"{created}, prev_hash, hash FROM audit_auditevent "
           f"WHERE school_id = %s AND seq > %s ORDER BY seq LIMIT {BATCH}")
    last = 0
    with connection.cursor() as cursor:
        while True:
            cursor.execute(sql, [school_id, last])
            rows = cursor.fetchall()
            yield from rows
            if len(rows) < BATCH:
                break
            last = rows[-1][1]
        cursor.execute("SELECT id FROM audit_auditevent WHERE school_id = %s AND seq IS NULL "
                       "ORDER BY id LIMIT 1", [school_id])
        stray = cursor.fetchone()
    if stray:
        yield (stray[0], None, None, "", "", "", "", "{}", "", "", "")


def _time_text(value) -> str:
    if isinstance(value, datetime):
        return canonical_time(value)
    return value if len(value) == 26 else value[:19] + ".000000"


def _details_text(value) -> str:
    if isinstance(value, str):
        return canonical_details(json.loads(value))
    return canonical_details(value)


def verify(school_id: int) -> Verdict:
    """Walk the school's chain from its first event and stop at the first broken link."""
    expected_seq, prev = 1, GENESIS
    checked = 0
    sha256 = hashlib.sha256
    for event_id, seq, actor, action, otype, oid, summary, details, created, prev_hash, own \
            in _rows(school_id):
        broken = None
        if seq is None:
            broken = Break(event_id, None, "inserted",
                           f"Event #{event_id} has no place in the chain: it was added to the "
                           f"table directly, not written by School Social.")
        elif seq > expected_seq:
            missing = seq - expected_seq
            broken = Break(event_id, seq, "deleted",
                           f"{missing} event{'s' if missing > 1 else ''} before event #{event_id} "
                           f"(position {seq}) {'are' if missing > 1 else 'is'} missing: "
                           f"deleted from the log.")
        elif prev_hash != prev:
            broken = Break(event_id, seq, "inserted",
                           f"Event #{event_id} (position {seq}) does not link to the event before "
                           f"it: an event was inserted or replaced there.")
        else:
            created_text = created if created.__class__ is str and len(created) == 26 \
                else _time_text(created)
            # event_hash() inlined: this line runs a million times for a million events.
            computed = sha256(_compact([VERSION, seq, school_id, actor, action, otype, oid,
                                        summary, details, created_text, prev]).encode()
                              ).hexdigest() if details.__class__ is str else ""
            if computed != own:  # maybe only the stored JSON's layout differs: canonicalise it
                computed = event_hash(seq, school_id, actor, action, otype, oid, summary,
                                      _details_text(details), created_text, prev)
            if computed != own:
                broken = Break(event_id, seq, "edited",
                               f"Event #{event_id} (position {seq}) was changed after it was "
                               f"written: what it says no longer matches its hash.")
        if broken is not None:
            return Verdict(school_id, checked, expected_seq - 1, prev, broken)
        checked += 1
        expected_seq, prev = seq + 1, own
    return Verdict(school_id, checked, expected_seq - 1, prev, None)


def check_anchor(verdict: Verdict, seq: int, anchored_hash: str) -> Verdict:
    """The verdict, broken if the chain does not hold the anchored event: an anchor is a
    position and hash sent outside the database (e-mailed to the governors, printed in the
    termly report), so deleting the newest events, which leaves an intact but shorter chain, is
    seen by the next check against it."""
    if not verdict.intact:
        return verdict
    anchored_hash = anchored_hash.strip().lower()
    if seq > verdict.head_seq:
        missing = seq - verdict.head_seq
        return Verdict(verdict.school_id, verdict.checked, verdict.head_seq, verdict.head_hash,
                       Break(None, seq, "deleted",
                             f"The log ends at position {verdict.head_seq}, but the anchor says "
                             f"position {seq} was written: the newest {missing} "
                             f"event{'s were' if missing > 1 else ' was'} deleted."))
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, hash FROM audit_auditevent WHERE school_id = %s AND seq = %s",
                       [verdict.school_id, seq])
        row = cursor.fetchone()
    if row is None or row[1] != anchored_hash:
        return Verdict(verdict.school_id, verdict.checked, verdict.head_seq, verdict.head_hash,
                       Break(row[0] if row else None, seq, "edited",
                             f"The event at position {seq} does not have the anchored hash "
                             f"{anchored_hash[:16]}…: the log was rewritten up to there, or the "
                             "anchor was copied wrongly."))
    return verdict
