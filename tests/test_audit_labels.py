"""Every action the code records has the words governors read in the log, not a code name."""

import re
from pathlib import Path

from schoolsocial.audit.actions import ACTIONS

CODE = Path(__file__).resolve().parents[1] / "schoolsocial"
# record(school, actor, "post.created", ...) and f"post.{verb}" with the verbs the code uses
LITERAL = re.compile(
    r"""(?:record|audit_in_every_school)\([^"']*["']([a-z_]+\.[a-z_]+)["']""", re.S)
TEMPLATED = {
    "post.{transition}": ("approve", "reject", "request_changes"),
    "follow.{verb}": ("approved", "declined"),
    "series.{verb}": ("paused", "resumed"),
    "follower.{verdict}": ("fine", "block", "blocked"),
}


def _recorded() -> set[str]:
    found = set()
    for path in CODE.rglob("*.py"):
        if "migrations" not in path.parts:
            found |= set(LITERAL.findall(path.read_text()))
    for pattern, words in TEMPLATED.items():
        prefix = pattern.split("{")[0]
        found |= {prefix + word for word in words}
    return found


def test_the_scan_finds_the_actions_it_should():
    recorded = _recorded()
    assert {"post.created", "consent.recorded", "auth.two_factor_passed"} <= recorded


def test_every_recorded_action_has_a_label():
    assert sorted(_recorded() - set(ACTIONS)) == []
