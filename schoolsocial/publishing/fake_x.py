"""A fake X API server on 127.0.0.1 for tests, development and benchmarks.

It speaks the v2 wire format the x publisher uses (tweets create, delete and user timeline;
users/me; media upload simple and chunked; media metadata; and X as it is in 2026: mentions,
followers and following, hiding a reply, reply_settings, the reply restriction, follow writes
refused, pay-per-use credit with 402 and the usage-capped problem) and the OAuth 1.0a token
endpoints,
checks every OAuth 1.0a signature against the secrets it knows, refuses duplicate text with
X's 403, counts rate limits and sends X's headers, and lets a test queue faults for the next
requests: canned answers (429, 5xx, 401, 403 duplicate), a write stored and then answered with an
error (5xx after storing), slow answers, and connections dropped before or after the write is
stored. A fault may be for one account only (`user_id`), so that faults queued for several
schools at once each reach the school they were meant for.

State lives in memory; `reset()` clears it. In-process:

    with FakeX() as fake:                   # port 0: the system picks a free port
        fake.queue(Fault.rate_limited(reset_in=60))
        ...                                 # point X_API_BASE_URL at fake.url

From another process (`python manage.py fake_x --port 8765`) the same controls are a small JSON
API under /_fake/ (see `_control`).
"""

from __future__ import annotations

import dataclasses
import email.parser
import email.policy
import hashlib
import html
import itertools
import json
import logging
import re
import secrets
import socket
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import SimpleNamespace
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from oauthlib.oauth1.rfc5849 import signature, utils

logger = logging.getLogger(__name__)

CONSUMER_KEY = "fake-consumer-key"
CONSUMER_SECRET = "fake-consumer-secret"  # noqa: S105 - a test fixture, not a secret
DUPLICATE_DETAIL = "You are not allowed to create a Tweet with duplicate content."
FIRST_ID = 1_890_000_000_000_000_000


@dataclass
class Fault:
    """What the server does with the next request that matches `match` ("POST /2/tweets").

    kind: "respond" (send status/body/headers without touching state), "error_after" (handle
    the request, store any write, then answer status/body as if it had failed), "slow" (handle
    the request, store any write, then wait `seconds` before answering), "drop_after" (store
    the write, then close the connection without an answer), "drop_before" (close the
    connection without handling the request). `user_id`: only a request from that account.
    """

    kind: str
    match: str = ""
    status: int = 0
    body: dict[str, Any] | None = None
    headers: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0
    user_id: str = ""

    def matches(self, method: str, path: str, user_id: str = "") -> bool:
        if self.user_id and self.user_id != user_id:
            return False
        return not self.match or f"{method} {path}".startswith(self.match)

    def for_account(self, user_id: str) -> Fault:
        """This fault, for requests from one account only."""
        return dataclasses.replace(self, user_id=user_id)

    @classmethod
    def respond(cls, status: int, body: dict[str, Any] | None = None, *, match: str = "",
                headers: dict[str, str] | None = None) -> Fault:
        return cls("respond", match, status, body or _problem(status), headers or {})

    @classmethod
    def rate_limited(cls, reset_in: int = 900, *, user_24h: bool = False,
                     match: str = "POST /2/tweets") -> Fault:
        """429 with X's headers; user_24h: the 24-hour user limit is the exhausted one."""
        now = int(time.time())
        headers = {
            "x-rate-limit-limit": "100",
            "x-rate-limit-remaining": "99" if user_24h else "0",
            "x-rate-limit-reset": str(now + (60 if user_24h else reset_in)),
        }
        if user_24h or match.startswith("POST /2/tweets"):
            headers |= {
                "x-user-limit-24hour-limit": "17",
                "x-user-limit-24hour-remaining": "0" if user_24h else "10",
                "x-user-limit-24hour-reset": str(now + (reset_in if user_24h else 86400)),
            }
        return cls.respond(429, match=match, headers=headers)

    @classmethod
    def server_error(cls, status: int = 503, *, match: str = "POST /2/tweets") -> Fault:
        return cls.respond(status, match=match)

    @classmethod
    def unauthorized(cls, *, match: str = "") -> Fault:
        return cls.respond(401, match=match)

    @classmethod
    def duplicate(cls, *, match: str = "POST /2/tweets") -> Fault:
        return cls.respond(403, _problem(403, DUPLICATE_DETAIL), match=match)

    @classmethod
    def error_after_write(cls, status: int = 503, *, match: str = "POST /2/tweets") -> Fault:
        """X stores the tweet and then answers with an error (a 5xx from a proxy in front of
        it, say): the answer does not prove the tweet is absent."""
        return cls("error_after", match, status, _problem(status))

    @classmethod
    def slow(cls, seconds: float, *, match: str = "POST /2/tweets") -> Fault:
        return cls("slow", match, seconds=seconds)

    @classmethod
    def drop_after_write(cls, *, match: str = "POST /2/tweets") -> Fault:
        return cls("drop_after", match)

    @classmethod
    def drop_before_write(cls, *, match: str = "POST /2/tweets") -> Fault:
        return cls("drop_before", match)

    @classmethod
    def no_credit(cls, *, match: str = "POST /2/tweets") -> Fault:
        """402: the account's pay-per-use credits are spent (X, since 6 February 2026)."""
        return cls.respond(402, dict(CREDITS_DEPLETED), match=match)

    @classmethod
    def usage_capped(cls, *, match: str = "POST /2/tweets") -> Fault:
        """429 with X's usage-capped problem: over the account's spend cap."""
        return cls.respond(429, dict(USAGE_CAPPED), match=match)


@dataclass
class Account:
    user_id: str
    username: str
    name: str
    access_token: str
    access_token_secret: str = field(repr=False)
    following: set[str] = field(default_factory=set)


@dataclass
class Tweet:
    id: str
    author_id: str
    text: str  # as X shows it: &, < and > escaped, links shortened to t.co
    submitted_text: str
    created_at: datetime
    media_ids: list[str] = field(default_factory=list)
    in_reply_to: str | None = None
    deleted: bool = False

    def as_json(self, fields: set[str]) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "text": self.text,
                                "edit_history_tweet_ids": [self.id]}
        if "created_at" in fields:
            data["created_at"] = _iso(self.created_at)
        if "author_id" in fields:
            data["author_id"] = self.author_id
        if "attachments" in fields and self.media_ids:
            data["attachments"] = {"media_keys": [f"3_{m}" for m in self.media_ids]}
        return data


@dataclass
class XUser:
    """Another account on X, as the user object of X's v2 API shows it."""

    id: str
    username: str
    name: str
    description: str = ""
    created_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    profile_image: bool = True
    protected: bool = False

    def as_json(self, fields: set[str]) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "name": self.name, "username": self.username}
        if "description" in fields:
            data["description"] = self.description
        if "created_at" in fields:
            data["created_at"] = _iso(self.created_at)
        if "protected" in fields:
            data["protected"] = self.protected
        if "profile_image_url" in fields:
            data["profile_image_url"] = (
                f"https://pbs.twimg.com/profile_images/{self.id}/photo_normal.jpg"
                if self.profile_image else
                "https://abs.twimg.com/sticky/default_profile_images/default_profile_normal.png")
        return data


@dataclass
class Media:
    id: str
    owner_id: str
    media_type: str
    total_bytes: int
    chunks: dict[int, bytes] = field(default_factory=dict, repr=False)
    finalized: bool = False
    alt_text: str = ""

    @property
    def content(self) -> bytes:
        return b"".join(self.chunks[i] for i in sorted(self.chunks))

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.content).hexdigest()


@dataclass
class Window:
    limit: int
    seconds: int
    used: int = 0
    reset_at: int = 0

    def take(self, now: int) -> bool:
        if now >= self.reset_at:
            self.used, self.reset_at = 0, now + self.seconds
        if self.used >= self.limit:
            return False
        self.used += 1
        return True

    @property
    def remaining(self) -> int:
        return max(self.limit - self.used, 0)


@dataclass
class Recorded:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes = field(repr=False)
    json: Any = None
    form: dict[str, str] = field(default_factory=dict)
    files: dict[str, bytes] = field(default_factory=dict, repr=False)
    status: int = 0
    pairs: list[tuple[str, str]] = field(default_factory=list, repr=False)  # repeats kept

    def every(self, name: str) -> list[str]:
        """Every value of a repeated query parameter (reasons=a&reasons=b, types[]=a)."""
        return [value for key, value in self.pairs if key == name]


class _Drop(Exception):
    """Close the connection without an answer."""


class _Answer(Exception):
    def __init__(self, status: int, body: Any = None, headers: dict[str, str] | None = None):
        super().__init__(status)
        self.status, self.body, self.headers = status, body, headers or {}


# (limit, window in seconds) per user; X's documented figures are lower, these leave room for
# benchmarks. Tests tighten them with set_limit().
DEFAULT_LIMITS: dict[str, tuple[int, int]] = {
    "POST /2/tweets": (10_000, 900),
    "DELETE /2/tweets/:id": (10_000, 900),
    "GET /2/users/:id/tweets": (10_000, 900),
    "GET /2/users/me": (10_000, 900),
    "POST /2/media": (100_000, 900),
}
DEFAULT_DAILY_TWEETS = 100_000


class FakeX:
    def __init__(self, host: str = "127.0.0.1", port: int = 0, *,
                 consumer_key: str = CONSUMER_KEY, consumer_secret: str = CONSUMER_SECRET):
        self.host, self.port = host, port
        self.consumer_key, self.consumer_secret = consumer_key, consumer_secret
        self._lock = threading.RLock()
        self._stopping = threading.Event()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.reset()

    # -- lifecycle ----------------------------------------------------------------------------

    def start(self) -> FakeX:
        self._stopping.clear()
        self._server = _Server((self.host, self.port), _handler_for(self))
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, name="fake-x",
                                        kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def wait(self) -> None:
        """Block until stop() is called from another thread (or Ctrl-C)."""
        while not self._stopping.wait(1):
            pass

    def __enter__(self) -> FakeX:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def reset(self) -> None:
        with self._lock:
            self.accounts: dict[str, Account] = {}
            self.tweets: dict[str, Tweet] = {}
            self.media: dict[str, Media] = {}
            self.requests: deque[Recorded] = deque(maxlen=10_000)
            self.faults: list[Fault] = []
            self.latency = 0.0
            self.limits = dict(DEFAULT_LIMITS)
            self.daily_tweets = DEFAULT_DAILY_TWEETS
            self._windows: dict[tuple[str, str], Window] = {}
            self._nonces: set[tuple[str, str]] = set()
            self._request_tokens: dict[str, dict[str, str]] = {}
            self._ids = itertools.count(FIRST_ID)
            self._reset_2026()
            self.default_account = self.add_account("forefieldprimary", "Forefield Primary")

    # -- controls -----------------------------------------------------------------------------

    def add_account(self, username: str, name: str = "") -> Account:
        with self._lock:
            user_id = str(len(self.accounts) + 1001)
            account = Account(user_id, username, name or username,
                              f"{user_id}-{secrets.token_hex(8)}", secrets.token_hex(16))
            self.accounts[account.access_token] = account
            return account

    def account(self, user_id: str) -> Account | None:
        return next((a for a in self.accounts.values() if a.user_id == user_id), None)

    def queue(self, *faults: Fault) -> None:
        with self._lock:
            self.faults.extend(faults)

    def set_limit(self, endpoint: str, limit: int, window: int = 900) -> None:
        with self._lock:
            self.limits[endpoint] = (limit, window)
            self._windows = {k: w for k, w in self._windows.items() if k[1] != endpoint}

    def set_daily_tweet_limit(self, limit: int) -> None:
        with self._lock:
            self.daily_tweets = limit
            self._windows = {k: w for k, w in self._windows.items() if k[1] != "24h"}

    def window(self, user_id: str, endpoint: str) -> Window | None:
        """The rate-limit window an account is spending on an endpoint ("POST /2/tweets", "24h")."""
        return self._windows.get((user_id, endpoint))

    def timeline(self, user_id: str | None = None) -> list[Tweet]:
        """Live tweets, newest first."""
        user_id = user_id or self.default_account.user_id
        with self._lock:
            live = [t for t in self.tweets.values() if t.author_id == user_id and not t.deleted]
        return sorted(live, key=lambda t: int(t.id), reverse=True)

    def requests_to(self, method: str, path_prefix: str) -> list[Recorded]:
        with self._lock:
            return [r for r in self.requests
                    if r.method == method and r.path.startswith(path_prefix)]

    # -- request handling ---------------------------------------------------------------------

    def handle(self, req: Recorded, host: str) -> tuple[int, Any, dict[str, str], Fault | None]:
        """Answer one API request; the handler turns the result into bytes on the wire."""
        with self._lock:
            self.requests.append(req)
            fault = self._take_fault(req)
        if fault is not None and fault.kind == "respond":
            return fault.status, fault.body, fault.headers, fault
        if fault is not None and fault.kind == "drop_before":
            raise _Drop
        try:
            status, body, headers = self._route(req, host)
        except _Answer as answer:
            status, body, headers = answer.status, answer.body, answer.headers
        if fault is not None and fault.kind == "error_after":
            return fault.status, fault.body or _problem(fault.status), fault.headers, fault
        return status, body, headers, fault

    def _take_fault(self, req: Recorded) -> Fault | None:
        """The first queued fault for this request (and its account), taken off the queue."""
        token = _oauth_params(req.headers.get("authorization", "")).get("oauth_token", "")
        # The fake Bluesky and Mastodon (fake_networks.py) share this queue but keep no X accounts.
        account = getattr(self, "accounts", {}).get(token)
        user_id = account.user_id if account is not None else ""
        fault = next((f for f in self.faults if f.matches(req.method, req.path, user_id)), None)
        if fault is not None:
            self.faults.remove(fault)
        return fault

    def _route(self, req: Recorded, host: str) -> tuple[int, Any, dict[str, str]]:
        for method, pattern, endpoint, view in self._routes():
            match = re.fullmatch(pattern, req.path)
            if match and req.method == method:
                if endpoint.startswith("/oauth"):
                    return view(req, host, *match.groups())
                account = self._authenticate(req, host)
                headers = self._count(account, f"{method} {endpoint}")
                self._refuse_without_credit(f"{method} {endpoint}")
                status, body = view(req, account, *match.groups())
                self._charge(f"{method} {endpoint}", req, status, body)
                return status, body, headers
        raise _Answer(404, _problem(404, f"Unknown endpoint {req.method} {req.path}."))

    def _routes(self) -> list[tuple[str, str, str, Callable[..., Any]]]:
        return self._routes_2026() + [
            ("POST", r"/2/tweets", "/2/tweets", self._create_tweet),
            ("DELETE", r"/2/tweets/(\d+)", "/2/tweets/:id", self._delete_tweet),
            ("GET", r"/2/users/me", "/2/users/me", self._me),
            ("GET", r"/2/users/(\d+)/tweets", "/2/users/:id/tweets", self._user_tweets),
            ("GET", r"/2/users/by/username/(\w{1,15})", "/2/users/by/username/:username",
             self._user_by_username),
            ("POST", r"/2/media/upload", "/2/media", self._upload_simple),
            ("POST", r"/2/media/upload/initialize", "/2/media", self._upload_initialize),
            ("POST", r"/2/media/upload/(\d+)/append", "/2/media", self._upload_append),
            ("POST", r"/2/media/upload/(\d+)/finalize", "/2/media", self._upload_finalize),
            ("POST", r"/2/media/metadata", "/2/media", self._media_metadata),
            ("POST", r"/oauth/request_token", "/oauth", self._request_token),
            ("GET", r"/oauth/(?:authorize|authenticate)", "/oauth", self._authorize_page),
            ("POST", r"/oauth/(?:authorize|authenticate)", "/oauth", self._authorize),
            ("POST", r"/oauth/access_token", "/oauth", self._access_token),
        ]

    # -- OAuth 1.0a signature checking ----------------------------------------------------------

    def _check_signature(self, req: Recorded, host: str, token_secret: str) -> dict[str, str]:
        """The request's oauth_* parameters if its HMAC-SHA1 signature is right, else 401."""
        header = req.headers.get("authorization", "")
        if not header.startswith("OAuth "):
            raise _Answer(401, _problem(401))
        oauth = _oauth_params(header)
        if oauth.get("oauth_consumer_key") != self.consumer_key:
            raise _Answer(401, _problem(401))
        if abs(int(oauth.get("oauth_timestamp", "0")) - time.time()) > 300:
            raise _Answer(401, _problem(401, "Timestamp out of bounds."))
        form = req.form if req.headers.get("content-type", "").startswith(
            "application/x-www-form-urlencoded") else {}
        params = signature.collect_parameters(
            uri_query=urlencode(req.query), body=list(form.items()),
            headers={"Authorization": header},
        )
        base = signature.signature_base_string(
            req.method, signature.base_string_uri(f"http://{host}{req.path}"),
            signature.normalize_parameters(params),
        )
        expected = signature.sign_hmac_sha1_with_client(base, SimpleNamespace(
            client_secret=self.consumer_secret, resource_owner_secret=token_secret))
        if not secrets.compare_digest(expected, oauth.get("oauth_signature", "")):
            raise _Answer(401, _problem(401))
        nonce = (oauth.get("oauth_token", ""), oauth.get("oauth_nonce", ""))
        with self._lock:
            if nonce in self._nonces:
                raise _Answer(401, _problem(401, "Nonce already used."))
            self._nonces.add(nonce)
        return oauth

    def _authenticate(self, req: Recorded, host: str) -> Account:
        token = _oauth_params(req.headers.get("authorization", "")).get("oauth_token", "")
        account = self.accounts.get(token)
        if account is None:
            raise _Answer(401, _problem(401))
        self._check_signature(req, host, account.access_token_secret)
        return account

    def _count(self, account: Account, endpoint: str) -> dict[str, str]:
        now = int(time.time())
        limit, seconds = self.limits.get(endpoint, (10_000, 900))
        with self._lock:
            window = self._windows.setdefault((account.user_id, endpoint), Window(limit, seconds))
            allowed = window.take(now)
            headers = {"x-rate-limit-limit": str(window.limit),
                       "x-rate-limit-remaining": str(window.remaining),
                       "x-rate-limit-reset": str(window.reset_at)}
            if endpoint == "POST /2/tweets":
                daily = self._windows.setdefault((account.user_id, "24h"),
                                                 Window(self.daily_tweets, 86400))
                if allowed and not daily.take(now):
                    allowed = False
                    window.used -= 1  # the 15-minute window was not spent
                headers |= {"x-user-limit-24hour-limit": str(daily.limit),
                            "x-user-limit-24hour-remaining": str(daily.remaining),
                            "x-user-limit-24hour-reset": str(daily.reset_at)}
                headers["x-rate-limit-remaining"] = str(window.remaining)
        if not allowed:
            raise _Answer(429, _problem(429), headers)
        return headers

    # -- tweets ---------------------------------------------------------------------------------

    def _create_tweet(self, req: Recorded, account: Account) -> tuple[int, Any]:
        body = req.json if isinstance(req.json, dict) else {}
        text = body.get("text", "")
        media_ids = [str(m) for m in (body.get("media") or {}).get("media_ids", [])]
        reply_to = (body.get("reply") or {}).get("in_reply_to_tweet_id")
        if not text and not media_ids:
            raise _Answer(400, _invalid("text", "Tweet text or media is required."))
        for media_id in media_ids:
            media = self.media.get(media_id)
            if media is None or media.owner_id != account.user_id or not media.finalized:
                raise _Answer(400, _invalid("media.media_ids", f"Your media IDs are invalid: "
                                                               f"{media_id}."))
        if reply_to is not None and (str(reply_to) not in self.tweets
                                     or self.tweets[str(reply_to)].deleted):
            raise _Answer(403, _problem(
                403, "You attempted to reply to a Tweet that is deleted or not visible to you."))
        with self._lock:
            if any(t.submitted_text == text for t in self.timeline(account.user_id)):
                raise _Answer(403, _problem(403, DUPLICATE_DETAIL))
            tweet = Tweet(str(next(self._ids)), account.user_id, _render(text, media_ids), text,
                          datetime.now(UTC), media_ids, str(reply_to) if reply_to else None)
            self.tweets[tweet.id] = tweet
        return 201, {"data": {"id": tweet.id, "text": tweet.text,
                              "edit_history_tweet_ids": [tweet.id]}}

    def _delete_tweet(self, req: Recorded, account: Account, tweet_id: str) -> tuple[int, Any]:
        with self._lock:
            tweet = self.tweets.get(tweet_id)
            if tweet is None or tweet.deleted:
                raise _Answer(404, {
                    "title": "Not Found Error", "status": 404,
                    "type": "https://api.twitter.com/2/problems/resource-not-found",
                    "detail": f"Could not find tweet with id: [{tweet_id}].",
                })
            if tweet.author_id != account.user_id:
                raise _Answer(403, _problem(403, "You are not allowed to delete this Tweet."))
            tweet.deleted = True
        return 200, {"data": {"deleted": True}}

    def _me(self, req: Recorded, account: Account) -> tuple[int, Any]:
        return 200, {"data": {"id": account.user_id, "name": account.name,
                              "username": account.username}}

    def _user_by_username(self, req: Recorded, account: Account, username: str
                          ) -> tuple[int, Any]:
        """Any handle but one starting 'missing' exists, with an id derived from it."""
        if username.lower().startswith("missing"):
            return 200, {"errors": [{
                "value": username, "detail": f"Could not find user with username: [{username}].",
                "title": "Not Found Error", "resource_type": "user", "parameter": "username",
                "resource_id": username, "type": "https://api.twitter.com/2/problems/resource-not-found"}]}
        user_id = str(int(hashlib.sha256(username.lower().encode()).hexdigest()[:12], 16))
        return 200, {"data": {"id": user_id, "name": username, "username": username}}

    def _user_tweets(self, req: Recorded, account: Account, user_id: str) -> tuple[int, Any]:
        q = req.query
        max_results = int(q.get("max_results", "10"))
        if not 5 <= max_results <= 100:
            raise _Answer(400, _invalid("max_results",
                                        "The `max_results` query parameter value is not "
                                        "between 5 and 100"))
        tweets = self.timeline(user_id)
        if "start_time" in q:
            tweets = [t for t in tweets if t.created_at >= _parse_iso(q["start_time"])]
        if "end_time" in q:
            tweets = [t for t in tweets if t.created_at < _parse_iso(q["end_time"])]
        offset = int(q.get("pagination_token", "0") or 0)
        page = tweets[offset:offset + max_results]
        if not page:
            return 200, {"meta": {"result_count": 0}}
        fields = set(q.get("tweet.fields", "").split(","))
        meta: dict[str, Any] = {"result_count": len(page), "newest_id": page[0].id,
                                "oldest_id": page[-1].id}
        if offset + max_results < len(tweets):
            meta["next_token"] = str(offset + max_results)
        return 200, {"data": [t.as_json(fields) for t in page], "meta": meta}

    # -- media ----------------------------------------------------------------------------------

    def _new_media(self, account: Account, media_type: str, total_bytes: int) -> Media:
        media = Media(str(next(self._ids)), account.user_id, media_type, total_bytes)
        with self._lock:
            self.media[media.id] = media
        return media

    def _upload_simple(self, req: Recorded, account: Account) -> tuple[int, Any]:
        content = req.files.get("media")
        if content is None:
            raise _Answer(400, _invalid("media", "A media file is required."))
        media = self._new_media(account, req.form.get("media_type", "image/jpeg"), len(content))
        media.chunks[0] = content
        media.finalized = True
        return 200, {"data": _media_json(media)}

    def _upload_initialize(self, req: Recorded, account: Account) -> tuple[int, Any]:
        body = req.json if isinstance(req.json, dict) else {}
        if "total_bytes" not in body or "media_type" not in body:
            raise _Answer(400, _invalid("total_bytes", "total_bytes and media_type are required."))
        media = self._new_media(account, body["media_type"], int(body["total_bytes"]))
        return 200, {"data": {"id": media.id, "media_key": f"3_{media.id}",
                              "expires_after_secs": 86400}}

    def _owned_media(self, account: Account, media_id: str) -> Media:
        media = self.media.get(media_id)
        if media is None or media.owner_id != account.user_id:
            raise _Answer(400, _invalid("id", f"Media id {media_id} is not valid."))
        return media

    def _upload_append(self, req: Recorded, account: Account, media_id: str) -> tuple[int, Any]:
        media = self._owned_media(account, media_id)
        if "media" not in req.files or "segment_index" not in req.form:
            raise _Answer(400, _invalid("media", "media and segment_index are required."))
        media.chunks[int(req.form["segment_index"])] = req.files["media"]
        return 200, {"data": {"expires_at": int(time.time()) + 86400}}

    def _upload_finalize(self, req: Recorded, account: Account, media_id: str) -> tuple[int, Any]:
        media = self._owned_media(account, media_id)
        if len(media.content) != media.total_bytes:
            raise _Answer(400, _invalid("id", f"File size {len(media.content)} does not match "
                                              f"total_bytes {media.total_bytes}."))
        media.finalized = True
        return 200, {"data": _media_json(media)}

    def _media_metadata(self, req: Recorded, account: Account) -> tuple[int, Any]:
        body = req.json if isinstance(req.json, dict) else {}
        media = self._owned_media(account, str(body.get("id", "")))
        alt = ((body.get("metadata") or {}).get("alt_text") or {}).get("text", "")
        if len(alt) > 1000:
            raise _Answer(400, _invalid("metadata.alt_text.text",
                                        "Alt text must be 1000 characters or fewer."))
        media.alt_text = alt
        return 200, {"data": {"id": media.id, "associated_metadata": body.get("metadata", {})}}

    # -- OAuth 1.0a three-legged flow -------------------------------------------------------------

    def _request_token(self, req: Recorded, host: str) -> tuple[int, Any, dict[str, str]]:
        oauth = self._oauth_or_401(req, host, "")
        token, secret = f"rt-{secrets.token_hex(8)}", secrets.token_hex(16)
        with self._lock:
            self._request_tokens[token] = {"secret": secret,
                                           "callback": oauth.get("oauth_callback", "oob")}
        return 200, _form(oauth_token=token, oauth_token_secret=secret,
                          oauth_callback_confirmed="true"), {}

    def _authorize_page(self, req: Recorded, host: str) -> tuple[int, Any, dict[str, str]]:
        token = req.query.get("oauth_token", "")
        if token not in self._request_tokens:
            return 400, _page("<p>This page is no longer valid. Start again.</p>"), {}
        options = "".join(f'<option value="{html.escape(a.user_id)}">@{html.escape(a.username)}'
                          f"</option>" for a in self.accounts.values())
        return 200, _page(
            '<h1>Authorise School Social to use your account?</h1>'
            '<form method="post">'
            f'<input type="hidden" name="oauth_token" value="{html.escape(token)}">'
            f'<label>Account <select name="user_id">{options}</select></label>'
            '<button name="decision" value="allow" id="allow">Authorize app</button>'
            '<button name="decision" value="deny" id="cancel">Cancel</button>'
            "</form>"
        ), {}

    def _authorize(self, req: Recorded, host: str) -> tuple[int, Any, dict[str, str]]:
        token = req.form.get("oauth_token", "")
        with self._lock:
            pending = self._request_tokens.get(token)
            if pending is None:
                return 400, _page("<p>This page is no longer valid. Start again.</p>"), {}
            callback = pending["callback"]
            if req.form.get("decision") != "allow":
                return 302, b"", {"Location": _with_query(callback, denied=token)}
            pending["user_id"] = req.form.get("user_id") or self.default_account.user_id
            pending["verifier"] = secrets.token_hex(8)
        return 302, b"", {"Location": _with_query(callback, oauth_token=token,
                                                  oauth_verifier=pending["verifier"])}

    def _access_token(self, req: Recorded, host: str) -> tuple[int, Any, dict[str, str]]:
        token = _oauth_params(req.headers.get("authorization", "")).get("oauth_token", "")
        pending = self._request_tokens.get(token)
        if pending is None:
            return 401, {"errors": [{"code": 89, "message": "Invalid or expired token."}]}, {}
        oauth = self._oauth_or_401(req, host, pending["secret"])
        if "verifier" not in pending or oauth.get("oauth_verifier") != pending["verifier"]:
            return 401, {"errors": [{"code": 89, "message": "Invalid or expired token."}]}, {}
        with self._lock:
            del self._request_tokens[token]
            user = self.account(pending["user_id"]) or self.default_account
            account = Account(user.user_id, user.username, user.name,
                              f"{user.user_id}-{secrets.token_hex(8)}", secrets.token_hex(16))
            self.accounts[account.access_token] = account
        return 200, _form(oauth_token=account.access_token,
                          oauth_token_secret=account.access_token_secret,
                          user_id=account.user_id, screen_name=account.username), {}

    def _oauth_or_401(self, req: Recorded, host: str, token_secret: str) -> dict[str, str]:
        try:
            return self._check_signature(req, host, token_secret)
        except _Answer:
            raise _Answer(
                401, {"errors": [{"code": 32, "message": "Could not authenticate you."}]}
            ) from None

    # -- X in 2026: owned reads, hidden replies, no follow writes, credits -----------------------
    #
    # X's changelog: pay-per-use credits since 6 February 2026 (402 when they run out; the
    # usage-capped problem over a cap), owned reads of mentions, followers and following at
    # $0.001 a resource and posts at $0.015 ($0.20 with a link) since 20 April 2026, following
    # removed from self-serve tiers, and replies only to a post whose author mentioned or quoted
    # the account (23 February 2026). Shapes as X's OpenAPI document, whose trimmed copy is
    # tests/data/x_openapi_trimmed.json (the contract test checks this server against it).

    def _reset_2026(self) -> None:
        self.users: dict[str, XUser] = {}
        self.followers_of: dict[str, list[str]] = {}  # account id -> follower ids, newest first
        self.following_of: dict[str, list[str]] = {}  # account id -> followed ids, newest first
        self.hidden: set[str] = set()
        self.reply_settings: dict[str, str] = {}  # tweet id -> what it was created with
        self.credit: Decimal | None = None  # None: unlimited; else dollars left, 402 at 0
        self.spent = Decimal(0)
        self.mentioning: dict[str, list[str]] = {}  # @handle (lower case) -> tweet ids

    def _routes_2026(self) -> list[tuple[str, str, str, Callable[..., Any]]]:
        return [
            ("POST", r"/2/tweets", "/2/tweets", self._create_tweet_2026),
            ("PUT", r"/2/tweets/(\d+)/hidden", "/2/tweets/:id/hidden", self._hide_reply),
            ("GET", r"/2/users/(\d+)/mentions", "/2/users/:id/mentions", self._mentions),
            ("GET", r"/2/users/(\d+)/followers", "/2/users/:id/followers", self._followers),
            ("GET", r"/2/users/(\d+)/following", "/2/users/:id/following", self._following),
            ("POST", r"/2/users/(\d+)/following", "/2/users/:id/following", self._follow_refused),
        ]

    def add_user(self, username: str, name: str = "", *, description: str = "",
                 created_at: datetime | None = None, profile_image: bool = True,
                 protected: bool = False) -> XUser:
        """Another account on X (a parent, a spammer, a local business)."""
        with self._lock:
            user = XUser(str(next(self._ids)), username, name or username, description,
                         created_at or datetime(2019, 5, 1, tzinfo=UTC), profile_image, protected)
            self.users[user.id] = user
            return user

    def delete_user(self, user_id: str) -> None:
        """The account is deleted: gone from lists and from includes; its posts stay readable
        by id, as X keeps them briefly, without an author to expand."""
        with self._lock:
            self.users.pop(user_id, None)
            for ids in (*self.followers_of.values(), *self.following_of.values()):
                if user_id in ids:
                    ids.remove(user_id)

    def add_follower(self, account: Account, user: XUser) -> None:
        with self._lock:
            ids = self.followers_of.setdefault(account.user_id, [])
            if user.id not in ids:
                ids.insert(0, user.id)

    def remove_follower(self, account: Account, user: XUser) -> None:
        with self._lock:
            ids = self.followers_of.get(account.user_id, [])
            if user.id in ids:
                ids.remove(user.id)

    def follow_by_hand(self, account: Account, user: XUser) -> None:
        """The headteacher follows `user` on X itself (the API cannot)."""
        with self._lock:
            ids = self.following_of.setdefault(account.user_id, [])
            if user.id not in ids:
                ids.insert(0, user.id)

    def mention(self, user: XUser, text: str, *, in_reply_to: str | None = None) -> Tweet:
        """`user` posts `text` (which names the account, or replies to one of its posts)."""
        with self._lock:
            tweet = Tweet(str(next(self._ids)), user.id, _render(text, []), text,
                          datetime.now(UTC), [], in_reply_to)
            self.tweets[tweet.id] = tweet
            self._index_mentions(tweet)
            return tweet

    def _index_mentions(self, tweet: Tweet) -> None:
        for handle in set(re.findall(r"@(\w+)", tweet.submitted_text)):
            self.mentioning.setdefault(handle.lower(), []).append(tweet.id)

    def set_credit(self, dollars: Decimal | float | str | None) -> None:
        """None: unlimited (the default); otherwise requests are charged at X's rate card and
        answered 402 once it is spent."""
        with self._lock:
            self.credit = None if dollars is None else Decimal(str(dollars))

    def _refuse_without_credit(self, endpoint: str) -> None:
        if self.credit is not None and self.credit <= 0 and _cost_kind(endpoint):
            raise _Answer(402, dict(CREDITS_DEPLETED))

    def _charge(self, endpoint: str, req: Recorded, status: int, body: Any) -> None:
        kind = _cost_kind(endpoint)
        if not kind or status >= 400:
            return
        if kind == "read":
            cost = RATES["read"] * len(body.get("data") or []) if isinstance(body, dict) else 0
        elif kind == "post":
            text = (req.json or {}).get("text", "") if isinstance(req.json, dict) else ""
            cost = RATES["post_with_link"] if re.search(r"https?://", text) else RATES["post"]
        else:
            cost = RATES[kind]
        with self._lock:
            self.spent += cost
            if self.credit is not None:
                self.credit = max(self.credit - cost, Decimal(0))

    def _create_tweet_2026(self, req: Recorded, account: Account) -> tuple[int, Any]:
        body = req.json if isinstance(req.json, dict) else {}
        settings = body.get("reply_settings")
        if settings is not None and settings not in REPLY_SETTINGS:
            raise _Answer(400, _invalid("reply_settings", f"The `reply_settings` value "
                                        f"{settings!r} is not one of {', '.join(REPLY_SETTINGS)}."))
        reply_to = str((body.get("reply") or {}).get("in_reply_to_tweet_id") or "")
        parent = self.tweets.get(reply_to)
        if parent is not None and parent.author_id != account.user_id and not re.search(
                rf"@{re.escape(account.username)}\b", parent.submitted_text, re.IGNORECASE):
            raise _Answer(403, _problem(403, REPLY_NOT_SUMMONED))
        status, answer = self._create_tweet(req, account)
        with self._lock:
            self._index_mentions(self.tweets[answer["data"]["id"]])
        if settings is not None:
            self.reply_settings[answer["data"]["id"]] = settings
        return status, answer

    def _hide_reply(self, req: Recorded, account: Account, tweet_id: str) -> tuple[int, Any]:
        body = req.json if isinstance(req.json, dict) else {}
        if not isinstance(body.get("hidden"), bool):
            raise _Answer(400, _invalid("hidden", "The `hidden` field must be true or false."))
        tweet = self.tweets.get(tweet_id)
        if tweet is None or tweet.deleted:
            raise _Answer(404, _not_found("tweet", tweet_id))
        parent = self.tweets.get(tweet.in_reply_to or "")
        if parent is None or parent.author_id != account.user_id:
            raise _Answer(403, _problem(403, "You can only hide or unhide replies to "
                                             "conversations you authored."))
        with self._lock:
            (self.hidden.add if body["hidden"] else self.hidden.discard)(tweet_id)
        return 200, {"data": {"hidden": body["hidden"]}}

    def _mentions(self, req: Recorded, account: Account, user_id: str) -> tuple[int, Any]:
        self._own(account, user_id)
        q = req.query
        size = _max_results(q, 5, 100, 10)
        with self._lock:
            ids = self.mentioning.get(account.username.lower(), [])
            found = [t for t in (self.tweets[i] for i in ids)
                     if not t.deleted and t.author_id != account.user_id]
        found.sort(key=lambda t: int(t.id), reverse=True)
        if q.get("since_id"):
            found = [t for t in found if int(t.id) > int(q["since_id"])]
        page, meta = _page_of(found, q.get("pagination_token"), size)
        if not page:
            return 200, {"meta": {"result_count": 0}}
        meta |= {"newest_id": page[0].id, "oldest_id": page[-1].id}
        authors = [self.users[t.author_id] for t in page if t.author_id in self.users]
        answer: dict[str, Any] = {"data": [self._mention_json(t, account) for t in page],
                                  "meta": meta}
        if "author_id" in q.get("expansions", "").split(","):
            fields = set(q.get("user.fields", "").split(","))
            answer["includes"] = {"users": [u.as_json(fields) for u in
                                            {u.id: u for u in authors}.values()]}
        return 200, answer

    def _mention_json(self, tweet: Tweet, account: Account) -> dict[str, Any]:
        data = tweet.as_json({"created_at", "author_id"})
        parent = self.tweets.get(tweet.in_reply_to or "")
        data["conversation_id"] = parent.id if parent else tweet.id
        if parent is not None:
            data["in_reply_to_user_id"] = parent.author_id
            data["referenced_tweets"] = [{"type": "replied_to", "id": parent.id}]
        return data

    def _followers(self, req: Recorded, account: Account, user_id: str) -> tuple[int, Any]:
        self._own(account, user_id)
        return self._user_list(req, self.followers_of.get(user_id, []))

    def _following(self, req: Recorded, account: Account, user_id: str) -> tuple[int, Any]:
        self._own(account, user_id)
        return self._user_list(req, self.following_of.get(user_id, []))

    def _user_list(self, req: Recorded, ids: list[str]) -> tuple[int, Any]:
        size = _max_results(req.query, 1, 1000, 100)
        with self._lock:
            users = [self.users[i] for i in ids if i in self.users]
        page, meta = _page_of(users, req.query.get("pagination_token"), size)
        fields = set(req.query.get("user.fields", "").split(","))
        if not page:
            return 200, {"meta": {"result_count": 0}}
        return 200, {"data": [u.as_json(fields) for u in page], "meta": meta}

    def _follow_refused(self, req: Recorded, account: Account, user_id: str) -> tuple[int, Any]:
        raise _Answer(403, dict(FOLLOW_REMOVED))

    def _own(self, account: Account, user_id: str) -> None:
        if user_id != account.user_id:
            raise _Answer(403, _problem(403, "Owned reads are for the authenticating user's "
                                             "own data."))

    # -- control API ----------------------------------------------------------------------------

    def control(self, req: Recorded) -> tuple[int, Any]:
        """POST /_fake/reset; /_fake/faults [{kind, match, status, body, headers, seconds,
        user_id}];
        /_fake/config {latency}; /_fake/limits {endpoint, limit, window} or {daily_tweets};
        /_fake/accounts {username, name} -> credentials; GET /_fake/state."""
        body = req.json if isinstance(req.json, dict | list) else {}
        route = (req.method, req.path)
        if route == ("POST", "/_fake/reset"):
            self.reset()
            return 200, {"ok": True}
        if route == ("POST", "/_fake/faults"):
            items = body if isinstance(body, list) else [body]
            self.queue(*(_fault_from_json(item) for item in items))
            return 200, {"queued": len(self.faults)}
        if route == ("POST", "/_fake/config"):
            self.latency = float(body.get("latency", self.latency))
            return 200, {"latency": self.latency}
        if route == ("POST", "/_fake/limits"):
            if "daily_tweets" in body:
                self.set_daily_tweet_limit(int(body["daily_tweets"]))
            if "endpoint" in body:
                self.set_limit(body["endpoint"], int(body["limit"]), int(body.get("window", 900)))
            return 200, {"ok": True}
        if route == ("POST", "/_fake/accounts"):
            account = self.add_account(body.get("username", "school"), body.get("name", ""))
            return 201, asdict(account) | {"following": sorted(account.following),
                                           "consumer_key": self.consumer_key,
                                           "consumer_secret": self.consumer_secret}
        if route == ("GET", "/_fake/state"):
            with self._lock:
                return 200, {
                    "tweets": [asdict(t) | {"created_at": _iso(t.created_at)}
                               for t in self.tweets.values()],
                    "media": [{"id": m.id, "owner_id": m.owner_id, "alt_text": m.alt_text,
                               "size": len(m.content), "sha256": m.sha256,
                               "finalized": m.finalized} for m in self.media.values()],
                    "requests": len(self.requests), "faults": len(self.faults),
                }
        return 404, _problem(404)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    # a real server's listen backlog, not socketserver's 5: a burst's senders open dozens of
    # connections at once, and the sixth would otherwise wait a second for its SYN to be retried
    request_queue_size = 128


def _handler_for(fake: FakeX) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "fake-x"

        def do_GET(self) -> None:
            self._serve()

        def do_POST(self) -> None:
            self._serve()

        def do_DELETE(self) -> None:
            self._serve()

        def do_PUT(self) -> None:
            self._serve()

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            logger.debug("fake X: " + format, *args)

        def _serve(self) -> None:
            req = self._read()
            if req.path.startswith("/_fake/"):
                status, body = fake.control(req)
                return self._send(status, body, {})
            try:
                status, body, headers, fault = fake.handle(req, self.headers.get("Host", ""))
            except _Drop:
                return self._drop()
            req.status = status
            if fake.latency:
                fake._stopping.wait(fake.latency)
            if fault is not None and fault.kind == "drop_after":
                return self._drop()
            if fault is not None and fault.kind == "slow":
                fake._stopping.wait(fault.seconds)
            try:
                self._send(status, body, headers)
            except OSError:
                pass  # the client gave up waiting: exactly the point of a slow answer

        def _read(self) -> Recorded:
            parts = urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            headers = {k.lower(): v for k, v in self.headers.items()}
            pairs = parse_qsl(parts.query)
            req = Recorded(self.command, parts.path, dict(pairs), headers, raw, pairs=pairs)
            content_type = headers.get("content-type", "")
            if content_type.startswith("application/json") and raw:
                try:
                    req.json = json.loads(raw)
                except ValueError:
                    req.json = None
            elif content_type.startswith("application/x-www-form-urlencoded"):
                req.form = dict(parse_qsl(raw.decode()))
            elif content_type.startswith("multipart/form-data"):
                req.form, req.files = _parse_multipart(content_type, raw)
            return req

        def _send(self, status: int, body: Any, headers: dict[str, str]) -> None:
            if isinstance(body, bytes | str):
                payload = body.encode() if isinstance(body, str) else body
                content_type = ("text/html; charset=utf-8" if payload.startswith(b"<")
                                else "application/x-www-form-urlencoded")
            else:
                payload = json.dumps(body).encode()
                content_type = ("application/problem+json" if status >= 400
                                else "application/json; charset=utf-8")
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(payload)))
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(payload)

        def _drop(self) -> None:
            self.close_connection = True
            try:
                self.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    return Handler


# -- helpers ------------------------------------------------------------------------------------

def _oauth_params(header: str) -> dict[str, str]:
    if not header.startswith("OAuth "):
        return {}
    return {k: utils.unescape(v) for k, v in utils.parse_authorization_header(header)}


def _problem(status: int, detail: str = "") -> dict[str, Any]:
    titles = {400: "Invalid Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found",
              429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway",
              503: "Service Unavailable", 504: "Gateway Timeout"}
    title = titles.get(status, "Error")
    return {"title": title, "type": "about:blank", "status": status, "detail": detail or title}


def _invalid(parameter: str, message: str) -> dict[str, Any]:
    return {
        "errors": [{"parameters": {parameter: []}, "message": message}],
        "title": "Invalid Request",
        "detail": "One or more parameters to your request was invalid.",
        "type": "https://api.twitter.com/2/problems/invalid-request",
    }


def _media_json(media: Media) -> dict[str, Any]:
    return {"id": media.id, "media_key": f"3_{media.id}", "size": len(media.content),
            "expires_after_secs": 86400, "image": {"image_type": media.media_type}}


def _tco(seed: str) -> str:
    return "https://t.co/" + hashlib.sha256(seed.encode()).hexdigest()[:10]


def _render(text: str, media_ids: list[str]) -> str:
    """The text as X returns it: entities escaped, links shortened, a link for attached media."""
    shown = re.sub(r"https?://\S+", lambda m: _tco(m.group(0)), html.escape(text, quote=False))
    if media_ids:
        shown = f"{shown} {_tco(media_ids[0])}".strip()
    return shown


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + \
        f"{moment.microsecond // 1000:03d}Z"


def _parse_iso(value: str) -> datetime:
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise _Answer(400, _invalid("start_time", f"Invalid time: {value}")) from None


def _form(**values: str) -> bytes:
    return urlencode(values).encode()


def _page(body: str) -> bytes:
    return f"<!doctype html><html lang=\"en\"><title>Fake X</title>{body}</html>".encode()


def _with_query(url: str, **params: str) -> str:
    return f"{url}{'&' if '?' in url else '?'}{urlencode(params)}"


def _parse_multipart(content_type: str, raw: bytes) -> tuple[dict[str, str], dict[str, bytes]]:
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode() + raw
    )
    form: dict[str, str] = {}
    files: dict[str, bytes] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        content = part.get_payload(decode=True) or b""
        if part.get_filename() is not None:
            files[name] = content
        else:
            form[name] = content.decode()
    return form, files


def _fault_from_json(item: dict[str, Any]) -> Fault:
    kind = item.get("kind", "respond")
    if kind == "rate_limited":
        fault = Fault.rate_limited(int(item.get("reset_in", 900)),
                                   user_24h=bool(item.get("user_24h")),
                                   match=item.get("match", "POST /2/tweets"))
    elif kind == "duplicate":
        fault = Fault.duplicate(match=item.get("match", "POST /2/tweets"))
    elif kind == "respond":
        fault = Fault.respond(int(item["status"]), item.get("body"), match=item.get("match", ""),
                              headers=item.get("headers"))
    elif kind == "error_after":
        fault = Fault.error_after_write(int(item.get("status", 503)),
                                        match=item.get("match", "POST /2/tweets"))
    else:
        fault = Fault(kind, item.get("match", ""), seconds=float(item.get("seconds", 0)))
    return fault.for_account(str(item["user_id"])) if item.get("user_id") else fault


# -- X in 2026 ----------------------------------------------------------------------------------

RATES = {"post": Decimal("0.015"), "post_with_link": Decimal("0.20"), "alt_text": Decimal("0.005"),
         "read": Decimal("0.001")}
REPLY_SETTINGS = ("following", "mentionedUsers", "subscribers", "verified")
# The body X sends with 402 when the account's credits are spent (its problem format).
CREDITS_DEPLETED = {
    "title": "CreditsDepleted", "status": 402,
    "type": "https://api.x.com/2/problems/credits-depleted",
    "detail": "Your enrolled account does not have any credits to fulfill this request.",
}
# The usage-capped problem of X's OpenAPI document (UsageCapExceededProblem), answered with 429.
USAGE_CAPPED = {
    "title": "UsageCapExceeded", "status": 429, "period": "Monthly", "scope": "Account",
    "type": "https://api.x.com/2/problems/usage-capped",
    "detail": "Usage cap exceeded: Monthly spend cap reached for this account.",
}
FOLLOW_REMOVED = {
    "title": "Client Forbidden", "status": 403, "reason": "client-not-enrolled",
    "type": "https://api.x.com/2/problems/client-forbidden",
    "detail": "Following via the API is not available on self-serve tiers.",
}
REPLY_NOT_SUMMONED = ("Reply to this conversation is not allowed because you have not been "
                      "mentioned or otherwise engaged by the author of the post you are "
                      "replying to.")


def _cost_kind(endpoint: str) -> str:
    """What X charges a request of `endpoint` as ("" for free, as token and media uploads)."""
    if endpoint == "POST /2/tweets":
        return "post"
    if endpoint == "POST /2/media":
        return ""
    if endpoint.startswith("GET /2/users/:id/"):
        return "read"
    return ""


def _max_results(query: dict[str, str], low: int, high: int, default: int) -> int:
    value = query.get("max_results", str(default))
    if not value.isdigit() or not low <= int(value) <= high:
        raise _Answer(400, _invalid("max_results", f"The `max_results` query parameter value "
                                                   f"[{value}] is not between {low} and {high}"))
    return int(value)


def _page_of(items: list, token: str | None, size: int) -> tuple[list, dict[str, Any]]:
    """One page and its meta; the token is an offset, as opaque to the client as X's, and
    like X's it shifts when the list changes between pages."""
    offset = int(token, 36) if token and token.isalnum() else 0
    page = items[offset:offset + size]
    meta: dict[str, Any] = {"result_count": len(page)}
    if offset + size < len(items):
        meta["next_token"] = _base36(offset + size)
    return page, meta


def _base36(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    text = ""
    while True:
        number, rest = divmod(number, 36)
        text = digits[rest] + text
        if not number:
            return text.upper()


def _not_found(resource: str, value: str) -> dict[str, Any]:
    return {"title": "Not Found Error", "status": 404, "resource_type": resource,
            "resource_id": value, "value": value, "parameter": "id",
            "type": "https://api.x.com/2/problems/resource-not-found",
            "detail": f"Could not find {resource} with id: [{value}]."}
