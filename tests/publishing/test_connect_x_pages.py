"""Connecting the school's X account in the browser: the three-legged OAuth 1.0a flow through
the real tweepy handler against the fake X server, typed keys, disconnecting. Helen is the
headteacher; the keys are never shown, logged or written to the audit log."""

from __future__ import annotations

import logging
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
import time_machine
from django.urls import reverse
from publishing_helpers import approved_post

from schoolsocial.accounts.models import School
from schoolsocial.audit.models import AuditEvent
from schoolsocial.posts.states import State
from schoolsocial.publishing.tasks import publish_due
from tests.clients import continue_link
from tests.seasons import ten_am

pytestmark = pytest.mark.django_db


@pytest.fixture
def x_settings(settings, fake_x):
    settings.X_API_BASE_URL = settings.X_UPLOAD_BASE_URL = fake_x.url
    settings.X_CONSUMER_KEY = fake_x.consumer_key
    settings.X_CONSUMER_SECRET = fake_x.consumer_secret
    return settings


@pytest.fixture
def as_helen(client, helen):
    client.force_login(helen.user)
    return client


def authorise_on_x(authorise_url: str, fake_x, decision: str = "allow") -> str:
    """What the headteacher does on X's page; returns where X sends the browser back to."""
    page = requests.get(authorise_url, timeout=5)
    assert page.status_code == 200 and "Authorise School Social" in page.text
    token = parse_qs(urlsplit(authorise_url).query)["oauth_token"][0]
    answer = requests.post(f"{fake_x.url}/oauth/authorize", data={
        "oauth_token": token, "decision": decision, "user_id": fake_x.default_account.user_id,
    }, allow_redirects=False, timeout=5)
    assert answer.status_code == 302
    return answer.headers["Location"]


def start(client, fake_x) -> str:
    """Connect X account: a page with a link to X's page (a redirect would break the CSP)."""
    link = continue_link(client.post(reverse("x_connect")), "X")
    assert link.startswith(f"{fake_x.url}/oauth/authorize?oauth_token=")
    return link


def connect(client, fake_x) -> str:
    back = urlsplit(authorise_on_x(start(client, fake_x), fake_x))
    assert back.path == reverse("x_callback")
    return f"{back.path}?{back.query}"


def stored_secrets(school: School) -> list[str]:
    keys = School.objects.get(pk=school.pk).x_credentials()
    return [keys.consumer_secret, keys.access_token, keys.access_token_secret]


def test_connect_x_account_runs_the_three_legged_flow_and_publishes(
        as_helen, x_settings, fake_x, school, tom, alan, caplog):
    caplog.set_level(logging.DEBUG)
    finished = as_helen.get(connect(as_helen, fake_x), follow=True)
    school.refresh_from_db()
    assert school.x_connected_as == "forefieldprimary"
    page = finished.content.decode()
    assert "Connected as <strong>@forefieldprimary</strong> since" in page
    secrets = stored_secrets(school)
    for secret in secrets:
        assert secret not in page and secret not in caplog.text
        assert secret not in school.x_credentials_encrypted
    [event] = AuditEvent.objects.filter(action="x.connected")
    assert event.actor_id == school.memberships.get(role="headteacher").user_id
    assert event.details["account"] == "@forefieldprimary"
    assert not any(secret in str(event.details) + event.summary for secret in secrets)

    x_settings.PUBLISHER = "x"
    post = approved_post(tom, alan)
    with time_machine.travel(ten_am(), tick=True):
        assert publish_due() == 1
    post.refresh_from_db()
    assert post.state == State.PUBLISHED
    assert fake_x.timeline()[0].submitted_text == post.text


def test_cancelling_on_x_connects_nothing(as_helen, x_settings, fake_x, school):
    back = urlsplit(authorise_on_x(start(as_helen, fake_x), fake_x, decision="deny"))
    page = as_helen.get(f"{back.path}?{back.query}", follow=True).content.decode()
    assert "request was cancelled on X" in page
    school.refresh_from_db()
    assert school.x_credentials() is None


def test_a_callback_for_another_attempt_is_refused(as_helen, x_settings, fake_x, school):
    callback = connect(as_helen, fake_x)
    forged = callback.replace("oauth_token=", "oauth_token=someone-else")
    page = as_helen.get(forged, follow=True).content.decode()
    assert "expired or was not started here" in page
    school.refresh_from_db()
    assert school.x_credentials() is None


def test_a_wrong_verifier_is_refused_by_x(as_helen, x_settings, fake_x, school):
    callback = connect(as_helen, fake_x)
    wrong = callback.replace("oauth_verifier=", "oauth_verifier=0")
    page = as_helen.get(wrong, follow=True).content.decode()
    assert "X did not confirm the connection" in page
    assert School.objects.get(pk=school.pk).x_credentials() is None


def test_without_the_apps_keys_the_page_offers_typed_keys(as_helen, settings):
    settings.X_CONSUMER_KEY = ""
    page = as_helen.get(reverse("x_account")).content.decode()
    assert "X_CONSUMER_KEY" in page and 'action="/publishing/x/connect/"' not in page
    answer = as_helen.post(reverse("x_connect"), follow=True)
    assert "keys in below instead" in answer.content.decode()


def test_typed_keys_are_checked_with_x_and_stored(as_helen, x_settings, fake_x, school):
    account = fake_x.default_account
    answer = as_helen.post(reverse("x_keys"), {
        "consumer_key": fake_x.consumer_key, "consumer_secret": fake_x.consumer_secret,
        "access_token": account.access_token, "access_token_secret": account.access_token_secret,
    }, follow=True)
    page = answer.content.decode()
    assert "Connected to X as @forefieldprimary" in page
    assert account.access_token_secret not in page and account.access_token not in page
    assert School.objects.get(pk=school.pk).x_credentials().access_token == account.access_token
    assert AuditEvent.objects.get(action="x.connected").details["how"] == "keys typed in"


def test_keys_x_refuses_are_not_saved_and_not_echoed(as_helen, x_settings, fake_x, school):
    answer = as_helen.post(reverse("x_keys"), {
        "consumer_key": fake_x.consumer_key, "consumer_secret": fake_x.consumer_secret,
        "access_token": "1001-made-up", "access_token_secret": "made-up-secret-value",
    })
    assert answer.status_code == 400
    page = answer.content.decode()
    assert "X did not accept these keys, so nothing was saved" in page
    assert "made-up-secret-value" not in page and "1001-made-up" not in page
    assert School.objects.get(pk=school.pk).x_credentials() is None


def test_a_missing_key_is_a_field_error(as_helen, school):
    answer = as_helen.post(reverse("x_keys"), {"consumer_key": "k"})
    assert answer.status_code == 400
    assert "This field is required." in answer.content.decode()


def test_disconnecting_deletes_the_keys_and_is_audited(as_helen, x_settings, fake_x, school):
    as_helen.get(connect(as_helen, fake_x))
    answer = as_helen.post(reverse("x_disconnect"), follow=True)
    assert "The X account is disconnected" in answer.content.decode()
    school.refresh_from_db()
    assert school.x_credentials_encrypted == "" and school.x_connected_as == ""
    event = AuditEvent.objects.get(action="x.disconnected")
    assert event.details["account"] == "@forefieldprimary"


def test_an_approver_cannot_connect_or_disconnect(client, alan, x_settings):
    client.force_login(alan.user)
    assert client.post(reverse("x_connect")).status_code == 403
    assert client.post(reverse("x_disconnect")).status_code == 403
