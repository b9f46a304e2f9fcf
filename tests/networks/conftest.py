"""Fake Bluesky and Mastodon servers on free ports of 127.0.0.1, and publishers pointed at them
through the real SDKs (atproto, Mastodon.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from cryptography.fernet import Fernet

from schoolsocial.publishing.fake_networks import FakeBluesky, FakeMastodon
from schoolsocial.publishing.networks.bluesky import BlueskyCredentials, BlueskyPublisher
from schoolsocial.publishing.networks.mastodon import MastodonCredentials, MastodonPublisher


@pytest.fixture
def pds() -> Iterator[FakeBluesky]:
    with FakeBluesky() as fake:
        yield fake


@pytest.fixture
def instance() -> Iterator[FakeMastodon]:
    with FakeMastodon(max_characters=500) as fake:
        yield fake


@pytest.fixture
def bluesky(pds: FakeBluesky) -> Iterator[BlueskyPublisher]:
    account = pds.default_account
    publisher = BlueskyPublisher(BlueskyCredentials(account.handle, account.app_password,
                                                    pds.url), timeout=(2, 2))
    yield publisher
    publisher.close()


@pytest.fixture
def mastodon(instance: FakeMastodon) -> Iterator[MastodonPublisher]:
    publisher = MastodonPublisher(MastodonCredentials(
        instance.url, instance.default_account.access_token, 500, instance.version), timeout=2)
    yield publisher
    publisher.close()


@pytest.fixture(autouse=True)
def _encryption_key(settings) -> None:
    settings.ENCRYPTION_KEYS = [Fernet.generate_key().decode()]
