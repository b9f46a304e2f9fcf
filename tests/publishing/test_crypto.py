"""Secrets at rest: accounts/crypto.py and the school's X keys stored through it."""

from __future__ import annotations

import pytest
from cryptography.fernet import Fernet
from django.core.exceptions import ImproperlyConfigured

from schoolsocial.accounts import crypto
from schoolsocial.publishing.backends import Credentials

KEYS = Credentials("app-key", "app-secret-value", "1001-token", "token-secret-value")


def test_a_value_comes_back_and_is_not_readable_at_rest(settings):
    settings.ENCRYPTION_KEYS = [Fernet.generate_key().decode()]
    token = crypto.encrypt("token-secret-value")
    assert "token-secret-value" not in token
    assert crypto.decrypt(token) == "token-secret-value"


def test_rotation_moves_a_value_to_the_new_key_and_the_old_key_can_go(settings):
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    settings.ENCRYPTION_KEYS = [old]
    token = crypto.encrypt("secret")
    settings.ENCRYPTION_KEYS = [new, old]
    assert crypto.decrypt(token) == "secret"
    rotated = crypto.rotate(token)
    settings.ENCRYPTION_KEYS = [new]
    assert crypto.decrypt(rotated) == "secret"
    with pytest.raises(crypto.InvalidToken):
        crypto.decrypt(token)


def test_development_derives_a_key_from_the_secret_key(settings):
    settings.ENCRYPTION_KEYS, settings.DEBUG = [], True
    token = crypto.encrypt("x")
    assert crypto.decrypt(token) == "x"
    settings.SECRET_KEY = "another-secret-key"
    with pytest.raises(crypto.InvalidToken):
        crypto.decrypt(token)


def test_production_without_keys_refuses_to_start_storing(settings):
    settings.ENCRYPTION_KEYS, settings.DEBUG = [], False
    with pytest.raises(ImproperlyConfigured, match="ENCRYPTION_KEYS"):
        crypto.encrypt("secret")


def test_a_key_that_is_not_a_fernet_key_is_named(settings):
    settings.ENCRYPTION_KEYS = [Fernet.generate_key().decode(), "not-a-key"]
    with pytest.raises(ImproperlyConfigured, match="key number 2"):
        crypto.encrypt("secret")


def test_the_school_keeps_its_keys_encrypted(school, settings):
    settings.ENCRYPTION_KEYS = [Fernet.generate_key().decode()]
    assert school.x_credentials() is None
    school.connect_x(KEYS, "meonvalley")
    school.refresh_from_db()
    assert school.x_credentials() == KEYS
    assert "token-secret-value" not in school.x_credentials_encrypted
    assert "app-secret-value" not in school.x_credentials_encrypted
    assert school.x_connected_as == "meonvalley" and school.x_connected_at is not None
    assert "secret-value" not in repr(school.x_credentials())


def test_keys_no_listed_key_opens_count_as_not_connected(school, settings, caplog):
    settings.ENCRYPTION_KEYS = [Fernet.generate_key().decode()]
    school.connect_x(KEYS, "meonvalley")
    settings.ENCRYPTION_KEYS = [Fernet.generate_key().decode()]
    assert school.x_credentials() is None
    assert "cannot be decrypted" in caplog.text and "secret-value" not in caplog.text


def test_disconnecting_forgets_the_keys(school):
    school.connect_x(KEYS, "meonvalley")
    school.disconnect_x()
    school.refresh_from_db()
    assert school.x_credentials() is None and school.x_connected_as == ""
