"""Publishers pointed at the fake Bluesky and Mastodon servers (tests/conftest.py: pds,
instance) through the real SDKs (atproto, Mastodon.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from cryptography.fernet import Fernet

from schoolsocial.publishing.fake_networks import FakeBluesky, FakeMastodon
from schoolsocial.publishing.networks.bluesky import BlueskyCredentials, BlueskyPublisher
from schoolsocial.publishing.networks.mastodon import MastodonCredentials, MastodonPublisher


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
