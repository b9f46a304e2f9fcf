"""The rules engine: pure Python, facts and a policy in, a report out. No ORM, no request."""

from policies.engine import RULES, Roster, check, weighted_length
from policies.facts import CATEGORIES, Draft, PhotoFacts, RosterPupil
from policies.loading import load_policy
from policies.policy import RULE_SPECS, Policy, PolicyError, RuleConfig, describe
from policies.report import BLOCK, WARN, Finding, Report
from policies.timeutil import ClockChangeError, localize, next_allowed_time

__all__ = [
    "BLOCK",
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
    "weighted_length",
]
