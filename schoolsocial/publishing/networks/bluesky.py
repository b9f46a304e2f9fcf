"""Bluesky through the `atproto` SDK: the school's handle and an app password (made in
Bluesky's Settings > Privacy and security > App passwords), on its PDS (bsky.social unless the
school runs its own).

    publisher = BlueskyPublisher(BlueskyCredentials(handle, app_password, service))
    publisher.me()                                   # who the app password belongs to
    publisher.publish(payload, key=..., at=...)      # text with live links, mentions, hashtags;
                                                     # photos re-encoded to fit 1,000,000 bytes
    publisher.find_recent(text, since)               # the author feed, for reconciliation
    publisher.delete(remote_id)                      # remote_id is the post's at:// URI
    publisher.mentions(since_id, token)              # listNotifications, reasons mention/reply
    publisher.followers(token)                       # app.bsky.graph.getFollowers
    publisher.hide_reply(uri, root)                  # the root post's threadgate hiddenReplies

Exactly once: with a key, the record key is a TID made from the post's time and the key, so a
second createRecord for the same publication is refused by the PDS instead of posting twice.

Sessions. An account signs in (createSession, which Bluesky limits to 30 in five minutes and 300
a day for each account) once, not once a call: the session it gets is kept, sealed with
ENCRYPTION_KEYS, in Django's cache (Redis where there is one, so every worker process shares it;
this process's memory otherwise), keyed by a keyed hash of the PDS, the handle and the app
password, so a new app password starts a new session. A publisher starts from the kept session;
the SDK refreshes its access token (refreshSession) when it is within a quarter of an hour of
expiring, and the refreshed session is kept in its place. When the PDS refuses a kept session
(expired, revoked), it is forgotten and the app password signs in once more, and the call is made
once more; only a refusal of the app password itself is the school's to fix. The tokens are
never logged or shown.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import ssl
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import httpx
from atproto import Client, Session, SessionEvent
from atproto_client import exceptions as at_errors
from atproto_client.request import Request
from django.core.cache import cache
from django.utils.crypto import salted_hmac

from photos.fit import TooLarge, fitting
from policies import networks as table
from schoolsocial.accounts import crypto
from schoolsocial.publishing.backends import (
    Page,
    Payload,
    Published,
    RemoteMention,
    RemoteTweet,
    RemoteUser,
    TransportError,
    XAccount,
    same_text,
)
from schoolsocial.publishing.networks.facets import facets

logger = logging.getLogger(__name__)

DEFAULT_SERVICE = "https://bsky.social"
POST = "app.bsky.feed.post"
LABEL = "Bluesky"
THREADGATE = "app.bsky.feed.threadgate"
# The school's reply setting as threadgate rules: an empty list means nobody may reply.
REPLY_RULES: dict[str, list[dict[str, str]] | None] = {
    "everyone": None,
    "following": [{"$type": "app.bsky.feed.threadgate#followingRule"}],
    "mentioned": [{"$type": "app.bsky.feed.threadgate#mentionRule"}],
    "nobody": [],
}
TID_ALPHABET = "234567abcdefghijklmnopqrstuvwxyz"
MENTION_REASONS = ("mention", "reply")
MAX_HIDDEN = 300  # app.bsky.feed.threadgate: hiddenReplies holds at most 300 URIs
# What a PDS answers for a session it does not accept (an access or refresh token expired or
# revoked): the kept session is dropped and the app password signs in again.
SESSION_REFUSED = ("AuthenticationRequired", "ExpiredToken", "InvalidToken")
SESSION_KEPT_FOR = 60 * 24 * 60 * 60  # seconds at most: bsky.social's refresh tokens last 60 days


@dataclass(frozen=True)
class BlueskyCredentials:
    handle: str
    app_password: str = field(repr=False)
    service: str = DEFAULT_SERVICE


def _session_key(credentials: BlueskyCredentials) -> str:
    """The cache key of an account's session: a keyed hash (SECRET_KEY), so neither the app
    password nor a hash that could be tried against it is stored."""
    who = "\0".join((credentials.service, credentials.handle.lower(), credentials.app_password))
    return "bluesky-session:" + salted_hmac("bluesky-session", who,
                                            algorithm="sha256").hexdigest()


def kept_session(credentials: BlueskyCredentials) -> str | None:
    """The account's kept session (the SDK's session string), or None."""
    sealed = cache.get(_session_key(credentials))
    if not sealed:
        return None
    try:
        return crypto.decrypt(sealed)
    except crypto.InvalidToken:  # sealed under keys since rotated away: sign in afresh
        return None


def keep_session(credentials: BlueskyCredentials, session: Session) -> None:
    """Keep a new or refreshed session, sealed, for as long as its refresh token lasts (at most
    SESSION_KEPT_FOR)."""
    try:
        expires = session.refresh_jwt_payload.exp or 0
    except Exception:  # a token that is not a JWT: the SDK will refuse it soon enough
        expires = 0
    lifetime = min(SESSION_KEPT_FOR, int(expires - time.time())) if expires else SESSION_KEPT_FOR
    if lifetime > 60:
        cache.set(_session_key(credentials), crypto.encrypt(session.encode()), lifetime)


def forget_session(credentials: BlueskyCredentials) -> None:
    cache.delete(_session_key(credentials))


@functools.cache
def tls_context() -> ssl.SSLContext:
    """One TLS context for every publisher in the process: httpx builds one per client by
    default, reading the whole CA bundle each time, which cost a burst of posts about a third
    of a second of a worker's time per Bluesky post. A context is safe to share."""
    return httpx.create_ssl_context()


class BlueskyPublisher:
    name = "bluesky"

    def __init__(self, credentials: BlueskyCredentials, *,
                 timeout: float | tuple[float, float] = (5.0, 20.0), replies: str = "everyone"):
        connect, read = timeout if isinstance(timeout, tuple) else (timeout, timeout)
        if replies not in REPLY_RULES:
            raise ValueError(f"replies must be one of {', '.join(REPLY_RULES)}")
        self.credentials, self.replies = credentials, replies
        self.request = Request(timeout=httpx.Timeout(read, connect=connect),
                               verify=tls_context())
        self.client = Client(base_url=credentials.service, request=self.request)
        self.client.on_session_change(self._keep_session)
        self._did: str | None = None
        self._kept = False  # signed in with a kept session, not the app password
        self.sent: dict[str, Any] = {}  # the last post as built for Bluesky (publish)

    @property
    def limits(self) -> table.Limits:
        return table.LIMITS["bluesky"]

    def close(self) -> None:
        self.request.close()

    # -- the four calls ---------------------------------------------------------------------------

    def me(self) -> XAccount:
        """Always a sign-in with the app password (the connect page's check that it works),
        never a kept session; the new session is kept for the sends."""
        self._sign_in()
        did = self._did = self.client._session.did if self.client._session else ""
        session = self.client._session  # the SDK keeps the handle the PDS answered with
        handle = session.handle if session else self.credentials.handle
        return XAccount(did, handle, handle)

    def publish(self, payload: Payload, *, key: str = "", at: datetime | None = None
                ) -> Published:
        did = self._login()
        images = [self._upload(photo) for photo in payload.photos]
        created = at or datetime.now(UTC)
        record: dict[str, Any] = {
            "$type": POST, "text": payload.text, "langs": ["en-GB"],
            "createdAt": created.astimezone(UTC).isoformat().replace("+00:00", "Z"),
            "facets": facets(payload.text, self._resolve) or None,
        }
        if images:
            record["embed"] = {"$type": "app.bsky.embed.images", "images": images}
        self.sent = {"text": payload.text, "facets": record["facets"] or [],
                     "replies": self.replies,
                     "images": [{"alt": image["alt"], "size": image["image"].get("size")}
                                for image in images]}
        data = {"repo": did, "collection": POST,
                "record": {k: v for k, v in record.items() if v is not None}}
        if key:
            data["rkey"] = record_key(created, key)
        made = self._xrpc(self.client.com.atproto.repo.create_record, "the post", data,
                          write=True)
        if self.replies != "everyone":
            self._threadgate(did, made.uri, created)
        return Published(made.uri, web_url(made.uri, self.credentials.handle))

    def _threadgate(self, did: str, uri: str, created: datetime) -> None:
        """Who may reply (the school's policy): a threadgate record with the post's own key. A
        failure here leaves the post up with replies open, so it is logged, not raised: the post
        must not be sent again for it."""
        gate = {"$type": THREADGATE, "post": uri, "allow": REPLY_RULES[self.replies],
                "createdAt": created.astimezone(UTC).isoformat().replace("+00:00", "Z")}
        try:
            self._xrpc(self.client.com.atproto.repo.create_record, "the reply setting",
                       {"repo": did, "collection": THREADGATE, "rkey": uri.rsplit("/", 1)[-1],
                        "record": gate}, write=True)
        except TransportError as error:
            logger.warning("Bluesky threadgate not set on %s: %s", uri, error.message)

    def find_recent(self, text: str, since: datetime) -> RemoteTweet | None:
        did = self._login()
        feed = self._xrpc(self.client.app.bsky.feed.get_author_feed,
                          "the school's Bluesky posts",
                          {"actor": did, "limit": 50, "filter": "posts_no_replies"}, write=False)
        for item in feed.feed:
            post = item.post
            created = _parse(getattr(post.record, "created_at", "") or post.indexed_at)
            if created >= since and same_text(text, getattr(post.record, "text", "")):
                return RemoteTweet(post.uri, post.record.text,
                                   web_url(post.uri, post.author.handle), created)
        return None

    def delete(self, remote_id: str) -> bool:
        did = self._login()
        rkey = remote_id.rsplit("/", 1)[-1]
        if not remote_id.startswith(f"at://{did}/{POST}/"):
            return False  # not this account's post: nothing of ours to delete
        self._xrpc(self.client.com.atproto.repo.delete_record, "the deletion",
                        {"repo": did, "collection": POST, "rkey": rkey}, write=True)
        return True

    # -- what comes in (the Inbox and Followers) --------------------------------------------------

    def mentions(self, since_id: str | None = None, token: str | None = None) -> Page:
        """Mentions of the account and replies to its posts, newest first, as far back as
        `since_id` (the indexedAt of the newest already read: listNotifications has no since
        parameter, so the page is cut there). `reply_to` is the school's post at the root of
        the thread a reply is in, the post whose threadgate can hide it."""
        did = self._login()
        params: dict[str, Any] = {"limit": 50, "reasons": list(MENTION_REASONS)}
        if token:
            params["cursor"] = token
        answer = self._xrpc(self.client.app.bsky.notification.list_notifications,
                            "the mentions and replies", params, write=False)
        items, reached = [], False
        for note in answer.notifications:
            mark = _sortable(note.indexed_at)
            if since_id and mark < since_id:
                reached = True  # newest first: everything after this was read before (one at
                break           # the same millisecond is read again, and stored once)
            if note.reason not in MENTION_REASONS:
                continue  # a server that ignores `reasons`
            items.append(self._mention(note, did, mark))
        more = answer.cursor if answer.notifications and not reached else None
        return Page(items, more)

    def _mention(self, note: Any, did: str, mark: str) -> RemoteMention:
        record = note.record
        reply = getattr(record, "reply", None)
        root = getattr(getattr(reply, "root", None), "uri", "") if reply else ""
        author = note.author
        user = RemoteUser(author.did, author.handle, author.display_name or "",
                          author.description or "", has_picture=bool(author.avatar))
        return RemoteMention(
            note.uri, getattr(record, "text", "") or "", author.did, user,
            _parse(getattr(record, "created_at", "") or note.indexed_at),
            root if note.reason == "reply" and root.startswith(f"at://{did}/{POST}/") else None,
            web_url(note.uri, author.handle), _has_media(record), mark)

    def followers(self, token: str | None = None) -> Page:
        """The account's followers, newest first (getFollowers lists by when they followed)."""
        did = self._login()
        params: dict[str, Any] = {"actor": did, "limit": 100}
        if token:
            params["cursor"] = token
        answer = self._xrpc(self.client.app.bsky.graph.get_followers, "the followers", params,
                            write=False)
        users = [RemoteUser(p.did, p.handle, p.display_name or "", p.description or "",
                            _parse(p.created_at) if p.created_at else None,
                            has_picture=bool(p.avatar)) for p in answer.followers]
        return Page(users, answer.cursor if answer.followers else None)

    def hide_reply(self, uri: str, root: str = "") -> bool:
        """Hide a reply in a thread the school started: its URI goes into the hiddenReplies of
        the root post's threadgate (made if the post has none, keeping who may reply as it
        is). False when the root is not the school's post any more."""
        did = self._login()
        if not root.startswith(f"at://{did}/{POST}/"):
            return False
        rkey = root.rsplit("/", 1)[-1]
        where = {"repo": did, "collection": THREADGATE, "rkey": rkey}
        try:
            gate = self._xrpc(self.client.com.atproto.repo.get_record, "the reply setting", where,
                              write=False, unresolved=True).value
            record = gate.model_dump(by_alias=True, exclude_none=True) \
                if hasattr(gate, "model_dump") else dict(gate)
        except _Unresolved:  # no threadgate yet: anyone may reply, and nothing is hidden
            record = {"$type": THREADGATE, "post": root,
                      "createdAt": datetime.now(UTC).isoformat().replace("+00:00", "Z")}
        record["$type"] = THREADGATE
        hidden = list(record.get("hiddenReplies", []))
        if uri in hidden:
            return True  # hidden already
        if len(hidden) >= MAX_HIDDEN:  # never unhide an older one to make room
            raise TransportError(f"{LABEL} hides at most {MAX_HIDDEN} replies on one post, and "
                                 f"this post has that many hidden already. Open it on {LABEL} "
                                 f"to report it or block its author.", permanent=True)
        record["hiddenReplies"] = [*hidden, uri]
        self._xrpc(self.client.com.atproto.repo.put_record, "hiding the reply",
                   {**where, "record": record}, write=True)
        return True

    # -- underneath -------------------------------------------------------------------------------

    def _login(self) -> str:
        if self._did is None:
            kept = kept_session(self.credentials)
            if kept is not None:  # no request: the SDK only takes the session in
                self.client.login(session_string=kept, fetch_bsky_profile=False)
                self._kept = True
            else:
                self._sign_in()
            self._did = self.client._session.did if self.client._session else ""
        return self._did

    def _sign_in(self) -> None:
        """createSession with the app password (the SDK's on_session_change keeps it)."""
        self._kept = False
        _call(self.client.login, "the sign-in", self.credentials.handle,
              self.credentials.app_password, fetch_bsky_profile=False, write=False)

    def _keep_session(self, event: SessionEvent, session: Session) -> None:
        if event in (SessionEvent.CREATE, SessionEvent.REFRESH):
            keep_session(self.credentials, session)

    def _xrpc(self, method: Any, what: str, *args: Any, **kwargs: Any) -> Any:
        """_call as the signed-in account: a kept session the PDS refuses (expired or revoked,
        or its refresh refused) is forgotten, the app password signs in once, and the call is
        made once more. A refused call had no effect, so a write is safe to make again (and a
        post's record key would refuse a second copy anyway)."""
        try:
            return _call(method, what, *args, session_kept=self._kept, **kwargs)
        except _SessionRefused:
            forget_session(self.credentials)
            self._sign_in()
            return _call(method, what, *args, **kwargs)

    def _upload(self, photo: Any) -> dict[str, Any]:
        try:
            content, media_type = fitting(photo.read(), self.limits.max_image_bytes or 0)
        except TooLarge as error:
            raise TransportError(f"A photo cannot be made small enough for {LABEL}: {error} "
                                 f"Use a smaller photo or leave {LABEL} out of this post.",
                                 permanent=True) from None
        blob = self._xrpc(self.client.com.atproto.repo.upload_blob, "a photo", content,
                          headers={"Content-Type": media_type}, write=False).blob
        return {"$type": "app.bsky.embed.images#image", "alt": photo.alt_text,
                "image": blob.model_dump(by_alias=True, exclude_none=True)}

    def _resolve(self, handle: str) -> str | None:
        try:
            return self._xrpc(self.client.com.atproto.identity.resolve_handle,
                              f"the mention @{handle}", {"handle": handle}, write=False,
                              unresolved=True).did
        except _Unresolved:
            return None  # not a Bluesky account: the mention stays plain text


class _Unresolved(Exception):
    pass


class _SessionRefused(Exception):
    pass


def _call(method: Any, what: str, *args: Any, write: bool, unresolved: bool = False,
          session_kept: bool = False, **kwargs: Any) -> Any:
    """Every request to the PDS: the SDK's errors, and the httpx errors it lets through (a
    connection closed without an answer), as one TransportError; with `session_kept`, a
    refused session as _SessionRefused (the caller signs in afresh)."""
    try:
        return method(*args, **kwargs)
    except at_errors.AtProtocolError as error:
        if session_kept and _refused_session(error):
            raise _SessionRefused from None
        if isinstance(error, at_errors.BadRequestError) and unresolved:
            raise _Unresolved from None
        raise bluesky_error(error, what, write=write) from None
    except httpx.HTTPError as error:
        raise _no_answer(error, what, write=write) from None


def _refused_session(error: at_errors.AtProtocolError) -> bool:
    content = getattr(getattr(error, "response", None), "content", None)
    return (isinstance(error, at_errors.UnauthorizedError | at_errors.LoginRequiredError)
            or (getattr(content, "error", "") or "") in SESSION_REFUSED)


def resolve_handle(service: str, handle: str, *, timeout: float = 10.0) -> str:
    """The DID a handle stands for; TransportError(permanent) when it does not resolve."""
    request = Request(timeout=timeout, verify=tls_context())
    client = Client(base_url=service, request=request)
    try:
        return _call(client.com.atproto.identity.resolve_handle, f"the handle @{handle}",
                     {"handle": handle}, write=False, unresolved=True).did
    except _Unresolved:
        raise TransportError(f"The handle @{handle} does not resolve to a {LABEL} account. "
                             f"Check the spelling: it looks like name.bsky.social or the "
                             f"school's own domain.", permanent=True) from None
    finally:
        request.close()


def bluesky_error(error: at_errors.AtProtocolError, what: str, *, write: bool) -> TransportError:
    response = getattr(error, "response", None)
    status = getattr(response, "status_code", None)
    content = getattr(response, "content", None)
    code, message = getattr(content, "error", "") or "", getattr(content, "message", "") or ""
    if isinstance(error, at_errors.UnauthorizedError) or code in ("AuthenticationRequired",
                                                           "ExpiredToken", "InvalidToken"):
        return TransportError(
            f"{LABEL} did not accept the school's app password. It may have been revoked in "
            f"{LABEL}'s settings: the headteacher should make a new app password and connect "
            f"{LABEL} again in Settings.", permanent=True, status=status)
    if isinstance(error, at_errors.RateLimitExceededError):
        reset = (response.headers or {}).get("ratelimit-reset", "") if response else ""
        when = datetime.fromtimestamp(int(reset), UTC) if reset.isdigit() else None
        return TransportError(f"{LABEL}'s rate limit for this account has been reached; it "
                              f"will be tried again later.", retry_after=when, status=status)
    if response is None:  # no answer at all
        return _no_answer(error, what, write=write)
    if status is not None and status >= 500 or status in (409, 413, 502):
        return TransportError(f"{LABEL} had a problem of its own ({status}); it will be tried "
                              f"again shortly.", status=status)
    return TransportError(f"{LABEL} refused {what}: {message or code or status}",
                          permanent=True, duplicate="already exists" in message.lower(),
                          status=status)


def _no_answer(error: Exception, what: str, *, write: bool) -> TransportError:
    cause = error if isinstance(error, httpx.HTTPError) else error.__cause__
    if isinstance(cause, httpx.ConnectError | httpx.ConnectTimeout) or not write:
        return TransportError(f"Could not reach {LABEL} ({type(cause or error).__name__}); "
                              f"it will be tried again shortly.")
    return TransportError(f"The connection to {LABEL} was lost after {what} was sent, so it is "
                          f"not known whether it was published. It will be looked for on the "
                          f"school's {LABEL} profile before anything is sent again.",
                          outcome_unknown=True)


def record_key(at: datetime, key: str) -> str:
    """A TID (13 sortable base32 characters: 53 bits of microseconds, 10 of clock id) from the
    post's time and its idempotency key: the same publication always gets the same key."""
    clock = int.from_bytes(hashlib.sha256(key.encode()).digest()[:2]) % 1024
    return tid(int(at.timestamp() * 1_000_000), clock)


def tid(micros: int, clock: int = 0) -> str:
    value = (micros << 10) | clock
    return "".join(TID_ALPHABET[(value >> (5 * i)) & 31] for i in reversed(range(13)))


def web_url(uri: str, handle: str) -> str:
    """https://bsky.app/profile/<handle>/post/<rkey> for at://<did>/app.bsky.feed.post/<rkey>."""
    return f"https://bsky.app/profile/{handle}/post/{uri.rsplit('/', 1)[-1]}"


def _has_media(record: Any) -> bool:
    kind = str(getattr(getattr(record, "embed", None), "py_type", "") or "")
    return any(word in kind for word in ("images", "video", "recordWithMedia"))


def _sortable(value: str) -> str:
    """An indexedAt as fixed-width UTC text, so two of them compare as their times do."""
    return _parse(value).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _parse(value: str) -> datetime:
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return datetime.min.replace(tzinfo=UTC)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
