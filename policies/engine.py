"""check(): a draft's facts and a policy in, a report out."""

from __future__ import annotations

from collections.abc import Iterable

from twitter_text import parse_tweet

from policies.facts import Draft, RosterPupil
from policies.policy import Policy
from policies.report import Finding, Report


class Roster:
    """The pupils a school must never name; built once, used for many drafts."""

    def __init__(self, pupils: Iterable[RosterPupil] = (), class_names: Iterable[str] = ()):
        self.pupils = {p.key or p.full_name: p for p in pupils}
        self.class_names = tuple(class_names)

    def pupil(self, key: str) -> RosterPupil | None:
        return self.pupils.get(key)


def weighted_length(text: str) -> int:
    """The length X counts: most characters 1, CJK and emoji 2, every URL 23."""
    return parse_tweet(text).weightedLength


def check_length(draft: Draft, policy: Policy, roster: Roster) -> Iterable[Finding]:
    config = policy.rule("length")
    limit = config.params["limit"]
    length = weighted_length(draft.text)
    if length > limit:
        over = length - limit
        yield Finding(
            "length",
            config.severity,
            f"The post is {over} character{'s' if over != 1 else ''} too long for X "
            f"({length} of {limit}). Shorten it or split it into two posts.",
            config.clause,
            None,
            None,
        )


RULES = {"length": check_length}


def check(draft: Draft, policy: Policy, roster: Roster | None = None) -> Report:
    roster = roster or Roster()
    findings: list[Finding] = []
    for rule_id, rule in RULES.items():
        if policy.rule(rule_id):
            findings.extend(rule(draft, policy, roster))
    return Report(tuple(findings))
