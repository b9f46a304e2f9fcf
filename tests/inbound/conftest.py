"""The fake X (publishing's fixtures) for the inbound reads, through the year."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from cryptography.fernet import Fernet

from schoolsocial.publishing.backends import Credentials, XPublisher
from schoolsocial.publishing.fake_x import FakeX


@pytest.fixture
def x_publisher(fake_x: FakeX, credentials: Credentials, school) -> Iterator[XPublisher]:
    publisher = XPublisher(school, credentials, api_base_url=fake_x.url, timeout=(2, 2))
    yield publisher
    publisher.close()


@pytest.fixture(autouse=True)
def _encryption_key(settings) -> None:
    settings.ENCRYPTION_KEYS = [Fernet.generate_key().decode()]


@pytest.fixture(autouse=True)
def _through_the_year(season) -> None:
    """Every inbound test runs in each season of tests/seasons.py."""


@pytest.fixture
def mastodon_account(instance, school):
    from schoolsocial.publishing.models import NetworkAccount
    from schoolsocial.publishing.networks.accounts import seal
    from schoolsocial.publishing.networks.mastodon import MastodonCredentials

    return NetworkAccount.objects.create(
        school=school, network="mastodon", connected_as="@forefieldprimary@" + instance.domain,
        address=instance.url, max_length=500, credentials_encrypted=seal(MastodonCredentials(
            instance.url, instance.default_account.access_token, 500, instance.version)))
