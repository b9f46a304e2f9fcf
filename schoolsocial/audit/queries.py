"""Which events a governor asked for: the log page's filters and search, shared by the export."""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta

from django.db import connection
from django.db.models import QuerySet

from schoolsocial.audit.models import AuditEvent

MAX_WORDS = 8


def search_words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())[:MAX_WORDS]


def filtered(events: QuerySet, data: dict, school) -> QuerySet:
    """`data` is an AuditFilterForm's cleaned_data. Search first: id bounds then go on the
    search index's rowid (see newest_first)."""
    if data.get("q"):
        events = searched(events, search_words(data["q"]))
    if data.get("actor"):
        events = events.filter(actor_id=data["actor"])
    if data.get("action"):
        events = events.filter(action=data["action"])
    # Dates become id bounds (ids grow with time), so the newest-first index serves every filter.
    if data.get("start"):
        first = first_id_from(school, data["start"])
        events = id_at_least(events, first) if first else events.none()
    if data.get("end"):
        after_end = first_id_from(school, data["end"] + timedelta(days=1))
        if after_end:
            events = id_below(events, after_end)
    return events


def searched(events: QuerySet, words: list[str]) -> QuerySet:
    """Events whose summary has every word (as a word or the start of one).

    SQLite: joined to the FTS5 index `audit_search` (migration 0003), which then drives the
    query newest first, so a common word costs no more than a rare one. PostgreSQL: a
    case-insensitive match at a word start, served by the trigram index."""
    if not words:
        return events
    if connection.vendor == "sqlite":
        expression = " ".join(f'"{word}"*' for word in words)
        return events.extra(tables=["audit_search"],  # noqa: S610 - constant SQL, bound value
                            where=["audit_search.rowid = audit_auditevent.id",
                                   "audit_search MATCH %s"], params=[expression])
    for word in words:
        events = events.filter(summary__iregex=r"\m" + re.escape(word))
    return events


def _fts(events: QuerySet) -> bool:
    return "audit_search" in events.query.extra_tables


def id_below(events: QuerySet, bound: int) -> QuerySet:
    if _fts(events):
        return events.extra(where=["audit_search.rowid < %s"], params=[bound])  # noqa: S610
    return events.filter(id__lt=bound)


def id_at_least(events: QuerySet, bound: int) -> QuerySet:
    if _fts(events):
        return events.extra(where=["audit_search.rowid >= %s"], params=[bound])  # noqa: S610
    return events.filter(id__gte=bound)


def newest_first(events: QuerySet) -> QuerySet:
    """Ordered by id, newest first; when searching on SQLite, by the index's rowid (the same
    number), which lets SQLite walk the index backwards and stop after one page."""
    if _fts(events):
        return events.order_by().extra(order_by=["-audit_search.rowid"])  # noqa: S610
    return events.order_by("-id")


def first_id_from(school, day) -> int | None:
    """The id of the school's first event on or after the start of `day` in its timezone."""
    since = datetime.combine(day, time.min, tzinfo=school.tz)
    return (
        AuditEvent.objects.filter(school=school, created_at__gte=since)
        .order_by("created_at", "id")
        .values_list("id", flat=True)
        .first()
    )
