"""The worker's reads of each school's other side: mentions and replies, followers, and the
accounts the school follows. These are X's "owned reads" ($0.001 a resource), so each list is
read every few minutes (settings.INBOUND_READ_MINUTES, FOLLOWERS_READ_MINUTES), never every
second, and at most INBOUND_MAX_PAGES pages at a time.

    read_due()                 # the django-q2 schedule, every minute (migration 0002)
    read_school(school, publisher, now, streams)

Each list of each school has a ReadState. A read is claimed by a conditional UPDATE of its
next_read_at, so two workers never read the same list at once. Rows are keyed on X's ids under
unique constraints and inserted with ignore_conflicts, so a page read twice (after a failure, or
because the list shifted under its page tokens) adds nothing twice. A read that X stops part-way
(429, 5xx, connection) keeps its page token and carries on from it next time; a 402 or usage cap
holds the school's account for want of credit (publishing.credit) and stops its reads too.

Mentions are read newest first with since_id: a sweep's pages are all read before since_id
moves to the newest one seen, so a sweep cut short never skips the older mentions it had not
reached. Followers are read newest first and a read stops at the first page with someone known.
The following list is read whole; it confirms the follows the headteacher approved (item 1 of
issue 15: X has no follow write for self-serve apps, so the headteacher follows by hand) and
lists the follows nobody approved.

Bluesky and Mastodon (publishing/networks/): each account a school connected has its own read
states (network "bluesky" or "mastodon"), read by read_networks() with the account's stored keys
through the network's SDK. Mentions and replies come from the account's notifications
(Bluesky's listNotifications with reasons mention and reply, cut at the indexedAt already read;
Mastodon's notifications of type mention after since_id), followers from its followers list,
both through the same storing and rules as X's. These reads cost nothing, so they count no X
usage; Bluesky's sign-in is limited (300 a day), so they are read every
NETWORK_READ_MINUTES (10) at most. One network failing (a revoked app password or token, the
server down) marks only its own lists, with the message the page shows, and backs off; X and
the other networks are read as usual.
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta

from django.conf import settings
from django.db import close_old_connections, connection, transaction
from django.db.models import Count, Q
from django.utils import timezone

from schoolsocial.accounts.models import School
from schoolsocial.audit.actions import Event
from schoolsocial.audit.log import record
from schoolsocial.governance.models import FollowRequest, FollowState
from schoolsocial.inbound.checks import Checker
from schoolsocial.inbound.models import (
    Followed,
    Follower,
    Mention,
    Network,
    ReadState,
    Stream,
)
from schoolsocial.publishing import usage
from schoolsocial.publishing.backends import Publisher, TransportError, publisher_for
from schoolsocial.publishing.credit import hold_for_no_credit
from schoolsocial.publishing.models import AccountHold, NetworkAccount, UsageKind

logger = logging.getLogger(__name__)

BACKOFF = (timedelta(minutes=1), timedelta(minutes=5), timedelta(minutes=15), timedelta(hours=1))
CONTINUE_SOON = timedelta(minutes=1)  # a sweep left with pages to read carries on this soon
FOLLOWING_DAILY = timedelta(days=1)
NETWORK_STREAMS = (Stream.MENTIONS, Stream.FOLLOWERS)  # the other networks have no follow flow


def interval(stream: str, network: str = Network.X) -> timedelta:
    minutes = (settings.INBOUND_READ_MINUTES if stream == Stream.MENTIONS
               else settings.FOLLOWERS_READ_MINUTES)
    if network != Network.X:
        minutes = max(minutes, settings.NETWORK_READ_MINUTES)
    return timedelta(minutes=max(minutes, 1))


def readable_schools():
    """Schools whose account can be read: connected to X (or any, with the outbox's demo), and
    not held (a rate limit, refused keys, no credit)."""
    schools = School.objects.all()
    if settings.PUBLISHER == "x":
        schools = schools.exclude(x_credentials_encrypted="")
    held = AccountHold.objects.active(timezone.now()).values("school_id")
    return schools.exclude(pk__in=held)


def claim(school: School, stream: str, now: datetime, network: str = Network.X
          ) -> ReadState | None:
    """The school's read of `stream` on `network` if it is due, claimed for this worker."""
    state, _ = ReadState.objects.get_or_create(school=school, network=network, stream=stream,
                                               defaults={"next_read_at": now})
    if state.next_read_at > now:
        return None
    if ReadState.objects.filter(pk=state.pk, next_read_at=state.next_read_at).update(
            next_read_at=now + interval(stream, network)) != 1:
        return None
    if stream == Stream.FOLLOWING and not _following_needed(school, state, now):
        return None
    return state


def _following_needed(school: School, state: ReadState, now: datetime) -> bool:
    """The following list changes only by hand: read it while a follow waits to be seen (or
    undone), and otherwise once a day, for follows nobody approved."""
    waiting = FollowRequest.objects.filter(school=school, state=FollowState.APPROVED).exists() \
        or Followed.objects.filter(school=school, gone_at=None).exclude(undo_asked_at=None) \
        .exists()
    return waiting or state.last_read_at is None or now - state.last_read_at >= FOLLOWING_DAILY


def read_due(now: datetime | None = None, *, threads: int | None = None,
             publisher: Publisher | None = None) -> int:
    """Read every due list of every readable school; returns how many lists were read."""
    now = now or timezone.now()
    waiting = (ReadState.objects.filter(network=Network.X, next_read_at__gt=now)
               .values("school_id").annotate(lists=Count("id")).filter(lists=len(Stream))
               .values("school_id"))
    on_x = {school.pk: school for school in readable_schools().exclude(pk__in=waiting)}
    others = {school.pk: school for school in School.objects.filter(
        pk__in=NetworkAccount.objects.values("school_id"))}
    jobs = [(school, school.pk in on_x) for school in {**others, **on_x}.values()]
    threads = threads or settings.INBOUND_READ_THREADS
    if threads <= 1 or connection.vendor == "sqlite" or len(jobs) < 2:
        return sum(_read_all(school, x, publisher, now) for school, x in jobs)
    with ThreadPoolExecutor(max_workers=threads) as pool:
        return sum(pool.map(lambda job: _in_thread(*job, publisher, now), jobs))


def _read_all(school: School, x: bool, publisher: Publisher | None, now: datetime) -> int:
    return (read_school(school, publisher, now) if x else 0) + read_networks(school, now)


def _in_thread(school: School, x: bool, publisher: Publisher | None, now: datetime) -> int:
    try:
        return _read_all(school, x, publisher, now)
    finally:
        close_old_connections()
        connection.close()


def read_school(school: School, publisher: Publisher | None, now: datetime,
                streams: tuple[str, ...] = tuple(Stream)) -> int:
    claimed = [state for stream in streams if (state := claim(school, stream, now))]
    if not claimed:
        return 0
    checker = Checker(school)  # the roster and policy read once for the school's lists
    with publisher_for(school, publisher) as active:
        return _read_lists(school, active, claimed, now, checker)


def read_networks(school: School, now: datetime, streams: tuple[str, ...] = NETWORK_STREAMS,
                  **options) -> int:
    """Read the due lists of each network account the school connected besides X, each with its
    own keys and its own failures; returns how many lists were read. `options` go to the
    publisher (a test's short timeout)."""
    from schoolsocial.publishing.networks.accounts import publisher_for_account

    read, checker = 0, None
    for account in NetworkAccount.objects.filter(school=school).order_by("network"):
        claimed = [state for stream in streams if stream in NETWORK_STREAMS
                   and (state := claim(school, stream, now, account.network))]
        if not claimed:
            continue
        checker = checker or Checker(school)
        try:
            with publisher_for_account(account, **options) as active:
                read += _read_lists(school, active, claimed, now, checker)
        except TransportError as error:  # its keys cannot be opened on this server
            for state in claimed:
                _failed(school, state, error, now)
        except Exception:  # a fault of one network's must not stop the others' reads
            logger.exception("Reading %s of school %s failed", account.network, school.pk)
            for state in claimed:
                _failed(school, state, TransportError(
                    f"{account.get_network_display()} gave an answer School Social could not "
                    f"read; it will be tried again later."), now)
    return read


def _read_lists(school: School, publisher, claimed: list[ReadState], now: datetime,
                checker: Checker) -> int:
    read = 0
    for number, state in enumerate(claimed):
        try:
            READERS[state.stream](school, publisher, state, now, checker)
        except TransportError as error:
            _failed(school, state, error, now)
            if error.no_credit or error.permanent:  # the same keys would fail the rest too
                for rest in claimed[number + 1:]:
                    _failed(school, rest, error, now)
                break
        else:
            read += 1
    return read


def _failed(school: School, state: ReadState, error: TransportError, now: datetime) -> None:
    if error.no_credit:
        hold_for_no_credit(school, error.message)
    wait = BACKOFF[min(state.failures, len(BACKOFF) - 1)]
    ReadState.objects.filter(pk=state.pk).update(
        last_error=error.message, failures=state.failures + 1,
        next_read_at=max(error.retry_after or now + wait, now + BACKOFF[0]))
    logger.warning("Reading %s %s of school %s stopped: %s", state.network, state.stream,
                   school.pk, error.message)


def _done(state: ReadState, now: datetime, **fields) -> None:
    fields.setdefault("token", "")
    if fields["token"]:
        fields["next_read_at"] = now + CONTINUE_SOON
    ReadState.objects.filter(pk=state.pk).update(last_read_at=now, last_error="", failures=0,
                                                 **fields)


def _count_read(school: School, state: ReadState, resources: int) -> None:
    """X charges for owned reads; Bluesky and Mastodon do not."""
    if state.network == Network.X:
        usage.count(school, UsageKind.OWNED_READ, resources)


def _progress(state: ReadState, **fields) -> None:
    """Kept after every page, so a failure on the next carries on from here."""
    ReadState.objects.filter(pk=state.pk).update(**fields)


# -- mentions and replies -------------------------------------------------------------------------

def read_mentions(school: School, publisher: Publisher, state: ReadState, now: datetime,
                  checker: Checker) -> None:
    continuing = bool(state.token)
    since = (state.sweep_since if continuing else state.since_id) or None
    newest = state.sweep_newest if continuing else ""
    token = state.token or None
    for _ in range(settings.INBOUND_MAX_PAGES):
        page = publisher.mentions(since_id=since, token=token)
        _count_read(school, state, len(page.items))
        _store_mentions(school, state.network, page.items, checker, now)
        newest = max([newest, *(m.mark or m.id for m in page.items)], key=_order)
        token = page.next_token
        if not token:
            break
        _progress(state, token=token, sweep_since=since or "", sweep_newest=newest)
    if token:  # more pages than a read may take: carry on at the next read
        return _done(state, now, token=token, sweep_since=since or "", sweep_newest=newest)
    since_id = max([state.since_id, newest], key=_order)
    _done(state, now, since_id=since_id, sweep_since="", sweep_newest="")


def _order(mark: str) -> tuple[int, int, str]:
    """X's and Mastodon's ids as numbers, Bluesky's fixed-width times as text; "" first."""
    if mark.isdigit():
        return (1, int(mark), "")
    return (1, 0, mark) if mark else (0, 0, "")


def _store_mentions(school: School, network: str, items: list, checker: Checker,
                    now: datetime) -> None:
    rows = []
    for item in items:
        findings = checker.mention(item.text, getattr(item, "has_media", False))
        author = item.author
        rows.append(Mention(
            school=school, network=network, x_id=item.id, author_x_id=item.author_id,
            author_handle=author.username if author else "",
            author_name=author.name[:100] if author else "", text=item.text, url=item.url,
            posted_at=item.created_at, reply_to=item.reply_to or "", findings=findings,
            flagged=bool(findings), read_at=now))
    Mention.objects.bulk_create(rows, ignore_conflicts=True)


# -- followers -----------------------------------------------------------------------------------

def read_followers(school: School, publisher: Publisher, state: ReadState, now: datetime,
                   checker: Checker) -> None:
    token = state.token or None
    for _ in range(settings.INBOUND_MAX_PAGES):
        page = publisher.followers(token)
        _count_read(school, state, len(page.items))
        new = _store_followers(school, state.network, page.items, checker, now)
        token = page.next_token
        if not token or new < len(page.items):  # newest first: once someone on a page is
            token = None                             # known, everyone after is known too
            break
        _progress(state, token=token)
    _done(state, now, token=token or "")


def _store_followers(school: School, network: str, users: list, checker: Checker,
                     now: datetime) -> int:
    ids = [user.id for user in users]
    mine = Follower.objects.filter(school=school, network=network)
    known = set(mine.filter(x_id__in=ids).values_list("x_id", flat=True))
    mine.filter(x_id__in=known).update(last_seen_at=now, gone_at=None)
    rows = [Follower(
        school=school, network=network, x_id=user.id, handle=user.username,
        name=user.name[:100], url=user.url,
        bio=user.description, has_picture=user.has_picture, protected=user.protected,
        account_created_at=user.created_at,
        signals=checker.follower(user.name, user.username, user.description, user.has_picture,
                                 user.created_at, now, user.protected),
        first_seen_at=now, last_seen_at=now) for user in users if user.id not in known]
    Follower.objects.bulk_create(rows, ignore_conflicts=True)
    return len(rows)


# -- the accounts the school follows --------------------------------------------------------------

def read_following(school: School, publisher: Publisher, state: ReadState, now: datetime,
                   checker: Checker) -> None:
    users, token = [], None
    for _ in range(settings.INBOUND_MAX_PAGES):
        page = publisher.following(token)
        _count_read(school, state, len(page.items))
        users += page.items
        token = page.next_token
        if not token:
            break
    confirm_following(school, users, now, whole=token is None)
    _done(state, now)


def confirm_following(school: School, users: list, now: datetime, *, whole: bool) -> None:
    """Record what the following list shows: approved follows done on X, follows nobody
    approved, and (when the whole list was read) those no longer followed."""
    by_handle = {user.username.lower(): user for user in users}
    Followed.objects.bulk_create([
        Followed(school=school, x_id=user.id, handle=user.username, name=user.name,
                 first_seen_at=now) for user in users], ignore_conflicts=True)
    Followed.objects.filter(school=school, x_id__in=[u.id for u in users]).update(gone_at=None)
    waiting = FollowRequest.objects.filter(school=school, state=FollowState.APPROVED)
    for follow in waiting:
        user = by_handle.get(follow.handle.lower())
        if user is None:
            continue
        with transaction.atomic():
            if FollowRequest.objects.filter(pk=follow.pk, state=FollowState.APPROVED).update(
                    state=FollowState.FOLLOWED, followed_at=now, last_error=""):
                Followed.objects.filter(school=school, x_id=user.id).update(follow=follow)
                record(school, None, Event.FOLLOW_MADE,
                       f"Seen on X: the school now follows @{follow.handle}", follow,
                       handle=follow.handle)
    followed = FollowRequest.objects.filter(school=school, state=FollowState.FOLLOWED,
                                            followed_at__isnull=False)
    for follow in followed:
        user = by_handle.get(follow.handle.lower())
        if user is not None:
            Followed.objects.filter(school=school, x_id=user.id, follow=None).update(
                follow=follow)
    if whole:
        _gone(school, [u.id for u in users], now)


def _gone(school: School, present: list[str], now: datetime) -> None:
    gone = Followed.objects.filter(school=school, gone_at=None).exclude(x_id__in=present)
    for row in gone.filter(~Q(undo_asked_at=None)):
        record(school, None, Event.FOLLOW_UNDONE, f"Seen on X: the school no longer follows "
                                              f"@{row.handle}", row, handle=row.handle)
    gone.update(gone_at=now)


READERS = {Stream.MENTIONS: read_mentions, Stream.FOLLOWERS: read_followers,
           Stream.FOLLOWING: read_following}
