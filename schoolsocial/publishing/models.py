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
    reply_settings = models.CharField(max_length=16, blank=True)  # X's value; "" everyone
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


class Delivery(models.Model):
    """Where the publisher is with one post. The post's state says publishing, unknown...; this
    row says which dispatch owns the attempt, whether X may have been called, and when to act
    again. Every change to it is a conditional UPDATE, so a task delivered twice does nothing."""

    post = models.OneToOneField("posts.Post", models.CASCADE, related_name="delivery")
    token = models.CharField(max_length=32, blank=True)  # the dispatch that owns the attempt
    claimed_at = models.DateTimeField(null=True, blank=True)
    # committed just before X is called; None when no attempt is in flight
    started_at = models.DateTimeField(null=True, blank=True)
    first_sent_at = models.DateTimeField(null=True, blank=True)  # reconcile looks from here
    attempts = models.PositiveIntegerField(default=0)
    retry_at = models.DateTimeField(null=True, blank=True)
    reconcile_at = models.DateTimeField(null=True, blank=True)
    reconciles = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)
    # X answered 5xx to the post: if the timeline does not show it, it is sent again
    resend_if_absent = models.BooleanField(default=False)
    # the worker process that took the claim ("host:pid:start"): a dead one's claim is released
    worker = models.CharField(max_length=120, blank=True)

    class Meta:
        verbose_name_plural = "deliveries"
        indexes = [
            models.Index(fields=("retry_at",), name="delivery_retry"),
            models.Index(fields=("reconcile_at",), name="delivery_reconcile"),
            models.Index(fields=("started_at",), name="delivery_started"),
        ]

    def __str__(self) -> str:
        return f"Delivery of post {self.post_id}"


class DispatchLease(models.Model):
    """Which dispatcher ticks (one row). Each dispatch takes the lease when it starts and stops
    at the first tick where a newer one holds it, so the minute schedule's 90 s dispatches hand
    over instead of overlapping, and dispatching takes one worker, not two."""

    holder = models.CharField(max_length=32, blank=True)
    heartbeat_at = models.DateTimeField(null=True, blank=True)  # the holder's latest tick
    worker = models.CharField(max_length=120, blank=True)  # the holder's process (host:pid:start)

    def __str__(self) -> str:
        return f"Dispatch lease held by {self.holder or 'nobody'}"


class AccountHoldQuerySet(models.QuerySet):
    def active(self, now) -> AccountHoldQuerySet:
        return self.filter(models.Q(until=None) | models.Q(until__gt=now))


class HoldKind(models.TextChoices):
    RATE_LIMIT = "rate_limit", "X's rate limit"
    KEYS = "keys", "X refused the keys"
    NO_CREDIT = "no_credit", "No X credit left"


class AccountHold(models.Model):
    """Nothing is sent for the school's account until `until` (X's rate-limit reset), until X
    is connected again (X refused the keys), or until the headteacher resumes publishing after
    adding credit (X answered 402 or its usage cap: `kind` no_credit). One 429, one revoked key
    or one 402 holds the account's other posts too, instead of each of them hitting X and
    failing on its own; a post held for no credit is never marked failed."""

    school = models.OneToOneField("accounts.School", models.CASCADE, primary_key=True,
                                  related_name="x_hold")
    kind = models.CharField(max_length=10, choices=HoldKind.choices,
                            default=HoldKind.RATE_LIMIT)
    until = models.DateTimeField(null=True, blank=True)
    reason = models.TextField()
    created_at = models.DateTimeField(default=timezone.now)

    objects = AccountHoldQuerySet.as_manager()

    def __str__(self) -> str:
        return f"Hold on {self.school_id} until {self.until or 'reconnected'}"

    @property
    def no_credit(self) -> bool:
        """Held for want of X credit: only the headteacher lifts it (publishing.credit)."""
        return self.kind == HoldKind.NO_CREDIT


class NetworkAccount(models.Model):
    """The school's account on a network besides X (publishing/networks/): its keys encrypted as
    X's are (accounts/crypto.py) and never shown again, who it is, and the limit read at connect
    (a Mastodon instance's own character limit)."""

    class Network(models.TextChoices):
        BLUESKY = "bluesky", "Bluesky"
        MASTODON = "mastodon", "Mastodon"

    school = models.ForeignKey("accounts.School", models.CASCADE, related_name="network_accounts")
    network = models.CharField(max_length=16, choices=Network.choices)
    connected_as = models.CharField(max_length=300)  # @handle, or @name@instance
    address = models.URLField(max_length=300)  # the Bluesky PDS or the Mastodon instance
    credentials_encrypted = models.TextField(editable=False)
    max_length = models.PositiveIntegerField(null=True, blank=True)
    connected_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=("school", "network"),
                                               name="one_account_per_network")]

    def __str__(self) -> str:
        return f"{self.get_network_display()} {self.connected_as}"


class UsageKind(models.TextChoices):
    POST = "post", "Posts"
    POST_WITH_LINK = "post_with_link", "Posts with a link"
    ALT_TEXT = "alt_text", "Photo descriptions (alt text)"
    OWNED_READ = "owned_read", "Reads of the account's own data"


class XUsage(models.Model):
    """How much of X a school used in a month, counted as X charges it (see usage.py)."""

    school = models.ForeignKey("accounts.School", models.CASCADE, related_name="x_usage")
    month = models.DateField()  # the first day of the month, in the school's timezone
    kind = models.CharField(max_length=16, choices=UsageKind.choices)
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=("school", "month", "kind"),
                                               name="x_usage_one_row")]

    def __str__(self) -> str:
        return f"{self.kind} x{self.count} in {self.month:%Y-%m}"


class NetworkPublication(models.Model):
    """One post's publication on one network besides X (X's is the post itself and its
    Delivery): its own state, published exactly once, reconciled against that network's own
    timeline after an unknown outcome, and failing or waiting without holding the others.

    waiting --claim--> sending --> published
       ^                  |   \\--> unknown --timeline shows it--> published
       \\--retryable------/     \\--> failed (not on the timeline, or refused for good)
    Every change is a conditional UPDATE on (state, token), so a task delivered twice does
    nothing; the remote id is unique per network."""

    class State(models.TextChoices):
        WAITING = "waiting", "Waiting"
        SENDING = "sending", "Sending"
        PUBLISHED = "published", "Published"
        UNKNOWN = "unknown", "Checking the timeline"
        FAILED = "failed", "Failed"

    post = models.ForeignKey("posts.Post", models.CASCADE, related_name="publications")
    network = models.CharField(max_length=16, choices=NetworkAccount.Network.choices)
    state = models.CharField(max_length=12, choices=State.choices, default=State.WAITING)
    token = models.CharField(max_length=32, blank=True)  # the dispatch that owns the attempt
    claimed_at = models.DateTimeField(null=True, blank=True)
    # committed before the network is called; None when no attempt is in flight
    started_at = models.DateTimeField(null=True, blank=True)
    # the first attempt: the Bluesky record key is made from it, and the timeline looked at since
    first_sent_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveIntegerField(default=0)
    retry_at = models.DateTimeField(null=True, blank=True)  # None while waiting: not due
    reconcile_at = models.DateTimeField(null=True, blank=True)
    reconciles = models.PositiveIntegerField(default=0)
    remote_id = models.CharField(max_length=300, blank=True)
    url = models.URLField(max_length=500, blank=True)
    last_error = models.TextField(blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    # Delete (publishing/deleting.py): when it was taken down from this network, or why the
    # last attempt to take it down failed (cleared once it is down)
    removed_at = models.DateTimeField(null=True, blank=True)
    removal_error = models.TextField(blank=True)
    # The version the network was sent, as its publisher built it (the outbox page shows it):
    # Bluesky's text, facets, images and reply rule; Mastodon's text, visibility and images
    sent = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ("network",)
        constraints = [
            models.UniqueConstraint(fields=("post", "network"), name="one_publication_a_network"),
            models.UniqueConstraint(fields=("network", "remote_id"),
                                    condition=~models.Q(remote_id=""),
                                    name="remote_post_once"),
        ]
        indexes = [
            models.Index(fields=("state", "retry_at"), name="publication_due"),
            models.Index(fields=("state", "reconcile_at"), name="publication_reconcile"),
        ]

    def __str__(self) -> str:
        return f"Post {self.post_id} on {self.get_network_display()}: {self.get_state_display()}"


class MastodonApp(models.Model):
    """School Social registered as an application on one Mastodon instance (POST
    /api/v1/apps), for the OAuth flow: once per instance and return address, shared by every
    school on that instance. Its client id and secret are sealed as the schools' keys are
    (accounts/crypto.py); an app the instance no longer knows is deleted and registered again."""

    instance = models.URLField(max_length=300)
    redirect_uri = models.URLField(max_length=500)
    credentials_encrypted = models.TextField(editable=False)  # {"client_id", "client_secret"}
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=("instance", "redirect_uri"),
                                               name="one_mastodon_app_an_instance")]

    def __str__(self) -> str:
        return f"School Social on {self.instance}"
