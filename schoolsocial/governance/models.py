"""Concerns about posts, proposed follows, and the policies' duties marked done."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class Concern(models.Model):
    """Highfield: a concern about a post is "brought to the attention of the Headteacher
    immediately". Open until a headteacher resolves it with a note."""

    school = models.ForeignKey("accounts.School", models.CASCADE, related_name="concerns")
    # about one of the school's posts, or about a mention or reply on X (the Inbox); a concern
    # about a reply to a post names both
    post = models.ForeignKey("posts.Post", models.CASCADE, null=True, blank=True,
                             related_name="concerns")
    mention = models.ForeignKey("inbound.Mention", models.CASCADE, null=True, blank=True,
                                related_name="concerns")
    raised_by = models.ForeignKey(settings.AUTH_USER_MODEL, models.PROTECT, related_name="+")
    text = models.TextField()
    created_at = models.DateTimeField()
    resolved_by = models.ForeignKey(settings.AUTH_USER_MODEL, models.PROTECT, null=True,
                                    blank=True, related_name="+")
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolution = models.TextField(blank=True)

    class Meta:
        indexes = [models.Index(fields=("school", "resolved_at", "-created_at"),
                                name="concern_open")]

    def __str__(self) -> str:
        return f"Concern about post {self.post_id}" if self.post_id else \
            f"Concern about mention {self.mention_id}"

    @property
    def about(self) -> str:
        """What it is about, in a line: the post's text, or the mention's and its author."""
        if self.mention_id:
            network = self.mention.get_network_display()
            who = f"@{self.mention.author_handle}" if self.mention.author_handle else \
                f"an account no longer on {network}"
            return f"{who} on {network}: {self.mention.text}"
        return str(self.post)

    @property
    def is_open(self) -> bool:
        return self.resolved_at is None


class FollowState(models.TextChoices):
    PROPOSED = "proposed", "Waiting for the headteacher"
    APPROVED = "approved", "Approved, to follow"
    FOLLOWED = "followed", "Followed"
    DECLINED = "declined", "Declined"


class FollowRequest(models.Model):
    """Highfield, Droxford, Unsworth: only educational accounts, the headteacher decides."""

    school = models.ForeignKey("accounts.School", models.CASCADE, related_name="follow_requests")
    handle = models.CharField("X account", max_length=16)
    reason = models.TextField()
    proposed_by = models.ForeignKey(settings.AUTH_USER_MODEL, models.PROTECT, related_name="+")
    created_at = models.DateTimeField()
    state = models.CharField(max_length=10, choices=FollowState.choices,
                             default=FollowState.PROPOSED)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, models.PROTECT, null=True,
                                   blank=True, related_name="+")
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_note = models.TextField(blank=True)
    followed_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)

    class Meta:
        indexes = [models.Index(fields=("school", "state", "-created_at"), name="follow_state")]

    def __str__(self) -> str:
        return f"@{self.handle}"


class DutyDone(models.Model):
    """One duty done by a named person (duties.py says which duties a school has)."""

    school = models.ForeignKey("accounts.School", models.CASCADE, related_name="duties_done")
    duty = models.CharField(max_length=32)
    done_by = models.ForeignKey(settings.AUTH_USER_MODEL, models.PROTECT, related_name="+")
    done_at = models.DateTimeField()
    note = models.TextField(blank=True)
    next_due = models.DateField(null=True, blank=True)  # the policy review: next review date

    class Meta:
        indexes = [models.Index(fields=("school", "duty", "-done_at"), name="duty_latest")]

    def __str__(self) -> str:
        return f"{self.duty} done {self.done_at:%Y-%m-%d}"
