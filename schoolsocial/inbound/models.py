"""The account's other side: what the worker reads from X, Bluesky and Mastodon (mentions and
replies, followers; from X also the accounts the school follows) and what the school's people
decided about it.

Every row read is keyed on its network and that network's id under a unique constraint, so a
read repeated after a failure, or a list that shifts while it is read, never makes a second row.
The `x_id` columns hold the network's own id: X's numeric id, a Bluesky at:// URI or DID, a
Mastodon status or account id.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone


class Network(models.TextChoices):
    X = "x", "X"
    BLUESKY = "bluesky", "Bluesky"
    MASTODON = "mastodon", "Mastodon"


class Stream(models.TextChoices):
    MENTIONS = "mentions", "Mentions and replies"
    FOLLOWERS = "followers", "Followers"
    FOLLOWING = "following", "Accounts the school follows"


class ReadState(models.Model):
    """Where the worker is with one list of one school's. A read that stops part-way (X said
    429 or 5xx) keeps its page token and the since_id it started from, so the next read carries
    on where it stopped instead of starting again or skipping what it had not reached."""

    school = models.ForeignKey("accounts.School", models.CASCADE, related_name="+")
    network = models.CharField(max_length=16, choices=Network.choices, default=Network.X)
    stream = models.CharField(max_length=10, choices=Stream.choices)
    # mentions: the newest read (X's tweet id, Bluesky's indexedAt, Mastodon's notification id)
    since_id = models.CharField(max_length=64, blank=True)
    sweep_since = models.CharField(max_length=64, blank=True)  # the since_id of the sweep
    sweep_newest = models.CharField(max_length=64, blank=True)  # newest seen in the sweep
    token = models.CharField(max_length=500, blank=True)  # the next page of an unfinished sweep
    next_read_at = models.DateTimeField(default=timezone.now)
    last_read_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    failures = models.PositiveSmallIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=("school", "network", "stream"),
                                               name="one_read_state_a_network")]
        indexes = [models.Index(fields=("next_read_at",), name="read_due")]

    def __str__(self) -> str:
        return f"{self.network} {self.stream} of school {self.school_id}"


class MentionStatus(models.TextChoices):
    NEW = "new", "Not looked at"
    SEEN = "seen", "Seen"
    HIDDEN = "hidden", "Hidden"
    CONCERN = "concern", "Concern raised"


class Mention(models.Model):
    """A post on X, Bluesky or Mastodon that mentions the school's account, or replies to one of
    its posts, with what the rules engine found in it."""

    school = models.ForeignKey("accounts.School", models.CASCADE, related_name="mentions")
    network = models.CharField(max_length=16, choices=Network.choices, default=Network.X)
    x_id = models.CharField(max_length=300)  # the network's id (a Bluesky post's at:// URI)
    author_x_id = models.CharField(max_length=300)
    author_handle = models.CharField(max_length=300, blank=True)  # "" when the account is gone
    author_name = models.CharField(max_length=100, blank=True)
    text = models.TextField()
    url = models.URLField(max_length=500, blank=True)
    posted_at = models.DateTimeField(null=True, blank=True)
    # the school's post it replies to (on Bluesky: the school's post at the root of the thread)
    reply_to = models.CharField(max_length=300, blank=True)
    findings = models.JSONField(default=list, blank=True)  # [{rule, severity, message}]
    flagged = models.BooleanField(default=False)
    status = models.CharField(max_length=8, choices=MentionStatus.choices,
                              default=MentionStatus.NEW)
    read_at = models.DateTimeField(default=timezone.now)
    handled_by = models.ForeignKey(settings.AUTH_USER_MODEL, models.PROTECT, null=True,
                                   blank=True, related_name="+")
    handled_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=("school", "network", "x_id"),
                                               name="one_mention_a_network")]
        indexes = [
            # the Inbox: what is waiting, flagged first, newest first; and what was dealt with
            models.Index(fields=("school", "status", "-flagged", "-posted_at", "-id"),
                         name="inbox_waiting"),
            models.Index(fields=("school", "-handled_at", "-id"), name="inbox_handled"),
        ]

    def __str__(self) -> str:
        return self.text[:50]

    @property
    def is_reply(self) -> bool:
        return bool(self.reply_to)

    @property
    def ability(self):
        from schoolsocial.inbound.networks import ability

        return ability(self.network)

    @property
    def can_hide(self) -> bool:
        """Offered only for a reply to the school's post, on a network that hides replies."""
        return self.is_reply and self.ability.hides


class FollowerVerdict(models.TextChoices):
    UNDECIDED = "", "Not reviewed"
    FINE = "fine", "Fine"
    BLOCK = "block", "To block"
    BLOCKED = "blocked", "Blocked"


class Follower(models.Model):
    """An account following the school's on one network, as last read, and the senior leaders'
    verdict."""

    school = models.ForeignKey("accounts.School", models.CASCADE, related_name="followers")
    network = models.CharField(max_length=16, choices=Network.choices, default=Network.X)
    x_id = models.CharField(max_length=300)  # the network's id (a Bluesky DID)
    handle = models.CharField(max_length=300)  # a Mastodon one is name@instance
    url = models.URLField(max_length=500, blank=True)  # the profile, where the network gives it
    name = models.CharField(max_length=100, blank=True)
    bio = models.TextField(blank=True)
    has_picture = models.BooleanField(default=True)
    protected = models.BooleanField(default=False)
    account_created_at = models.DateTimeField(null=True, blank=True)
    signals = models.JSONField(default=list, blank=True)  # what a school would care about
    first_seen_at = models.DateTimeField(default=timezone.now)
    last_seen_at = models.DateTimeField(default=timezone.now)
    gone_at = models.DateTimeField(null=True, blank=True)  # no longer following
    verdict = models.CharField(max_length=8, choices=FollowerVerdict.choices, blank=True)
    verdict_by = models.ForeignKey(settings.AUTH_USER_MODEL, models.PROTECT, null=True,
                                   blank=True, related_name="+")
    verdict_at = models.DateTimeField(null=True, blank=True)
    reviewed_at = models.DateTimeField(null=True, blank=True)  # the review that covered it

    class Meta:
        constraints = [models.UniqueConstraint(fields=("school", "network", "x_id"),
                                               name="one_follower_a_network")]
        indexes = [models.Index(fields=("school", "reviewed_at", "-first_seen_at"),
                                name="followers_to_review"),
                   models.Index(fields=("school", "verdict", "-verdict_at"),
                                name="followers_verdict")]

    def __str__(self) -> str:
        return f"@{self.handle}"

    @property
    def network_label(self) -> str:
        return self.get_network_display()

    @property
    def profile_url(self) -> str:
        if self.network == Network.BLUESKY:
            return f"https://bsky.app/profile/{self.handle}"
        return self.url or f"https://x.com/{self.handle}"


class FollowerReview(models.Model):
    """A finished review of the new followers: who did it, and what it covered."""

    school = models.ForeignKey("accounts.School", models.CASCADE, related_name="+")
    done_by = models.ForeignKey(settings.AUTH_USER_MODEL, models.PROTECT, related_name="+")
    done_at = models.DateTimeField()
    reviewed = models.PositiveIntegerField()
    to_block = models.PositiveIntegerField()

    def __str__(self) -> str:
        return f"Follower review {self.done_at:%Y-%m-%d}"


class Followed(models.Model):
    """An account the school's account follows, as read from X; `follow` is the headteacher's
    approval it fulfils, None for a follow made on X that nobody approved."""

    school = models.ForeignKey("accounts.School", models.CASCADE, related_name="+")
    x_id = models.CharField(max_length=32)
    handle = models.CharField(max_length=50)
    name = models.CharField(max_length=100, blank=True)
    follow = models.ForeignKey("governance.FollowRequest", models.SET_NULL, null=True,
                               blank=True, related_name="+")
    first_seen_at = models.DateTimeField(default=timezone.now)
    gone_at = models.DateTimeField(null=True, blank=True)
    undo_asked_by = models.ForeignKey(settings.AUTH_USER_MODEL, models.PROTECT, null=True,
                                      blank=True, related_name="+")
    undo_asked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=("school", "x_id"), name="one_followed")]

    def __str__(self) -> str:
        return f"@{self.handle}"

    @property
    def profile_url(self) -> str:
        return f"https://x.com/{self.handle}"
