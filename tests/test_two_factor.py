"""Two-factor sign-in: required for headteachers and approvers, optional for others; set up with a
QR code, then a code from the app (each accepted once) or a single-use recovery code.

These tests sign in with a password through the real login page, using django.test.Client (the
conftest client passes two-factor for convenience; these must not)."""

from __future__ import annotations

import logging
import re

import pytest
from django.test import Client
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from schoolsocial.audit.models import AuditEvent

PASSWORD = "pw-for-tests-only"


@pytest.fixture(autouse=True)
def _no_throttle_delay(settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0  # the throttling test turns it back on


def password_only(username: str) -> Client:
    browser = Client()
    response = browser.post(reverse("login"), {"username": username, "password": PASSWORD})
    assert response.status_code == 302
    return browser


def code_for(device: TOTPDevice, steps_ahead: int = 0) -> str:
    value = totp(device.bin_key, step=device.step, t0=device.t0 - steps_ahead * device.step,
                 digits=device.digits)
    return f"{value:0{device.digits}d}"


def app_for(user) -> TOTPDevice:
    return TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=True)


def test_a_headteacher_is_sent_to_set_up_two_factor_before_anything_else(helen):
    browser = password_only("helen")
    for name in ("dashboard", "queue", "school_settings", "staff"):
        response = browser.get(reverse(name))
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("two_factor_setup"))
    assert browser.post(reverse("compose"), {"text": "Hello"}).status_code == 302


def test_an_approver_is_sent_to_set_up_two_factor_too(alan):
    response = password_only("alan").get(reverse("queue"))
    assert response["Location"].startswith(reverse("two_factor_setup"))


def test_an_htmx_request_is_told_where_to_go_instead_of_swapping_in_a_page(alan):
    response = password_only("alan").post(reverse("live_check"), {"text": "x"},
                                          HTTP_HX_REQUEST="true")
    assert response.status_code == 204
    assert response["HX-Redirect"] == reverse("two_factor_setup")


def test_an_author_without_two_factor_is_not_asked_for_it(tom):
    assert password_only("tom").get(reverse("dashboard")).status_code == 200


def test_setting_up_shows_a_qr_code_then_recovery_codes_once(helen):
    browser = password_only("helen")
    page = browser.get(reverse("two_factor_setup"))
    body = page.content.decode()
    assert page.status_code == 200
    assert "<svg" in body and "<path" in body
    device = TOTPDevice.objects.get(user=helen.user, confirmed=False)
    response = browser.post(reverse("two_factor_setup"), {"code": code_for(device)})
    body = response.content.decode()
    codes = re.findall(r"<code>([0-9a-f]{7}-[0-9a-f]{7})</code>", body)
    assert len(codes) == 10
    # PostgreSQL refuses a code longer than django-otp's column (SQLite would not notice)
    column = StaticToken._meta.get_field("token").max_length
    assert {len(c) for c in codes} == {15} and 15 <= column
    assert "shown only once" in body
    assert response["Cache-Control"].startswith("max-age=0")
    device.refresh_from_db()
    assert device.confirmed
    assert browser.get(reverse("dashboard")).status_code == 200
    assert AuditEvent.objects.filter(action="auth.two_factor_on", actor=helen.user).exists()
    again = browser.get(reverse("two_factor_setup")).content.decode()
    assert "Two-factor sign-in is on" in again
    assert not any(code in again for code in codes)


def test_a_wrong_set_up_code_is_refused_and_nothing_is_turned_on(helen):
    browser = password_only("helen")
    browser.get(reverse("two_factor_setup"))
    response = browser.post(reverse("two_factor_setup"), {"code": "000000"})
    assert response.status_code == 400
    assert "That code did not match" in response.content.decode()
    assert not TOTPDevice.objects.filter(user=helen.user, confirmed=True).exists()
    assert browser.get(reverse("dashboard"))["Location"].startswith(
        reverse("two_factor_setup"))


def test_with_an_app_set_up_sign_in_asks_for_a_code(helen):
    device = app_for(helen.user)
    browser = password_only("helen")
    response = browser.get(reverse("queue"))
    assert response["Location"] == reverse("two_factor_verify") + "?next=%2Fqueue%2F"
    response = browser.post(reverse("two_factor_verify"), {"code": code_for(device),
                                                           "next": "/queue/"})
    assert response["Location"] == "/queue/"
    assert browser.get(reverse("queue")).status_code == 200
    assert AuditEvent.objects.filter(action="auth.two_factor_passed").count() == 1


def test_a_wrong_code_is_refused_logged_and_audited(helen, caplog):
    app_for(helen.user)
    browser = password_only("helen")
    with caplog.at_level(logging.WARNING, logger="schoolsocial.security"):
        response = browser.post(reverse("two_factor_verify"), {"code": "123456"})
    assert response.status_code == 400
    assert "That code was not accepted" in response.content.decode()
    assert "Wrong or reused two-factor code" in caplog.text
    assert "123456" not in caplog.text
    assert AuditEvent.objects.filter(action="auth.two_factor_failed").exists()
    assert browser.get(reverse("dashboard")).status_code == 302


def test_a_code_is_accepted_once_and_a_replay_in_another_session_is_refused(helen):
    device = app_for(helen.user)
    code = code_for(device)
    first = password_only("helen")
    assert first.post(reverse("two_factor_verify"), {"code": code}).status_code == 302
    thief = password_only("helen")
    response = thief.post(reverse("two_factor_verify"), {"code": code})
    assert response.status_code == 400
    assert thief.get(reverse("dashboard")).status_code == 302


def test_an_older_code_after_a_newer_one_is_refused(helen):
    device = app_for(helen.user)
    older = code_for(device, steps_ahead=-1)
    assert password_only("helen").post(reverse("two_factor_verify"),
                                       {"code": code_for(device)}).status_code == 302
    assert password_only("helen").post(reverse("two_factor_verify"),
                                       {"code": older}).status_code == 400


def test_guessing_is_slowed_down(helen, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 60
    device = app_for(helen.user)
    browser = password_only("helen")
    browser.post(reverse("two_factor_verify"), {"code": "111111"})
    # Even the right code is refused while the delay after a wrong one runs.
    response = browser.post(reverse("two_factor_verify"), {"code": code_for(device)})
    assert response.status_code == 400


def test_a_recovery_code_works_once(helen):
    browser = password_only("helen")
    browser.get(reverse("two_factor_setup"))
    device = TOTPDevice.objects.get(user=helen.user)
    body = browser.post(reverse("two_factor_setup"), {"code": code_for(device)}).content.decode()
    recovery = re.findall(r"<code>([0-9a-f]{7}-[0-9a-f]{7})</code>", body)[0]
    lost_phone = password_only("helen")
    response = lost_phone.post(reverse("two_factor_verify"), {"code": recovery.upper()})
    assert response.status_code == 302
    assert "9 left" in lost_phone.get(reverse("dashboard")).content.decode()
    assert not StaticToken.objects.filter(token=recovery).exists()
    again = password_only("helen").post(reverse("two_factor_verify"), {"code": recovery})
    assert again.status_code == 400


def test_a_password_alone_cannot_add_another_app(helen):
    app_for(helen.user)
    browser = password_only("helen")
    response = browser.get(reverse("two_factor_setup"))
    assert response["Location"] == reverse("two_factor_verify")
    browser.post(reverse("two_factor_setup"), {"code": "000000"})
    assert TOTPDevice.objects.filter(user=helen.user).count() == 1


def test_new_recovery_codes_replace_the_old_ones(helen):
    browser = password_only("helen")
    browser.get(reverse("two_factor_setup"))
    device = TOTPDevice.objects.get(user=helen.user)
    first = browser.post(reverse("two_factor_setup"), {"code": code_for(device)})
    old = set(re.findall(r"<code>([0-9a-f]{7}-[0-9a-f]{7})</code>", first.content.decode()))
    second = browser.post(reverse("two_factor_recovery_codes"))
    new = set(re.findall(r"<code>([0-9a-f]{7}-[0-9a-f]{7})</code>", second.content.decode()))
    assert len(new) == 10 and not old & new
    assert set(StaticToken.objects.values_list("token", flat=True)) == new


def test_an_author_may_turn_it_on_and_is_then_asked_for_codes(tom):
    browser = password_only("tom")
    browser.get(reverse("two_factor_setup"))
    device = TOTPDevice.objects.get(user=tom.user)
    browser.post(reverse("two_factor_setup"), {"code": code_for(device)})
    later = password_only("tom")
    assert later.get(reverse("dashboard"))["Location"].startswith(reverse("two_factor_verify"))


def test_the_next_address_cannot_send_you_to_another_site(helen):
    device = app_for(helen.user)
    response = password_only("helen").post(reverse("two_factor_verify"), {
        "code": code_for(device), "next": "https://evil.example/"})
    assert response["Location"] == reverse("dashboard")


def test_the_recovery_codes_can_be_downloaded_and_printed(helen):
    from urllib.parse import unquote

    browser = password_only("helen")
    browser.get(reverse("two_factor_setup"))
    device = TOTPDevice.objects.get(user=helen.user, confirmed=False)
    body = browser.post(reverse("two_factor_setup"), {"code": code_for(device)}).content.decode()
    codes = re.findall(r"<code>([0-9a-f]{7}-[0-9a-f]{7})</code>", body)
    link = re.search(r'download="school-social-recovery-codes.txt" href="data:text/plain;'
                     r'charset=utf-8,([^"]+)"', body)
    text = unquote(link.group(1))
    assert text.startswith("School Social recovery codes for helen.")
    assert text.split("\n")[2:12] == codes
    assert "data-print" in body and "js/print.js" in body
