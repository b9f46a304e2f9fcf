"""A Bluesky or Mastodon account's keys are rotated with the X keys (rotate_encryption_key)."""

from __future__ import annotations

import pytest
from cryptography.fernet import Fernet
from django.core.management import call_command

from schoolsocial.accounts import crypto
from schoolsocial.publishing.backends import TransportError
from schoolsocial.publishing.models import NetworkAccount
from schoolsocial.publishing.networks.accounts import credentials_of, seal
from schoolsocial.publishing.networks.bluesky import BlueskyCredentials

pytestmark = pytest.mark.django_db


def test_rotation_re_encrypts_a_network_accounts_keys_under_the_new_key(school, settings):
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    settings.ENCRYPTION_KEYS = [old]
    credentials = BlueskyCredentials("forefield.bsky.social", "abcd-efgh-ijkl-mnop")
    account = NetworkAccount.objects.create(school=school, network="bluesky",
                                            connected_as="@forefield.bsky.social",
                                            address="https://bsky.social",
                                            credentials_encrypted=seal(credentials))
    settings.ENCRYPTION_KEYS = [new, old]
    call_command("rotate_encryption_key")
    settings.ENCRYPTION_KEYS = [new]
    account.refresh_from_db()
    assert crypto.decrypt(account.credentials_encrypted)
    assert credentials_of(account) == credentials


def test_keys_no_key_opens_are_a_clear_permanent_error(school):
    account = NetworkAccount(school=school, network="mastodon", connected_as="@a@b.example",
                             address="https://b.example", credentials_encrypted="not-a-token")
    with pytest.raises(TransportError, match="connect Mastodon again in Settings") as caught:
        credentials_of(account)
    assert caught.value.permanent
