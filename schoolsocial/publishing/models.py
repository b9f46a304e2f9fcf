from __future__ import annotations

from django.db import models
from django.utils import timezone

OUTBOX_PREFIX = "outbox-"


class OutboxTweetQuerySet(models.QuerySet):
    def live(self, school: object) -> OutboxTweetQuerySet:
        return self.filter(school=school, deleted_at=None)


class OutboxTweet(models.Model):
    """A post published to the local timeline by the outbox publisher (no X account needed)."""

    school = models.ForeignKey("accounts.School", models.CASCADE, related_name="outbox_tweets")
    text = models.TextField()
    media = models.JSONField(default=list, blank=True)  # [{alt_text, media_type, size, sha256}]
    in_reply_to = models.CharField(max_length=32, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    deleted_at = models.DateTimeField(null=True, blank=True)

    objects = OutboxTweetQuerySet.as_manager()

    class Meta:
        ordering = ("-created_at", "-id")
        indexes = [models.Index(fields=("school", "-created_at"), name="outbox_timeline")]

    def __str__(self) -> str:
        return self.text[:50]

    def get_absolute_url(self) -> str:
        return f"/outbox/status/{self.pk}/"

    @property
    def tweet_id(self) -> str:
        return f"{OUTBOX_PREFIX}{self.pk}"

    @staticmethod
    def pk_from_tweet_id(tweet_id: str) -> int | None:
        number = tweet_id.removeprefix(OUTBOX_PREFIX)
        return int(number) if tweet_id.startswith(OUTBOX_PREFIX) and number.isdigit() else None
