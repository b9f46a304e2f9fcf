"""Changes that widen who may approve posts, for the governors' home page (issue 12): a preset
that lets the headteacher approve their own posts, someone given a role that decides posts, and
the posts a headteacher did approve themselves. Read from the audit log, so nothing can change
who approves without leaving a line here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db.models import F

from policies import load_policy
from policies.policy import PolicyError
from schoolsocial.accounts.access import ABILITIES
from schoolsocial.audit.actions import Event
from schoolsocial.audit.models import AuditEvent

WINDOW = timedelta(days=120)  # about a term: governors meet at least termly
DECIDING = ABILITIES["decide_posts"]


@dataclass
class Widening:
    event: AuditEvent
    why: str


def _self_approving(preset: str) -> bool:
    try:
        return load_policy(preset).headteacher_may_self_approve
    except PolicyError:
        return False


def widenings(school, now: datetime) -> list[Widening]:
    events = AuditEvent.objects.filter(
        school=school, created_at__gte=now - WINDOW,
        action__in=(Event.SCHOOL_SETTINGS_CHANGED, Event.STAFF_ADDED, Event.STAFF_ROLE_CHANGED),
    ).select_related("actor").order_by("-created_at")
    found = []
    for event in events:
        details = event.details or {}
        if event.action == Event.SCHOOL_SETTINGS_CHANGED:
            old, new = (details.get("changes", {}).get("policy_preset") or [None, None])[:2]
            if old and new and _self_approving(new) and not _self_approving(old):
                found.append(Widening(event, f"The policy preset changed from {old} to {new}, "
                                             "which lets the headteacher approve their own posts."))
        elif event.action == Event.STAFF_ADDED and details.get("role") in DECIDING:
            found.append(Widening(event, f"{event.summary}: they may approve posts."))
        elif (event.action == Event.STAFF_ROLE_CHANGED and details.get("new") in DECIDING
              and details.get("old") not in DECIDING):
            found.append(Widening(event, f"{event.summary}: they may now approve posts."))
    return found


def self_approvals(school, now: datetime):
    from schoolsocial.posts.models import Approval, Decision

    return (Approval.objects.filter(post__school=school, decision=Decision.APPROVE,
                                    approver_id=F("post__author_id"),
                                    created_at__gte=now - WINDOW)
            .select_related("post", "approver").order_by("-created_at")[:20])
