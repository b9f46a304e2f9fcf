from __future__ import annotations

from zoneinfo import ZoneInfo, available_timezones

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models

from policies import Policy, load_policy
from policies.presets import PRESETS


class User(AbstractUser):
    """Staff and governors. Roles live on Membership, one per school."""

    def display_name(self) -> str:
        return self.get_full_name() or self.username


class Role(models.TextChoices):
    AUTHOR = "author", "Author"
    APPROVER = "approver", "Approver"
    HEADTEACHER = "headteacher", "Headteacher"
    MONITOR = "monitor", "Monitor"
    GOVERNOR = "governor", "Governor"


def timezone_choices() -> list[tuple[str, str]]:
    return [(name, name) for name in sorted(available_timezones())]


def preset_choices() -> list[tuple[str, str]]:
    return [(name, preset.title) for name, preset in sorted(PRESETS.items())]


class School(models.Model):
    name = models.CharField(max_length=200)
    x_handle = models.CharField("X handle", max_length=50, blank=True)
    timezone = models.CharField(max_length=64, default="Europe/London")
    policy_preset = models.CharField(max_length=32, default="droxford")
    policy_overrides = models.JSONField(default=dict, blank=True)
    queue_paused = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.name

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def policy(self) -> Policy:
        return load_policy(self.policy_preset, self.policy_overrides)


class Membership(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, models.CASCADE, related_name="memberships")
    school = models.ForeignKey(School, models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=16, choices=Role.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=("user", "school"), name="one_membership_per_school"),
        ]

    def __str__(self) -> str:
        return f"{self.user} ({self.get_role_display()}, {self.school})"
