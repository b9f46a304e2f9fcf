"""The CSV export: a signed link that expires, and rows streamed in keyset batches, so memory
stays flat however many events there are."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator

from django.core import signing
from django.db.models import QuerySet

from schoolsocial.accounts.models import User
from schoolsocial.audit.actions import ACTIONS
from schoolsocial.audit.queries import id_below, newest_first

SALT = "schoolsocial.audit.export"
MAX_AGE = 15 * 60  # seconds: long enough to click, short enough that a copied link goes stale
BATCH = 2_000
COLUMNS = ("event", "position", "when", "who", "action", "what", "object_type", "object_id",
           "summary", "details", "previous_hash", "hash")
FIELDS = ("id", "seq", "created_at", "actor_id", "action", "object_type", "object_id", "summary",
          "details", "prev_hash", "hash")
RISKY = ("=", "+", "-", "@", "\t", "\r")


class LinkProblem(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def export_token(user_id: int, school_id: int, query: dict) -> str:
    """A link's token: who may use it, for which school, and the filters it exports."""
    return signing.dumps({"u": user_id, "s": school_id, "q": query}, salt=SALT, compress=True)


def check_export_token(token: str, user_id: int, school_id: int) -> dict:
    """The filters of a valid token for this user and school; LinkProblem otherwise."""
    if not token:
        raise LinkProblem("This export link is incomplete. Go back to the audit log and choose "
                          "'Export CSV' again.")
    try:
        data = signing.loads(token, salt=SALT, max_age=MAX_AGE)
    except signing.SignatureExpired:
        raise LinkProblem(f"This export link has expired: links work for {MAX_AGE // 60} "
                          f"minutes. Go back to the audit log and choose 'Export CSV' again."
                          ) from None
    except signing.BadSignature:
        raise LinkProblem("This export link is not valid: it was changed, or copied only in "
                          "part. Go back to the audit log and choose 'Export CSV' again."
                          ) from None
    if not isinstance(data, dict) or data.get("u") != user_id or data.get("s") != school_id:
        raise LinkProblem("This export link was made for someone else. Export from your own "
                          "audit log instead.")
    return data.get("q") or {}


class _Line:
    """csv.writer writes one row into this and we hand the text on."""

    def write(self, value: str) -> str:
        return value


def _safe(value: str) -> str:
    """A cell a spreadsheet would run as a formula is shown as text instead."""
    return "'" + value if value.startswith(RISKY) else value


def csv_lines(events: QuerySet, tz) -> Iterator[str]:
    writer = csv.writer(_Line())
    yield writer.writerow(COLUMNS)
    names: dict[int | None, str] = {None: "System"}
    for batch in batches(events):
        missing = {row[3] for row in batch} - names.keys()
        if missing:
            names.update((user.pk, user.display_name())
                         for user in User.objects.filter(pk__in=missing))
        for (pk, seq, at, actor, action, otype, oid, summary, details, prev, own) in batch:
            yield writer.writerow((
                pk, seq if seq is not None else "", at.astimezone(tz).isoformat(),
                _safe(names.get(actor, f"user {actor}")), action, ACTIONS.get(action, action),
                otype, oid, _safe(summary), _safe(json.dumps(details, ensure_ascii=False)),
                prev, own,
            ))


def batches(events: QuerySet) -> Iterable[list[tuple]]:
    """Newest first, BATCH rows at a time, each batch a fresh keyset query on id."""
    before = None
    while True:
        page = events if before is None else id_below(events, before)
        rows = list(newest_first(page).values_list(*FIELDS)[:BATCH])
        if rows:
            yield rows
        if len(rows) < BATCH:
            return
        before = rows[-1][0]
