"""Secrets at rest (the school's X keys): Fernet tokens under the keys of settings.ENCRYPTION_KEYS.

    token = encrypt("secret")        # under the first (current) key
    decrypt(token)                   # under any listed key
    rotate(token)                    # re-encrypted under the current key

ENCRYPTION_KEYS is a comma-separated list of Fernet keys, newest first; to rotate, put a new key
first, keep the old ones after it, re-encrypt every stored value with rotate(), then drop the old
keys. With DEBUG on and no keys set, one key is derived from SECRET_KEY so development needs no
set-up; without DEBUG the keys must be set. Nothing here logs a value or a key.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass, field
from functools import cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

__all__ = ["Credentials", "InvalidToken", "decrypt", "encrypt", "generate_key", "rotate"]


@dataclass(frozen=True)
class Credentials:
    """A school's X keys: the app's consumer key and the account's access token (OAuth 1.0a).
    Defined here, with their encryption, so that accounts/ needs nothing of publishing/."""

    consumer_key: str
    consumer_secret: str = field(repr=False)
    access_token: str
    access_token_secret: str = field(repr=False)


def encrypt(value: str) -> str:
    return _fernet().encrypt(value.encode()).decode()


def decrypt(token: str) -> str:
    """The value; InvalidToken when no listed key opens it (or it was tampered with)."""
    return _fernet().decrypt(token.encode()).decode()


def rotate(token: str) -> str:
    """The same value encrypted under the current key (InvalidToken as for decrypt)."""
    return _fernet().rotate(token.encode()).decode()


def generate_key() -> str:
    return Fernet.generate_key().decode()


def _fernet() -> MultiFernet:
    return _build(tuple(settings.ENCRYPTION_KEYS), settings.DEBUG, settings.SECRET_KEY)


@cache
def _build(keys: tuple[str, ...], debug: bool, secret_key: str) -> MultiFernet:
    if not keys:
        if not debug:
            raise ImproperlyConfigured(
                "Set the ENCRYPTION_KEYS environment variable (comma-separated Fernet keys, "
                "newest first) to store the school's X keys.")
        digest = hashlib.sha256(b"schoolsocial-dev-encryption:" + secret_key.encode()).digest()
        keys = (base64.urlsafe_b64encode(digest).decode(),)
    fernets = []
    for position, key in enumerate(keys, start=1):
        try:
            fernets.append(Fernet(key))
        except ValueError:
            raise ImproperlyConfigured(
                f"ENCRYPTION_KEYS: key number {position} is not a Fernet key (32 url-safe "
                f"base64-encoded bytes).") from None
    return MultiFernet(fernets)
