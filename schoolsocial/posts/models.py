from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q

from policies import Report
from policies.facts import CATEGORIES
from policies.networks import LIMITS
from schoolsocial.posts.content import canonical_networks, content_hash
from schoolsocial.posts.states import State


class Category(models.TextChoices):
    LEARNING = "learning", "Teaching and learning"
    TRIP = "trip", "Trip"
    RESIDENTIAL = "residential", "Residential visit"
    EVENT = "event", "School event"
    SPORT = "sport", "Sport"
    CELEBRATION = "celebration", "Celebration"
    NEWS = "news", "News"
    REMINDER = "reminder", "Reminder"
    URGENT = "urgent", "Urgent information"
    NEWSLETTER = "newsletter", "Newsletter"
    OTHER = "other", "Other"


assert tuple(Category.values) == CATEGORIES  # noqa: S101 - the engine and the ORM agree


class PostException(models.TextChoices):
    NONE = "", "None"
    EVENT = "event", "School event"
    URGENT = "urgent", "Urgent news"


def default_networks() -> list[str]:
    return ["x"]
DELETED_FROM = "Deleted from"
RETURNED = "Returned: consent withdrawn"
PARTLY = "Partly published"


def _without_x() -> list[list[str]]:
    """Every choice of networks that leaves X out, spelt as Post.save() stores it (sorted)."""
    others = sorted(name for name in LIMITS if name != "x")
    return [[name for i, name in enumerate(others) if mask >> i & 1]
            for mask in range(1, 2 ** len(others))]


class PostQuerySet(models.QuerySet):
    def locked(self, pk: int) -> Post:
        """The post re-read under a row lock (inside a transaction), so two requests cannot
        both move it; with its school and author."""
        return self.select_for_update().select_related("school", "author").get(pk=pk)

    def did_not_go_out(self) -> PostQuerySet:
        """Failed, outcome unknown, sent back to the approvers by the publish-time check
        (its last_error says why until it is decided, edited or withdrawn), or published but
        failed on one of its chosen networks (partly published)."""
        from django.apps import apps

        failed_on_one = apps.get_model("publishing", "NetworkPublication").objects.filter(
            state="failed").values("post_id")
        return self.filter(Q(state__in=(State.FAILED, State.UNKNOWN))
                           | (Q(state=State.SUBMITTED) & ~Q(last_error=""))
                           | Q(state=State.PUBLISHED, pk__in=failed_on_one))

    def without_x(self) -> PostQuerySet:
        """Posts whose chosen networks leave X out (X's holds and credit do not touch them)."""
        return self.filter(without_x_q())


def without_x_q() -> Q:
    """A filter for posts not going to X: their stored networks are one of the choices without
    it (an exact match on the JSON list, which SQLite and PostgreSQL both do)."""
    query = Q(pk__in=[])
    for choice in _without_x():
        query |= Q(networks=choice)
    return query


class Post(models.Model):
    school = models.ForeignKey("accounts.School", models.CASCADE, related_name="posts")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, models.PROTECT, related_name="posts")
    text = models.TextField()
    category = models.CharField(max_length=16, choices=Category.choices, default=Category.OTHER)
    exception = models.CharField(max_length=8, choices=PostException.choices, blank=True)
    exception_reason = models.CharField(max_length=300, blank=True)
    scheduled_at = models.DateTimeField(null=True, blank=True)
    state = models.CharField(max_length=20, choices=State.choices, default=State.DRAFT)
    content_hash = models.CharField(max_length=64, blank=True)
    findings = models.JSONField(default=dict, blank=True)
    checked_at = models.DateTimeField(null=True, blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    # The policy in force at submission, for who may approve it (issue 12): a preset switched
    # after submission cannot let the headteacher approve their own post. None: submitted before
    # this was kept, or made without a submission (tests, the series generator).
    submitted_preset = models.CharField(max_length=40, blank=True)
    self_approval_allowed = models.BooleanField(null=True, blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    tweet_id = models.CharField(max_length=32, null=True, blank=True, unique=True)
    tweet_url = models.URLField(blank=True)
    last_error = models.TextField(blank=True)
    removed_at = models.DateTimeField(null=True, blank=True)  # deleted from X after publishing
    # Where it goes: "x" and any of the school's connected networks (publishing/networks/); each
    # network besides X has its own publication record (publishing.NetworkPublication).
    networks = models.JSONField(default=default_networks)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = PostQuerySet.as_manager()

    class Meta:
        indexes = [
            models.Index(fields=("school", "state", "submitted_at", "id"), name="post_queue"),
            models.Index(fields=("school", "scheduled_at"), name="post_schedule"),
            models.Index(fields=("state", "scheduled_at"), name="post_due"),
            models.Index(fields=("school", "author", "-updated_at"), name="post_author"),
        ]

    def __str__(self) -> str:
        from schoolsocial.audit.log import shorten

        return shorten(self.text, 50)

    def save(self, *args, **kwargs) -> None:
        self.networks = canonical_networks(self.networks)  # one spelling, as the hash has it
        super().save(*args, **kwargs)

    @property
    def report(self) -> Report:
        return Report.from_dict(self.findings)

    @property
    def status(self) -> tuple[str, str]:
        """(css key, words) for the badge everywhere: the state, except that a published post
        taken down says so, and a draft a consent change sent back says why."""
        if self.state == State.PUBLISHED and (self.removed_at or (
                not self.to_x and self.deleted_networks)):
            return "removed", self.deleted_from
        if self.state == State.DRAFT and self.last_error:
            return "returned", RETURNED
        from schoolsocial.posts.networks import in_words

        failed = self.failed_networks
        if failed and self.state in (State.PUBLISHED, State.FAILED) and self.out_networks:
            return "partly", f"{PARTLY}: {in_words(failed)} failed"
        if self.state == State.PUBLISHING and not self.to_x and (
                unsure := self._labels_where("unknown")):
            # without X, the post's own state waits for its networks: say which is being looked for
            return State.UNKNOWN.value, f"{State.UNKNOWN.label} on {in_words(unsure)}"
        return self.state, self.get_state_display()

    @property
    def to_x(self) -> bool:
        return "x" in canonical_networks(self.networks)

    @property
    def failed_networks(self) -> list[str]:
        """The chosen networks the post failed on, by name, X first (X's is the post's own
        state; the others' their publications')."""
        failed = ["X"] if self.to_x and self.state == State.FAILED else []
        if self.state in (State.PUBLISHED, State.FAILED):
            failed += self._labels_where("failed")
        return failed

    @property
    def out_networks(self) -> list[str]:
        """The chosen networks the post went out on (taken down since or not), by name."""
        return (["X"] if self.to_x and self.tweet_id else []) + self._labels_where("published")

    def _labels_where(self, state: str) -> list[str]:
        """The names of the chosen networks besides X whose publication is in `state`."""
        chosen = self.other_networks
        if not chosen:
            return []
        return [LIMITS[p.network].label for p in self.publications.all()
                if p.state == state and p.network in chosen]

    def compute_hash(self, photos=None) -> str:
        """What an approval is for: the text, category, exception, time, and each photo with its
        alt text and who is in it. Any change to these makes a new hash, so a new approval; the
        same content spelt differently (a time read back from the database in UTC, the photos
        read in another order) keeps its hash."""
        if photos is None:
            photos = self.photos.prefetch_related("pupils") if self.pk else ()
        return content_hash(
            text=self.text, category=self.category, exception=self.exception,
            exception_reason=self.exception_reason, scheduled_at=self.scheduled_at,
            photos=[
                {"id": p.pk, "sha256": p.sha256, "alt": p.alt_text,
                 "none": p.no_identifiable_pupils, "adults": p.adults_only,
                 "pupils": [pupil.pk for pupil in p.pupils.all()]}
                for p in photos
            ],
            networks=self.networks,
        )

    @property
    def deleted_networks(self) -> str:
        """"X", or "X, Bluesky": the networks Delete took it down from (its publications are
        read only when it went beyond X)."""
        gone = ["X"] if self.removed_at else []
        if self.other_networks:
            gone += [LIMITS[p.network].label for p in self.publications.all() if p.removed_at]
        return ", ".join(gone)

    @property
    def deleted_from(self) -> str:
        """"Deleted from X", or "Deleted from X, Bluesky"; "" while it is on all of them."""
        gone = self.deleted_networks
        return f"{DELETED_FROM} {gone}" if gone else ""

    @property
    def live_networks(self) -> list[str]:
        """The networks the post is on now, X first: X while its tweet is up, and each other
        network whose publication went out and has not been taken down."""
        live = (["x"] if self.to_x and self.tweet_id and self.state == State.PUBLISHED
                and not self.removed_at else [])
        if not self.other_networks:
            return live
        return live + [p.network for p in self.publications.all()
                       if p.state == "published" and p.remote_id and not p.removed_at]

    @property
    def live_labels(self) -> list[str]:
        return [LIMITS[name].label for name in self.live_networks]

    @property
    def network_labels(self) -> list[str]:
        """The chosen networks' names as a reader knows them, X first (when it is chosen)."""
        chosen = sorted(canonical_networks(self.networks), key=lambda name: name != "x")
        return [LIMITS[name].label for name in chosen]

    @property
    def other_networks(self) -> list[str]:
        """The chosen networks besides X, in the order the product lists them."""
        return [name for name in canonical_networks(self.networks) if name != "x"]


class Decision(models.TextChoices):
    APPROVE = "approve", "Approved"
    REJECT = "reject", "Rejected"
    CHANGES = "changes", "Changes requested"


class Approval(models.Model):
    post = models.ForeignKey(Post, models.CASCADE, related_name="approvals")
    approver = models.ForeignKey(settings.AUTH_USER_MODEL, models.PROTECT, related_name="+")
    decision = models.CharField(max_length=8, choices=Decision.choices)
    comment = models.TextField(blank=True)
    content_hash = models.CharField(max_length=64)
    acknowledged = models.JSONField(default=list, blank=True)  # [{rule, message, reason}]
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ("-created_at",)

    def __str__(self) -> str:
        return f"{self.get_decision_display()} by {self.approver}"


class Photo(models.Model):
    class Status(models.TextChoices):
        PROCESSING = "processing", "Being checked"
        READY = "ready", "Ready"
        REFUSED = "refused", "Refused"

    post = models.ForeignKey(Post, models.CASCADE, related_name="photos")
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, models.PROTECT, related_name="+")
    filename = models.CharField(max_length=200)
    original = models.FileField(upload_to="originals/%Y/%m/", blank=True)  # never served
    image = models.FileField(upload_to="photos/%Y/%m/", blank=True)  # the cleaned derivative
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.PROCESSING)
    error = models.TextField(blank=True)
    alt_text = models.CharField(max_length=1000, blank=True)
    pupils = models.ManyToManyField("pupils.Pupil", blank=True, related_name="photos")
    no_identifiable_pupils = models.BooleanField(default=False)
    # Declared by the author: a visiting author, staff, governors. Faces then ask the approver.
    adults_only = models.BooleanField(default=False)
    faces = models.PositiveSmallIntegerField(null=True, blank=True)
    width = models.PositiveIntegerField(null=True, blank=True)
    height = models.PositiveIntegerField(null=True, blank=True)
    sha256 = models.CharField(max_length=64, blank=True)
    original_sha256 = models.CharField(max_length=64, blank=True)
    phash = models.CharField(max_length=16, blank=True)
    phash_mirror = models.CharField(max_length=16, blank=True)
    original_deleted_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "pupils_photo"  # made in pupils/ before issue 13 moved photos into the post
        ordering = ("id",)

    def __str__(self) -> str:
        return self.filename


class PhotoRefusal(models.Model):
    """A photo refused for consent reasons: a later upload that looks like it is flagged."""

    school = models.ForeignKey("accounts.School", models.CASCADE, related_name="+")
    post = models.ForeignKey(Post, models.SET_NULL, null=True, related_name="+")
    phash = models.CharField(max_length=16)
    phash_mirror = models.CharField(max_length=16)
    reason = models.TextField()
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.PROTECT, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "pupils_photorefusal"

    def __str__(self) -> str:
        return f"Refused photo {self.phash}"
