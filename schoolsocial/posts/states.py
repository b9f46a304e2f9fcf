r"""A post's life, in one place: which transition may start from which state and where it ends.

draft --submit--> submitted --approve--> scheduled --claim--> publishing --> published
                     |  \--reject--> rejected                    |  \--> failed
                     \--request_changes--> changes_requested      \--> unknown --reconcile--> ...
changes_requested --edit--> draft (then submitted again); publishing --hold--> scheduled (a concern)
failed --retry--> scheduled; --send_for_approval--> submitted (changed since approved); --dismiss-->
                                   unknown --resend--> publishing (X's 5xx, not on the timeline)
Any edit after submission or approval returns the post to draft: an approval is for a content hash.
A submitted or scheduled post that a pupil's consent change stops goes back to draft by its own
transition, return_to_draft (the author did not withdraw it).
A post that does not go to X takes the same path, its state following its networks'
publications (publishing/network_tasks.py: settle): published once every chosen network has
answered and at least one has it, failed when none has; a failed one published later on one
network by its own retry moves by network_published.
"""

from __future__ import annotations

from django.db import models


class State(models.TextChoices):
    DRAFT = "draft", "Draft"
    SUBMITTED = "submitted", "Awaiting approval"
    CHANGES_REQUESTED = "changes_requested", "Changes requested"
    REJECTED = "rejected", "Rejected"
    SCHEDULED = "scheduled", "Scheduled"
    PUBLISHING = "publishing", "Publishing"
    PUBLISHED = "published", "Published"
    FAILED = "failed", "Failed"
    UNKNOWN = "unknown", "Outcome unknown"
    DISMISSED = "dismissed", "Not sent (dismissed)"


S = State
EDITABLE = frozenset({S.DRAFT, S.CHANGES_REQUESTED, S.SUBMITTED, S.SCHEDULED, S.FAILED})

# transition name -> (states it may start from, state it ends in)
TRANSITIONS: dict[str, tuple[frozenset[str], str]] = {
    "edit": (EDITABLE, S.DRAFT),
    # Sent back for changes, a post is edited first (which makes it a draft), then submitted.
    "submit": (frozenset({S.DRAFT}), S.SUBMITTED),
    "withdraw": (frozenset({S.SUBMITTED, S.SCHEDULED}), S.DRAFT),
    # A pupil's consent changed and the post no longer passes: back to its author as a draft.
    "return_to_draft": (frozenset({S.SUBMITTED, S.SCHEDULED}), S.DRAFT),
    "approve": (frozenset({S.SUBMITTED}), S.SCHEDULED),
    "reject": (frozenset({S.SUBMITTED}), S.REJECTED),
    "request_changes": (frozenset({S.SUBMITTED}), S.CHANGES_REQUESTED),
    "claim": (frozenset({S.SCHEDULED}), S.PUBLISHING),
    # claimed, then a concern was raised before it was sent: scheduled again, held (gate.py)
    "hold": (frozenset({S.PUBLISHING}), S.SCHEDULED),
    "return_to_approver": (frozenset({S.SCHEDULED, S.PUBLISHING}), S.SUBMITTED),
    "publish_succeeded": (frozenset({S.PUBLISHING, S.UNKNOWN}), S.PUBLISHED),
    "publish_failed": (frozenset({S.PUBLISHING, S.UNKNOWN}), S.FAILED),
    "publish_outcome_unknown": (frozenset({S.PUBLISHING}), S.UNKNOWN),
    # X answered 5xx to the post and the timeline does not show it: sent again
    "resend": (frozenset({S.UNKNOWN}), S.PUBLISHING),
    "retry": (frozenset({S.FAILED}), S.SCHEDULED),
    # a failed post that changed after its approval: back to the approvers to decide again
    "send_for_approval": (frozenset({S.FAILED}), S.SUBMITTED),
    # a failed post nobody will send: set aside with a reason, off every "did not go out" list
    "dismiss": (frozenset({S.FAILED}), S.DISMISSED),
    # a post not going to X, failed on every network it chose, then out on one of them after an
    # approver's retry of that network (publishing/network_tasks.py: settle)
    "network_published": (frozenset({S.FAILED}), S.PUBLISHED),
}


class TransitionError(Exception):
    """A transition asked of a post in a state it cannot start from (HTTP 409)."""


def target(transition: str, current: str) -> str:
    sources, end = TRANSITIONS[transition]
    if current not in sources:
        label = State(current).label.lower()
        raise TransitionError(
            f"This post is {label}, so it cannot be {_PAST[transition]} now."
        )
    return end


_PAST = {
    "edit": "edited",
    "submit": "submitted",
    "withdraw": "withdrawn",
    "return_to_draft": "returned to draft",
    "approve": "approved",
    "reject": "rejected",
    "request_changes": "sent back for changes",
    "claim": "published",
    "hold": "held",
    "return_to_approver": "returned to the approver",
    "publish_succeeded": "marked as published",
    "publish_failed": "marked as failed",
    "publish_outcome_unknown": "marked as unknown",
    "resend": "sent again",
    "retry": "retried",
    "send_for_approval": "sent for approval again",
    "dismiss": "dismissed",
    "network_published": "marked as published",
}
