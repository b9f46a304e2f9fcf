"""record(): the one way to write an audit event, inside the caller's transaction.

The event is chained to the school's previous event (see chain.py). Call it last in the
transaction it belongs to: on PostgreSQL it holds the school's chain lock until commit.
"""

from __future__ import annotations

from django.db import models, transaction
from django.utils import timezone

from schoolsocial.audit import chain
from schoolsocial.audit.actions import ACTIONS
from schoolsocial.audit.models import AuditEvent


def record(
    school, actor, action: str, summary: str, obj: models.Model | None = None, **details
) -> AuditEvent:
    action = str(action)  # an Event constant is stored and hashed as its name
    if action not in ACTIONS:
        raise ValueError(f"{action!r} is not in the audit registry (audit/actions.py): name it "
                         "there, with the words governors read.")
    actor = actor if actor is not None and actor.is_authenticated else None
    fields = {
        "actor": actor,
        "action": action,
        "object_type": obj._meta.model_name if obj is not None else "",
        "object_id": str(obj.pk) if obj is not None else "",
        "summary": shorten(summary, 300),
        "details": chain.plain_details(details),
    }
    with transaction.atomic():
        seq, prev = chain.lock_and_read_head(school.pk)
        # Read the clock under the lock, so the chain's times never go backwards.
        now = timezone.now()
        own = chain.event_hash(
            seq + 1, school.pk, actor.pk if actor else None, action, fields["object_type"],
            fields["object_id"], fields["summary"], chain.canonical_details(fields["details"]),
            chain.canonical_time(now), prev,
        )
        return AuditEvent.objects.create(school=school, seq=seq + 1, prev_hash=prev, hash=own,
                                         created_at=now, **fields)


def shorten(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a word boundary with "…" (a post's opening words in
    an audit summary), never mid-word unless a single word is longer than that."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space >= limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,.;:-") + "…"
