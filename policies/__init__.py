"""The rules engine: pure Python, facts and a policy in, a report out. No ORM, no request."""

from policies.engine import RULES, Roster, check, weighted_length
from policies.facts import CATEGORIES, Draft, PhotoFacts, RosterPupil
from policies.loading import load_policy
from policies.policy import (
    REPLY_SETTINGS,
    RULE_SPECS,
    Policy,
    PolicyError,
    RuleConfig,
    describe,
    reply_settings,
    who_may_reply,
)
from policies.report import BLOCK, WARN, Finding, Report
from policies.timeutil import ClockChangeError, localize, next_allowed_time

__all__ = [
    "BLOCK",
    "REPLY_SETTINGS",
    "CATEGORIES",
    "RULES",
    "RULE_SPECS",
    "WARN",
    "ClockChangeError",
    "Draft",
    "Finding",
    "PhotoFacts",
    "Policy",
    "PolicyError",
    "Report",
    "Roster",
    "RosterPupil",
    "RuleConfig",
    "check",
    "describe",
    "load_policy",
    "localize",
    "next_allowed_time",
    "reply_settings",
    "weighted_length",
    "who_may_reply",
]
