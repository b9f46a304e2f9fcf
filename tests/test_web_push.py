"""The installable app and Web Push (issue 14, item 2), against a push service of our own on
127.0.0.1 (no outside network): the manifest and service worker under the CSP, turning it on and
off, and each notification pushed, encrypted for the device (RFC 8291) and signed (VAPID),
beside the e-mail that still goes."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from schoolsocial.mail import push
from schoolsocial.mail.models import PushSubscription
from schoolsocial.posts import actions
from schoolsocial.posts.states import State
from tests.factories import make_post

pytestmark = pytest.mark.usefixtures("season")


class PushService:
    """A push service on a free port: keeps what it is sent; answers `status`."""

    def __init__(self):
        self.received, self.status = [], 201
        service = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - http.server's name
                body = self.rfile.read(int(self.headers["Content-Length"]))
                service.received.append((self.path, dict(self.headers), body))
                self.send_response(service.status)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def service(settings):
    public, private = push.make_keys()
    settings.VAPID_PUBLIC_KEY, settings.VAPID_PRIVATE_KEY = public, private
    settings.VAPID_SUBJECT = "mailto:head@example.org"
    settings.PUSH_ALLOW_HTTP = True  # our push service on 127.0.0.1 speaks plain http
    settings.Q_SYNC = True  # the worker's push task runs inline once the news commits
    running = PushService()
    yield running
    running.close()


def _device(client, member, service, name="alan-phone"):
    """A browser's subscription: its key pair and auth secret, sent as PushSubscription.toJSON()."""
    key = ec.generate_private_key(ec.SECP256R1())
    auth = push.b64u(b"0123456789abcdef")
    client.force_login(member.user)
    answer = client.post(reverse("push_on"), json.dumps({
        "endpoint": f"{service.url}/{name}", "keys": {
            "p256dh": push.b64u(push._point(key.public_key())), "auth": auth}}),
        content_type="application/json")
    assert answer.status_code == 200
    return key, auth


def _opened(service, key, auth, path):
    [(got_path, headers, body)] = [r for r in service.received if r[0] == path]
    assert headers["Content-Encoding"] == "aes128gcm" and headers["TTL"]
    return json.loads(browser_decrypt(body, key, auth)), headers


def _hkdf(salt: bytes, ikm: bytes, info: bytes, length: int) -> bytes:
    return HKDF(hashes.SHA256(), length, salt, info).derive(ikm)


def browser_decrypt(body: bytes, ua_key: ec.EllipticCurvePrivateKey, auth: str) -> bytes:
    """The browser's side, written here from RFC 8291 and RFC 8188 on their own, so that the
    product's encryption (http-ece) is checked by a second implementation: the payload back."""
    salt, record_size, as_length = body[:16], int.from_bytes(body[16:20], "big"), body[20]
    assert record_size >= len(body) - 21 - as_length  # one record
    as_public = body[21:21 + as_length]
    shared = ua_key.exchange(ec.ECDH(), ec.EllipticCurvePublicKey.from_encoded_point(
        ec.SECP256R1(), as_public))
    ua_public = ua_key.public_key().public_bytes(serialization.Encoding.X962,
                                                 serialization.PublicFormat.UncompressedPoint)
    ikm = _hkdf(push.unb64u(auth), shared, b"WebPush: info\x00" + ua_public + as_public, 32)
    cek = _hkdf(salt, ikm, b"Content-Encoding: aes128gcm\x00", 16)
    nonce = _hkdf(salt, ikm, b"Content-Encoding: nonce\x00", 12)
    plain = AESGCM(cek).decrypt(nonce, body[21 + as_length:], None)
    assert plain.rstrip(b"\x00").endswith(b"\x02")  # the last record's delimiter
    return plain.rstrip(b"\x00")[:-1]


def test_the_vapid_signature_verifies_with_the_public_key(service):
    header = push.vapid_header(f"{service.url}/x")
    token = header.split("t=")[1].split(",")[0]
    signing, signature = token.rsplit(".", 1)
    raw = push.unb64u(signature)
    public = ec.EllipticCurvePublicKey.from_encoded_point(
        ec.SECP256R1(), push.unb64u(push.settings.VAPID_PUBLIC_KEY))
    public.verify(encode_dss_signature(int.from_bytes(raw[:32], "big"),
                                       int.from_bytes(raw[32:], "big")),
                  signing.encode(), ec.ECDSA(hashes.SHA256()))
    claims = json.loads(push.unb64u(signing.split(".")[1]))
    assert claims["aud"] == service.url and claims["sub"] == "mailto:head@example.org"


def test_approvers_are_pushed_a_waiting_post_and_the_author_its_decision(
        client, service, tom, alan, django_capture_on_commit_callbacks):
    alan_key, alan_auth = _device(client, alan, service, "alan-phone")
    tom_key, tom_auth = _device(client, tom, service, "tom-phone")
    post = make_post(tom)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        actions.do_submit(tom, post)
    data, headers = _opened(service, alan_key, alan_auth, "/alan-phone")
    assert data["title"].startswith("Waiting for your approval")
    assert data["url"].endswith(reverse("post_detail", args=[post.pk]))
    assert headers["Authorization"].startswith("vapid t=")
    assert any(alan.user.email in m.to for m in mail.outbox)  # the e-mail still goes
    post.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        actions.do_decide(alan, post, "changes", "Which class?")
    data, _ = _opened(service, tom_key, tom_auth, "/tom-phone")
    assert data["title"].startswith("Changes requested")


def test_turned_off_nothing_is_pushed_and_a_gone_device_is_forgotten(
        client, service, tom, alan, django_capture_on_commit_callbacks):
    _device(client, alan, service)
    client.post(reverse("push_off"))
    assert not PushSubscription.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        actions.do_submit(tom, make_post(tom))
    assert service.received == []
    _device(client, alan, service)
    service.status = 410
    with django_capture_on_commit_callbacks(execute=True):
        actions.do_submit(tom, make_post(tom, text="Year 5 visited the library."))
    assert len(service.received) == 1 and not PushSubscription.objects.exists()


def test_the_manifest_the_worker_and_the_page(client, service, tom):
    manifest = client.get(reverse("manifest"))
    assert manifest["Content-Type"] == "application/manifest+json"
    assert manifest.json()["display"] == "standalone"
    worker = client.get(reverse("service_worker"))
    assert worker["Content-Type"] == "text/javascript" and b"showNotification" in worker.content
    client.force_login(tom.user)
    page = client.get(reverse("notifications"))
    assert "Turn on for this device" in page.content.decode()
    assert "script-src 'self'" in page["Content-Security-Policy"]
    assert 'rel="manifest"' in page.content.decode()


def test_make_vapid_keys_prints_a_working_pair(capsys, settings):
    call_command("make_vapid_keys")
    lines = dict(line.split("=", 1) for line in capsys.readouterr().out.splitlines())
    settings.VAPID_PUBLIC_KEY = lines["VAPID_PUBLIC_KEY"]
    settings.VAPID_PRIVATE_KEY = lines["VAPID_PRIVATE_KEY"]
    assert len(push.unb64u(settings.VAPID_PUBLIC_KEY)) == 65
    assert push.vapid_header("https://push.example/abc").startswith("vapid t=")


def test_the_headteacher_is_pushed_a_concern_and_approvers_a_post_that_did_not_go_out(
        client, service, tom, alan, helen, greta, django_capture_on_commit_callbacks):
    from schoolsocial.governance.actions import do_raise_concern
    from schoolsocial.publishing.notifications import notify_failed

    head_key, head_auth = _device(client, helen, service, "head-phone")
    alan_key, alan_auth = _device(client, alan, service, "alan-phone")
    post = make_post(tom, State.FAILED, last_error="X refused the keys.")
    with django_capture_on_commit_callbacks(execute=True):
        do_raise_concern(greta, post, "A pupil's name is in the photo.")
    data, _ = _opened(service, head_key, head_auth, "/head-phone")
    assert data["title"].startswith("A concern about a post")
    with django_capture_on_commit_callbacks(execute=True):  # the worker's, after its commit
        notify_failed(post, "X refused the keys.")
    data, _ = _opened(service, alan_key, alan_auth, "/alan-phone")
    assert data["title"].startswith("Not published")
