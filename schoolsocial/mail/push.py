"""Web Push (RFC 8030) with VAPID (RFC 8292) and aes128gcm payloads (RFC 8188, RFC 8291), made
with `cryptography` and sent with `requests`: pywebpush, py-vapid and http-ece are MPL-2.0, which
the project's licence rule (MIT, BSD, Apache) leaves out.

A person turns notifications on per device (their browser's subscription is a PushSubscription)
and off for all of them. The e-mails stay: push_to() is called beside each notification e-mail
of PUSHED kinds (mail/delivery.send hands it to the worker), for the people the e-mail goes to
who have turned it on.
Keys: `manage.py make_vapid_keys` prints VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY for the
environment; without them nothing is pushed and the page says so.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import time
from urllib.parse import urlsplit

import requests
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.conf import settings

from schoolsocial.mail.models import PushSubscription

logger = logging.getLogger(__name__)
# the notification e-mails that are pushed too: waiting for approval (approvers), decided
# (author), not published (approvers), a concern (headteacher), its outcome (raiser), returned,
# a recurring post's occurrence left as a draft (its author)
PUSHED = frozenset({"submitted", "decided", "failed", "concern", "concern_resolved", "returned",
                    "series_draft"})
TTL = 24 * 3600
RECORD_SIZE = 4096


def b64u(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def unb64u(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def make_keys() -> tuple[str, str]:
    """(public, private), base64url: the public point uncompressed, the private scalar."""
    key = ec.generate_private_key(ec.SECP256R1())
    private = key.private_numbers().private_value.to_bytes(32, "big")
    return b64u(_point(key.public_key())), b64u(private)


def _point(public: ec.EllipticCurvePublicKey) -> bytes:
    return public.public_bytes(serialization.Encoding.X962,
                               serialization.PublicFormat.UncompressedPoint)


def configured() -> bool:
    return bool(settings.VAPID_PUBLIC_KEY and settings.VAPID_PRIVATE_KEY)


def vapid_header(endpoint: str, now: float | None = None) -> str:
    """Authorization: a JWT (ES256) for the push service's origin, signed with our key."""
    parts = urlsplit(endpoint)
    claims = {"aud": f"{parts.scheme}://{parts.netloc}",
              "exp": int((now or time.time()) + 12 * 3600), "sub": settings.VAPID_SUBJECT}
    signing = (b64u(json.dumps({"typ": "JWT", "alg": "ES256"}).encode()) + "."
               + b64u(json.dumps(claims, separators=(",", ":")).encode()))
    key = ec.derive_private_key(int.from_bytes(unb64u(settings.VAPID_PRIVATE_KEY), "big"),
                                ec.SECP256R1())
    r, s = decode_dss_signature(key.sign(signing.encode(), ec.ECDSA(hashes.SHA256())))
    token = signing + "." + b64u(r.to_bytes(32, "big") + s.to_bytes(32, "big"))
    return f"vapid t={token}, k={settings.VAPID_PUBLIC_KEY}"


def _hkdf(salt: bytes, ikm: bytes, info: bytes, length: int) -> bytes:
    return HKDF(hashes.SHA256(), length, salt, info).derive(ikm)


def encrypt(payload: bytes, p256dh: str, auth: str, *, salt: bytes | None = None,
            server_key: ec.EllipticCurvePrivateKey | None = None) -> bytes:
    """RFC 8291: the body for one subscription (a single aes128gcm record)."""
    salt = salt or os.urandom(16)
    server_key = server_key or ec.generate_private_key(ec.SECP256R1())
    ua_public = unb64u(p256dh)
    ua_key = ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), ua_public)
    shared = server_key.exchange(ec.ECDH(), ua_key)
    as_public = _point(server_key.public_key())
    ikm = _hkdf(unb64u(auth), shared, b"WebPush: info\x00" + ua_public + as_public, 32)
    cek = _hkdf(salt, ikm, b"Content-Encoding: aes128gcm\x00", 16)
    nonce = _hkdf(salt, ikm, b"Content-Encoding: nonce\x00", 12)
    body = AESGCM(cek).encrypt(nonce, payload + b"\x02", None)
    header = salt + RECORD_SIZE.to_bytes(4, "big") + bytes([len(as_public)]) + as_public
    return header + body


def decrypt(body: bytes, ua_key: ec.EllipticCurvePrivateKey, auth: str) -> bytes:
    """The browser's side (for the tests' local push service): the payload back."""
    salt, as_length = body[:16], body[20]
    as_public = body[21:21 + as_length]
    shared = ua_key.exchange(ec.ECDH(), ec.EllipticCurvePublicKey.from_encoded_point(
        ec.SECP256R1(), as_public))
    ikm = _hkdf(unb64u(auth), shared,
                b"WebPush: info\x00" + _point(ua_key.public_key()) + as_public, 32)
    cek = _hkdf(salt, ikm, b"Content-Encoding: aes128gcm\x00", 16)
    nonce = _hkdf(salt, ikm, b"Content-Encoding: nonce\x00", 12)
    plain = AESGCM(cek).decrypt(nonce, body[21 + as_length:], None)
    return plain.rstrip(b"\x00")[:-1]


def push_to(emails: list[str], title: str, url: str) -> int:
    """Push `title` (opening `url`) to every device of the people with these e-mail addresses
    who turned notifications on; returns how many went. Never raises: the e-mail is the record."""
    if not configured() or not emails:
        return 0
    sent = 0
    payload = json.dumps({"title": title, "url": url}).encode()
    for sub in PushSubscription.objects.filter(user__email__in=emails):
        try:
            answer = requests.post(sub.endpoint, data=encrypt(payload, sub.p256dh, sub.auth),
                                   timeout=5, headers={
                                       "TTL": str(TTL), "Content-Encoding": "aes128gcm",
                                       "Content-Type": "application/octet-stream",
                                       "Urgency": "normal",
                                       "Authorization": vapid_header(sub.endpoint)})
        except requests.RequestException:
            logger.warning("Push to %s failed", urlsplit(sub.endpoint).netloc, exc_info=True)
            continue
        if answer.status_code in (404, 410):  # the browser dropped it: forget the device
            sub.delete()
        elif answer.ok:
            sent += 1
        else:
            logger.warning("Push service answered %s", answer.status_code)
    return sent
