"""Mastodon through `Mastodon.py`: the instance's address and an access token, got through
OAuth (or, the advanced way, made on the instance in Preferences > Development > New
application, scopes read and write, and pasted), with the instance's own length limit read when
the account is connected.

    info = read_instance("https://mastodon.example")    # version and limit; clear error if down
    app = register_app(instance, redirect_uri)           # POST /api/v1/apps, once per instance
    url = authorize_url(instance, app, redirect_uri, state)   # where the headteacher is sent
    token = exchange_code(instance, app, redirect_uri, code)  # POST /oauth/token
    publisher = MastodonPublisher(MastodonCredentials(instance, token, max_length, version))
    publisher.publish(payload, key=...)                  # Idempotency-Key: never posted twice
    publisher.find_recent(text, since)                   # the account's statuses
    publisher.delete(status_id)
    publisher.mentions(since_id, token)                  # notifications of type mention
    publisher.followers(token)                           # the account's followers

Mastodon has no way for an account to hide a reply to its post, so there is no hide_reply.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import requests
from mastodon import Mastodon, errors
from mastodon.versions import parse_version_string

from policies import networks as table
from schoolsocial.publishing.backends import (
    Page,
    Payload,
    Published,
    RemoteMention,
    RemoteTweet,
    RemoteUser,
    TransportError,
    XAccount,
    _never_sent,
    same_text,
)

LABEL = "Mastodon"
APP_NAME = "School Social"
SCOPES = ["read", "write"]  # posting, deleting, reading the school's own statuses


@dataclass(frozen=True)
class MastodonCredentials:
    instance: str  # https://mastodon.example
    access_token: str = field(repr=False)
    max_length: int = 500
    version: str = "4.0.0"


@dataclass(frozen=True)
class InstanceInfo:
    version: str
    max_length: int
    title: str


@dataclass(frozen=True)
class AppKeys:
    """School Social's registration as an application on one instance."""

    client_id: str = field(repr=False)
    client_secret: str = field(repr=False)


class MastodonPublisher:
    name = "mastodon"

    def __init__(self, credentials: MastodonCredentials, *, timeout: float = 20.0,
                 visibility: str = "public"):
        self.credentials = credentials
        self.visibility = visibility
        self.sent: dict[str, Any] = {}  # the last post as built for Mastodon (publish)
        self.api = _client(credentials.instance, credentials.access_token, timeout,
                           credentials.version)
        self._me: XAccount | None = None

    @property
    def limits(self) -> table.Limits:
        return table.network_limits("mastodon", max_length=self.credentials.max_length)

    def close(self) -> None:
        self.api.session.close()

    def me(self) -> XAccount:
        if self._me is None:
            account = self._call(self.api.account_verify_credentials, "the sign-in",
                                 write=False)
            self._me = XAccount(str(account["id"]), account["acct"],
                                account.get("display_name") or "")
        return self._me

    def mentions(self, since_id: str | None = None, token: str | None = None) -> Page:
        """Statuses that mention the account (replies to its posts among them), newest first,
        from the notifications of type mention newer than `since_id` (a notification id);
        `token` is the max_id of the next page, from the Link header."""
        me = self.me()
        notes = self._call(self.api.notifications, "the mentions and replies",
                           types=["mention"], since_id=since_id or None, max_id=token or None,
                           limit=40, write=False)
        items = []
        for note in notes:
            status = note.get("status")
            if note.get("type") != "mention" or not status:
                continue  # a status deleted since, or a server that ignores `types`
            ours = str(status.get("in_reply_to_account_id") or "") == me.id
            items.append(RemoteMention(
                str(status["id"]), _plain(status.get("content") or ""),
                str(note["account"]["id"]), _user(note["account"]), _aware(status["created_at"]),
                str(status["in_reply_to_id"]) if ours and status.get("in_reply_to_id") else None,
                status.get("url") or status.get("uri") or "",
                bool(status.get("media_attachments")), str(note["id"])))
        return Page(items, _next(notes))

    def followers(self, token: str | None = None) -> Page:
        """The account's followers, newest first, 80 a page."""
        accounts = self._call(self.api.account_followers, "the followers", self.me().id,
                              max_id=token or None, limit=80, write=False)
        return Page([_user(account) for account in accounts], _next(accounts))

    def publish(self, payload: Payload, *, key: str = "", at: datetime | None = None
                ) -> Published:
        media = [self._call(self.api.media_post, "a photo", photo.read(), photo.media_type,
                            description=photo.alt_text, write=False)
                 for photo in payload.photos]
        self.sent = {"text": payload.text, "visibility": self.visibility,
                     "images": [{"alt": photo.alt_text} for photo in payload.photos]}
        status = self._call(self.api.status_post, "the post", payload.text,
                            media_ids=[m["id"] for m in media] or None,
                            visibility=self.visibility, idempotency_key=key or None,
                            language="en", write=True)
        return Published(str(status["id"]), status.get("url") or status.get("uri") or "")

    def find_recent(self, text: str, since: datetime) -> RemoteTweet | None:
        me = self.me()
        statuses = self._call(self.api.account_statuses, "the school's Mastodon posts", me.id,
                              exclude_reblogs=True, limit=40, write=False)
        for status in statuses:
            created = _aware(status["created_at"])
            shown = _plain(status.get("content") or "")
            if created >= since and same_text(text, shown):
                return RemoteTweet(str(status["id"]), shown, status.get("url") or "", created)
        return None

    def delete(self, remote_id: str) -> bool:
        try:
            self._call(self.api.status_delete, "the post", remote_id, write=True)
        except _Gone:
            return False
        return True

    def _call(self, method: Any, what: str, *args: Any, write: bool, **kwargs: Any) -> Any:
        try:
            return method(*args, **kwargs)
        except errors.MastodonError as error:
            if isinstance(error, errors.MastodonNotFoundError) and method == self.api.status_delete:
                raise _Gone from None
            raise mastodon_error(self.api, error, what, write=write) from None


class _Gone(Exception):
    pass


def read_instance(instance: str, *, timeout: float = 10.0) -> InstanceInfo:
    """The instance's version and character limit, unauthenticated; TransportError(permanent)
    when the address is not a Mastodon server, transient when it is down."""
    api = _client(instance, None, timeout, "4.0.0")
    try:
        try:
            info = api.instance_v2()
        except errors.MastodonNotFoundError:
            info = api.instance_v1()  # a Mastodon before 4.0
        configuration = info.get("configuration") or {}
        limit = (configuration.get("statuses") or {}).get("max_characters") \
            or info.get("max_toot_chars") or 500
        version = str(info["version"])
    except (errors.MastodonNotFoundError, errors.MastodonAPIError, KeyError, TypeError,
            AttributeError, ValueError):
        raise not_mastodon(instance) from None
    except errors.MastodonError as error:
        raise mastodon_error(api, error, f"the address {instance}", write=False) from None
    finally:
        api.session.close()
    return InstanceInfo(version, int(limit), str(info.get("title") or instance))


def register_app(instance: str, redirect_uri: str, *, website: str = "",
                 timeout: float = 10.0) -> AppKeys:
    """Register School Social on the instance (POST /api/v1/apps) for the OAuth flow."""
    try:
        client_id, client_secret = Mastodon.create_app(
            APP_NAME, scopes=SCOPES, redirect_uris=redirect_uri, website=website or None,
            api_base_url=instance.rstrip("/"), request_timeout=timeout)
    except errors.MastodonNetworkError:
        # Mastodon.py says "network error" for an answer that is not JSON too: ask what it is
        read_instance(instance, timeout=timeout)
        raise TransportError(f"{instance} did not register School Social as an app. Try again "
                             f"in a few minutes, or paste an access token (Advanced).",
                             permanent=True) from None
    except (KeyError, TypeError):  # a JSON answer without the keys: a refusal
        raise TransportError(f"{instance} refused to register School Social as an app. Its "
                             f"administrators may have closed app registration: paste an access "
                             f"token instead (Advanced).", permanent=True) from None
    return AppKeys(client_id, client_secret)


def authorize_url(instance: str, app: AppKeys, redirect_uri: str, state: str, *, version: str,
                  allow_http: bool = False, timeout: float = 10.0) -> str:
    """The instance's page where the school's account approves School Social."""
    api = _oauth_client(instance, app, timeout, version)
    try:
        return api.auth_request_url(redirect_uris=redirect_uri, scopes=SCOPES, state=state,
                                    force_login=False, lang="en", allow_http=allow_http)
    except errors.MastodonError as error:
        raise mastodon_error(api, error, "the sign-in", write=False) from None
    finally:
        api.session.close()


def exchange_code(instance: str, app: AppKeys, redirect_uri: str, code: str, *, version: str,
                  allow_http: bool = False, timeout: float = 10.0) -> str:
    """The access token for the code the instance sent back (POST /oauth/token)."""
    api = _oauth_client(instance, app, timeout, version)
    try:
        return api.log_in(code=code, redirect_uri=redirect_uri, scopes=SCOPES,
                          allow_http=allow_http)
    except errors.MastodonError:
        # Mastodon.py folds every refusal (a used code, a forgotten app) into one error
        raise TransportError(f"{LABEL} did not confirm the connection. Start again with "
                             f"Connect through {LABEL}.", permanent=True) from None
    finally:
        api.session.close()


def _oauth_client(instance: str, app: AppKeys, timeout: float, version: str) -> Mastodon:
    """As _client, with the app's keys and no token (given the version, the SDK asks for none)."""
    return Mastodon(client_id=app.client_id, client_secret=app.client_secret,
                    api_base_url=instance.rstrip("/"), request_timeout=timeout,
                    version_check_mode="none", mastodon_version=version)


def not_mastodon(instance: str) -> TransportError:
    return TransportError(f"{instance} did not answer as a Mastodon server. Check the address: "
                          f"it is the instance the school's account is on, such as "
                          f"https://mastodon.social.", permanent=True)


def mastodon_error(api: Mastodon, error: errors.MastodonError, what: str, *, write: bool
                   ) -> TransportError:
    if isinstance(error, errors.MastodonUnauthorizedError):
        return TransportError(
            f"{LABEL} did not accept the school's access token. It may have been revoked on the "
            f"instance: the headteacher should connect {LABEL} again in Settings.",
            permanent=True, status=401)
    if isinstance(error, errors.MastodonRatelimitError):
        reset = getattr(api, "ratelimit_reset", None)
        when = datetime.fromtimestamp(reset, UTC) if isinstance(reset, int | float) else None
        return TransportError(f"{LABEL}'s rate limit for this account has been reached; it "
                              f"will be tried again later.", retry_after=when, status=429)
    if isinstance(error, errors.MastodonServerError):
        return TransportError(f"{LABEL} had a problem of its own; it will be tried again "
                              f"shortly.", status=_status(error))
    if isinstance(error, errors.MastodonNetworkError):
        return _no_answer(error, what, write=write)
    return TransportError(f"{LABEL} refused {what}: {_reason(error)}", permanent=True,
                          status=_status(error))


def _no_answer(error: errors.MastodonNetworkError, what: str, *, write: bool) -> TransportError:
    cause = error.__context__
    if not write or (isinstance(cause, requests.RequestException) and _never_sent(cause)):
        return TransportError(f"Could not reach {LABEL}; it will be tried again shortly.")
    return TransportError(f"The connection to {LABEL} was lost after {what} was sent, so it is "
                          f"not known whether it was published. It will be looked for on the "
                          f"school's {LABEL} account before anything is sent again.",
                          outcome_unknown=True)


def _client(instance: str, token: str | None, timeout: float, version: str) -> Mastodon:
    """No version checks by the SDK (they would cost a request per client); it still picks its
    endpoints (/api/v2/media rather than v1) by the version we read at connect."""
    api = Mastodon(api_base_url=instance.rstrip("/"), access_token=token,
                   request_timeout=timeout, ratelimit_method="throw",
                   version_check_mode="none", mastodon_version=version)
    api.mastodon_major, api.mastodon_minor, api.mastodon_patch = parse_version_string(version)
    return api


def _status(error: errors.MastodonError) -> int | None:
    return error.args[1] if len(error.args) > 1 and isinstance(error.args[1], int) else None


def _reason(error: errors.MastodonError) -> str:
    """Mastodon.py's args: (message, status, reason, error text from the server)."""
    return str(error.args[3] if len(error.args) > 3 and error.args[3] else error.args[0])


def _user(account: Any) -> RemoteUser:
    avatar = account.get("avatar") or ""
    return RemoteUser(str(account["id"]), account.get("acct") or account.get("username") or "",
                      account.get("display_name") or "", _plain(account.get("note") or ""),
                      _aware(account["created_at"]) if account.get("created_at") else None,
                      has_picture=bool(avatar) and "missing" not in avatar,
                      protected=bool(account.get("locked")), url=account.get("url") or "")


def _next(listed: Any) -> str | None:
    """The max_id of the next page, as Mastodon.py read it from the Link header."""
    following = getattr(listed, "_pagination_next", None)
    return str(following["max_id"]) if listed and following and "max_id" in following else None


def _plain(content: str) -> str:
    text = re.sub(r"<br\s*/?>", "\n", content)
    text = re.sub(r"</p>\s*<p>", "\n\n", text)
    return html.unescape(re.sub(r"<[^>]+>", "", text))


def _aware(value: Any) -> datetime:
    if isinstance(value, str):
        value = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return value if value.tzinfo else value.replace(tzinfo=UTC)
