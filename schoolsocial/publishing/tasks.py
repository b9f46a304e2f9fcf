"""The publishing worker: due posts leave on time, exactly once, whatever X or the worker does.

Dispatch. django-q2's scheduler looks at its schedules about every 30 s, so a schedule row per
post cannot be on time. Instead one schedule row (migration 0003) runs `dispatch` every minute,
and dispatch ticks once a second for DISPATCH_SECONDS (90 s, longer than the minute, so a late
scheduler leaves no gap). A newer dispatcher takes the DispatchLease and the older one stops at
its next tick, so dispatching occupies one worker, not two for a third of every minute (with
the default two workers that left none to send); were two to tick at once, it would still be
harmless, because every claim is a conditional UPDATE. Each tick:
  1. claims due posts (scheduled -> publishing where scheduled_at <= now, the school's queue not
     paused; on PostgreSQL with select_for_update(skip_locked=True)) and due retries, commits,
     and only then enqueues one `send` task per claim with the claim's token;
  2. turns attempts whose worker died (started more than LEASE ago) into unknown outcomes;
  3. enqueues reconciles that are due.
A post therefore leaves within a tick, the broker's poll (1 s) and X's answer of its time.

Exactly once. `send` takes the claim's token and marks the attempt started with a conditional
UPDATE committed before X is called, so a task delivered twice (django-q2 delivers at least
once) finds the token spent and does nothing. Outcomes:
  - published: tweet id stored (unique on Post), state published;
  - unknown (timeout or connection lost after sending, worker killed): state unknown, and
    `reconcile` looks for the text on the account's timeline (three looks over about two
    minutes) before anything is sent again; found -> published, not found -> failed, and an
    approver's Retry sends it again;
  - 403 duplicate: not proof of success; the timeline since the first attempt decides;
  - permanent (401, 403, 400, missing photo): failed at once, approvers told by e-mail;
  - 5xx to the post itself: X may have stored it before failing, so the outcome is unknown and
    the timeline is looked at first; only when it is not there is the post sent again
    (`resend`), after the same back-off as any retry;
  - retryable (429, 5xx on a photo, connection refused): the post stays publishing with
    Delivery.retry_at set (429: X's reset headers; otherwise exponential back-off, each wait at
    most BACKOFF_CAP, a minute, so a post is never more than a minute late for it) and is
    claimed again then;
  - no credit (402, usage cap): the post waits as a retry, never failed, and the school's
    account is held until the headteacher resumes it (credit.py).
The gate (posts/gate.py) is asked again at send time with the actual time: a post that now
fails it (consent withdrawn, outside the posting window, a photo like one an approver refused)
goes back to the approver and is not sent.

Recovery (see "-- recovery" below). The dispatcher survives a cut database connection or a
broker that is away: a tick that fails is logged and the next second's tick opens a new
connection; claims whose task could not be handed over, or whose task the broker lost when it
restarted, are released and claimed again at once; a claim held by a worker process that died
is released (not yet sent) or made unknown (sent) within a tick instead of after CLAIM_STALE or
LEASE; and a worker that (re)starts starts a dispatcher when none is alive, instead of waiting
up to a minute and a half for django-q2's scheduler.

`publish_due()` runs claims and sends inline (the tests use it).
"""

from __future__ import annotations

import logging
import os
import random
import secrets
import signal
import socket
import threading
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path

from django.db import (
    DatabaseError,
    IntegrityError,
    InterfaceError,
    OperationalError,
    connection,
    transaction,
)
from django.db.models import F, Q
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone

import policies
from schoolsocial.audit.actions import Event
from schoolsocial.audit.log import record
from schoolsocial.mail.delivery import absolute
from schoolsocial.posts.checks import post_photos
from schoolsocial.posts.gate import held_by_concern, may_go_out
from schoolsocial.posts.models import Post, without_x_q
from schoolsocial.posts.states import TRANSITIONS, State, target
from schoolsocial.publishing import network_tasks, usage
from schoolsocial.publishing.backends import (
    Payload,
    Photo,
    Published,
    Publisher,
    RemoteTweet,
    TransportError,
    get_publisher,
)
from schoolsocial.publishing.batches import batches, side_by_side
from schoolsocial.publishing.credit import hold_for_no_credit
from schoolsocial.publishing.models import AccountHold, Delivery, DispatchLease, HoldKind
from schoolsocial.publishing.notifications import notify_failed

logger = logging.getLogger(__name__)

DISPATCH_SECONDS = 90
LEASE = timedelta(seconds=180)  # longer than django-q2's task timeout (120 s): a live send ends
CLAIM_STALE = timedelta(minutes=5)  # claimed but never started: the task was lost
RECONCILE_DELAYS = (timedelta(seconds=5), timedelta(seconds=30), timedelta(seconds=90))
RECONCILE_LEASE = timedelta(seconds=60)  # a reconcile task lost is enqueued again after this
# X stamps a tweet to the second: a tweet of this post's is created at or after its first
# attempt's second, less this for X's clock running a little behind ours.
CLOCK_MARGIN = timedelta(seconds=1)
# A post sent this late or less (the dispatcher's tick, a retry) is judged by the posting window
# at its scheduled time: approved for 17:59:59 in a window ending 18:00, it still goes at 18:00:01.
PUBLISH_GRACE = timedelta(minutes=10)
DUPLICATE_LOOKBACK = timedelta(days=7)
MAX_ATTEMPTS = 20  # with waits of at most a minute: about 18 minutes of X failing
BACKOFF_START = timedelta(seconds=10)
BACKOFF_CAP = timedelta(minutes=1)  # a post is never more than a minute late for the back-off
HEARTBEAT = 5.0  # seconds between the dispatcher's heartbeats (a write; the other ticks read)
DISPATCH_STALE = timedelta(seconds=15)  # no heartbeat for this long: the dispatcher is gone
PERSIST_TRIES = 5  # a task's tries when the database connection is cut under it
INTERRUPTED = ("Publishing was interrupted while this post was being sent (the background "
               "service restarted), so it is not yet known whether X received it.")

Claim = tuple[int, str]  # (post id, token)
Enqueue = Callable[..., object]


# -- claiming ------------------------------------------------------------------------------------

def claim_due(now: datetime | None = None, limit: int = 500) -> list[Claim]:
    """Claim due posts and due retries, committed before anything is sent."""
    now = now or timezone.now()
    # X's holds (its rate limit, its keys, its credit) hold only posts that go to X
    held = Q(school_id__in=AccountHold.objects.active(now).values("school_id")) & ~without_x_q()
    due = Post.objects.filter(
        state=State.SCHEDULED, scheduled_at__lte=now, school__queue_paused=False,
    ).exclude(held).exclude(
        pk__in=held_by_concern())  # held until the headteacher resolves it (posts/gate.py)
    retry_due = _retry_due(now)
    waiting = Delivery.objects.filter(
        retry_due, post__state=State.PUBLISHING, started_at=None, post__school__queue_paused=False,
    ).exclude(post__school_id__in=AccountHold.objects.active(now).values("school_id"))
    # The dispatcher asks every second; most seconds nothing is due. Asking with a plain read
    # first keeps the write transaction (on SQLite, the whole database's write lock) for the
    # seconds that have something to claim.
    if not (due.exists() or waiting.exists()):
        return []
    with transaction.atomic():
        fresh = _lock(due.order_by("scheduled_at", "id"), limit)
        fresh = [pk for pk in fresh if Post.objects.filter(pk=pk, state=State.SCHEDULED).update(
            state=target("claim", State.SCHEDULED), updated_at=now) == 1]
        # X's publication is the post's Delivery, claimed only for a post that goes to X; a
        # post without X goes by its other networks' records alone (network_tasks.settle)
        not_to_x = set(Post.objects.filter(pk__in=fresh).filter(without_x_q()).values_list(
            "pk", flat=True)) if fresh else set()
        claims = [(pk, _claim_delivery(pk, now)) for pk in fresh if pk not in not_to_x]
        if not_to_x:  # an X attempt left from before X was unticked is never resumed
            Delivery.objects.filter(post_id__in=not_to_x).update(
                token="", retry_at=None, reconcile_at=None, started_at=None)
        network_tasks.queue_networks(fresh, now)  # each other network chosen: its own record
        retries = _lock(waiting.order_by("retry_at", "id"), limit, field="post_id")
        for pk in retries:
            token = secrets.token_hex(8)
            if Delivery.objects.filter(retry_due, post_id=pk, started_at=None).update(
                    token=token, claimed_at=now, retry_at=None, worker="") == 1:
                claims.append((pk, token))
    if fresh and retries:  # a held account's posts resume in the order they were due
        due_at = dict(Post.objects.filter(pk__in=[pk for pk, _ in claims]).values_list(
            "pk", "scheduled_at"))
        claims.sort(key=lambda claim: (due_at[claim[0]] or now, claim[0]))
    return claims


def account_hold(school_id: int, now: datetime) -> AccountHold | None:
    return AccountHold.objects.active(now).filter(school_id=school_id).first()


def _hold_account(post: Post, error: TransportError) -> None:
    """A rate limit (until X's reset) or refused keys (until X is connected again) hold the
    account's other posts too (see AccountHold)."""
    if AccountHold.objects.filter(school_id=post.school_id, kind=HoldKind.NO_CREDIT).exists():
        return  # only the headteacher lifts a hold for want of credit
    if error.retry_after is not None or error.status == 401:
        kind = HoldKind.KEYS if error.status == 401 else HoldKind.RATE_LIMIT
        AccountHold.objects.update_or_create(school_id=post.school_id, defaults={
            "kind": kind, "until": error.retry_after, "reason": error.message})


def _retry_due(now: datetime) -> Q:
    """A delivery whose retry time has come, or whose claim went stale before it was sent."""
    return Q(retry_at__lte=now) | Q(retry_at=None, claimed_at__lt=now - CLAIM_STALE)


def _lock(queryset, limit: int, field: str = "id") -> list[int]:
    """The first `limit` ids, locked without waiting on databases that can (PostgreSQL)."""
    if connection.features.has_select_for_update_skip_locked:
        queryset = queryset.select_for_update(skip_locked=True, of=("self",))
    return list(queryset.values_list(field, flat=True)[:limit])


def _claim_delivery(post_id: int, now: datetime) -> str:
    token = secrets.token_hex(8)
    fields = {"token": token, "claimed_at": now, "started_at": None, "retry_at": None,
              "reconcile_at": None, "attempts": 0, "reconciles": 0, "worker": "",
              "resend_if_absent": False}
    Delivery.objects.update_or_create(post_id=post_id, defaults=fields)
    return token


# -- sending -------------------------------------------------------------------------------------

def send(post_id: int, token: str, *, publisher: Publisher | None = None) -> str:
    """One attempt at publishing a claimed post. Returns what happened, for logs and tests."""
    return _reconnecting(_send_once, post_id, token, publisher=publisher)


def _send_once(post_id: int, token: str, *, publisher: Publisher | None = None) -> str:
    post = Post.objects.select_related("school").get(pk=post_id)
    delivery = Delivery.objects.get(post_id=post_id)
    if post.state != State.PUBLISHING or delivery.token != token or delivery.started_at:
        return "skipped"
    if not post.to_x:  # X was unticked since the claim: nothing is sent to X
        Delivery.objects.filter(post_id=post_id, token=token, started_at=None).update(token="")
        return "skipped"
    if not _take(post_id, token):
        return "skipped"
    now = timezone.now()
    if post.school.queue_paused:
        Delivery.objects.filter(post_id=post_id, token=token, started_at=None).update(
            token="", retry_at=now + timedelta(seconds=30))
        return "paused"
    hold = account_hold(post.school_id, now)
    if hold is not None:  # claimed before another post of the account met the hold
        Delivery.objects.filter(post_id=post_id, token=token, started_at=None).update(
            token="", retry_at=hold.until or now, last_error=hold.reason)
        return "held"
    photos = post_photos(post)  # read once: the hash, the rules and the payload use them
    verdict = may_go_out(post, judged_at(post, now), photos)
    if verdict.held:  # a concern raised since the claim: scheduled again, claimed once resolved
        return _hold(post, token, verdict.reason)
    if not verdict.allowed:
        return _return_to_approver(post, token, verdict.reason, verdict.report)
    with transaction.atomic():
        if Delivery.objects.filter(post_id=post_id, token=token, started_at=None).update(
            started_at=now, attempts=F("attempts") + 1,
            first_sent_at=Coalesce("first_sent_at", now),
        ) != 1:
            return "skipped"
    own = publisher is None
    try:
        publisher = publisher or get_publisher(post.school, post.school.x_credentials())
        published = publisher.publish(payload_for(post, photos))
    except TransportError as error:
        return _reconnecting(_failed, post, token, error, publisher)
    finally:
        if own and publisher is not None:
            publisher.close()
    return _reconnecting(_succeeded, post, published, Event.POST_PUBLISHED, f"Published: {post}")


def judged_at(post: Post, now: datetime) -> datetime:
    """When the posting window is judged for a post going out now: its scheduled time while it
    is within PUBLISH_GRACE of it, otherwise now."""
    due = post.scheduled_at
    if due is not None and timedelta(0) <= now - due <= PUBLISH_GRACE:
        return due
    return now


def publish_time_check(post: Post, now: datetime,
                       photos: list | None = None) -> tuple[str, policies.Report]:
    """The gate (posts/gate.py) for a post going out now, judged at judged_at(): why it must not
    go out, in plain words ("" when it may), and the rules' report for it at this moment (the
    findings a post sent back is shown with)."""
    verdict = may_go_out(post, judged_at(post, now), photos)
    return verdict.reason, verdict.report


def payload_for(post: Post, photos: list | None = None) -> Payload:
    """What X is sent: the text, each photo's cleaned JPEG with its alt text, in order, and who
    may reply (the school's policy)."""
    photos = post_photos(post) if photos is None else photos
    return Payload(post.text, photos=tuple(
        Photo(alt_text=photo.alt_text, media_type="image/jpeg",
              path=photo.image.path if photo.image else f"(no file for {photo.filename})")
        for photo in photos
    ), reply_settings=policies.reply_settings(post.school.policy()))


def _succeeded(post: Post, published: Published | RemoteTweet, action: str, summary: str) -> str:
    now = timezone.now()
    try:
        with transaction.atomic():
            sources, published_state = TRANSITIONS["publish_succeeded"]
            updated = Post.objects.filter(pk=post.pk, state__in=sources).update(
                state=published_state, tweet_id=published.tweet_id,
                     tweet_url=published.url, published_at=now, last_error="", updated_at=now)
            if not updated:
                logger.error("Post %s was published as %s but had left publishing", post.pk,
                             published.tweet_id)
                return "skipped"
            Delivery.objects.filter(post_id=post.pk).update(
                token="", started_at=None, retry_at=None, reconcile_at=None, last_error="")
            record(post.school, None, action, summary, post, tweet_id=published.tweet_id,
                   url=published.url)
            usage.count_post(post.school, post.text,
                             sum(1 for photo in post_photos(post) if photo.alt_text))
    except IntegrityError:
        # Another post already holds that tweet: it is not this post's.
        other = Post.objects.filter(tweet_id=published.tweet_id).first()
        named = ""
        if other is not None:
            named = f": “{other}” ({absolute(reverse('post_detail', args=[other.pk]))})"
        return _give_up(post, f"X shows a tweet with this text ({published.url}), but it is "
                              f"already recorded as the publication of another post{named}. "
                              f"Change this post's wording so it is not the same text, and "
                              f"approve it again.")
    return "published"


def _failed(post: Post, token: str, error: TransportError, publisher: Publisher | None) -> str:
    if error.outcome_unknown:
        return _unknown(post, error.message, resend=error.resend_if_absent)
    if error.duplicate and publisher is not None:
        return _duplicate(post, publisher)
    if error.no_credit:
        return _no_credit(post, token, error)
    _hold_account(post, error)
    delivery = Delivery.objects.get(post_id=post.pk)
    if error.permanent or (error.retry_after is None and delivery.attempts >= MAX_ATTEMPTS):
        return _give_up(post, error.message)
    now = timezone.now()
    retry_at = error.retry_after or now + backoff(delivery.attempts)
    with transaction.atomic():
        Delivery.objects.filter(post_id=post.pk, token=token).update(
            token="", started_at=None, retry_at=max(retry_at, now), last_error=error.message)
        Post.objects.filter(pk=post.pk, state=State.PUBLISHING).update(last_error=error.message)
        record(post.school, None, Event.POST_PUBLISH_RETRY,
               f"Not published yet, trying again at {timezone.localtime(retry_at):%H:%M:%S}: "
               f"{error.message}", post, attempt=delivery.attempts)
    return "retry"


def _no_credit(post: Post, token: str, error: TransportError) -> str:
    """X took nothing: the post waits as it is (the attempt not counted) and the account is
    held until the headteacher resumes it."""
    with transaction.atomic():
        Delivery.objects.filter(post_id=post.pk, token=token).update(
            token="", started_at=None, retry_at=timezone.now(), last_error=error.message,
            attempts=F("attempts") - 1)
        Post.objects.filter(pk=post.pk, state=State.PUBLISHING).update(last_error=error.message)
        hold_for_no_credit(post.school, error.message)
    return "no_credit"


def _duplicate(post: Post, publisher: Publisher) -> str:
    """X refused the text as a duplicate. A tweet of the account's made since this post's first
    attempt is this post's; one made before it is not (the school tweeted the same words
    itself), and the post fails saying what X has; with neither to be seen yet, the outcome is
    unknown and the timeline is looked at again, as after a lost answer."""
    try:
        found = _look(post, publisher, strict=True)
        if found is not None:
            return _succeeded(post, found, Event.POST_PUBLISHED,
                              f"Published (X already had it, from an earlier attempt): {post}")
        earlier = publisher.find_recent(post.text, timezone.now() - DUPLICATE_LOOKBACK)
    except TransportError as error:
        return _unknown(post, f"X said it already has this text, and the timeline could not be "
                              f"read to see whether it is this post ({error.message})")
    if earlier is None:
        return _unknown(post, "X said it already has this text; looking for it on the school's "
                              "timeline.")
    when = (f" on {timezone.localtime(earlier.created_at, post.school.tz):%d %B %Y at %H:%M}"
            if earlier.created_at else "")
    return _give_up(post, f"X already has a tweet from the school's account with exactly this "
                          f"text{when} ({earlier.url}), from before this post was sent, and X "
                          f"does not accept the same text twice. Change the wording and approve "
                          f"it again, or leave it if that tweet already says it.")


def backoff(attempts: int) -> timedelta:
    delay = BACKOFF_START * 2 ** min(max(attempts - 1, 0), 10)
    return min(delay * random.uniform(0.8, 1.2), BACKOFF_CAP)  # noqa: S311 - jitter


def _unknown(post: Post, message: str, *, resend: bool = False) -> str:
    now = timezone.now()
    with transaction.atomic():
        if Post.objects.filter(pk=post.pk, state=State.PUBLISHING).update(
            state=target("publish_outcome_unknown", State.PUBLISHING), last_error=message,
            updated_at=now,
        ) != 1:
            return "skipped"
        Delivery.objects.filter(post_id=post.pk).update(
            token="", started_at=None, reconcile_at=now + RECONCILE_DELAYS[0], reconciles=0,
            last_error=message, resend_if_absent=resend)
        record(post.school, None, Event.POST_PUBLISH_UNKNOWN,
               f"Not known whether it was published; checking X: {post}", post, error=message)
    return "unknown"


def _resend(post: Post, delivery: Delivery) -> str:
    """X answered 5xx to the post and the timeline does not show it: it is sent again after
    the back-off (the look's own wait counted in), or fails once X has failed MAX_ATTEMPTS
    times."""
    if delivery.attempts >= MAX_ATTEMPTS:
        return _give_up(post, f"X answered with an error of its own {delivery.attempts} times "
                              f"and the post is not on the school's X timeline, so it was not "
                              f"published. An approver can retry it.")
    now = timezone.now()
    retry_at = now + max(backoff(delivery.attempts) - RECONCILE_DELAYS[0], timedelta(0))
    with transaction.atomic():
        if Post.objects.filter(pk=post.pk, state=State.UNKNOWN).update(
                state=target("resend", State.UNKNOWN), updated_at=now) != 1:
            return "skipped"
        Delivery.objects.filter(post_id=post.pk).update(
            token="", started_at=None, retry_at=retry_at, reconcile_at=None, reconciles=0,
            resend_if_absent=False, worker="")
        record(post.school, None, Event.POST_PUBLISH_RETRY,
               f"Not on X's timeline, so sending it again at "
               f"{timezone.localtime(retry_at):%H:%M:%S}: {delivery.last_error}", post,
               attempt=delivery.attempts)
    return "retry"


def _give_up(post: Post, message: str) -> str:
    now = timezone.now()
    with transaction.atomic():
        sources, failed = TRANSITIONS["publish_failed"]
        if Post.objects.filter(pk=post.pk, state__in=sources).update(
            state=failed, last_error=message, updated_at=now,
        ) != 1:
            return "skipped"
        Delivery.objects.filter(post_id=post.pk).update(
            token="", started_at=None, retry_at=None, reconcile_at=None, last_error=message)
        record(post.school, None, Event.POST_PUBLISH_FAILED, f"Not published: {post}", post,
               error=message)
        transaction.on_commit(partial(notify_failed, post, message), robust=True)
    return "failed"


def _hold(post: Post, token: str, reason: str) -> str:
    """Not sent: back to scheduled while a concern about it is open (claim_due skips it)."""
    with transaction.atomic():
        if Delivery.objects.filter(post_id=post.pk, token=token, started_at=None).update(
                token="", retry_at=None, last_error=reason) != 1:
            return "skipped"
        Post.objects.filter(pk=post.pk, state=State.PUBLISHING).update(
            state=target("hold", State.PUBLISHING), updated_at=timezone.now())
    return "held"


def _return_to_approver(post: Post, token: str, problem: str, report: policies.Report) -> str:
    """Back to the approvers with the findings of this moment; its author and the approvers
    are told, and it is listed under "did not go out" until it is decided again."""
    with transaction.atomic():
        if Delivery.objects.filter(post_id=post.pk, token=token, started_at=None).update(
            token="") != 1:
            return "skipped"
        back_to_approver(post, problem, report)
    return "returned"


def back_to_approver(post: Post, problem: str, report: policies.Report) -> bool:
    """The post, still publishing, back to the approvers (inside the caller's transaction)."""
    now = timezone.now()
    if Post.objects.filter(pk=post.pk, state=State.PUBLISHING).update(
            state=target("return_to_approver", State.PUBLISHING), last_error=problem,
            findings=report.to_dict(), checked_at=now, updated_at=now) != 1:
        return False
    record(post.school, None, Event.POST_RETURNED_TO_APPROVER,
           f"Not published; back to the approver: {post}", post, reason=problem)
    transaction.on_commit(partial(notify_failed, post, problem, author_too=True), robust=True)
    return True


# -- reconciling ---------------------------------------------------------------------------------

def request_reconcile(post: Post) -> None:
    """An approver's "check X now" on an unknown post."""
    Delivery.objects.update_or_create(post_id=post.pk, defaults={
        "reconcile_at": timezone.now(), "reconciles": 0})


def reconcile(post_id: int, *, publisher: Publisher | None = None) -> str:
    """Look for an unknown post on the account's timeline: published, failed, or look later."""
    return _reconnecting(_reconcile_once, post_id, publisher=publisher)


def _reconcile_once(post_id: int, *, publisher: Publisher | None = None) -> str:
    now = timezone.now()
    post = Post.objects.select_related("school").get(pk=post_id)
    if post.state != State.UNKNOWN:
        return "skipped"
    own = publisher is None
    try:
        publisher = publisher or get_publisher(post.school, post.school.x_credentials())
        found = _look(post, publisher, strict=True)
    except TransportError as error:
        if error.permanent:
            return _give_up(post, error.message)
        Delivery.objects.filter(post_id=post_id).update(
            reconcile_at=error.retry_after or now + RECONCILE_DELAYS[-1])
        return "later"
    finally:
        if own and publisher is not None:
            publisher.close()
    if found is not None:
        return _succeeded(post, found, Event.POST_PUBLISHED,
                          f"Found on X after an unknown outcome: {post}")
    delivery, _ = Delivery.objects.get_or_create(post_id=post_id)
    if delivery.resend_if_absent:
        return _resend(post, delivery)
    if delivery.reconciles + 1 < len(RECONCILE_DELAYS):
        Delivery.objects.filter(post_id=post_id).update(
            reconciles=F("reconciles") + 1,
            reconcile_at=now + RECONCILE_DELAYS[delivery.reconciles + 1])
        return "later"
    return _give_up(post, "X does not show this post on the school's timeline, so it was not "
                          "published. An approver can retry it.")


def _look(post: Post, publisher: Publisher, *, strict: bool = False) -> RemoteTweet | None:
    delivery = Delivery.objects.filter(post_id=post.pk).first()
    first_sent = delivery.first_sent_at if delivery is not None else None
    since = (first_sent or post.updated_at).replace(microsecond=0) - CLOCK_MARGIN
    try:
        return publisher.find_recent(post.text, since)
    except TransportError:
        if strict:
            raise
        return None


# -- the worker's loop ---------------------------------------------------------------------------

def expire_leases(now: datetime | None = None) -> list[int]:
    """Attempts whose worker died mid-send: their outcome is unknown."""
    now = now or timezone.now()
    stale = Delivery.objects.filter(started_at__lt=now - LEASE, post__state=State.PUBLISHING)
    expired = []
    for delivery in stale.select_related("post__school"):
        if Delivery.objects.filter(pk=delivery.pk, started_at=delivery.started_at).update(
                started_at=None, token="") == 1:
            _unknown(delivery.post, INTERRUPTED)
            expired.append(delivery.post_id)
    return expired


def due_reconciles(now: datetime | None = None) -> list[int]:
    """Claim the reconciles that are due by moving them on a lease's length."""
    now = now or timezone.now()
    due = Delivery.objects.filter(reconcile_at__lte=now, post__state=State.UNKNOWN)
    return [pk for pk in due.values_list("post_id", flat=True)[:500]
            if Delivery.objects.filter(post_id=pk, reconcile_at__lte=now).update(
                reconcile_at=now + RECONCILE_LEASE) == 1]


def publish_due(now: datetime | None = None, *, publisher: Publisher | None = None,
                **network_options: object) -> int:
    """Claim and send everything due, inline, X first and then each post's other networks;
    returns how many posts were sent to X (`network_options` go to the other networks'
    publishers)."""
    sent = 0
    while True:
        while claims := claim_due(now):
            for post_id, token in claims:
                send(post_id, token, publisher=publisher)
                sent += 1
        # a claim of posts without X makes no X claim: their publications are the next round
        if not (network_claims := network_tasks.claim_publications(now)):
            return sent
        for publication_id, token in network_claims:
            network_tasks.send_publication(publication_id, token, **network_options)


def tick(enqueue: Enqueue, now: datetime | None = None) -> int:
    """One dispatch step; `enqueue(func_path, *args)` hands work to the cluster."""
    expire_leases(now)
    network_tasks.expire_publication_leases(now)
    claims = claim_due(now)
    hand_over(enqueue, claims, now)
    for batch in batches(network_tasks.claim_publications(now)):
        enqueue("schoolsocial.publishing.network_tasks.send_publications", batch)
    for post_id in due_reconciles(now):
        enqueue("schoolsocial.publishing.tasks.reconcile", post_id)
    for publication_id in network_tasks.due_publication_reconciles(now):
        enqueue("schoolsocial.publishing.network_tasks.reconcile_publication", publication_id)
    return len(claims)


def dispatch(seconds: float = DISPATCH_SECONDS, interval: float = 1.0) -> int:
    """The django-q2 scheduled task: tick every `interval` seconds for `seconds`, or until the
    worker is told to stop (Ctrl-C or SIGTERM to the process group), so that stopping the
    cluster does not wait out the rest of the 90 s."""
    from django_q.tasks import async_task

    def enqueue(func: str, *args: object) -> None:
        async_task(func, *args, group="publishing")

    stop = threading.Event()
    restore = _stop_on_signals(stop)
    deadline = time.monotonic() + seconds
    claimed = 0
    me = secrets.token_hex(8)
    DispatchLease.objects.update_or_create(pk=1, defaults={
        "holder": me, "heartbeat_at": timezone.now(), "worker": worker_identity()})
    watch = BrokerWatch()
    beat_at = time.monotonic() + HEARTBEAT
    try:
        while not stop.is_set():
            started = time.monotonic()
            beat = started >= beat_at
            step = dispatch_step(me, enqueue, watch, beat=beat)
            if step is None:
                break  # a newer dispatcher has taken over
            claimed += step
            if beat:
                beat_at = started + HEARTBEAT
            if started + interval >= deadline:
                if not stop.is_set():
                    hand_over_dispatch(me, enqueue)
                break
            stop.wait(max(interval - (time.monotonic() - started), 0))
    finally:
        restore()
    return claimed


# -- recovery ------------------------------------------------------------------------------------

def dispatch_step(me: str, enqueue: Enqueue, watch: BrokerWatch, *, beat: bool) -> int | None:
    """One of the dispatcher's ticks, which a fault does not end: the number of claims, or None
    when a newer dispatcher holds the lease. A tick that cannot reach the database or the
    broker is logged and the next one starts afresh (a new connection, claims released)."""
    try:
        _fresh_connection()
        lease = DispatchLease.objects.filter(pk=1, holder=me)
        # a read, not a write, on most ticks: a quiet second takes no write lock (SQLite)
        if not (lease.update(heartbeat_at=timezone.now()) if beat else lease.exists()):
            return None
        if watch.restarted():
            logger.warning("The broker restarted; %s claims handed over again", release_unsent())
        release_dead_workers()
        return tick(enqueue)
    except DatabaseError:
        logger.exception("A dispatch tick could not use the database; trying again")
        if not connection.in_atomic_block:
            connection.close()
    except Exception:
        logger.exception("A dispatch tick failed; trying again")
    return 0


def _fresh_connection() -> None:
    """Let Django check the connection before this tick's first query (CONN_HEALTH_CHECKS) and
    drop it after an error, as it does at the start of a request; not inside a transaction."""
    if not connection.in_atomic_block:
        connection.close_if_unusable_or_obsolete()


def hand_over(enqueue: Enqueue, claims: list[Claim], now: datetime | None = None) -> None:
    """Enqueue the claims in batches, each sent side by side (send_batch). If the broker
    refuses one, its claims and the rest are released at once (claimed again at the next tick)
    instead of waiting for CLAIM_STALE."""
    done = 0
    for batch in batches(claims):
        try:
            enqueue("schoolsocial.publishing.tasks.send_batch", batch)
        except Exception:
            _release(claims[done:], now or timezone.now())
            raise
        done += len(batch)


def send_batch(claims: list[Claim]) -> list[str]:
    """A batch of claimed posts, each sent to X as send() does alone, side by side on the
    worker's threads (publishing/batches.py)."""
    return side_by_side(send, claims)


def _release(claims: list[Claim], now: datetime) -> None:
    for post_id, token in claims:
        Delivery.objects.filter(post_id=post_id, token=token, started_at=None).update(
            token="", worker="", retry_at=now)


def release_unsent(now: datetime | None = None) -> int:
    """After the broker restarted (and forgot its tasks): every claim no worker has taken is
    released, and claimed and enqueued again at once. A task that survived finds its token
    spent and does nothing."""
    now = now or timezone.now()
    unsent = Delivery.objects.filter(post__state=State.PUBLISHING, started_at=None, worker="")
    return unsent.exclude(token="").update(token="", retry_at=now)


def release_dead_workers(now: datetime | None = None) -> list[int]:
    """Claims held by a worker process on this machine that has died (killed, out of memory):
    not yet sent, released to be claimed again; sent, unknown (the timeline is looked at)."""
    now = now or timezone.now()
    host = socket.gethostname() + ":"
    held = Delivery.objects.filter(post__state=State.PUBLISHING, worker__startswith=host).filter(
        Q(started_at__isnull=False) | ~Q(token=""))
    released = []
    for delivery in held.select_related("post__school"):
        if process_alive(delivery.worker) is not False:
            continue
        mine = Delivery.objects.filter(pk=delivery.pk, worker=delivery.worker,
                                       token=delivery.token, started_at=delivery.started_at)
        if delivery.started_at is None:
            if mine.update(token="", worker="", retry_at=now) == 1:
                released.append(delivery.post_id)
        elif mine.update(started_at=None, token="") == 1:
            _unknown(delivery.post, INTERRUPTED)
            released.append(delivery.post_id)
    return released


def _take(post_id: int, token: str) -> bool:
    """The worker names itself on the claim before anything else, so that if it dies the claim
    is released at the next tick."""
    return Delivery.objects.filter(post_id=post_id, token=token, started_at=None).update(
        worker=worker_identity()) == 1


def _reconnecting(task: Callable[..., str], *args: object, **kwargs: object) -> str:
    """Run a send or a reconcile, or write down what X answered, again on a new connection if
    the database connection was cut under it (up to PERSIST_TRIES times): X's answer exists only
    in this process. Running any of them again is safe: every step is a conditional update, so
    an attempt that reached X finds its start recorded and stops."""
    attempt = 0
    while True:
        try:
            return task(*args, **kwargs)
        except (OperationalError, InterfaceError):
            attempt += 1
            if attempt >= PERSIST_TRIES or connection.in_atomic_block:
                raise
            logger.warning("The database connection was cut during %s; again on a new one",
                           task.__name__)
            connection.close()
            time.sleep(0.2 * 2 ** attempt)


class BrokerWatch:
    """Notices that the broker's server has restarted since the dispatcher last looked."""

    def __init__(self) -> None:
        self.broker = None
        self.epoch: str | None = None

    def restarted(self) -> bool:
        from django_q.brokers import get_broker

        from schoolsocial.publishing.broker import server_epoch

        try:
            self.broker = self.broker or get_broker()
            epoch = server_epoch(self.broker)
        except Exception:  # away: the tick's enqueue says so; the next look compares
            return False
        previous, self.epoch = self.epoch, epoch or self.epoch
        return previous is not None and epoch is not None and epoch != previous


_IDENTITY: tuple[int, str] | None = None


def worker_identity() -> str:
    """This process as "host:pid:start", its start time telling it from a later process that
    reuses the pid."""
    global _IDENTITY
    pid = os.getpid()
    if _IDENTITY is None or _IDENTITY[0] != pid:
        _IDENTITY = (pid, f"{socket.gethostname()}:{pid}:{_process_start(pid)}")
    return _IDENTITY[1]


def process_alive(identity: str) -> bool | None:
    """Whether the process worker_identity() named is running: None when it is on another
    machine or unnamed, where only its lease tells."""
    host, _, rest = identity.partition(":")
    pid, _, start = rest.partition(":")
    if host != socket.gethostname() or not pid.isdigit():
        return None
    return _process_start(int(pid)) == start != ""


def _process_start(pid: int) -> str:
    """The process's start time in clock ticks since boot (Linux), "" if it is gone or a
    zombie."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return ""
    return "" if fields[0] in ("Z", "X") else fields[19]


def hand_over_dispatch(me: str, enqueue: Enqueue) -> None:
    """At the end of its time the dispatcher enqueues its successor, so that a scheduler run
    lost (the broker away at that moment) leaves no gap; the schedule still starts one every
    minute, and the newer always takes over."""
    try:
        if DispatchLease.objects.filter(pk=1, holder=me).exists():
            enqueue("schoolsocial.publishing.tasks.dispatch")
    except Exception:
        logger.exception("Could not enqueue the next dispatcher; the schedule will start one")


def start_dispatch_if_idle(**_signal: object) -> bool:
    """django-q2's post_spawn: a worker (re)started. If no dispatcher is alive (it died with the
    worker this one replaces, or none has ticked for DISPATCH_STALE), one starts now instead of
    at the scheduler's next look, up to a minute and a half away. Only one of the workers
    starting together does it (a conditional update)."""
    from django_q.tasks import async_task

    try:
        now = timezone.now()
        lease, _ = DispatchLease.objects.get_or_create(pk=1)
        fresh = lease.heartbeat_at is not None and now - lease.heartbeat_at < DISPATCH_STALE
        if fresh and process_alive(lease.worker) is not False:
            return False
        if DispatchLease.objects.filter(pk=1, holder=lease.holder,
                                        heartbeat_at=lease.heartbeat_at).update(
                holder=f"starting-{secrets.token_hex(4)}", heartbeat_at=now, worker="") != 1:
            return False
        async_task("schoolsocial.publishing.tasks.dispatch", group="publishing")
        return True
    except Exception:
        logger.exception("Could not start a dispatcher for the restarted worker")
        return False
    finally:
        if not connection.in_atomic_block:
            connection.close()  # the worker's tasks open their own


def _stop_on_signals(stop: threading.Event) -> Callable[[], None]:
    """Set `stop` on SIGINT/SIGTERM while dispatching (django-q2's workers ignore SIGINT and die
    on SIGTERM); a no-op off the main thread, where signals cannot be caught."""
    if threading.current_thread() is not threading.main_thread():
        return lambda: None
    caught = (signal.SIGINT, signal.SIGTERM)
    previous = {number: signal.getsignal(number) for number in caught}
    for number in caught:
        signal.signal(number, lambda *_: stop.set())

    def restore() -> None:
        for number, handler in previous.items():
            signal.signal(number, handler)
    return restore
