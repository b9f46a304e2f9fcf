"""A school's connected network accounts: their keys sealed and opened with accounts/crypto.py,
and the publisher each one makes; and School Social's own app registration on each Mastodon
instance, sealed the same way.

    with publisher_for_account(account) as publisher:     # BlueskyPublisher or MastodonPublisher
        publisher.publish(payload, key=..., at=...)
    keys = mastodon_app(instance, redirect_uri)           # registered on first use

The SDKs are imported only when a publisher is made: atproto alone takes seconds to import.
"""

from __future__ import annotations

import dataclasses
import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from django.db import IntegrityError, transaction

from schoolsocial.accounts import crypto
from schoolsocial.publishing.backends import TransportError
from schoolsocial.publishing.models import MastodonApp, NetworkAccount
from schoolsocial.publishing.networks import Network

logger = logging.getLogger(__name__)


def seal(credentials: Any) -> str:
    return crypto.encrypt(json.dumps(dataclasses.asdict(credentials)))


def credentials_of(account: NetworkAccount) -> Any:
    """The account's credentials dataclass; TransportError(permanent) when no key opens them."""
    try:
        keys = json.loads(crypto.decrypt(account.credentials_encrypted))
    except crypto.InvalidToken:
        logger.error("School %s: its %s keys cannot be decrypted with ENCRYPTION_KEYS",
                     account.school_id, account.network)
        raise TransportError(f"The school's {account.get_network_display()} keys cannot be "
                             f"read on this server: connect {account.get_network_display()} "
                             f"again in Settings.", permanent=True) from None
    if account.network == NetworkAccount.Network.BLUESKY:
        from schoolsocial.publishing.networks.bluesky import BlueskyCredentials
        return BlueskyCredentials(**keys)
    from schoolsocial.publishing.networks.mastodon import MastodonCredentials
    return MastodonCredentials(**keys)


@contextmanager
def publisher_for_account(account: NetworkAccount, **options: Any) -> Iterator[Network]:
    credentials = credentials_of(account)
    if account.network == NetworkAccount.Network.BLUESKY:
        from schoolsocial.publishing.networks.bluesky import BlueskyPublisher
        publisher: Network = BlueskyPublisher(credentials, **options)
    else:
        from schoolsocial.publishing.networks.mastodon import MastodonPublisher
        publisher = MastodonPublisher(credentials, **options)
    try:
        yield publisher
    finally:
        publisher.close()


def mastodon_app(instance: str, redirect_uri: str, *, website: str = "") -> Any:
    """School Social's client id and secret on the instance (mastodon.AppKeys): the stored
    registration, or a new one (TransportError when the instance refuses). A registration
    whose keys no longer open is made again."""
    from schoolsocial.publishing.networks.mastodon import AppKeys, register_app

    stored = MastodonApp.objects.filter(instance=instance, redirect_uri=redirect_uri).first()
    if stored is not None:
        try:
            return AppKeys(**json.loads(crypto.decrypt(stored.credentials_encrypted)))
        except crypto.InvalidToken:
            stored.delete()
    keys = register_app(instance, redirect_uri, website=website)
    try:
        with transaction.atomic():
            MastodonApp.objects.create(instance=instance, redirect_uri=redirect_uri,
                                       credentials_encrypted=seal(keys))
    except IntegrityError:  # registered at the same moment by another request: keep theirs
        return mastodon_app(instance, redirect_uri, website=website)
    return keys


def forget_mastodon_app(instance: str, redirect_uri: str) -> None:
    """The instance did not accept the registration (deleted there): register afresh next time."""
    MastodonApp.objects.filter(instance=instance, redirect_uri=redirect_uri).delete()
