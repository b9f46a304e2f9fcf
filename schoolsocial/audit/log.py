"""record(): the one way to write an audit event, inside the caller's transaction."""

from __future__ import annotations

from django.db import models
from django.utils import timezone

from schoolsocial.audit.models import AuditEvent


def record(
    school, actor, action: str, summary: str, obj: models.Model | None = None, **details
) -> AuditEvent:
    return AuditEvent.objects.create(
        school=school,
        actor=actor if actor is not None and actor.is_authenticated else None,
        action=action,
        object_type=obj._meta.model_name if obj is not None else "",
        object_id=str(obj.pk) if obj is not None else "",
        summary=summary[:300],
        details=details,
        created_at=timezone.now(),
    )
