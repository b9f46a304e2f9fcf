"""check(): a draft's facts and a policy in, a report out."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from policies.facts import Draft
from policies.policy import Policy, RuleConfig
from policies.report import BLOCK, Finding, Report
from policies.roster import Roster
from policies.rules.basic import check_category, check_length, check_reply, weighted_length
from policies.rules.context import Context
from policies.rules.hours import check_posting_hours
from policies.rules.names import check_child_name, check_name_with_photo, check_targeted_praise
from policies.rules.photos import check_alt_text, check_photo_consent
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
    "targeted_praise": check_targeted_praise,
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
    return Report(tuple(findings))
