"""Fake Bluesky (an AT Protocol PDS) and fake Mastodon servers on 127.0.0.1, for tests and
development, with the fake X's lifecycle, request log and injectable faults (fake_x.Fault: canned
answers, slow answers, connections dropped before or after the write is stored).

    with FakeBluesky() as pds:               # Client(base_url=pds.url) logs in with
        pds.queue(Fault.drop_after_write(match="POST /xrpc/com.atproto.repo.createRecord"))
        account = pds.default_account         # account.handle, account.app_password

    with FakeMastodon(max_characters=500) as instance:   # Mastodon(api_base_url=instance.url,
        ...                                              #   access_token=account.access_token)

The Bluesky fake speaks the XRPC calls the backend uses: com.atproto.server.createSession and
refreshSession (expire_sessions() ends sessions early; calls(nsid) counts requests),
com.atproto.repo.uploadBlob, createRecord, deleteRecord, getRecord, putRecord,
com.atproto.identity.resolveHandle, app.bsky.feed.getAuthorFeed, and for the Inbox and Followers
app.bsky.notification.listNotifications (reasons, cursor; newest first) and
app.bsky.graph.getFollowers (a threadgate's hiddenReplies is kept as put); it validates a post
record as the app.bsky.feed.post lexicon does
(300 graphemes, four images of at most 1,000,000 bytes each, alt text present, facets inside the
text's bytes). The Mastodon fake speaks POST /api/v2/media, POST /api/v1/statuses (with the
Idempotency-Key header), GET /api/v1/accounts/:id/statuses, GET
/api/v1/accounts/verify_credentials, GET /api/v1/instance and /api/v2/instance, DELETE
/api/v1/statuses/:id, and GET /api/v1/notifications (types[], since_id, max_id) and
/api/v1/accounts/:id/followers, paged by Link headers as Mastodon does; `not_mastodon=True`
makes it a web server that is not Mastodon at all.
And OAuth as an instance offers it: POST /api/v1/apps (an app registered with its redirect
URIs and scopes), GET /.well-known/oauth-authorization-server, GET /oauth/authorize (the
signed-in user, `authorizing` (the default account), approves at once: a 302 back to the
redirect URI with a code and the state, or with error=access_denied when `denies` is set, so a
test or a browser can follow it), POST /oauth/token (a code once, for its app's client secret
and redirect URI, for a new access token of that user).

Both reuse FakeX's server (start, stop, queue, requests_to, the handler) and route their own
paths; their errors are the networks' own shapes ({"error", "message"} for XRPC, {"error"} for
Mastodon).
"""

from __future__ import annotations

import base64
import hashlib
import html
import itertools
import json
import re
import secrets
import string
import time
from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl, urlencode

from policies.networks import graphemes, mastodon_length
from schoolsocial.publishing.fake_x import FakeX, Fault, Recorded, _Answer, _iso
from schoolsocial.publishing.networks.bluesky import tid

__all__ = ["FakeBluesky", "FakeMastodon", "Fault", "xrpc_error"]

POST = "app.bsky.feed.post"
THREADGATE = "app.bsky.feed.threadgate"
MAX_BLOB_BYTES = 1_000_000


def xrpc_error(status: int, error: str, message: str = "", *, match: str = "") -> Fault:
    """A canned XRPC error answer, e.g. xrpc_error(401, "AuthenticationRequired")."""
    return Fault.respond(status, {"error": error, "message": message or error}, match=match)


def mastodon_error(status: int, error: str, *, match: str = "") -> Fault:
    return Fault.respond(status, {"error": error}, match=match)


class _Fake(FakeX):
    """FakeX's server and faults; the /_fake/ control API is X's own, so not offered here."""

    def control(self, req: Recorded) -> tuple[int, Any]:
        return 404, {"error": "No control API: use the fake in-process"}


# -- Bluesky --------------------------------------------------------------------------------------

@dataclass
class BskyAccount:
    did: str
    handle: str
    app_password: str = field(repr=False)
    revoked: bool = False
    display_name: str = ""
    description: str = ""
    avatar: bool = True
    created_at: datetime | None = None

    def profile(self) -> dict[str, Any]:
        view: dict[str, Any] = {"did": self.did, "handle": self.handle,
                                "displayName": self.display_name,
                                "description": self.description}
        if self.avatar:
            view["avatar"] = f"https://cdn.bsky.app/img/avatar/plain/{self.did}/x@jpeg"
        if self.created_at:
            view["createdAt"] = _iso(self.created_at)
        return view


@dataclass
class BskyNotification:
    uri: str
    cid: str
    author: str  # did
    reason: str
    record: dict[str, Any]
    indexed_at: datetime


@dataclass
class BskyRecord:
    uri: str
    cid: str
    did: str
    rkey: str
    value: dict[str, Any]
    indexed_at: datetime
    deleted: bool = False


class FakeBluesky(_Fake):
    def reset(self) -> None:
        with self._lock:
            self.requests = deque(maxlen=10_000)
            self.faults: list[Fault] = []
            self.latency = 0.0
            self.bsky_accounts: dict[str, BskyAccount] = {}
            self.sessions: dict[str, str] = {}  # access token -> did
            self.refresh_tokens: dict[str, str] = {}  # refresh token -> did (each used once)
            self.access_lifetime = 7200  # seconds, as bsky.social's access tokens
            self.blobs: dict[str, tuple[str, bytes]] = {}  # cid -> (mime type, bytes)
            self.records: dict[str, BskyRecord] = {}
            self.known_handles: dict[str, str] = {}  # other accounts a post may mention
            self.notifications: dict[str, list[BskyNotification]] = {}  # did -> oldest first
            self.follows: dict[str, list[tuple[str, datetime]]] = {}  # did -> (follower, when)
            self._rkeys = itertools.count(int(time.time() * 1_000_000))
            self.default_account = self.add_account("forefieldprimary.bsky.social")

    def add_account(self, handle: str, name: str = "") -> BskyAccount:  # type: ignore[override]
        with self._lock:
            did = "did:plc:" + hashlib.sha256(handle.encode()).hexdigest()[:24]
            account = BskyAccount(did, handle, _app_password())
            self.bsky_accounts[did] = account
            self.known_handles[handle] = did
            return account

    def add_user(self, handle: str, name: str = "", *, bio: str = "", avatar: bool = True,
                 created_at: datetime | None = None) -> BskyAccount:
        """Another account (a parent, a stranger) that can mention or follow the school's."""
        account = self.add_account(handle)
        account.display_name, account.description, account.avatar = name, bio, avatar
        account.created_at = created_at
        return account

    def mention(self, author: BskyAccount, text: str, *, reply_to: BskyRecord | None = None,
                root: BskyRecord | None = None, to: BskyAccount | None = None,
                images: int = 0) -> BskyRecord:
        """A post by `author` in its own repository that mentions the school's account, or
        replies to `reply_to` (in the thread of `root`, itself by default): the school gets a
        notification, reason mention or reply."""
        school = to or self.default_account
        record: dict[str, Any] = {"$type": POST, "text": text, "createdAt": _iso(datetime.now(UTC))}
        if reply_to is not None:
            top = root or reply_to
            record["reply"] = {"root": {"uri": top.uri, "cid": top.cid},
                               "parent": {"uri": reply_to.uri, "cid": reply_to.cid}}
        if images:
            record["embed"] = {"$type": "app.bsky.embed.images", "images": [
                {"alt": "", "image": {"$type": "blob", "ref": {"$link": _cid(b"x", codec=0x55)},
                                      "mimeType": "image/jpeg", "size": 1}}] * images}
        with self._lock:
            rkey = tid(next(self._rkeys))
            uri = f"at://{author.did}/{POST}/{rkey}"
            cid = _cid(json.dumps(record, sort_keys=True).encode(), codec=0x71)
            post = BskyRecord(uri, cid, author.did, rkey, record, datetime.now(UTC))
            self.records[uri] = post
            self.notifications.setdefault(school.did, []).append(BskyNotification(
                uri, cid, author.did, "reply" if reply_to is not None else "mention", record,
                post.indexed_at))
        return post

    def notify(self, reason: str, author: BskyAccount, to: BskyAccount | None = None) -> None:
        """A notification that is not a mention (a like, a repost), for the reasons filter."""
        school = to or self.default_account
        with self._lock:
            self.notifications.setdefault(school.did, []).append(BskyNotification(
                f"at://{author.did}/app.bsky.feed.like/{tid(next(self._rkeys))}",
                _cid(reason.encode(), codec=0x71), author.did, reason,
                {"$type": "app.bsky.feed.like", "createdAt": _iso(datetime.now(UTC))},
                datetime.now(UTC)))

    def follow(self, follower: BskyAccount, to: BskyAccount | None = None) -> None:
        school = to or self.default_account
        with self._lock:
            self.follows.setdefault(school.did, []).append((follower.did, datetime.now(UTC)))

    def unfollow(self, follower: BskyAccount, to: BskyAccount | None = None) -> None:
        school = to or self.default_account
        with self._lock:
            self.follows[school.did] = [f for f in self.follows.get(school.did, [])
                                        if f[0] != follower.did]

    def hidden_replies(self, post: BskyRecord) -> list[str]:
        return list((self.threadgate(post) or {}).get("hiddenReplies", []))

    def revoke(self, account: BskyAccount) -> None:
        """The app password deleted in Bluesky's settings: its sessions end too."""
        with self._lock:
            account.revoked = True
            self.sessions = {t: d for t, d in self.sessions.items() if d != account.did}
            self.refresh_tokens = {t: d for t, d in self.refresh_tokens.items()
                                   if d != account.did}

    def expire_sessions(self, account: BskyAccount | None = None, *,
                        refresh: bool = False) -> None:
        """The access tokens (and with `refresh` the refresh tokens too) of an account, or of
        every account, stop working before their time, as after a PDS restart or a sign-out
        elsewhere: they are answered 401 ExpiredToken (400 for a refresh)."""
        with self._lock:
            self.sessions = {t: d for t, d in self.sessions.items()
                             if account is not None and d != account.did}
            if refresh:
                self.refresh_tokens = {t: d for t, d in self.refresh_tokens.items()
                                       if account is not None and d != account.did}

    def calls(self, nsid: str) -> int:
        """How many requests were made to one XRPC method, e.g. calls("createSession")."""
        with self._lock:
            return sum(1 for r in self.requests if r.path.rsplit(".", 1)[-1] == nsid)

    def posts(self, account: BskyAccount | None = None) -> list[BskyRecord]:
        """Live posts, newest first."""
        did = (account or self.default_account).did
        with self._lock:
            live = [r for r in self.records.values()
                    if r.did == did and not r.deleted and r.uri.split("/")[3] == POST]
        return sorted(live, key=lambda r: r.rkey, reverse=True)

    def _route(self, req: Recorded, host: str) -> tuple[int, Any, dict[str, str]]:
        nsid = req.path.removeprefix("/xrpc/")
        views = {
            ("POST", "com.atproto.server.createSession"): self._create_session,
            ("POST", "com.atproto.server.refreshSession"): self._refresh_session,
            ("GET", "com.atproto.identity.resolveHandle"): self._resolve_handle,
            ("POST", "com.atproto.repo.uploadBlob"): self._upload_blob,
            ("POST", "com.atproto.repo.createRecord"): self._create_record,
            ("POST", "com.atproto.repo.deleteRecord"): self._delete_record,
            ("GET", "app.bsky.feed.getAuthorFeed"): self._author_feed,
            ("GET", "com.atproto.repo.getRecord"): self._get_record,
            ("POST", "com.atproto.repo.putRecord"): self._put_record,
            ("GET", "app.bsky.notification.listNotifications"): self._list_notifications,
            ("GET", "app.bsky.graph.getFollowers"): self._get_followers,
        }
        view = views.get((req.method, nsid))
        if view is None:
            raise _Answer(501, {"error": "MethodNotImplemented",
                                "message": f"Method Not Implemented: {nsid}"})
        return 200, view(req), {}

    def _signed_in(self, req: Recorded) -> BskyAccount:
        token = req.headers.get("authorization", "").removeprefix("Bearer ")
        did = self.sessions.get(token)
        if did is None:
            raise _Answer(401, {"error": "ExpiredToken" if token else "AuthenticationRequired",
                                "message": "Token has expired" if token
                                else "Authentication Required"})
        return self.bsky_accounts[did]

    def _create_session(self, req: Recorded) -> dict[str, Any]:
        body = req.json if isinstance(req.json, dict) else {}
        identifier = str(body.get("identifier", "")).lower().lstrip("@")
        account = self.bsky_accounts.get(self.known_handles.get(identifier, identifier))
        if (account is None or account.revoked
                or not secrets.compare_digest(str(body.get("password", "")),
                                              account.app_password)):
            raise _Answer(401, {"error": "AuthenticationRequired",
                                "message": "Invalid identifier or password"})
        return self._new_session(account)

    def _new_session(self, account: BskyAccount) -> dict[str, Any]:
        access = _jwt(account.did, "com.atproto.appPass", self.access_lifetime)
        refresh = _jwt(account.did, "com.atproto.refresh", 86400)
        with self._lock:
            self.sessions[access] = account.did
            self.refresh_tokens[refresh] = account.did
        return {"accessJwt": access, "refreshJwt": refresh, "handle": account.handle,
                "did": account.did, "active": True}

    def _refresh_session(self, req: Recorded) -> dict[str, Any]:
        """A refresh token for a new access token and a new refresh token (the old one is spent)."""
        token = req.headers.get("authorization", "").removeprefix("Bearer ")
        with self._lock:
            did = self.refresh_tokens.pop(token, None)
        account = self.bsky_accounts.get(did or "")
        if account is None or account.revoked:
            raise _Answer(400, {"error": "ExpiredToken", "message": "Token has expired"})
        return self._new_session(account)

    def _resolve_handle(self, req: Recorded) -> dict[str, Any]:
        did = self.known_handles.get(req.query.get("handle", "").lower())
        if did is None:
            raise _Answer(400, {"error": "InvalidRequest", "message": "Unable to resolve handle"})
        return {"did": did}

    def _upload_blob(self, req: Recorded) -> dict[str, Any]:
        self._signed_in(req)
        mime = req.headers.get("content-type", "*/*")
        cid = _cid(req.body, codec=0x55)
        with self._lock:
            self.blobs[cid] = (mime, req.body)
        return {"blob": {"$type": "blob", "ref": {"$link": cid}, "mimeType": mime,
                         "size": len(req.body)}}

    def _create_record(self, req: Recorded) -> dict[str, Any]:
        account = self._signed_in(req)
        body = req.json if isinstance(req.json, dict) else {}
        if body.get("repo") not in (account.did, account.handle):
            raise _Answer(400, {"error": "InvalidRequest", "message": "Invalid repo"})
        collection = body.get("collection")
        if collection not in (POST, THREADGATE):
            raise _Answer(400, {"error": "InvalidRequest", "message": "Unsupported collection"})
        record = body.get("record") or {}
        rkey = body.get("rkey") or tid(next(self._rkeys))
        if collection == POST:
            self._validate_post(record)
        elif (record.get("post") != f"at://{account.did}/{POST}/{rkey}"
              or not isinstance(record.get("allow", []), list)):
            raise _Answer(400, {"error": "InvalidRecord",
                                "message": "A threadgate's key and post must be its post's"})
        uri = f"at://{account.did}/{collection}/{rkey}"
        with self._lock:
            if uri in self.records and not self.records[uri].deleted:
                raise _Answer(400, {"error": "InvalidRequest",
                                    "message": f"Record already exists: {uri}"})
            cid = _cid(json.dumps(record, sort_keys=True).encode(), codec=0x71)
            self.records[uri] = BskyRecord(uri, cid, account.did, rkey, record,
                                           datetime.now(UTC))
        return {"uri": uri, "cid": cid, "validationStatus": "valid"}

    def threadgate(self, post: BskyRecord) -> dict[str, Any] | None:
        gate = self.records.get(post.uri.replace(POST, THREADGATE))
        return gate.value if gate is not None and not gate.deleted else None

    def _validate_post(self, record: dict[str, Any]) -> None:
        def invalid(message: str) -> _Answer:
            return _Answer(400, {"error": "InvalidRecord", "message": f"Invalid {POST} record: "
                                                                      f"{message}"})
        text = record.get("text")
        if not isinstance(text, str) or not isinstance(record.get("createdAt"), str):
            raise invalid("Record must have the properties \"text\" and \"createdAt\"")
        if graphemes(text) > 300:
            raise invalid("Record/text must not be longer than 300 graphemes")
        size = len(text.encode())
        for facet in record.get("facets") or []:
            index = facet.get("index", {})
            if not 0 <= index.get("byteStart", -1) < index.get("byteEnd", -1) <= size:
                raise invalid("Record/facets: a facet's byte range is outside the text")
        embed = record.get("embed") or {}
        images = embed.get("images", []) if embed.get("$type") == "app.bsky.embed.images" else []
        if len(images) > 4:
            raise invalid("Record/embed/images must not have more than 4 elements")
        for image in images:
            if "alt" not in image:
                raise invalid("Record/embed/images/0 must have the property \"alt\"")
            link = ((image.get("image") or {}).get("ref") or {}).get("$link", "")
            if link not in self.blobs:
                raise invalid(f"Could not find blob: {link}")
            if len(self.blobs[link][1]) > MAX_BLOB_BYTES:
                raise invalid(f"Record/embed/images/0/image file too large. "
                              f"{MAX_BLOB_BYTES} bytes maximum")

    def _delete_record(self, req: Recorded) -> dict[str, Any]:
        account = self._signed_in(req)
        body = req.json if isinstance(req.json, dict) else {}
        uri = f"at://{account.did}/{body.get('collection')}/{body.get('rkey')}"
        with self._lock:
            if uri in self.records:
                self.records[uri].deleted = True
        return {}  # deleting what is not there succeeds, as on a real PDS

    def _get_record(self, req: Recorded) -> dict[str, Any]:
        repo = req.query.get("repo", "")
        did = self.known_handles.get(repo, repo)
        uri = f"at://{did}/{req.query.get('collection')}/{req.query.get('rkey')}"
        found = self.records.get(uri)
        if found is None or found.deleted:
            raise _Answer(400, {"error": "RecordNotFound",
                                "message": f"Could not locate record: {uri}"})
        return {"uri": uri, "cid": found.cid, "value": found.value}

    def _put_record(self, req: Recorded) -> dict[str, Any]:
        """Only threadgates are put here (hiding a reply); the record key is its post's."""
        account = self._signed_in(req)
        body = req.json if isinstance(req.json, dict) else {}
        record, rkey = body.get("record") or {}, str(body.get("rkey", ""))
        if body.get("repo") not in (account.did, account.handle) \
                or body.get("collection") != THREADGATE \
                or record.get("post") != f"at://{account.did}/{POST}/{rkey}":
            raise _Answer(400, {"error": "InvalidRequest",
                                "message": "A threadgate's key and post must be its post's"})
        hidden = record.get("hiddenReplies", [])
        if not isinstance(hidden, list) or len(hidden) > 300 \
                or not all(isinstance(h, str) and h.startswith("at://") for h in hidden):
            raise _Answer(400, {"error": "InvalidRecord", "message": "Invalid "
                                f"{THREADGATE} record: hiddenReplies must be at most 300 URIs"})
        uri = f"at://{account.did}/{THREADGATE}/{rkey}"
        cid = _cid(json.dumps(record, sort_keys=True).encode(), codec=0x71)
        with self._lock:
            self.records[uri] = BskyRecord(uri, cid, account.did, rkey, record,
                                           datetime.now(UTC))
        return {"uri": uri, "cid": cid, "validationStatus": "valid"}

    def _list_notifications(self, req: Recorded) -> dict[str, Any]:
        """Newest first; the cursor is the last one's indexedAt and key, as an opaque string."""
        account = self._signed_in(req)
        reasons = set(req.every("reasons"))
        limit = min(int(req.query.get("limit", "50")), 100)
        cursor = req.query.get("cursor", "")
        with self._lock:
            listed = [n for n in reversed(self.notifications.get(account.did, []))
                      if not reasons or n.reason in reasons]
        if cursor:
            listed = [n for n in listed if _position(n) < cursor]
        page = listed[:limit]
        body: dict[str, Any] = {"notifications": [{
            "uri": n.uri, "cid": n.cid, "author": self.bsky_accounts[n.author].profile(),
            "reason": n.reason, "record": n.record, "isRead": False,
            "indexedAt": _iso(n.indexed_at)} for n in page]}
        if len(page) == limit and len(listed) > limit:
            body["cursor"] = _position(page[-1])
        return body

    def _get_followers(self, req: Recorded) -> dict[str, Any]:
        self._signed_in(req)
        actor = req.query.get("actor", "")
        subject = self.bsky_accounts.get(self.known_handles.get(actor, actor))
        if subject is None:
            raise _Answer(400, {"error": "InvalidRequest", "message": "Profile not found"})
        limit = min(int(req.query.get("limit", "50")), 100)
        offset = int(req.query.get("cursor") or 0)
        with self._lock:
            listed = list(reversed(self.follows.get(subject.did, [])))
        page = listed[offset:offset + limit]
        body: dict[str, Any] = {"subject": subject.profile(), "followers": [
            self.bsky_accounts[did].profile() for did, _ in page]}
        if offset + limit < len(listed):
            body["cursor"] = str(offset + limit)
        return body

    def _author_feed(self, req: Recorded) -> dict[str, Any]:
        self._signed_in(req)
        actor = req.query.get("actor", "")
        account = self.bsky_accounts.get(self.known_handles.get(actor, actor))
        if account is None:
            raise _Answer(400, {"error": "InvalidRequest", "message": "Profile not found"})
        limit = min(int(req.query.get("limit", "50")), 100)
        posts = [p for p in self.posts(account)
                 if not req.query.get("cursor") or p.rkey < req.query["cursor"]][:limit]
        body: dict[str, Any] = {"feed": [{"post": {
            "uri": p.uri, "cid": p.cid, "record": p.value, "indexedAt": _iso(p.indexed_at),
            "author": {"did": account.did, "handle": account.handle}}} for p in posts]}
        if len(posts) == limit:
            body["cursor"] = posts[-1].rkey
        return body


# -- Mastodon -------------------------------------------------------------------------------------

@dataclass
class MastodonAccount:
    id: str
    username: str
    access_token: str = field(repr=False)
    acct: str = ""  # name@other.instance for an account elsewhere; the username here
    display_name: str = ""
    note: str = ""
    avatar: bool = True
    created_at: datetime | None = None
    locked: bool = False


@dataclass
class MastodonNotification:
    id: str
    type: str
    account_id: str
    status_id: str | None


@dataclass
class MastodonOAuthApp:
    client_id: str
    client_secret: str = field(repr=False)
    name: str = ""
    redirect_uris: list[str] = field(default_factory=list)
    scopes: list[str] = field(default_factory=list)


@dataclass
class Toot:
    id: str
    account_id: str
    text: str
    visibility: str
    media_ids: list[str]
    created_at: datetime
    idempotency_key: str = ""
    deleted: bool = False
    in_reply_to: Toot | None = None


@dataclass
class _Paged:
    """A list answer and the max_id of the next page, sent as Mastodon's Link header."""

    items: list[dict[str, Any]]
    next_max_id: str | None

    def headers(self, url: str) -> dict[str, str]:
        if self.next_max_id is None:
            return {}
        return {"Link": f'<{url}?max_id={self.next_max_id}>; rel="next"'}


def _window(listed: list, req: Recorded, most: int, key: Any) -> tuple[list, str | None]:
    """Newest first: those below max_id and above since_id, `limit` of them (the newest), and
    the next page's max_id when more of them are older than the page's last."""
    since, below = int(req.query.get("since_id") or 0), req.query.get("max_id")
    limit = min(int(req.query.get("limit") or 20), most)
    chosen = [x for x in listed if int(key(x)) > since
              and (below is None or int(key(x)) < int(below))]
    page = chosen[:limit]
    return page, str(key(page[-1])) if len(chosen) > limit else None


class FakeMastodon(_Fake):
    def __init__(self, host: str = "127.0.0.1", port: int = 0, *, max_characters: int = 500,
                 version: str = "4.3.2", not_mastodon: bool = False):
        self.max_characters, self.version, self.not_mastodon = (max_characters, version,
                                                                not_mastodon)
        super().__init__(host, port)

    def reset(self) -> None:
        with self._lock:
            self.requests = deque(maxlen=10_000)
            self.faults = []
            self.latency = 0.0
            self.m_accounts: dict[str, MastodonAccount] = {}
            self.toots: dict[str, Toot] = {}
            self.attachments: dict[str, dict[str, Any]] = {}
            self._ids = itertools.count(113_000_000_000_000_000)
            self.apps: dict[str, MastodonOAuthApp] = {}  # client id -> app
            self.codes: dict[str, tuple[str, str, MastodonAccount, str]] = {}
            self.denies = False  # the user at /oauth/authorize chooses Deny
            self.m_notifications: dict[str, list[MastodonNotification]] = {}  # oldest first
            self.m_follows: dict[str, list[tuple[str, str]]] = {}  # id -> (follow id, follower)
            self.default_account = self.add_account("forefieldprimary")
            self.authorizing = self.default_account  # who is signed in at /oauth/authorize

    def add_account(self, username: str, name: str = "") -> MastodonAccount:  # type: ignore[override]
        with self._lock:
            account = MastodonAccount(str(109_000 + len(self.m_accounts)), username,
                                      secrets.token_urlsafe(32))
            self.m_accounts[account.access_token] = account
            return account

    def revoke(self, account: MastodonAccount) -> None:
        with self._lock:
            self.m_accounts.pop(account.access_token, None)

    def add_user(self, acct: str, name: str = "", *, note: str = "", avatar: bool = True,
                 created_at: datetime | None = None, locked: bool = False) -> MastodonAccount:
        """Another account, here or on another instance (acct name@instance)."""
        account = self.add_account(acct.split("@")[0])
        account.acct, account.display_name, account.note = acct, name, note
        account.avatar, account.created_at, account.locked = avatar, created_at, locked
        return account

    def mention(self, author: MastodonAccount, text: str, *, in_reply_to: Toot | None = None,
                to: MastodonAccount | None = None, media: int = 0) -> Toot:
        """A status by `author` mentioning the school's account (or replying to its status):
        the school gets a notification of type mention, as Mastodon gives for both."""
        school = to or self.default_account
        with self._lock:
            media_ids = []
            for _ in range(media):
                media_id = str(next(self._ids))
                self.attachments[media_id] = {"id": media_id, "type": "image",
                                              "url": f"{self._base()}/media/{media_id}"}
                media_ids.append(media_id)
            toot = Toot(str(next(self._ids)), author.id, text, "public", media_ids,
                        datetime.now(UTC), in_reply_to=in_reply_to)
            self.toots[toot.id] = toot
            self._notify(school, "mention", author, toot.id)
        return toot

    def notify(self, kind: str, author: MastodonAccount, to: MastodonAccount | None = None
               ) -> None:
        with self._lock:
            self._notify(to or self.default_account, kind, author, None)

    def _notify(self, school: MastodonAccount, kind: str, author: MastodonAccount,
                status_id: str | None) -> None:
        self.m_notifications.setdefault(school.id, []).append(MastodonNotification(
            str(next(self._ids)), kind, author.id, status_id))

    def follow(self, follower: MastodonAccount, to: MastodonAccount | None = None) -> None:
        school = to or self.default_account
        with self._lock:
            self.m_follows.setdefault(school.id, []).append((str(next(self._ids)), follower.id))
            self._notify(school, "follow", follower, None)

    def statuses(self, account: MastodonAccount | None = None) -> list[Toot]:
        """Live statuses, newest first."""
        account_id = (account or self.default_account).id
        with self._lock:
            live = [t for t in self.toots.values() if t.account_id == account_id and not t.deleted]
        return sorted(live, key=lambda t: int(t.id), reverse=True)

    @property
    def domain(self) -> str:
        return f"{self.host}:{self.port}"

    def _route(self, req: Recorded, host: str) -> tuple[int, Any, dict[str, str]]:
        if self.not_mastodon:
            raise _Answer(404, "<!doctype html><title>Not Found</title><h1>Our school blog</h1>")
        path = req.path.rstrip("/")
        routes = [
            ("GET", r"/api/v1/instance", self._instance_v1),
            ("GET", r"/api/v2/instance", self._instance_v2),
            ("GET", r"/api/v1/accounts/verify_credentials", self._verify_credentials),
            ("GET", r"/api/v1/accounts/(\d+)/statuses", self._account_statuses),
            ("POST", r"/api/v2/media", self._media),
            ("POST", r"/api/v1/statuses", self._post_status),
            ("DELETE", r"/api/v1/statuses/(\d+)", self._delete_status),
            ("POST", r"/api/v1/apps", self._create_app),
            ("GET", r"/.well-known/oauth-authorization-server", self._oauth_server),
            ("POST", r"/oauth/token", self._token),
            ("GET", r"/api/v1/notifications", self._notifications),
            ("GET", r"/api/v1/accounts/(\d+)/followers", self._followers),
        ]
        if req.method == "GET" and path == "/oauth/authorize":
            return 302, "", {"Location": self._authorize(req)}
        for method, pattern, view in routes:
            match = re.fullmatch(pattern, path)
            if match and req.method == method:
                answer = view(req, *match.groups())
                if isinstance(answer, _Paged):
                    return 200, answer.items, answer.headers(self._base() + path)
                return 200, answer, {}
        raise _Answer(404, {"error": "Record not found"})

    # -- OAuth ------------------------------------------------------------------------------------

    def _create_app(self, req: Recorded) -> dict[str, Any]:
        fields = {k: v[0] for k, v in _fields(req).items()}
        uris = [u for u in fields.get("redirect_uris", "").split() if u]
        if not fields.get("client_name") or not uris:
            raise _Answer(422, {"error": "Validation failed: Name can't be blank, Redirect URI "
                                         "can't be blank"})
        app = MastodonOAuthApp(secrets.token_urlsafe(32), secrets.token_urlsafe(32),
                               fields["client_name"], uris,
                               fields.get("scopes", "read").split())
        with self._lock:
            self.apps[app.client_id] = app
        return {"id": str(len(self.apps)), "name": app.name, "website": fields.get("website"),
                "scopes": app.scopes, "redirect_uri": "\n".join(uris), "redirect_uris": uris,
                "client_id": app.client_id, "client_secret": app.client_secret}

    def _oauth_server(self, req: Recorded) -> dict[str, Any]:
        base = self._base()
        return {"issuer": f"{base}/", "authorization_endpoint": f"{base}/oauth/authorize",
                "token_endpoint": f"{base}/oauth/token", "response_types_supported": ["code"],
                "grant_types_supported": ["authorization_code", "client_credentials"],
                "scopes_supported": ["read", "write", "follow", "push", "profile"]}

    def _authorize(self, req: Recorded) -> str:
        """The user approves (or denies) at once; where the browser goes next."""
        app = self.apps.get(req.query.get("client_id", ""))
        uri = req.query.get("redirect_uri", "")
        if app is None or uri not in app.redirect_uris:
            raise _Answer(400, "<!doctype html><title>Error</title><p>The redirect uri "
                               "included is not valid.</p>")
        if req.query.get("response_type") != "code" or not set(
                req.query.get("scope", "read").split()) <= set(app.scopes):
            raise _Answer(400, "<!doctype html><title>Error</title><p>The requested scope is "
                               "invalid, unknown, or malformed.</p>")
        answer = {"state": req.query["state"]} if req.query.get("state") else {}
        if self.denies:
            answer = {"error": "access_denied", "error_description": "The resource owner or "
                      "authorization server denied the request."} | answer
        else:
            code = secrets.token_urlsafe(24)
            with self._lock:
                self.codes[code] = (app.client_id, uri, self.authorizing,
                                    req.query.get("scope", "read"))
            answer = {"code": code} | answer
        return f"{uri}{'&' if '?' in uri else '?'}{urlencode(answer)}"

    def _token(self, req: Recorded) -> dict[str, Any]:
        fields = {k: v[0] for k, v in _fields(req).items()}
        app = self.apps.get(fields.get("client_id", ""))
        if app is None or not secrets.compare_digest(fields.get("client_secret", ""),
                                                     app.client_secret):
            raise _Answer(401, {"error": "invalid_client", "error_description":
                                "Client authentication failed due to unknown client, no client "
                                "authentication included, or unsupported authentication "
                                "method."})
        with self._lock:
            grant = self.codes.pop(fields.get("code", ""), None)
        if (fields.get("grant_type") != "authorization_code" or grant is None
                or grant[0] != app.client_id or grant[1] != fields.get("redirect_uri")):
            raise _Answer(400, {"error": "invalid_grant", "error_description":
                                "The provided authorization grant is invalid, expired, revoked, "
                                "does not match the redirection URI used in the authorization "
                                "request, or was issued to another client."})
        account = grant[2]
        token = secrets.token_urlsafe(32)
        with self._lock:
            self.m_accounts[token] = MastodonAccount(account.id, account.username, token)
        return {"access_token": token, "token_type": "Bearer", "scope": grant[3],
                "created_at": int(time.time())}

    def _signed_in(self, req: Recorded) -> MastodonAccount:
        token = req.headers.get("authorization", "").removeprefix("Bearer ")
        account = self.m_accounts.get(token)
        if account is None:
            raise _Answer(401, {"error": "The access token is invalid"})
        return account

    def _instance_v1(self, req: Recorded) -> dict[str, Any]:
        return {"uri": self.domain, "title": "Fake Mastodon", "version": self.version,
                "configuration": self._configuration()}

    def _instance_v2(self, req: Recorded) -> dict[str, Any]:
        if self.version < "4":
            raise _Answer(404, {"error": "Record not found"})
        return {"domain": self.domain, "title": "Fake Mastodon", "version": self.version,
                "configuration": self._configuration(),
                "api_versions": {"mastodon": 2} if self.version >= "4.3" else {}}

    def _configuration(self) -> dict[str, Any]:
        return {"statuses": {"max_characters": self.max_characters, "max_media_attachments": 4,
                             "characters_reserved_per_url": 23},
                "media_attachments": {"image_size_limit": 16_777_216}}

    def _account_json(self, account: MastodonAccount) -> dict[str, Any]:
        acct = account.acct or account.username
        avatar = "avatars/original/1.png" if account.avatar else "avatars/original/missing.png"
        return {"id": account.id, "username": account.username, "acct": acct,
                "display_name": account.display_name or account.username,
                "note": f"<p>{_html(account.note)}</p>" if account.note else "",
                "avatar": f"{self._base()}/{avatar}", "locked": account.locked,
                "created_at": _iso(account.created_at or datetime(2020, 1, 1, tzinfo=UTC)),
                "url": f"{self._base()}/@{acct}"}

    def _base(self) -> str:
        return f"http://{self.domain}"

    def _verify_credentials(self, req: Recorded) -> dict[str, Any]:
        return self._account_json(self._signed_in(req))

    def _toot_json(self, toot: Toot) -> dict[str, Any]:
        account = next(a for a in self.m_accounts.values() if a.id == toot.account_id)
        return {"id": toot.id, "created_at": _iso(toot.created_at),
                "content": f"<p>{_html(toot.text)}</p>", "visibility": toot.visibility,
                "url": f"{self._base()}/@{account.acct or account.username}/{toot.id}",
                "uri": f"{self._base()}/users/{account.username}/statuses/{toot.id}",
                "account": self._account_json(account),
                "media_attachments": [self.attachments[m] for m in toot.media_ids],
                "in_reply_to_id": toot.in_reply_to.id if toot.in_reply_to else None,
                "in_reply_to_account_id": toot.in_reply_to.account_id if toot.in_reply_to
                else None,
                "text": toot.text if toot.deleted else None}

    def _account_statuses(self, req: Recorded, account_id: str) -> list[dict[str, Any]]:
        self._signed_in(req)
        account = next((a for a in self.m_accounts.values() if a.id == account_id), None)
        if account is None:
            raise _Answer(404, {"error": "Record not found"})
        since = int(req.query.get("since_id") or 0)
        limit = min(int(req.query.get("limit") or 20), 40)
        return [self._toot_json(t) for t in self.statuses(account) if int(t.id) > since][:limit]

    def _media(self, req: Recorded) -> dict[str, Any]:
        self._signed_in(req)
        content = req.files.get("file")
        if not content:
            raise _Answer(422, {"error": "Validation failed: File can't be blank"})
        media_id = str(next(self._ids))
        attachment = {"id": media_id, "type": "image", "url": f"{self._base()}/media/{media_id}",
                      "description": req.form.get("description") or None,
                      "size": len(content)}
        with self._lock:
            self.attachments[media_id] = attachment
        return attachment

    def _post_status(self, req: Recorded) -> dict[str, Any]:
        account = self._signed_in(req)
        fields = _fields(req)
        text = (fields.get("status") or [""])[0]
        media_ids = fields.get("media_ids[]", []) or fields.get("media_ids", [])
        key = req.headers.get("idempotency-key", "")
        with self._lock:
            if key:
                for toot in self.toots.values():
                    if toot.account_id == account.id and toot.idempotency_key == key:
                        return self._toot_json(toot)
            if not text and not media_ids:
                raise _Answer(422, {"error": "Validation failed: Text can't be blank"})
            if mastodon_length(text) > self.max_characters:
                raise _Answer(422, {"error": f"Validation failed: Text character limit of "
                                             f"{self.max_characters} exceeded"})
            if len(media_ids) > 4 or any(m not in self.attachments for m in media_ids):
                raise _Answer(422, {"error": "Validation failed: Media attachments invalid"})
            toot = Toot(str(next(self._ids)), account.id, text,
                        (fields.get("visibility") or ["public"])[0], list(media_ids),
                        datetime.now(UTC), key)
            self.toots[toot.id] = toot
        return self._toot_json(toot)

    def _notifications(self, req: Recorded) -> _Paged:
        """Newest first, types[] included only, since_id/max_id by notification id."""
        account = self._signed_in(req)
        types = set(req.every("types[]"))
        with self._lock:
            listed = [n for n in reversed(self.m_notifications.get(account.id, []))
                      if (not types or n.type in types)
                      and (n.status_id is None or not self.toots[n.status_id].deleted)]
            page, more = _window(listed, req, 40, lambda n: n.id)
            by_id = {a.id: a for a in self.m_accounts.values()}
            items = [{"id": n.id, "type": n.type, "created_at": _iso(datetime.now(UTC)),
                      "account": self._account_json(by_id[n.account_id]),
                      "status": self._toot_json(self.toots[n.status_id]) if n.status_id
                      else None} for n in page]
        return _Paged(items, more)

    def _followers(self, req: Recorded, account_id: str) -> _Paged:
        self._signed_in(req)
        with self._lock:
            listed = list(reversed(self.m_follows.get(account_id, [])))
            page, more = _window(listed, req, 80, lambda f: f[0])
            by_id = {a.id: a for a in self.m_accounts.values()}
            items = [self._account_json(by_id[follower]) for _, follower in page]
        return _Paged(items, more)

    def _delete_status(self, req: Recorded, status_id: str) -> dict[str, Any]:
        account = self._signed_in(req)
        with self._lock:
            toot = self.toots.get(status_id)
            if toot is None or toot.deleted or toot.account_id != account.id:
                raise _Answer(404, {"error": "Record not found"})
            toot.deleted = True
        return self._toot_json(toot)


# -- helpers --------------------------------------------------------------------------------------

def _position(note: BskyNotification) -> str:
    return f"{note.indexed_at.timestamp():017.6f}::{note.uri.rsplit('/', 1)[-1]}"


def _app_password() -> str:
    alphabet = string.ascii_lowercase + string.digits
    return "-".join("".join(secrets.choice(alphabet) for _ in range(4)) for _ in range(4))


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _jwt(did: str, scope: str, lifetime: int) -> str:
    """A token shaped like the PDS's (the SDK reads its expiry); signed by nobody."""
    now = int(time.time())
    header = _b64(json.dumps({"typ": "at+jwt", "alg": "ES256K"}).encode())
    payload = _b64(json.dumps({"scope": scope, "sub": did, "iat": now, "exp": now + lifetime,
                               "aud": "did:web:fake.pds", "jti": secrets.token_hex(8)}).encode())
    return f"{header}.{payload}.{_b64(secrets.token_bytes(32))}"


def _cid(data: bytes, *, codec: int) -> str:
    """A CIDv1 (base32, sha2-256) as the PDS makes: raw (0x55) for blobs, dag-cbor (0x71)."""
    raw = bytes([0x01, codec, 0x12, 0x20]) + hashlib.sha256(data).digest()
    return "b" + base64.b32encode(raw).decode().lower().rstrip("=")


def _fields(req: Recorded) -> dict[str, list[str]]:
    """Form or JSON fields with repeated keys kept (media_ids[] comes once per id)."""
    if isinstance(req.json, dict):
        return {k: v if isinstance(v, list) else [str(v)] for k, v in req.json.items()}
    if req.files or req.headers.get("content-type", "").startswith("multipart/"):
        return {k: [v] for k, v in req.form.items()}
    fields: dict[str, list[str]] = {}
    for key, value in parse_qsl(req.body.decode(), keep_blank_values=True):
        fields.setdefault(key, []).append(value)
    return fields


def _html(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")
