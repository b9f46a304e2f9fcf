"""The social networks a school posts to besides X: one backend module each, one fake server
each (publishing/fake_networks.py), one row each in limits.LIMITS.

Every backend has the X publisher's shape (publishing/backends.py), so the worker treats them
alike and the X backend satisfies the same interface as it is:

    publish(payload: Payload, *, key: str = "", at: datetime | None = None) -> Published
    find_recent(text: str, since: datetime) -> RemoteTweet | None   # reconcile an unknown outcome
    delete(remote_id: str) -> bool                                  # False: it was already gone
    me() -> XAccount                                                # who the keys belong to
    limits -> limits.Limits                                         # checked before approval
    close()

and raises publishing.backends.TransportError with the same flags (permanent, retry_after,
outcome_unknown, duplicate). `key` is the publication's idempotency key: the same key and time
never make a second post (Bluesky: a record key derived from both; Mastodon: the
Idempotency-Key header).
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from policies.networks import Limits
from schoolsocial.publishing.backends import Payload, Published, RemoteTweet, XAccount

NETWORKS = {
    "bluesky": "schoolsocial.publishing.networks.bluesky.BlueskyPublisher",
    "mastodon": "schoolsocial.publishing.networks.mastodon.MastodonPublisher",
}


class Network(Protocol):
    name: str

    @property
    def limits(self) -> Limits: ...

    def publish(self, payload: Payload, *, key: str = "",
                at: datetime | None = None) -> Published: ...

    def find_recent(self, text: str, since: datetime) -> RemoteTweet | None: ...

    def delete(self, remote_id: str) -> bool: ...

    def me(self) -> XAccount: ...

    def close(self) -> None: ...
