from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import OuterRef, Subquery

from policies import RosterPupil


class Consent(models.TextChoices):
    GRANTED = "granted", "Granted"
    REFUSED = "refused", "Refused"
    WITHDRAWN = "withdrawn", "Withdrawn"
    NOT_RETURNED = "none", "Not returned"


class Scope(models.TextChoices):
    ANY = "any", "Any photo"
    GROUP = "group", "Group photos only"
    NO_FACE = "no_face", "No face (work, hands, backs of heads)"


class Channel(models.TextChoices):
    """Where a consent reaches. MIS consent forms separate the school website from social
    media; a school that records one consent records it for every channel."""

    ALL = "all", "Every channel (website and social media)"
    SOCIAL = "social", "Social media (X, Bluesky, Mastodon)"
    WEBSITE = "website", "The school website only"


# Every network this product posts to is social media: one consent covers them all.
SOCIAL_MEDIA = (Channel.ALL, Channel.SOCIAL)


class PupilQuerySet(models.QuerySet):
    def with_consent(self, channels=SOCIAL_MEDIA) -> PupilQuerySet:
        """Annotate each pupil with their latest consent record that reaches `channels` (social
        media, where every post of this product goes): no record means no consent. A record for
        the website only neither grants nor withdraws consent for social media."""
        latest = ConsentRecord.objects.filter(pupil=OuterRef("pk"),
                                              channel__in=channels).order_by("-id")
        return self.annotate(
            consent_status=Subquery(latest.values("status")[:1]),
            consent_scope=Subquery(latest.values("scope")[:1]),
            consent_valid_until=Subquery(latest.values("valid_until")[:1]),
        )

    def current(self) -> PupilQuerySet:
        return self.filter(left_at=None)


class Pupil(models.Model):
    school = models.ForeignKey("accounts.School", models.CASCADE, related_name="pupils")
    first_name = models.CharField(max_length=100)
    last_name = models.CharField(max_length=100)
    known_as = models.JSONField("known-as names", default=list, blank=True)
    group = models.CharField("class or year group", max_length=100, blank=True)
    year = models.CharField("year group", max_length=40, blank=True)
    external_id = models.CharField(
        "pupil number", max_length=64, blank=True,
        help_text="The UPN or admission number from the school's information system.",
    )
    left_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = PupilQuerySet.as_manager()

    # Every field roster_entry() reads: one left out is one more query per pupil at each rebuild.
    ROSTER_FIELDS = ("id", "first_name", "last_name", "known_as", "group")

    class Meta:
        indexes = [
            models.Index(fields=("school", "last_name", "first_name")),
            models.Index(fields=("school", "external_id")),
        ]

    def __str__(self) -> str:
        return f"{self.first_name} {self.last_name}"

    @property
    def consent(self) -> str:
        """The current consent status, from with_consent()'s annotation."""
        return getattr(self, "consent_status", None) or Consent.NOT_RETURNED

    def get_consent_display(self) -> str:
        return Consent(self.consent).label

    def roster_entry(self) -> RosterPupil:
        return RosterPupil(
            first_name=self.first_name,
            last_name=self.last_name,
            known_as=tuple(self.known_as),
            consent=self.consent,
            consent_scope=getattr(self, "consent_scope", None) or Scope.ANY,
            consent_valid_until=getattr(self, "consent_valid_until", None),
            key=str(self.pk),
            group=self.group,
        )


class ConsentRecord(models.Model):
    """Append-only: a pupil's consent is their newest record; earlier ones are the history."""

    pupil = models.ForeignKey(Pupil, models.CASCADE, related_name="consents")
    status = models.CharField(max_length=12, choices=Consent.choices)
    scope = models.CharField(max_length=8, choices=Scope.choices, default=Scope.ANY)
    channel = models.CharField(max_length=8, choices=Channel.choices, default=Channel.ALL)
    valid_until = models.DateField(null=True, blank=True)
    evidence = models.TextField(
        blank=True, help_text="Where the decision is recorded, e.g. 'signed form, September 2026'."
    )
    source = models.CharField(max_length=12, default="register")  # register, import, left
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.PROTECT, null=True, blank=True, related_name="+"
    )
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [models.Index(fields=("pupil", "-id"), name="consent_latest")]

    def __str__(self) -> str:
        return f"{self.pupil}: {self.get_status_display()} ({self.recorded_at:%Y-%m-%d})"


class RosterVersion(models.Model):
    """A school's roster version: written only by the database's own triggers (migration 0008),
    in the same transaction as every insert, update or delete of one of its pupils or of their
    consent records, whatever wrote it (a form, an import's bulk_create, a queryset update, raw
    SQL). The live check rebuilds its cached roster when the version is not the one it built.

    Each write sets a value never used before (PostgreSQL: a sequence; SQLite: a random 64-bit
    number), not a count: a counter could come back, after a rolled-back transaction or a
    restored backup, to a value a process still has a roster cached under. No foreign key:
    deleting a school deletes its pupils, whose triggers write this row again; a deleted
    school's row is left behind, unread."""

    school = models.OneToOneField("accounts.School", models.DO_NOTHING, primary_key=True,
                                  db_constraint=False, related_name="+")
    version = models.BigIntegerField()

    def __str__(self) -> str:
        return f"Roster of {self.school_id}: {self.version}"


class ImportJob(models.Model):
    """A CSV export from the school's information system, previewed, then applied at once."""

    class Status(models.TextChoices):
        PREVIEW = "preview", "Waiting for your decision"
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Importing"
        DONE = "done", "Imported"
        FAILED = "failed", "Failed"

    school = models.ForeignKey("accounts.School", models.CASCADE, related_name="+")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, models.PROTECT, related_name="+")
    filename = models.CharField(max_length=200)
    text = models.TextField()  # the decoded file; a few hundred kB for a whole school
    encoding = models.CharField(max_length=20)
    mapping = models.JSONField(default=dict)
    full = models.BooleanField(
        default=False, help_text="The file lists every pupil: those missing are marked as left."
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PREVIEW)
    # What the user chose on pressing Import, kept so that a failed job can be retried as asked.
    skip_bad_rows = models.BooleanField(default=False)
    widen = models.BooleanField(
        default=False, help_text="The user ticked to apply consent changes that allow more photos."
    )
    total = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0)
    summary = models.JSONField(default=dict, blank=True)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"Import of {self.filename}"
