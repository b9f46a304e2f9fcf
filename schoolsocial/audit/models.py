from __future__ import annotations

from django.conf import settings
from django.db import models


class AuditEvent(models.Model):
    """Append-only: one row for every change that matters, written in the change's transaction.

    Hash-chained per school (chain.py): `seq` is the event's position in its school's chain,
    `prev_hash` the hash of the event before it, `hash` its own. On PostgreSQL a trigger refuses
    UPDATE and DELETE (migration 0003). On SQLite, triggers keep the FTS5 table `audit_search`
    in step with `summary`; a later migration that remakes this table on SQLite drops them, so
    it must create them again (the SQL is in 0003).
    """

    school = models.ForeignKey("accounts.School", models.PROTECT, related_name="audit_events")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.PROTECT, null=True, blank=True, related_name="+"
    )
    action = models.CharField(max_length=64)
    object_type = models.CharField(max_length=32, blank=True)
    object_id = models.CharField(max_length=64, blank=True)
    summary = models.CharField(max_length=300)
    details = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField()
    # db_default: rows added by raw SQL (benchmarks) get no place in the chain, and verify says so.
    seq = models.PositiveBigIntegerField(null=True, blank=True)
    prev_hash = models.CharField(max_length=64, blank=True, db_default="")
    hash = models.CharField(max_length=64, blank=True, db_default="")

    class Meta:
        indexes = [
            models.Index(fields=("school", "-id"), name="audit_school_id"),
            models.Index(fields=("school", "action", "-id"), name="audit_school_action_id"),
            models.Index(fields=("school", "actor", "-id"), name="audit_school_actor_id"),
            models.Index(fields=("school", "created_at"), name="audit_school_created"),
        ]
        constraints = [
            models.UniqueConstraint(fields=("school", "seq"), name="audit_one_event_per_place"),
        ]

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.action}"

    @property
    def label(self) -> str:
        from schoolsocial.audit.actions import ACTIONS

        return ACTIONS.get(self.action, self.action)

    @property
    def networks(self) -> list[str]:
        """The networks the event names, as a reader knows them (X, Bluesky): those a post was
        submitted or approved for, deleted from, or published on."""
        from policies.networks import LIMITS

        details = self.details if isinstance(self.details, dict) else {}
        named = details.get("networks")
        if isinstance(named, list):
            return [str(name) for name in named]
        row = LIMITS.get(str(details.get("network", "")))
        return [row.label] if row else []

    @property
    def networks_unsaid(self) -> list[str]:
        """The networks the event names that its summary does not say already (the log
        shows these beside it)."""
        return [name for name in self.networks if name not in self.summary]
