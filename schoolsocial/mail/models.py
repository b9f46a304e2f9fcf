"""An e-mail as rendered, kept until it has gone."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class Email(models.Model):
    """An e-mail as rendered, kept until it has gone: a send that fails is tried again by the
    worker (mail.tasks.retry_emails, every minute), and one that keeps failing is shown to
    the headteacher on their home page instead of being lost with a log line."""

    class Status(models.TextChoices):
        PENDING = "pending", "Waiting to be sent again"
        SENT = "sent", "Sent"
        FAILED = "failed", "Could not be sent"

    school = models.ForeignKey("accounts.School", models.CASCADE, related_name="+")
    kind = models.CharField(max_length=40)  # the template: templates/email/<kind>.txt/.html
    about = models.CharField(max_length=40, blank=True)  # e.g. "concern:12"
    subject = models.CharField(max_length=255)
    to = models.JSONField(default=list)
    text = models.TextField()
    html = models.TextField(blank=True)
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.TextField(blank=True)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        db_table = "governance_email"  # made by governance 0003; moved here by state only
        indexes = [models.Index(fields=("status", "next_attempt_at"), name="email_due"),
                   models.Index(fields=("school", "status"), name="email_school_status")]

    def __str__(self) -> str:
        return self.subject


class PushSubscription(models.Model):
    """One device of one person that has turned on notifications (the browser's Web Push
    subscription: where to send, and its keys for the payload's encryption)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, models.CASCADE,
                             related_name="push_subscriptions")
    endpoint = models.URLField(max_length=1000, unique=True)
    p256dh = models.CharField(max_length=200)
    auth = models.CharField(max_length=100)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"Push for {self.user_id}"
