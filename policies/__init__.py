"""The rules engine: pure Python, facts and a policy in, a report out. No ORM, no request."""

from policies.engine import Roster, check, weighted_length
from policies.facts import Draft, PhotoFacts, RosterPupil
from policies.policy import Policy, PolicyError, load_policy
from policies.report import BLOCK, WARN, Finding, Report

__all__ = [
    "BLOCK",
    "WARN",
    "Draft",
    "Finding",
    "PhotoFacts",
    "Policy",
    "PolicyError",
    "Report",
    "Roster",
    "RosterPupil",
    "check",
    "load_policy",
    "weighted_length",
]
