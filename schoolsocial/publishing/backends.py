"""Publisher backends, chosen by settings.PUBLISHER as Django chooses its e-mail backend.

    publisher = get_publisher(school, credentials)   # "outbox", "x", "memory" or a dotted path
    published = publisher.publish(Payload(text, photos=(Photo(alt_text=..., path=...),)))
    publisher.find_recent(text, since)               # reconcile: is it on the timeline already?
    publisher.mentions(since_id) / followers() / following() / hide_reply(tweet_id)  # inbound

Every backend raises one error type, TransportError, whose flags tell the worker what to do:
permanent (fail now and tell the approvers), retry_after (wait until then), outcome_unknown (the
request went out and no answer came back, or X answered 5xx to the post itself: reconcile
before anything is sent again; resend_if_absent says X itself answered that it failed, so the
post is sent again if the timeline does not show it), duplicate (X's 403 "duplicate content",
which is not proof that this post was published), no_credit (X's 402 or its usage-cap answer:
the account is out of credit or over its spend cap, so the school's publishing pauses until the
headteacher resumes it; nothing is failed for it).
"""

from __future__ import annotations

import hashlib
import html
import itertools
import logging
import re
import threading
import unicodedata
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar, TypeVar

import requests
import tweepy
from django.conf import settings
from django.utils import timezone
from django.utils.module_loading import import_string
from requests_oauthlib import OAuth1Session
from urllib3.exceptions import ConnectTimeoutError, MaxRetryError, NewConnectionError

from schoolsocial.accounts.crypto import Credentials

logger = logging.getLogger(__name__)

BACKENDS = {
    "outbox": "schoolsocial.publishing.backends.OutboxPublisher",
    "x": "schoolsocial.publishing.backends.XPublisher",
    "memory": "schoolsocial.publishing.backends.MemoryPublisher",
}

T = TypeVar("T")


# -- what goes in and what comes out --------------------------------------------------------------

@dataclass(frozen=True)
class Photo:
    """A photo to attach: its bytes, or the path of its cleaned file, and its alt text."""

    alt_text: str
    media_type: str = "image/jpeg"
    data: bytes | None = field(default=None, repr=False)
    path: str | Path | None = None

    def read(self) -> bytes:
        if self.data is not None:
            return self.data
        try:
            return Path(self.path or "").read_bytes()
        except OSError:
            name = Path(self.path).name if self.path else "(no file)"
            raise TransportError(
                f"The photo file {name} is missing, so the post cannot be sent. Attach the "
                f"photo again and re-approve the post.", permanent=True,
            ) from None


@dataclass(frozen=True)
class Payload:
    text: str
    photos: tuple[Photo, ...] = ()
    reply_to: str | None = None
    reply_settings: str | None = None  # who may reply on X (the school's policy); None: everyone


@dataclass(frozen=True)
class Published:
    tweet_id: str
    url: str


@dataclass(frozen=True)
class RemoteTweet:
    """A tweet found on the account's timeline."""

    tweet_id: str
    text: str
    url: str
    created_at: datetime | None = None


@dataclass(frozen=True)
class RemoteUser:
    """Another account, as read from the school's followers, following or mentions."""

    id: str
    username: str
    name: str
    description: str = ""
    created_at: datetime | None = None
    has_picture: bool = True
    protected: bool = False
    url: str = ""  # the profile, where the network gives one (Mastodon)


@dataclass(frozen=True)
class RemoteMention:
    """A post that mentions the school's account; `reply_to` is the id of the school's post it
    replies to, if it is a reply to one; `author` None when the account is gone from X."""

    id: str
    text: str
    author_id: str
    author: RemoteUser | None
    created_at: datetime | None = None
    reply_to: str | None = None
    url: str = ""
    has_media: bool = False
    # where a read has got to, when it is not the id: Bluesky's indexedAt, Mastodon's
    # notification id; compared as numbers when both are digits, as text otherwise
    mark: str = ""


@dataclass(frozen=True)
class Page:
    """One page of a list read from X, newest first; `next_token` None on the last page."""

    items: list
    next_token: str | None = None


@dataclass(frozen=True)
class XAccount:
    id: str
    username: str
    name: str


class TransportError(Exception):
    """Sending failed. Read the flags, never the message, to decide what happens next."""

    def __init__(self, message: str, *, permanent: bool = False,
                 retry_after: datetime | None = None, outcome_unknown: bool = False,
                 duplicate: bool = False, status: int | None = None, no_credit: bool = False,
                 resend_if_absent: bool = False):
        super().__init__(message)
        # outcome unknown, but X said it failed: if the timeline does not show it, send again
        self.resend_if_absent = resend_if_absent
        self.message = message
        self.permanent = permanent
        self.retry_after = retry_after
        self.outcome_unknown = outcome_unknown
        self.duplicate = duplicate
        self.status = status
        self.no_credit = no_credit

    def __repr__(self) -> str:
        flags = [name for name in ("permanent", "outcome_unknown", "duplicate", "no_credit")
                 if getattr(self, name)]
        if self.retry_after:
            flags.append(f"retry_after={self.retry_after.isoformat()}")
        return f"TransportError({self.message!r}, {', '.join(flags) or 'retryable'})"


def same_text(ours: str, theirs: str) -> bool:
    """Whether a timeline tweet is our text as X shows it: entities escaped, links shortened
    to t.co, a link appended for attached photos."""
    return _normalise(ours) == _normalise(theirs)


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", html.unescape(text))
    text = re.sub(r"https?://\S+", " \x00 ", text)
    text = " ".join(text.split())
    while text.endswith("\x00"):
        text = text[:-1].rstrip()
    return text


# -- choosing a backend ---------------------------------------------------------------------------

def get_publisher(school: Any = None, credentials: Credentials | None = None, *,
                  backend: str | None = None, **options: Any) -> Publisher:
    """The publisher for a school: settings.PUBLISHER unless `backend` names another."""
    name = backend or settings.PUBLISHER
    cls = import_string(BACKENDS.get(name, name))
    return cls(school=school, credentials=credentials, **options)


@contextmanager
def publisher_for(school: Any, publisher: Publisher | None = None) -> Iterator[Publisher]:
    """The school's publisher with its stored credentials, closed afterwards. A `publisher`
    passed in (a test's) is used as it is and left to its owner to close."""
    if publisher is not None:
        yield publisher
        return
    made = get_publisher(school, school.x_credentials())
    try:
        yield made
    finally:
        made.close()


class Publisher:
    name = ""

    def __init__(self, school: Any = None, credentials: Credentials | None = None):
        self.school = school
        self.credentials = credentials

    def publish(self, payload: Payload) -> Published:
        raise NotImplementedError

    def delete(self, tweet_id: str) -> bool:
        """Delete a tweet; False when it was already gone."""
        raise NotImplementedError

    def find_recent(self, text: str, since: datetime) -> RemoteTweet | None:
        """The account's tweet with this text posted at or after `since`, if there is one."""
        raise NotImplementedError

    def me(self) -> XAccount:
        raise NotImplementedError

    # The account's other side (inbound): owned reads, and hiding a reply. X's 2026 API has no
    # follow or block writes for self-serve apps, so there are none here.

    def mentions(self, since_id: str | None = None, token: str | None = None) -> Page:
        """Posts mentioning the account (replies to its posts among them) newer than since_id,
        newest first, a page of RemoteMention at a time."""
        raise NotImplementedError

    def followers(self, token: str | None = None) -> Page:
        """The account's followers, newest first, a page of RemoteUser at a time."""
        raise NotImplementedError

    def following(self, token: str | None = None) -> Page:
        """The accounts the school's account follows, newest first."""
        raise NotImplementedError

    def hide_reply(self, tweet_id: str) -> bool:
        """Hide a reply to one of the school's posts; False when it is gone from X."""
        raise NotImplementedError

    def close(self) -> None:
        """Release connections."""


# -- x: the X API through tweepy ------------------------------------------------------------------

TWEEPY_HOST = "https://api.twitter.com"  # hard-coded in tweepy.Client.request()


class XSession(requests.Session):
    """The one way out to X. tweepy sends every call through `Client.session`, so rebasing its
    hard-coded host here reaches settings.X_API_BASE_URL (the fake server in tests) without
    copying tweepy's request(); it also gives every call a timeout, which tweepy does not."""

    def __init__(self, api_base_url: str, timeout: float | tuple[float, float]):
        super().__init__()
        self.api_base_url = api_base_url.rstrip("/")
        self.timeout = timeout

    def request(self, method: str | bytes, url: str | bytes, *args: Any,  # type: ignore[override]
                **kwargs: Any) -> requests.Response:
        url = url.decode() if isinstance(url, bytes) else url
        if url.startswith(TWEEPY_HOST):
            url = self.api_base_url + url[len(TWEEPY_HOST):]
        if kwargs.get("timeout") is None:
            kwargs["timeout"] = self.timeout
        return super().request(method, url, *args, **kwargs)


class XClient(tweepy.Client):
    """tweepy's Client, sending through an XSession."""

    def __init__(self, credentials: Credentials, session: XSession):
        super().__init__(
            consumer_key=credentials.consumer_key,
            consumer_secret=credentials.consumer_secret,
            access_token=credentials.access_token,
            access_token_secret=credentials.access_token_secret,
            wait_on_rate_limit=False,  # the worker waits, not a sleeping thread
        )
        self.session = session


class XOAuthHandler(tweepy.OAuth1UserHandler):
    """tweepy's three-legged OAuth 1.0a handler ("Connect X account") with its endpoints under
    settings.X_API_BASE_URL instead of tweepy's hard-coded api.twitter.com."""

    def __init__(self, consumer_key: str, consumer_secret: str, callback: str | None = None, *,
                 base_url: str | None = None, timeout: float = 10.0):
        super().__init__(consumer_key, consumer_secret, callback=callback)
        self.base_url = (base_url or settings.X_API_BASE_URL).rstrip("/")
        self.timeout = timeout

    def _get_oauth_url(self, endpoint: str) -> str:
        return f"{self.base_url}/oauth/{endpoint}"

    # tweepy's own two fetches, with a timeout (tweepy sets none: X down would hang the page)

    def _get_request_token(self, access_type: str | None = None) -> dict[str, str]:
        try:
            return self.oauth.fetch_request_token(self._get_oauth_url("request_token"),
                                                  timeout=self.timeout)
        except Exception as exc:
            raise tweepy.TweepyException(exc) from exc

    def get_access_token(self, verifier: str | None = None) -> tuple[str, str]:
        try:
            self.oauth = OAuth1Session(
                self.consumer_key, client_secret=self.consumer_secret,
                resource_owner_key=self.request_token["oauth_token"],
                resource_owner_secret=self.request_token["oauth_token_secret"],
                verifier=verifier, callback_uri=self.callback)
            answer = self.oauth.fetch_access_token(self._get_oauth_url("access_token"),
                                                   timeout=self.timeout)
        except Exception as exc:
            raise tweepy.TweepyException(exc) from exc
        self.access_token = answer["oauth_token"]
        self.access_token_secret = answer["oauth_token_secret"]
        return self.access_token, self.access_token_secret


class XPublisher(Publisher):
    name = "x"
    SIMPLE_UPLOAD_LIMIT = 1024 * 1024
    CHUNK_SIZE = 1024 * 1024

    def __init__(self, school: Any = None, credentials: Credentials | None = None, *,
                 api_base_url: str | None = None, upload_base_url: str | None = None,
                 timeout: float | tuple[float, float] = (5.0, 20.0),
                 simple_upload_limit: int = SIMPLE_UPLOAD_LIMIT, chunk_size: int = CHUNK_SIZE):
        super().__init__(school, credentials)
        if credentials is None:
            raise TransportError(
                "This school has not connected an X account, so nothing can be published to X. "
                "The headteacher can connect it on the Publishing page (X account).",
                permanent=True,
            )
        self.upload_base_url = (upload_base_url or api_base_url
                                or settings.X_UPLOAD_BASE_URL).rstrip("/")
        self.session = XSession(api_base_url or settings.X_API_BASE_URL, timeout)
        self.client = XClient(credentials, self.session)
        self.auth = tweepy.OAuth1UserHandler(
            credentials.consumer_key, credentials.consumer_secret,
            credentials.access_token, credentials.access_token_secret,
        ).apply_auth()
        self.simple_upload_limit = simple_upload_limit
        self.chunk_size = chunk_size
        self._account: XAccount | None = None

    def publish(self, payload: Payload) -> Published:
        media_ids = [self.upload(photo) for photo in payload.photos]
        try:
            response = self._guard("the post", lambda: self.client.create_tweet(
                text=payload.text or None, media_ids=media_ids or None,
                in_reply_to_tweet_id=payload.reply_to, reply_settings=payload.reply_settings,
                user_auth=True,
            ), write=True)
        except TransportError as error:
            raise answered_after_sending(error) from error
        tweet_id = str(response.data["id"])
        logger.info("Published tweet %s", tweet_id)
        return Published(tweet_id, self.tweet_url(tweet_id))

    def delete(self, tweet_id: str) -> bool:
        try:
            response = self._guard("the tweet", lambda: self.client.delete_tweet(
                tweet_id, user_auth=True))
        except TransportError as error:
            if error.status == 404:
                return False
            raise
        return bool(response.data and response.data.get("deleted"))

    USER_FIELDS = ("username", "name", "description", "created_at", "profile_image_url",
                   "protected")

    def account_id(self) -> str:
        """The account's X user id without asking X: an OAuth 1.0a access token begins with
        it ("<user id>-..."); otherwise GET /2/users/me."""
        prefix = self.credentials.access_token.split("-", 1)[0]
        return prefix if prefix.isdigit() else self.me().id

    def mentions(self, since_id: str | None = None, token: str | None = None) -> Page:
        account = XAccount(self.account_id(), "", "")
        response = self._guard("the mentions", lambda: self.client.get_users_mentions(
            account.id, user_auth=True, since_id=since_id, pagination_token=token,
            max_results=100, expansions=["author_id"], user_fields=list(self.USER_FIELDS),
            tweet_fields=["created_at", "author_id", "conversation_id", "in_reply_to_user_id",
                          "referenced_tweets", "attachments"]))
        users = {str(u.id): _remote_user(u) for u in (response.includes or {}).get("users", [])}
        items = []
        for tweet in response.data or []:
            replied = [str(r.id) for r in tweet.referenced_tweets or [] if r.type == "replied_to"]
            ours = str(tweet.in_reply_to_user_id or "") == account.id
            author = users.get(str(tweet.author_id))
            handle = author.username if author else "i/web"
            items.append(RemoteMention(
                str(tweet.id), tweet.text, str(tweet.author_id), author, tweet.created_at,
                replied[0] if replied and ours else None,
                f"https://x.com/{handle}/status/{tweet.id}", bool(tweet.attachments)))
        return Page(items, (response.meta or {}).get("next_token"))

    def followers(self, token: str | None = None) -> Page:
        return self._users("the followers", lambda: self.client.get_users_followers(
            self.account_id(), user_auth=True, pagination_token=token, max_results=1000,
            user_fields=list(self.USER_FIELDS)))

    def following(self, token: str | None = None) -> Page:
        return self._users("the accounts followed", lambda: self.client.get_users_following(
            self.account_id(), user_auth=True, pagination_token=token, max_results=1000,
            user_fields=list(self.USER_FIELDS)))

    def _users(self, what: str, call: Callable[[], Any]) -> Page:
        response = self._guard(what, call)
        return Page([_remote_user(u) for u in response.data or []],
                    (response.meta or {}).get("next_token"))

    def hide_reply(self, tweet_id: str) -> bool:
        try:
            response = self._guard("the reply", lambda: self.client.hide_reply(
                tweet_id, user_auth=True), write=True)
        except TransportError as error:
            if error.status == 404:
                return False
            raise
        return bool(response.data and response.data.get("hidden"))

    def me(self) -> XAccount:
        if self._account is None:
            user = self._guard("the account", lambda: self.client.get_me(user_auth=True)).data
            self._account = XAccount(str(user.id), user.username, user.name)
        return self._account

    def find_recent(self, text: str, since: datetime, *, pages: int = 5) -> RemoteTweet | None:
        account = self.me()
        token: str | None = None
        for _ in range(pages):
            response = self._guard("the timeline", lambda t=token: self.client.get_users_tweets(
                account.id, user_auth=True, start_time=since, max_results=100,
                tweet_fields=["created_at"], pagination_token=t,
            ))
            for tweet in response.data or []:
                if same_text(text, tweet.text):
                    return RemoteTweet(str(tweet.id), tweet.text, self.tweet_url(str(tweet.id)),
                                       tweet.created_at)
            token = response.meta.get("next_token")
            if not token:
                break
        return None

    def close(self) -> None:
        self.session.close()

    def tweet_url(self, tweet_id: str) -> str:
        handle = getattr(self.school, "x_handle", "").lstrip("@") or "i/web"
        return f"https://x.com/{handle}/status/{tweet_id}"

    # media: X's v2 upload endpoints, which tweepy 4.17 does not wrap

    def upload(self, photo: Photo) -> str:
        content = photo.read()
        if len(content) <= self.simple_upload_limit:
            data = self._media_post("/2/media/upload", files={
                "media": ("photo", content, photo.media_type),
            }, data={"media_category": "tweet_image", "media_type": photo.media_type})
            media_id = str(data["data"]["id"])
        else:
            media_id = self._upload_chunked(content, photo.media_type)
        if photo.alt_text:
            self._media_post("/2/media/metadata", json={
                "id": media_id, "metadata": {"alt_text": {"text": photo.alt_text}},
            })
        return media_id

    def _upload_chunked(self, content: bytes, media_type: str) -> str:
        started = self._media_post("/2/media/upload/initialize", json={
            "media_type": media_type, "total_bytes": len(content), "media_category": "tweet_image",
        })
        media_id = str(started["data"]["id"])
        for index, offset in enumerate(range(0, len(content), self.chunk_size)):
            self._media_post(f"/2/media/upload/{media_id}/append", files={
                "media": ("chunk", content[offset:offset + self.chunk_size],
                          "application/octet-stream"),
            }, data={"segment_index": str(index)})
        self._media_post(f"/2/media/upload/{media_id}/finalize")
        return media_id

    def _media_post(self, path: str, **kwargs: Any) -> dict[str, Any]:
        response = self._guard("a photo", lambda: self.session.post(
            self.upload_base_url + path, auth=self.auth, **kwargs))
        if not 200 <= response.status_code < 300:
            raise http_error(response, "a photo")
        try:
            return response.json()
        except ValueError:
            raise TransportError("X sent an answer about a photo that could not be read; it "
                                 "will be tried again.", status=response.status_code) from None

    def _guard(self, what: str, call: Callable[[], T], *, write: bool = False) -> T:
        """Run one call to X and turn whatever goes wrong into a TransportError."""
        try:
            return call()
        except tweepy.HTTPException as exc:
            raise http_error(exc.response, what) from exc
        except requests.RequestException as exc:
            raise connection_error(exc, write=write) from exc


def _remote_user(user: Any) -> RemoteUser:
    picture = getattr(user, "profile_image_url", None) or ""
    return RemoteUser(str(user.id), user.username, user.name,
                      getattr(user, "description", None) or "",
                      getattr(user, "created_at", None),
                      bool(picture) and "default_profile_images" not in picture,
                      bool(getattr(user, "protected", False)))


def answered_after_sending(error: TransportError) -> TransportError:
    """X's 5xx to the post itself: the request reached X, which may have stored the tweet before
    failing (a proxy's 502 or 504, a 503 after the write), so the answer does not prove the post
    is absent. The timeline is looked at first; only if it is not there is the post sent again."""
    if error.status is None or error.status < 500:
        return error
    return TransportError(
        f"X answered with an error of its own ({error.status}) after the post was sent, so it "
        f"may have been published. It is looked for on the school's X timeline and sent again "
        f"only if it is not there.", outcome_unknown=True, resend_if_absent=True,
        status=error.status)


def http_error(response: requests.Response, what: str) -> TransportError:
    status = response.status_code
    detail = _detail(response)
    if status == 402 or _problem_type(response).endswith("/usage-capped"):
        return TransportError(NO_CREDIT, status=status, no_credit=True)
    if status == 429:
        retry_after = rate_limit_reset(response.headers)
        when = (timezone.localtime(retry_after).strftime("%H:%M on %d %B") if retry_after
                else "a short wait")
        return TransportError(f"X's rate limit for this account has been reached; it will be "
                              f"tried again after {when}.", retry_after=retry_after, status=status)
    if status >= 500:
        return TransportError(f"X had a problem of its own ({status}); it will be tried again "
                              f"shortly.", status=status)
    if status == 401:
        return TransportError(
            "X did not accept the school's account keys. The X account may have been "
            "disconnected or its access withdrawn: the headteacher should connect it again on "
            "the Publishing page (X account).", permanent=True, status=status)
    if status == 403 and "duplicate" in detail.lower():
        return _duplicate()
    if status == 403:
        return TransportError(f"X refused {what}: {detail}", permanent=True, status=status)
    if status == 404:
        return TransportError(f"X could not find {what}: {detail}", permanent=True, status=status)
    return TransportError(f"X rejected {what} ({status}): {detail}", permanent=True,
                          status=status)


NO_CREDIT = ("X has no credit left on this account (or it has reached its spending cap), so "
             "nothing more can be sent until credit is added on X's developer console.")


def _problem_type(response: requests.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return ""
    return str(body.get("type", "")) if isinstance(body, dict) else ""


def _duplicate() -> TransportError:
    return TransportError(
        "X refused this post because the account has already posted the same text. It may "
        "already be on the school's X timeline: check there before trying again.",
        permanent=True, duplicate=True, status=403)


def rate_limit_reset(headers: Any) -> datetime | None:
    """When sending may start again: the latest reset among the exhausted limits (15-minute,
    24-hour user, 24-hour app), or the 15-minute reset when none says it is exhausted."""
    resets = [int(headers[f"{p}-reset"]) for p in
              ("x-rate-limit", "x-user-limit-24hour", "x-app-limit-24hour")
              if headers.get(f"{p}-remaining") == "0" and _is_int(headers.get(f"{p}-reset"))]
    if not resets and _is_int(headers.get("x-rate-limit-reset")):
        resets = [int(headers["x-rate-limit-reset"])]
    return datetime.fromtimestamp(max(resets), UTC) if resets else None


def connection_error(exc: requests.RequestException, *, write: bool) -> TransportError:
    if _never_sent(exc):
        return TransportError(f"Could not reach X ({type(exc).__name__}); it will be tried "
                              f"again shortly.")
    if not write:
        return TransportError(f"The connection to X failed ({type(exc).__name__}); it will be "
                              f"tried again shortly.")
    if isinstance(exc, requests.ReadTimeout):
        reason = "X did not answer in time after the post was sent"
    else:
        reason = "The connection to X was lost after the post was sent"
    return TransportError(f"{reason}, so it is not known whether it was published. It will be "
                          f"looked for on the school's X timeline before anything is sent again.",
                          outcome_unknown=True)


def _never_sent(exc: requests.RequestException) -> bool:
    if isinstance(exc, requests.ConnectTimeout):
        return True
    if not isinstance(exc, requests.ConnectionError) or isinstance(exc, requests.ReadTimeout):
        return False
    reason = exc.args[0] if exc.args else None
    if isinstance(reason, MaxRetryError):
        reason = reason.reason
    return isinstance(reason, NewConnectionError | ConnectTimeoutError)


def _detail(response: requests.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return response.reason or str(response.status_code)
    if not isinstance(body, dict):
        return str(body)[:200]
    messages = [e.get("message", "") for e in body.get("errors", []) if isinstance(e, dict)]
    return "; ".join(m for m in messages if m) or body.get("detail") or body.get("title") or ""


def _is_int(value: str | None) -> bool:
    return value is not None and value.strip().isdigit()


# -- outbox: a local timeline, so the product runs without an X account ---------------------------

class OutboxPublisher(Publisher):
    name = "outbox"

    def publish(self, payload: Payload) -> Published:
        from schoolsocial.publishing.models import OutboxTweet

        media = [_describe(photo) for photo in payload.photos]
        if OutboxTweet.objects.live(self.school).filter(text=payload.text).exists():
            raise _duplicate()
        tweet = OutboxTweet.objects.create(school=self.school, text=payload.text, media=media,
                                           in_reply_to=payload.reply_to or "",
                                           reply_settings=payload.reply_settings or "")
        return Published(tweet.tweet_id, tweet.get_absolute_url())

    def delete(self, tweet_id: str) -> bool:
        from schoolsocial.publishing.models import OutboxTweet

        pk = OutboxTweet.pk_from_tweet_id(tweet_id)
        live = OutboxTweet.objects.live(self.school).filter(pk=pk)
        return pk is not None and live.update(deleted_at=timezone.now()) == 1

    def find_recent(self, text: str, since: datetime) -> RemoteTweet | None:
        from schoolsocial.publishing.models import OutboxTweet

        for tweet in OutboxTweet.objects.live(self.school).filter(created_at__gte=since):
            if same_text(text, tweet.text):
                return RemoteTweet(tweet.tweet_id, tweet.text, tweet.get_absolute_url(),
                                   tweet.created_at)
        return None

    # The outbox has no other accounts: its mentions, followers and following are the demo's
    # (inbound/demo.py), so the Inbox and Followers pages work without an X account.

    def mentions(self, since_id: str | None = None, token: str | None = None) -> Page:
        from schoolsocial.inbound import demo

        return Page(demo.mentions(self.school, since_id))

    def followers(self, token: str | None = None) -> Page:
        from schoolsocial.inbound import demo

        return Page(demo.followers(self.school))

    def following(self, token: str | None = None) -> Page:
        from schoolsocial.inbound import demo

        return Page(demo.following(self.school))

    def hide_reply(self, tweet_id: str) -> bool:
        return True  # the demo's replies are only in School Social's own tables

    def me(self) -> XAccount:
        handle = getattr(self.school, "x_handle", "") or "outbox"
        return XAccount(f"outbox-{getattr(self.school, 'pk', '')}", handle.lstrip("@"),
                        str(self.school or "Outbox"))


def _describe(photo: Photo) -> dict[str, Any]:
    content = photo.read()
    return {"alt_text": photo.alt_text, "media_type": photo.media_type, "size": len(content),
            "sha256": hashlib.sha256(content).hexdigest()}


# -- memory: an in-process timeline for tests -----------------------------------------------------

@dataclass
class MemoryTweet:
    tweet_id: str
    account: Any
    payload: Payload
    created_at: datetime
    deleted: bool = False


class MemoryPublisher(Publisher):
    """Tweets land in `MemoryPublisher.tweets` (like django.core.mail.outbox). Tests queue
    failures with `fail_next(error, stored=...)`: stored=True keeps the tweet and then raises,
    as when X publishes and the answer is lost. Safe across threads."""

    name = "memory"
    tweets: ClassVar[list[MemoryTweet]] = []
    calls: ClassVar[list[tuple[str, Any]]] = []
    _faults: ClassVar[deque[tuple[BaseException, bool]]] = deque()
    _ids: ClassVar[itertools.count[int]] = itertools.count(1)
    _lock: ClassVar[threading.Lock] = threading.Lock()

    @classmethod
    def reset(cls) -> None:
        with cls._lock:
            cls.tweets.clear()
            cls.calls.clear()
            cls._faults.clear()
            cls.inbound_mentions.clear()
            cls.inbound_followers.clear()
            cls.inbound_following.clear()

    @classmethod
    def fail_next(cls, error: BaseException, *, stored: bool = False) -> None:
        """Raise `error` on the next publish; any exception, so a test can stand in for a
        worker killed half-way (stored=True and an error that is not a TransportError)."""
        with cls._lock:
            cls._faults.append((error, stored))

    @property
    def account(self) -> Any:
        return getattr(self.school, "pk", None)

    def timeline(self) -> list[MemoryTweet]:
        return [t for t in self.tweets if t.account == self.account and not t.deleted]

    def publish(self, payload: Payload) -> Published:
        for photo in payload.photos:
            photo.read()
        with self._lock:
            self.calls.append(("publish", payload))
            error, stored = self._faults.popleft() if self._faults else (None, False)
            if error is not None and not stored:
                raise error
            if any(t.payload.text == payload.text for t in self.timeline()):
                raise _duplicate()
            tweet = MemoryTweet(f"mem-{next(self._ids)}", self.account, payload, timezone.now())
            self.tweets.append(tweet)
        if error is not None:
            raise error
        return Published(tweet.tweet_id, f"https://x.invalid/status/{tweet.tweet_id}")

    # Inbound for tests: what the account's lists hold (class-level, like `tweets`).
    inbound_mentions: ClassVar[list[RemoteMention]] = []
    inbound_followers: ClassVar[list[RemoteUser]] = []
    inbound_following: ClassVar[list[RemoteUser]] = []

    def mentions(self, since_id: str | None = None, token: str | None = None) -> Page:
        with self._lock:
            self.calls.append(("mentions", since_id))
            return Page([m for m in self.inbound_mentions
                         if since_id is None or int(m.id) > int(since_id)])

    def followers(self, token: str | None = None) -> Page:
        with self._lock:
            self.calls.append(("followers", token))
            return Page(list(self.inbound_followers))

    def following(self, token: str | None = None) -> Page:
        with self._lock:
            self.calls.append(("following", token))
            return Page(list(self.inbound_following))

    def hide_reply(self, tweet_id: str) -> bool:
        with self._lock:
            self.calls.append(("hide_reply", tweet_id))
        return True

    def delete(self, tweet_id: str) -> bool:
        with self._lock:
            self.calls.append(("delete", tweet_id))
            for tweet in self.timeline():
                if tweet.tweet_id == tweet_id:
                    tweet.deleted = True
                    return True
        return False

    def find_recent(self, text: str, since: datetime) -> RemoteTweet | None:
        with self._lock:
            self.calls.append(("find_recent", text))
            for tweet in self.timeline():
                if tweet.created_at >= since and same_text(text, tweet.payload.text):
                    return RemoteTweet(tweet.tweet_id, tweet.payload.text,
                                       f"https://x.invalid/status/{tweet.tweet_id}",
                                       tweet.created_at)
        return None

    def me(self) -> XAccount:
        return XAccount(f"memory-{self.account}", "memory", "Memory")
