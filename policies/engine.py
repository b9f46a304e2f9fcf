"""check(): a draft's facts and a policy in, a report out."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from policies.facts import Draft
from policies.policy import Policy, RuleConfig
from policies.report import BLOCK, WARN, Finding, Report
from policies.roster import Roster
from policies.rules.basic import check_category, check_length, check_reply, weighted_length
from policies.rules.context import Context
from policies.rules.hours import check_posting_hours
from policies.rules.names import check_child_name, check_name_with_photo
from policies.rules.photos import check_alt_text, check_photo_consent
from policies.rules.targeted import check_targeted
from policies.rules.wording import (
    check_negative_tone,
    check_personal_data,
    check_spelling,
    check_text_speak,
)

Rule = Callable[[Context, RuleConfig], Iterable[Finding]]

RULES: dict[str, Rule] = {
    "posting_hours": check_posting_hours,
    "child_name": check_child_name,
    "name_with_photo": check_name_with_photo,
    "photo_consent": check_photo_consent,
    "targeted_praise": check_targeted,
    "text_speak": check_text_speak,
    "negative_tone": check_negative_tone,
    "spelling": check_spelling,
    "personal_data": check_personal_data,
    "length": check_length,
    "category": check_category,
    "alt_text": check_alt_text,
    "reply": check_reply,
}
_EMPTY = Roster()

__all__ = ["RULES", "Roster", "check", "weighted_length"]


def check(draft: Draft, policy: Policy, roster: Roster | None = None) -> Report:
    """Every enabled rule of the policy on the draft. A rule that fails blocks, never passes."""
    ctx = Context(draft, policy, roster if roster is not None else _EMPTY)
    findings: list[Finding] = []
    for rule_id, rule in RULES.items():
        config = policy.rule(rule_id)
        if config is None:
            continue
        try:
            findings.extend(rule(ctx, config))
        except Exception as error:  # noqa: BLE001 - fail closed: a broken check must stop the post
            findings.append(
                Finding(
                    rule_id,
                    BLOCK,
                    f"The {rule_id} check could not run ({type(error).__name__}: {error}). "
                    f"The post "
                    f"cannot go out until it does; tell the ICT leader.",
                    config.clause,
                )
            )
    subjects = {(m.start, m.end): m.keys for m in ctx.mentions if m.keys}
    return Report(tuple(one_finding_per_child(one_finding_per_fact(findings), subjects)))


_NAME_RULES = ("name_with_photo", "child_name")
_RANKS = {WARN: 1, BLOCK: 2}


def one_finding_per_fact(findings: list[Finding]) -> list[Finding]:
    """One name, one finding: a name in a post with a photo is reported by name_with_photo
    (the clause that applies) instead of child_name, and praise aimed at a child already named
    adds no second finding; the kept finding has the stronger severity."""
    named: dict[tuple[int | None, int | None], Finding] = {}
    for f in findings:
        if f.rule in _NAME_RULES and f.start is not None:
            held = named.get((f.start, f.end))
            if held is None or (held.rule == "child_name" and f.rule == "name_with_photo"):
                sev = f.severity if held is None else _stronger(held.severity, f.severity)
                named[(f.start, f.end)] = replace(f, severity=sev)
            else:
                named[(f.start, f.end)] = replace(
                    held, severity=_stronger(held.severity, f.severity)
                )
    kept: list[Finding] = []
    dropped: set[tuple[int | None, int | None]] = set()
    placed: set[tuple[int | None, int | None]] = set()
    for f in findings:
        span = (f.start, f.end)
        if f.rule in _NAME_RULES and f.start is not None:
            if span not in placed:
                placed.add(span)
                kept.append(named[span])
            continue
        if f.rule == "targeted_praise" and f.start is not None:
            inside = [k for k in named if k[0] is not None and f.start <= k[0] and k[1] <= f.end]
            if inside and all(_RANKS[named[k].severity] >= _RANKS[f.severity] for k in inside):
                continue  # the name's finding already says it
            if inside:
                dropped.update(inside)  # the praise is what blocks: its finding says it
        kept.append(f)
    return [
        named[(f.start, f.end)] if f.rule in _NAME_RULES and f.start is not None else f
        for f in kept
        if not (f.rule in _NAME_RULES and (f.start, f.end) in dropped)
    ]


def _stronger(a: str, b: str) -> str:
    return a if _RANKS.get(a, 0) >= _RANKS.get(b, 0) else b


def one_finding_per_child(
    findings: list[Finding], subjects: dict[tuple[int, int], frozenset[str]]
) -> list[Finding]:
    """One child named twice (Well done Kofi! Kofi has worked so hard; a name and the same
    name in a hashtag) is one fact: the first place keeps the finding, with the stronger
    severity and name_with_photo's clause when either reported it."""
    first: dict[frozenset[str], int] = {}
    out: list[Finding | None] = []
    for f in findings:
        keys = subjects.get((f.start, f.end)) if f.rule in _NAME_RULES else None
        if not keys:
            out.append(f)
            continue
        at = first.get(keys)
        if at is None:
            first[keys] = len(out)
            out.append(f)
            continue
        held = out[at]
        rule = "name_with_photo" if "name_with_photo" in (held.rule, f.rule) else held.rule
        kept = held if held.rule == rule else replace(f, start=held.start, end=held.end)
        out[at] = replace(kept, severity=_stronger(held.severity, f.severity))
    return [f for f in out if f is not None]
