"""Bad input is refused with a clear message, logged, and changes nothing: wrong passwords (and
the lockout after five), a form without its CSRF token, oversized requests, a tampered session
cookie. Wrong and replayed two-factor codes: tests/test_two_factor.py."""

from __future__ import annotations

import logging

import pytest
from axes.models import AccessAttempt
from django.test import Client
from django.urls import reverse

from schoolsocial.posts.models import Post
from tests.factories import make_post

PASSWORD = "pw-for-tests-only"


def sign_in(browser: Client, username: str, password: str, ip: str = "192.0.2.10"):
    return browser.post(reverse("login"), {"username": username, "password": password},
                        REMOTE_ADDR=ip)


def test_a_wrong_password_is_refused_counted_and_nothing_opens(tom):
    browser = Client()
    response = sign_in(browser, "tom", "not-it")
    assert response.status_code == 200
    assert "Please enter a correct username and password" in response.content.decode()
    assert AccessAttempt.objects.get(username="tom").failures_since_start == 1
    assert browser.get(reverse("dashboard")).status_code == 302


def test_five_wrong_passwords_lock_that_username_from_that_address(tom, caplog):
    browser = Client()
    for _ in range(5):
        sign_in(browser, "tom", "guess")
    with caplog.at_level(logging.WARNING, logger="schoolsocial.security"):
        response = sign_in(browser, "tom", PASSWORD)  # even the right password now
    body = response.content.decode()
    assert response.status_code == 429
    assert "Signing in is paused for this account" in body
    assert "15 minutes" in body
    assert "Sign-in locked out for 'tom' from 192.0.2.10" in caplog.text
    assert browser.get(reverse("dashboard")).status_code == 302
    # Someone else, elsewhere, is not locked out by it.
    assert sign_in(Client(), "tom", PASSWORD, ip="198.51.100.4").status_code == 302


def test_a_right_password_before_the_limit_resets_the_count(tom):
    browser = Client()
    for _ in range(4):
        sign_in(browser, "tom", "guess")
    assert sign_in(browser, "tom", PASSWORD).status_code == 302
    assert not AccessAttempt.objects.filter(username="tom", failures_since_start__gt=0).exists()


def test_a_post_without_its_csrf_token_is_refused_and_changes_nothing(tom, caplog):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(tom.user)
    with caplog.at_level(logging.WARNING, logger="schoolsocial.security"):
        response = browser.post(reverse("compose"), {"text": "Sneaky post", "category": "learning"})
    assert response.status_code == 403
    assert "sent without its security check" in response.content.decode()
    assert "without a valid CSRF token" in caplog.text
    assert not Post.objects.exists()


def test_a_post_from_another_site_is_refused(tom):
    post = make_post(tom)
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(tom.user)
    browser.get(reverse("post_detail", args=[post.pk]))  # a CSRF cookie, but no token sent
    response = browser.post(reverse("post_submit", args=[post.pk]),
                            HTTP_ORIGIN="https://evil.example")
    assert response.status_code == 403
    post.refresh_from_db()
    assert post.state == "draft"


def test_form_fields_over_the_memory_limit_are_refused(client, tom, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000
    client.force_login(tom.user)
    response = client.post(reverse("compose"), {"text": "x" * 20_000, "category": "learning"})
    assert response.status_code == 400
    assert "too large or not in the form we expect" in response.content.decode()
    assert not Post.objects.exists()


def test_a_request_over_the_size_cap_is_refused_before_it_is_read(client, tom, settings, caplog):
    settings.MAX_REQUEST_BYTES = 1024 * 1024
    post = make_post(tom)
    client.force_login(tom.user)
    big = b"0" * (1024 * 1024 + 1)
    with caplog.at_level(logging.WARNING, logger="schoolsocial.security"):
        response = client.post(reverse("photo_upload", args=[post.pk]), data=big,
                               content_type="application/octet-stream")
    assert response.status_code == 413
    assert "The most one request can carry is 1 MB" in response.content.decode()
    assert "Refused a request of 1048577 bytes" in caplog.text
    assert not post.photos.exists()


def test_a_request_for_a_host_we_do_not_serve_gets_the_400_page(db, settings, caplog):
    settings.ALLOWED_HOSTS = ["schools.example"]
    with caplog.at_level(logging.ERROR, logger="django.security.DisallowedHost"):
        response = Client(HTTP_HOST="evil.example").get(reverse("login"))
    assert response.status_code == 400
    assert "That could not be accepted" in response.content.decode()
    assert "Invalid HTTP_HOST header: 'evil.example'" in caplog.text


def test_the_default_size_cap_fits_four_twenty_megabyte_photos(settings):
    from photos.pipeline import MAX_BYTES
    from schoolsocial.posts.forms import MAX_PHOTOS

    assert settings.MAX_REQUEST_BYTES > MAX_PHOTOS * MAX_BYTES
    assert settings.MAX_REQUEST_BYTES < 2 * MAX_PHOTOS * MAX_BYTES


@pytest.mark.parametrize("tamper", [
    lambda key: key[:-1] + ("a" if key[-1] != "a" else "b"),
    lambda key: "x" * 32,
    lambda key: "",
])
def test_a_tampered_session_cookie_signs_you_out_and_changes_nothing(client, tom, caplog,
                                                                      settings, tamper):
    post = make_post(tom)
    client.force_login(tom.user)
    forged = tamper(client.cookies[settings.SESSION_COOKIE_NAME].value)
    client.cookies[settings.SESSION_COOKIE_NAME] = forged
    with caplog.at_level(logging.INFO, logger="schoolsocial.security"):
        response = client.post(reverse("post_submit", args=[post.pk]))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))
    post.refresh_from_db()
    assert post.state == "draft"
    if forged:
        assert "Unknown, ended or altered session cookie" in caplog.text
        client.cookies[settings.SESSION_COOKIE_NAME] = forged  # the refusal deleted it
        page = client.get(reverse("dashboard"), follow=True)
        assert "your session ended or was not recognised" in page.content.decode()
