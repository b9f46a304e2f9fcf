"""Web Push (RFC 8030) with VAPID (RFC 8292) and aes128gcm payloads (RFC 8188, RFC 8291): the
payload is encrypted by http-ece (MIT, the reference implementation pywebpush uses), the VAPID
token signed with `cryptography`, and both sent with `requests`. pywebpush itself and py-vapid
are MPL-2.0 and pywebpush brings aiohttp, so the twenty lines they would add are here.

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

import http_ece
import requests
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature
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


def encrypt(payload: bytes, p256dh: str, auth: str) -> bytes:
    """RFC 8291: the body for one subscription (one aes128gcm record), by http-ece, the
    reference implementation, with a fresh key pair and salt each time."""
    return http_ece.encrypt(payload, private_key=ec.generate_private_key(ec.SECP256R1()),
                            dh=unb64u(p256dh), auth_secret=unb64u(auth), salt=os.urandom(16),
                            version="aes128gcm", rs=RECORD_SIZE)


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
