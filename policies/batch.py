"""Checking drafts given as JSON, for `manage.py policy_check` and bulk audits. Pure Python: the
command only reads files and prints."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from typing import Any

from policies.engine import Roster, check
from policies.facts import (
    CATEGORIES,
    CONSENT_SCOPES,
    CONSENTS,
    EXCEPTIONS,
    Draft,
    PhotoFacts,
    RosterPupil,
)
from policies.lexicon import first_names
from policies.policy import Policy
from policies.text import plain
from policies.timeutil import ClockChangeError, localize, zone

DRAFT_FIELDS = frozenset(
    "text when exception exception_reason category reply_to roster photos staff contacts".split()
)
PUPIL_FIELDS = frozenset(
    "first_name last_name known_as consent consent_scope consent_valid_until group".split()
)
PHOTO_FIELDS = frozenset(
    "pupils no_identifiable_pupils alt_text group faces label adults_only".split()
)


class InputError(ValueError):
    """Malformed input; the message is one line saying where."""


def read_objects(text: str) -> list[tuple[int, Any]]:
    """One JSON object (possibly over several lines), or JSON Lines: (line number, value)."""
    try:
        whole = json.loads(text)
    except json.JSONDecodeError as error:
        whole_error = error
    else:
        first = next((n for n, line in enumerate(text.splitlines(), 1) if line.strip()), 1)
        return [(first, whole)]
    found = []
    lines = text.splitlines()
    several = sum(1 for line in lines if line.strip()) > 1
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            found.append((n, json.loads(line)))
        except json.JSONDecodeError as line_error:
            bad, where = line_error, n
            if not found and several:
                bad, where = whole_error, whole_error.lineno  # a pretty-printed object
            raise InputError(
                f"line {where}: not valid JSON ({bad.msg}, column {bad.colno})"
            ) from None
    if not found:
        raise InputError("the input is empty: give one JSON object, or one per line")
    return found


class _Field:
    """Where a value sits, for messages: line 3, field 'photos[0].pupils[1]'."""

    def __init__(self, where: str, path: str = ""):
        self.where, self.path = where, path

    def at(self, part: str | int) -> _Field:
        if isinstance(part, int):
            return _Field(self.where, f"{self.path}[{part}]")
        return _Field(self.where, f"{self.path}.{part}" if self.path else part)

    def fail(self, problem: str) -> InputError:
        field = f", field '{self.path}'" if self.path else ""
        return InputError(f"{self.where}{field}: {problem}")


def _string(value: Any, at: _Field, *, optional: bool = False) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise at.fail(f"must be a string, not {json.dumps(value)[:40]}")
    return value


def _bool(value: Any, at: _Field) -> bool:
    if not isinstance(value, bool):
        raise at.fail(f"must be true or false, not {json.dumps(value)[:40]}")
    return value


def _choice(value: Any, at: _Field, choices: Iterable[str]) -> str:
    choices = tuple(choices)
    if value not in choices:
        raise at.fail(f"{json.dumps(value)[:40]} is not one of {', '.join(choices)}")
    return value


def _object(value: Any, at: _Field, fields: frozenset[str]) -> dict:
    if not isinstance(value, dict):
        raise at.fail("must be a JSON object")
    unknown = sorted(set(value) - fields)
    if unknown:
        raise at.at(unknown[0]).fail(f"unknown field (known: {', '.join(sorted(fields))})")
    return value


def _list(value: Any, at: _Field) -> list:
    if not isinstance(value, list):
        raise at.fail("must be a list")
    return value


class BatchRoster(Roster):
    """A roster from JSON; photos name pupils as "First Last", which is each pupil's key."""

    def __init__(self, pupils: list[RosterPupil]):
        super().__init__(pupils)
        self.by_plain_name = {plain(key): key for key in self.pupils}

    def find(self, name: str) -> str | None:
        return name if name in self.pupils else self.by_plain_name.get(plain(name))


def roster_from(data: Any, at: _Field) -> BatchRoster:
    pupils = []
    seen: set[str] = set()
    for i, item in enumerate(_list(data, at)):
        here = at.at(i)
        item = _object(item, here, PUPIL_FIELDS)
        for required in ("first_name", "last_name"):
            if required not in item:
                raise here.at(required).fail("is required")
        first = _string(item["first_name"], here.at("first_name")).strip()
        last = _string(item["last_name"], here.at("last_name")).strip()
        if not first:
            raise here.at("first_name").fail("must not be empty")
        known_as = tuple(
            _string(k, here.at("known_as").at(j))
            for j, k in enumerate(_list(item.get("known_as", []), here.at("known_as")))
        )
        valid_until = item.get("consent_valid_until")
        if valid_until is not None:
            try:
                valid_until = date.fromisoformat(
                    _string(valid_until, here.at("consent_valid_until"))
                )
            except ValueError:
                raise here.at("consent_valid_until").fail("must be a date YYYY-MM-DD") from None
        key = f"{first} {last}".strip()
        if plain(key) in seen:
            raise here.fail(f"two pupils are called {key!r}: photos could not tell them apart")
        seen.add(plain(key))
        pupils.append(
            RosterPupil(
                first,
                last,
                known_as,
                _choice(item.get("consent", "none"), here.at("consent"), CONSENTS),
                _choice(item.get("consent_scope", "any"), here.at("consent_scope"), CONSENT_SCOPES),
                valid_until,
                key,
                _string(item.get("group", ""), here.at("group")).strip(),
            )
        )
    return BatchRoster(pupils)


def _when(value: Any, at: _Field, tz: str) -> datetime | None:
    if value is None:
        return None
    text = _string(value, at)
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        raise at.fail(f"{text!r} is not an ISO 8601 date and time") from None
    if when.tzinfo is None:
        try:
            when = localize(when, tz)
        except ClockChangeError as error:
            raise at.fail(str(error)) from None
    return when


def _photo(value: Any, at: _Field, roster: BatchRoster) -> PhotoFacts:
    item = _object(value, at, PHOTO_FIELDS)
    keys = []
    for j, name in enumerate(_list(item.get("pupils", []), at.at("pupils"))):
        here = at.at("pupils").at(j)
        key = roster.find(_string(name, here))
        if key is None:
            raise here.fail(f"{name!r} is not on the roster")
        keys.append(key)
    faces = item.get("faces")
    if faces is not None and (isinstance(faces, bool) or not isinstance(faces, int) or faces < 0):
        raise at.at("faces").fail("must be a whole number of faces, or null")
    return PhotoFacts(
        tuple(keys),
        _bool(item.get("no_identifiable_pupils", False), at.at("no_identifiable_pupils")),
        _string(item.get("alt_text", ""), at.at("alt_text")),
        _bool(item.get("group", False), at.at("group")),
        faces,
        _string(item.get("label", ""), at.at("label")),
        _bool(item.get("adults_only", False), at.at("adults_only")),
    )


class Batch:
    """Drafts checked against one policy; a roster is built once and reused for every draft."""

    def __init__(
        self, policy: Policy, roster: BatchRoster | None = None, tz: str = "Europe/London"
    ):
        zone(tz)
        first_names()  # load the word lists now, not on the first draft
        self.policy, self.roster, self.tz = policy, roster or BatchRoster([]), tz
        self._rosters: dict[str, BatchRoster] = {}

    def _roster_for(self, data: Any, at: _Field) -> BatchRoster:
        key = json.dumps(data, sort_keys=True)
        roster = self._rosters.get(key)
        if roster is None:
            if len(self._rosters) >= 16:
                self._rosters.clear()
            roster = self._rosters[key] = roster_from(data, at)
        return roster

    def draft(self, value: Any, line: int) -> tuple[Draft, BatchRoster]:
        at = _Field(f"line {line}")
        item = _object(value, at, DRAFT_FIELDS)
        if "text" not in item:
            raise at.at("text").fail("is required")
        roster = self.roster
        if "roster" in item:
            roster = self._roster_for(item["roster"], at.at("roster"))
        exception = item.get("exception")
        if exception is not None:
            _choice(exception, at.at("exception"), EXCEPTIONS)
        photos = tuple(
            _photo(p, at.at("photos").at(i), roster)
            for i, p in enumerate(_list(item.get("photos", []), at.at("photos")))
        )
        draft = Draft(
            text=_string(item["text"], at.at("text")),
            when=_when(item.get("when"), at.at("when"), self.tz),
            exception=exception,
            exception_reason=_string(item.get("exception_reason") or "", at.at("exception_reason")),
            category=_choice(item.get("category", "other"), at.at("category"), CATEGORIES),
            reply_to=_string(item.get("reply_to"), at.at("reply_to"), optional=True),
            photos=photos,
            timezone=self.tz,
            staff=tuple(
                _string(name, at.at("staff").at(i))
                for i, name in enumerate(_list(item.get("staff", []), at.at("staff")))
            ),
            contacts=tuple(
                _string(value, at.at("contacts").at(i))
                for i, value in enumerate(_list(item.get("contacts", []), at.at("contacts")))
            ),
        )
        return draft, roster

    def run(self, objects: list[tuple[int, Any]]) -> Iterator[str]:
        """One JSON line per object. Every object is read before any is checked, so malformed
        input stops the run with nothing half done."""
        drafts = [self.draft(value, line) for line, value in objects]
        for draft, roster in drafts:
            yield json.dumps(check(draft, self.policy, roster).to_dict())
