"""Publishing a post to its networks besides X: one NetworkPublication each, exactly once each.

X's publication is the post itself (its state, its Delivery: tasks.py). When the dispatcher
claims a due post for X it also makes (or re-arms) a publication for every other network the
post was approved for, due at once; from there each one goes on its own:

  claim_publications   waiting -> claimed (a token), committed before anything is sent
  send_publication     the gate asked again (posts/gate.py), then sending committed before the
                       network is called; published, unknown, retried later or failed
  send_publications    a batch of them, the dispatcher's unit of work, sent side by side
                       (publishing/batches.py)
  reconcile_publication an unknown outcome: the network's own timeline is looked at (Bluesky's
                       author feed, Mastodon's account statuses) three times over about two
                       minutes; found -> published, not found -> failed, never blindly re-sent

Each network's failure stays its own: a 429 from Bluesky delays only the Bluesky copy, a
revoked Mastodon token fails only the Mastodon copy, and X failing holds neither. The same
record key (Bluesky) or Idempotency-Key (Mastodon) is sent on every attempt of a publication,
so even a retry the network had in fact stored makes no second post.
"""

from __future__ import annotations

import logging
import secrets
from datetime import datetime
from functools import partial

from django.db import IntegrityError, transaction
from django.db.models import F
from django.db.models.functions import Coalesce
from django.utils import timezone

import policies
from schoolsocial.audit.actions import Event
from schoolsocial.audit.log import record
from schoolsocial.posts.checks import post_photos
from schoolsocial.posts.models import Post
from schoolsocial.posts.networks import in_words
from schoolsocial.posts.states import TRANSITIONS, State, target
from schoolsocial.publishing.backends import Published, RemoteTweet, TransportError
from schoolsocial.publishing.batches import side_by_side
from schoolsocial.publishing.models import NetworkAccount, NetworkPublication
from schoolsocial.publishing.notifications import notify_failed

logger = logging.getLogger(__name__)

Pub = NetworkPublication.State
# The post's own states in which its other networks may go: out on X, or still trying X.
SENDABLE = (State.PUBLISHING, State.PUBLISHED, State.UNKNOWN, State.FAILED)
# Bluesky's threadgate for the policy's X reply_settings (None: everyone may reply).
BLUESKY_REPLIES = {None: "everyone", "following": "following", "mentionedUsers": "mentioned"}
Claim = tuple[int, str]


def queue_networks(post_ids: list[int], now: datetime) -> None:
    """The posts were claimed for X: every other network they were approved for is due now.
    A publication already out stays as it is; one that failed or was held is armed again."""
    wanted = [(post.pk, network)
              for post in Post.objects.filter(pk__in=post_ids).only("pk", "networks")
              for network in post.other_networks]
    if not wanted:
        return
    # a query for the whole claim and one a network, not two a publication (a burst claims
    # hundreds of posts at once)
    NetworkPublication.objects.bulk_create(
        [NetworkPublication(post_id=post_id, network=network, retry_at=now)
         for post_id, network in wanted], ignore_conflicts=True)
    by_network: dict[str, list[int]] = {}
    for post_id, network in wanted:
        by_network.setdefault(network, []).append(post_id)
    for network, ids in by_network.items():
        NetworkPublication.objects.filter(
            network=network, post_id__in=ids, state__in=(Pub.WAITING, Pub.FAILED)).update(
            state=Pub.WAITING, token="", retry_at=now, attempts=0, reconciles=0)


def claim_publications(now: datetime | None = None, limit: int = 500) -> list[Claim]:
    """Due publications, each claimed with a token by a conditional update."""
    from schoolsocial.publishing.tasks import CLAIM_STALE

    now = now or timezone.now()
    due = NetworkPublication.objects.filter(state=Pub.WAITING, started_at=None).filter(
        retry_at__lte=now).exclude(post__school__queue_paused=True)
    # claimed (a token) but never started: the task was lost. A publication left waiting with
    # no token and no time is dormant (its post is not approved now) until the post is claimed.
    stale = NetworkPublication.objects.filter(
        state=Pub.WAITING, started_at=None, retry_at=None,
        claimed_at__lt=now - CLAIM_STALE).exclude(token="")
    claims = []
    for pk in list(due.order_by("retry_at", "id").values_list("pk", flat=True)[:limit]) + list(
            stale.values_list("pk", flat=True)[:limit]):
        token = secrets.token_hex(8)
        if NetworkPublication.objects.filter(pk=pk, state=Pub.WAITING, started_at=None).update(
                token=token, claimed_at=now, retry_at=None) == 1:
            claims.append((pk, token))
    return claims


def send_publication(publication_id: int, token: str, **options: object) -> str:
    """One attempt at one network's copy of a post. `options` go to the network's publisher
    (the tests give a short timeout)."""
    from schoolsocial.publishing.networks.accounts import publisher_for_account
    from schoolsocial.publishing.tasks import judged_at, payload_for

    publication = NetworkPublication.objects.select_related("post__school").get(
        pk=publication_id)
    post = publication.post
    if publication.state != Pub.WAITING or publication.token != token or publication.started_at:
        return "skipped"
    now = timezone.now()
    if post.state not in SENDABLE or publication.network not in post.other_networks:
        # sent back to the approver or edited since: it waits, unarmed, for the next approval
        NetworkPublication.objects.filter(pk=publication.pk, token=token).update(
            token="", last_error="The post is no longer approved to go out.")
        return "not approved"
    from schoolsocial.posts.gate import may_go_out

    photos = post_photos(post)
    verdict = may_go_out(post, judged_at(post, now), photos)
    if not verdict.allowed:
        if not post.to_x and _went_on(post, publication):
            # the post is out elsewhere: this network's copy fails, and the post settles
            return _fail(publication, token, verdict.reason)
        NetworkPublication.objects.filter(pk=publication.pk, token=token).update(
            token="", last_error=verdict.reason)
        if not post.to_x:  # no X send to do it: the post itself is held or sent back here
            _not_sent(post, verdict)
        return "not approved"
    account = NetworkAccount.objects.filter(school=post.school,
                                            network=publication.network).first()
    if account is None:
        return _fail(publication, token, f"{publication.get_network_display()} is no longer "
                     f"connected: connect it again in Settings, then retry.")
    with transaction.atomic():
        if NetworkPublication.objects.filter(
                pk=publication.pk, token=token, state=Pub.WAITING, started_at=None).update(
                state=Pub.SENDING, started_at=now, attempts=F("attempts") + 1,
                first_sent_at=Coalesce("first_sent_at", now)) != 1:
            return "skipped"
    publication.refresh_from_db(fields=("first_sent_at", "attempts"))
    payload = payload_for(post, photos)
    reply = policies.reply_settings(post.school.policy())
    if account.network == NetworkAccount.Network.BLUESKY:
        options.setdefault("replies", BLUESKY_REPLIES.get(reply, "mentioned"))
    sent: dict = {}
    try:
        with publisher_for_account(account, **options) as publisher:
            try:
                published = publisher.publish(
                    payload, key=f"post-{post.pk}-{publication.network}",
                    at=publication.first_sent_at)
            finally:
                sent = getattr(publisher, "sent", {})
    except TransportError as error:
        if sent:  # what was tried, for the outbox page
            NetworkPublication.objects.filter(pk=publication.pk).update(sent=sent)
        return _failed(publication, error)
    return _succeeded(publication, published, "Published", sent=sent)


def _went_on(post: Post, publication: NetworkPublication) -> bool:
    """Whether another of the post's networks has it, or may (sending, its outcome unknown)."""
    return post.publications.exclude(pk=publication.pk).filter(
        state__in=(Pub.PUBLISHED, Pub.SENDING, Pub.UNKNOWN)).exists()


def _not_sent(post: Post, verdict) -> None:
    """A post without X that the gate stops at send time, none of its networks having it: held
    while a concern is open (scheduled again, claimed once it is resolved), otherwise back to
    the approvers with why, as X's send does for a post that goes to X."""
    from schoolsocial.publishing.tasks import back_to_approver

    with transaction.atomic():
        if verdict.held:
            Post.objects.filter(pk=post.pk, state=State.PUBLISHING).update(
                state=target("hold", State.PUBLISHING), updated_at=timezone.now())
        else:
            back_to_approver(post, verdict.reason, verdict.report)


def settle(post_id: int) -> str:
    """A post that does not go to X takes its state from its networks' publications once each
    has answered: published when at least one has it (partly, with which failed and why, when
    not all), failed when none has. A post that goes to X keeps X's state (tasks.py); its page
    names any network that failed. Run after the publication's own change is committed, so of
    two finishing together the later sees both."""
    post = Post.objects.select_related("school").get(pk=post_id)
    chosen = post.other_networks
    if post.to_x or not chosen:
        return "x"
    publications = list(post.publications.filter(network__in=chosen))
    if len(publications) < len(chosen) or any(
            p.state not in (Pub.PUBLISHED, Pub.FAILED) for p in publications):
        return "going"
    out = [p for p in publications if p.state == Pub.PUBLISHED]
    failed = [p for p in publications if p.state == Pub.FAILED]
    problems = " ".join(f"{p.get_network_display()}: {p.last_error}" for p in failed)
    now = timezone.now()
    with transaction.atomic():
        if out:
            names = in_words([p.get_network_display() for p in out])
            error = f"Not published on {problems}" if failed else ""
            if Post.objects.filter(pk=post.pk, state=State.PUBLISHED).update(
                    last_error=error) == 1:
                return "settled"  # out already; another network's retry has answered
            sources = TRANSITIONS["publish_succeeded"][0] | TRANSITIONS["network_published"][0]
            if Post.objects.filter(pk=post.pk, state__in=sources).update(
                    state=State.PUBLISHED, published_at=min(p.published_at for p in out),
                    last_error=error, updated_at=now) != 1:
                return "settled"
            record(post.school, None, Event.POST_PUBLISHED, f"Published on {names}: {post}",
                   post, networks=[p.network for p in out],
                   failed=[p.network for p in failed])
            return "published"
        sources, end = TRANSITIONS["publish_failed"]
        message = f"Not published on any of its networks. {problems}"
        if Post.objects.filter(pk=post.pk, state__in=sources).update(
                state=end, last_error=message, updated_at=now) != 1:
            return "settled"
        record(post.school, None, Event.POST_PUBLISH_FAILED, f"Not published: {post}", post,
               error=message, networks=[p.network for p in failed])
        transaction.on_commit(partial(notify_failed, post, message), robust=True)
    return "failed"


def send_publications(claims: list[Claim], **options: object) -> list[str]:
    """A batch of claimed publications, sent side by side (publishing/batches.py)."""
    return side_by_side(send_publication, claims, **options)


def _succeeded(publication: NetworkPublication, published: Published | RemoteTweet,
               how: str, *, sent: dict | None = None) -> str:
    now = timezone.now()
    post = publication.post
    label = publication.get_network_display()
    try:
        with transaction.atomic():
            if NetworkPublication.objects.filter(
                    pk=publication.pk, state__in=(Pub.SENDING, Pub.UNKNOWN)).update(
                    state=Pub.PUBLISHED, remote_id=published.tweet_id, url=published.url,
                    published_at=now, token="", started_at=None, retry_at=None,
                    reconcile_at=None, last_error="", **({"sent": sent} if sent else {})) != 1:
                return "skipped"
            record(post.school, None, Event.POST_NETWORK_PUBLISHED, f"{how} on {label}: {post}",
                   post, network=publication.network, remote_id=published.tweet_id,
                   url=published.url)
    except IntegrityError:
        return _fail(publication, "", f"{label} shows a post with this text ({published.url}), "
                     f"but it is already recorded as another post's publication.",
                     states=(Pub.SENDING, Pub.UNKNOWN))
    settle(post.pk)
    return "published"


def _failed(publication: NetworkPublication, error: TransportError) -> str:
    from schoolsocial.publishing.tasks import MAX_ATTEMPTS, RECONCILE_DELAYS, backoff

    now = timezone.now()
    post = publication.post
    label = publication.get_network_display()
    if error.outcome_unknown or error.duplicate:
        with transaction.atomic():
            if NetworkPublication.objects.filter(pk=publication.pk, state=Pub.SENDING).update(
                    state=Pub.UNKNOWN, started_at=None, token="", reconciles=0,
                    reconcile_at=now + RECONCILE_DELAYS[0], last_error=error.message) != 1:
                return "skipped"
            record(post.school, None, Event.POST_NETWORK_UNKNOWN,
                   f"Not known whether it was published on {label}; checking {label}: {post}",
                   post, network=publication.network, error=error.message)
        return "unknown"
    if error.permanent or (error.retry_after is None and publication.attempts >= MAX_ATTEMPTS):
        return _fail(publication, "", error.message, states=(Pub.SENDING,))
    retry_at = max(error.retry_after or now + backoff(publication.attempts), now)
    with transaction.atomic():
        if NetworkPublication.objects.filter(pk=publication.pk, state=Pub.SENDING).update(
                state=Pub.WAITING, started_at=None, token="", retry_at=retry_at,
                last_error=error.message) != 1:
            return "skipped"
        record(post.school, None, Event.POST_NETWORK_RETRY,
               f"Not published on {label} yet, trying again at "
               f"{timezone.localtime(retry_at):%H:%M:%S}: {error.message}", post,
               network=publication.network, attempt=publication.attempts)
    return "retry"


def _fail(publication: NetworkPublication, token: str, message: str, *,
          states: tuple[str, ...] = (Pub.WAITING,)) -> str:
    post = publication.post
    label = publication.get_network_display()
    mine = NetworkPublication.objects.filter(pk=publication.pk, state__in=states)
    if token:
        mine = mine.filter(token=token)
    with transaction.atomic():
        if mine.update(state=Pub.FAILED, started_at=None, token="", retry_at=None,
                       reconcile_at=None, last_error=message) != 1:
            return "skipped"
        record(post.school, None, Event.POST_NETWORK_FAILED, f"Not published on {label}: {post}",
               post, network=publication.network, error=message)
    settle(post.pk)
    return "failed"


# -- reconciling ---------------------------------------------------------------------------------

def due_publication_reconciles(now: datetime | None = None) -> list[int]:
    from schoolsocial.publishing.tasks import RECONCILE_LEASE

    now = now or timezone.now()
    due = NetworkPublication.objects.filter(state=Pub.UNKNOWN, reconcile_at__lte=now)
    return [pk for pk in due.values_list("pk", flat=True)[:500]
            if NetworkPublication.objects.filter(pk=pk, reconcile_at__lte=now).update(
                reconcile_at=now + RECONCILE_LEASE) == 1]


def reconcile_publication(publication_id: int, **options: object) -> str:
    """Look for an unknown publication on its network's timeline since its first attempt."""
    from schoolsocial.publishing.networks.accounts import publisher_for_account
    from schoolsocial.publishing.tasks import CLOCK_MARGIN, RECONCILE_DELAYS

    now = timezone.now()
    publication = NetworkPublication.objects.select_related("post__school").get(
        pk=publication_id)
    if publication.state != Pub.UNKNOWN:
        return "skipped"
    post = publication.post
    label = publication.get_network_display()
    account = NetworkAccount.objects.filter(school=post.school,
                                            network=publication.network).first()
    if account is None:
        return _fail(publication, "", f"{label} was disconnected before its timeline could be "
                     f"checked, so it is not known whether this post is there.",
                     states=(Pub.UNKNOWN,))
    since = (publication.first_sent_at or now).replace(microsecond=0) - CLOCK_MARGIN
    try:
        with publisher_for_account(account, **options) as publisher:
            found = publisher.find_recent(post.text, since)
    except TransportError as error:
        if error.permanent:
            return _fail(publication, "", error.message, states=(Pub.UNKNOWN,))
        NetworkPublication.objects.filter(pk=publication.pk).update(
            reconcile_at=error.retry_after or now + RECONCILE_DELAYS[-1])
        return "later"
    if found is not None:
        return _succeeded(publication, found, "Found after an unknown outcome")
    if publication.reconciles + 1 < len(RECONCILE_DELAYS):
        NetworkPublication.objects.filter(pk=publication.pk).update(
            reconciles=F("reconciles") + 1,
            reconcile_at=now + RECONCILE_DELAYS[publication.reconciles + 1])
        return "later"
    return _fail(publication, "", f"{label} does not show this post on the school's timeline, "
                 f"so it was not published there. An approver can retry it.",
                 states=(Pub.UNKNOWN,))


def expire_publication_leases(now: datetime | None = None) -> list[int]:
    """Attempts whose worker died mid-send: their outcome is unknown, so the timeline decides."""
    from schoolsocial.publishing.tasks import INTERRUPTED, LEASE, RECONCILE_DELAYS

    now = now or timezone.now()
    stale = NetworkPublication.objects.filter(state=Pub.SENDING, started_at__lt=now - LEASE)
    return [pk for pk in stale.values_list("pk", flat=True)
            if NetworkPublication.objects.filter(pk=pk, state=Pub.SENDING,
                                                 started_at__lt=now - LEASE).update(
                state=Pub.UNKNOWN, started_at=None, token="", reconciles=0,
                reconcile_at=now + RECONCILE_DELAYS[0], last_error=INTERRUPTED) == 1]


def retry_now(publication: NetworkPublication, now: datetime) -> bool:
    """An approver's retry of a failed publication: due again now (the post must still be
    approved for it, which the send asks)."""
    return NetworkPublication.objects.filter(pk=publication.pk, state=Pub.FAILED).update(
        state=Pub.WAITING, token="", retry_at=now, attempts=0, reconciles=0) == 1

