"""Helpers for the pure engine tests (no database). The roster's pupils make the cases
obvious: Josh Smith (consent granted), Grace Patel and Will Brown (names that are also words),
Amelia O'Brien known as Milly."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from policies import Draft, Roster, RosterPupil, check, load_policy

LONDON = ZoneInfo("Europe/London")
WEDNESDAY_10AM = datetime(2025, 6, 4, 10, 0, tzinfo=LONDON)

PUPILS = (
    RosterPupil("Josh", "Smith", consent="granted", key="1"),
    RosterPupil("Grace", "Patel", consent="refused", key="2"),
    RosterPupil("Will", "Brown", consent="granted", consent_scope="group", key="3"),
    RosterPupil(
        "Amelia", "O'Brien", ("Milly",), consent="granted", consent_scope="no_face", key="4"
    ),
    RosterPupil("Zoë", "Kowalczyk", consent="withdrawn", key="5"),
)


def run(
    text: str = "",
    preset: str = "droxford",
    roster: Roster | None = None,
    overrides: dict | None = None,
    **facts,
) -> list[tuple[str, str, str | None]]:
    """(rule, severity, the text the finding points at) for each finding."""
    facts.setdefault("when", WEDNESDAY_10AM)
    draft = Draft(text, **facts)
    report = check(draft, load_policy(preset, overrides), roster)
    return [
        (f.rule, f.severity, text[f.start : f.end] if f.start is not None else None)
        for f in report.findings
    ]


def findings_of(rule: str, *args, **kwargs) -> list[tuple[str, str | None]]:
    return [(sev, span) for r, sev, span in run(*args, **kwargs) if r == rule]


def rules(text: str, roster: Roster | None, preset: str = "droxford",
          **facts) -> list[tuple[str, str]]:
    """(rule, severity) for each finding: what the rounds' tests compare."""
    return [(rule, sev) for rule, sev, _ in run(text, preset, roster, **facts)]


def of_rule(rule: str, text: str, roster: Roster | None, preset: str = "droxford") -> list[str]:
    """The severity of each finding of `rule`: what most of the rounds' tests compare."""
    return [sev for r, sev in rules(text, roster, preset) if r == rule]
