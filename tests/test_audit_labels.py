"""Every action the code records has the words governors read in the log, not a code name: call
sites name an event by its constant (Event.POST_APPROVE), which must exist, and the few names
made from a verb (f"follow.{verb}") must be in the registry too."""

import re
from pathlib import Path

from schoolsocial.audit.actions import ACTIONS, Event

CODE = Path(__file__).resolve().parents[1] / "schoolsocial"
CONSTANT = re.compile(r"\bEvent\.([A-Z][A-Z_]+)\b")
# record(school, actor, "post.created", ...): a bare name left at a call site
LITERAL = re.compile(r"""(?:record|_audit)\([^"')]*["']([a-z_]+\.[a-z_]+)["']""", re.S)
TEMPLATED = {
    "post.{transition}": ("approve", "reject", "request_changes"),
    "follow.{verb}": ("approved", "declined"),
    "series.{verb}": ("paused", "resumed"),
    "follower.{verdict}": ("fine", "block", "blocked"),
}


def _sources():
    return [path.read_text() for path in CODE.rglob("*.py") if "migrations" not in path.parts]


def test_the_scan_finds_the_constants_call_sites_use():
    used = {name for text in _sources() for name in CONSTANT.findall(text)}
    assert {"POST_CREATED", "CONSENT_RECORDED", "AUTH_TWO_FACTOR_PASSED"} <= used


def test_every_constant_named_in_the_code_is_in_the_registry():
    used = {name for text in _sources() for name in CONSTANT.findall(text)}
    assert sorted(name for name in used if not hasattr(Event, name)) == []


def test_every_name_made_from_a_verb_or_left_bare_has_a_label():
    names = {name for text in _sources() for name in LITERAL.findall(text)}
    for pattern, words in TEMPLATED.items():
        names |= {pattern.split("{")[0] + word for word in words}
    assert sorted(names - set(ACTIONS)) == []


def test_each_event_is_stored_by_its_name_with_a_label_a_governor_reads():
    assert ACTIONS[Event.POST_APPROVE] == "Approved" and str(Event.POST_APPROVE) == "post.approve"
    assert all(label and "." not in label.split()[0] for label in ACTIONS.values())
