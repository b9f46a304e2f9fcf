from __future__ import annotations

import dataclasses
import json
import logging
from zoneinfo import ZoneInfo, available_timezones

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils import timezone

from policies import Policy, load_policy
from policies.presets import PRESETS
from schoolsocial.accounts import crypto
from schoolsocial.accounts.crypto import Credentials

logger = logging.getLogger(__name__)


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


# The UK and its Crown dependencies first (nearly every school), then every other zone.
UK_TIMEZONES = (("Europe/London", "Europe/London (England, Wales, Scotland, Northern Ireland)"),
                ("Europe/Jersey", "Europe/Jersey"), ("Europe/Guernsey", "Europe/Guernsey"),
                ("Europe/Isle_of_Man", "Europe/Isle_of_Man"))


def timezone_choices() -> list:
    uk = {name for name, _ in UK_TIMEZONES}
    return [("The UK", list(UK_TIMEZONES)),
            ("Elsewhere", [(name, name) for name in sorted(available_timezones() - uk)])]


def preset_choices() -> list[tuple[str, str]]:
    return [(name, preset.title) for name, preset in sorted(PRESETS.items())]


class Trust(models.Model):
    """A multi-academy trust (or local authority) running several schools. Its executive
    headteachers see every school's figures on the trust page, read-only; to act in a school
    they need a membership there like anyone else."""

    name = models.CharField(max_length=200)
    executives = models.ManyToManyField(settings.AUTH_USER_MODEL, blank=True,
                                        related_name="trusts_led")

    def __str__(self) -> str:
        return self.name


class School(models.Model):
    name = models.CharField(max_length=200)
    x_handle = models.CharField("X handle", max_length=50, blank=True)
    timezone = models.CharField(max_length=64, default="Europe/London")
    policy_preset = models.CharField(max_length=32, default="droxford")
    policy_overrides = models.JSONField(default=dict, blank=True)
    # The school's own published phone numbers and e-mail addresses, one a line: never personal
    # data in its posts.
    public_contacts = models.TextField("The school's public contact details", blank=True)
    queue_paused = models.BooleanField(default=False)
    trust = models.ForeignKey(Trust, models.SET_NULL, null=True, blank=True,
                              related_name="schools")
    created_at = models.DateTimeField(auto_now_add=True)
    # The X account's keys, encrypted (accounts/crypto.py); never shown again once stored.
    x_credentials_encrypted = models.TextField(blank=True, editable=False)
    x_connected_as = models.CharField(max_length=50, blank=True, editable=False)
    x_connected_at = models.DateTimeField(null=True, blank=True, editable=False)

    def __str__(self) -> str:
        return self.name

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def public_contact_list(self) -> tuple[str, ...]:
        return tuple(line.strip() for line in self.public_contacts.splitlines() if line.strip())

    def policy(self) -> Policy:
        return load_policy(self.policy_preset, self.policy_overrides)

    def x_credentials(self) -> Credentials | None:
        """The X keys, decrypted; None when not connected or when no key opens them."""
        if not self.x_credentials_encrypted:
            return None
        try:
            keys = json.loads(crypto.decrypt(self.x_credentials_encrypted))
        except crypto.InvalidToken:
            logger.error("School %s: its X keys cannot be decrypted with ENCRYPTION_KEYS", self.pk)
            return None
        return Credentials(**keys)

    def connect_x(self, credentials: Credentials, username: str) -> None:
        self.x_credentials_encrypted = crypto.encrypt(json.dumps(dataclasses.asdict(credentials)))
        self.x_connected_as = username
        self.x_connected_at = timezone.now()
        self.save(update_fields=("x_credentials_encrypted", "x_connected_as", "x_connected_at"))

    def disconnect_x(self) -> None:
        self.x_credentials_encrypted = self.x_connected_as = ""
        self.x_connected_at = None
        self.save(update_fields=("x_credentials_encrypted", "x_connected_as", "x_connected_at"))


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
