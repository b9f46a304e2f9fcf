"""Connecting Mastodon through OAuth: the instance's address typed in, School Social registered
on the instance once (its client id and secret sealed), the headteacher sent to the instance to
approve it, and the code swapped for the token on the way back, with the state checked. Through
Mastodon.py against the fake instance, whose authorise page a test follows as a browser would.
Helen is the headteacher; Tom, a teacher, may not."""

from __future__ import annotations

import html
import logging
import re
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
import requests
from django.urls import reverse

from schoolsocial.accounts import crypto
from schoolsocial.audit.models import AuditEvent
from schoolsocial.publishing.backends import Payload
from schoolsocial.publishing.fake_networks import FakeMastodon, mastodon_error
from schoolsocial.publishing.models import MastodonApp, NetworkAccount
from schoolsocial.publishing.networks.accounts import publisher_for_account

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _loopback_allowed(settings) -> None:
    settings.NETWORKS_ALLOW_HTTP = True


@pytest.fixture
def as_helen(client, helen):
    client.force_login(helen.user)
    return client


def start(client, instance_url: str):
    return client.post(reverse("mastodon_authorise"), {"instance": instance_url})


def authorise_link(started) -> str:
    """The page's link to the instance (a link: the CSP's form-action keeps a POST from being
    redirected to another site)."""
    assert started.status_code == 200, started.content.decode()
    [href] = re.findall(r'<a class="button" href="([^"]+)"', started.content.decode())
    return html.unescape(href)


def on_the_instance(started) -> str:
    """Follow the link to the instance's authorise page as a browser does; the address it
    sends the browser back to (our callback, with the code or the refusal, and the state)."""
    answer = requests.get(authorise_link(started), allow_redirects=False, timeout=5)
    assert answer.status_code == 302
    back = urlsplit(answer.headers["Location"])
    assert back.path == reverse("mastodon_callback")
    return f"{back.path}?{back.query}"


def connect(client, instance):
    return client.get(on_the_instance(start(client, instance.url)), follow=True)


def test_helen_connects_through_oauth_and_posts_with_the_stored_token(as_helen, school, caplog):
    caplog.set_level(logging.DEBUG)
    with FakeMastodon(max_characters=1000) as instance:
        page = connect(as_helen, instance).content.decode()
        account = NetworkAccount.objects.get(school=school, network="mastodon")
        with publisher_for_account(account, timeout=2) as publisher:
            publisher.publish(Payload("First post through OAuth"))
        assert [t.text for t in instance.statuses()] == ["First post through OAuth"]
        [app] = instance.apps.values()
        pasted = instance.default_account.access_token
        [token] = [t for t, a in instance.m_accounts.items()
                   if a.username == "forefieldprimary" and t != pasted]
    assert f"Connected to Mastodon as @forefieldprimary@{instance.domain}." in page
    assert "up to 1000 characters" in page and account.max_length == 1000
    assert app.name == "School Social" and app.scopes == ["read", "write"]
    assert app.redirect_uris == ["http://testserver" + reverse("mastodon_callback")]
    stored = MastodonApp.objects.get(instance=instance.url)
    for secret in (app.client_secret, token):
        assert secret not in page + caplog.text
        assert secret not in stored.credentials_encrypted + account.credentials_encrypted
    assert app.client_secret in crypto.decrypt(stored.credentials_encrypted)
    [event] = AuditEvent.objects.filter(action="network.connected")
    assert event.details["account"] == f"@forefieldprimary@{instance.domain}"
    assert token not in str(event.details)


def test_the_authorise_page_is_asked_for_a_code_with_a_fresh_state(as_helen, instance):
    started = start(as_helen, instance.url)
    assert f"Continue to {instance.domain}" in started.content.decode()
    first = parse_qs(urlsplit(authorise_link(started)).query)
    second = parse_qs(urlsplit(authorise_link(start(as_helen, instance.url))).query)
    assert first["response_type"] == ["code"] and first["scope"] == ["read write"]
    assert len(first["state"][0]) >= 40 and first["state"] != second["state"]


def test_a_second_school_on_the_same_instance_reuses_the_registration(client, helen, instance,
                                                                      other_school):
    from tests.conftest import make_member

    client.force_login(helen.user)
    connect(client, instance)
    client.force_login(make_member(other_school, "hana", "Hana", "headteacher").user)
    instance.authorizing = instance.add_account("otherprimary")
    page = connect(client, instance).content.decode()
    assert f"Connected to Mastodon as @otherprimary@{instance.domain}." in page
    assert len(instance.requests_to("POST", "/api/v1/apps")) == 1
    assert NetworkAccount.objects.filter(network="mastodon").count() == 2


def test_a_denied_authorisation_saves_nothing_and_says_so(as_helen, instance, school):
    instance.denies = True
    page = connect(as_helen, instance).content.decode()
    assert (f"The Mastodon account was not connected: the request was not approved on "
            f"{instance.domain}. Nothing was saved." in page)
    assert not NetworkAccount.objects.exists()
    assert instance.requests_to("POST", "/oauth/token") == []


def test_a_callback_with_another_state_is_refused_and_the_code_never_used(as_helen, instance):
    back = urlsplit(on_the_instance(start(as_helen, instance.url)))
    query = parse_qs(back.query)
    forged = urlencode({"code": query["code"][0], "state": "not-the-state-we-gave"})
    page = as_helen.get(f"{back.path}?{forged}", follow=True).content.decode()
    assert "This Mastodon connection attempt has expired or was not started here" in page
    assert not NetworkAccount.objects.exists()
    assert instance.requests_to("POST", "/oauth/token") == []


def test_a_callback_that_was_not_started_here_is_refused(as_helen, instance):
    page = as_helen.get(reverse("mastodon_callback"), {"code": "abc", "state": "xyz"},
                        follow=True).content.decode()
    assert "This Mastodon connection attempt has expired or was not started here" in page
    assert not NetworkAccount.objects.exists()


def test_the_same_callback_twice_connects_once(as_helen, instance):
    back = on_the_instance(start(as_helen, instance.url))
    as_helen.get(back)
    page = as_helen.get(back, follow=True).content.decode()
    assert "has expired or was not started here" in page
    assert len(instance.requests_to("POST", "/oauth/token")) == 1
    assert AuditEvent.objects.filter(action="network.connected").count() == 1


def test_an_instance_that_forgot_the_app_is_refused_and_registered_afresh_next_time(
        as_helen, instance):
    back = on_the_instance(start(as_helen, instance.url))
    instance.apps.clear()  # the app deleted on the instance meanwhile
    page = as_helen.get(back, follow=True).content.decode()
    assert ("Nothing was saved. Mastodon did not confirm the connection. Start again with "
            "Connect through Mastodon." in page)
    assert not MastodonApp.objects.exists() and not NetworkAccount.objects.exists()
    assert "Connected to Mastodon as" in connect(as_helen, instance).content.decode()
    assert len(instance.requests_to("POST", "/api/v1/apps")) == 2


def test_an_instance_that_is_down_is_a_clear_message(as_helen):
    with FakeMastodon() as gone:
        url = gone.url
    response = start(as_helen, url)
    assert response.status_code == 400
    assert "Nothing was saved. Could not reach Mastodon" in response.content.decode()
    assert not MastodonApp.objects.exists()


def test_an_address_that_is_not_mastodon_is_a_clear_message(as_helen):
    with FakeMastodon(not_mastodon=True) as blog:
        response = start(as_helen, blog.url)
        assert blog.requests_to("POST", "/api/v1/apps") == []
    assert response.status_code == 400
    assert "did not answer as a Mastodon server" in response.content.decode()


def test_an_instance_that_refuses_to_register_apps_points_to_the_token(as_helen, instance):
    instance.queue(mastodon_error(403, "This server does not allow new apps",
                                  match="POST /api/v1/apps"))
    response = start(as_helen, instance.url)
    assert response.status_code == 400
    assert ("refused to register School Social as an app. Its administrators may have closed "
            "app registration: paste an access token instead (Advanced)."
            in response.content.decode())


def test_plain_http_is_refused_outside_tests(as_helen, instance, settings):
    settings.NETWORKS_ALLOW_HTTP = False
    response = start(as_helen, instance.url)
    assert response.status_code == 400
    assert "The address must start with https://." in response.content.decode()
    assert instance.requests_to("GET", "/") == []


def test_a_teacher_may_not_start_or_finish_it(client, tom, instance):
    client.force_login(tom.user)
    assert start(client, instance.url).status_code == 403
    assert client.get(reverse("mastodon_callback"), {"code": "a", "state": "b"}).status_code == 403
    assert instance.requests_to("POST", "/") == []


def test_the_token_paste_stays_as_the_advanced_way(as_helen):
    page = as_helen.get(reverse("networks")).content.decode()
    assert "Connect through Mastodon" in page
    assert "<summary>Advanced: paste an access token instead</summary>" in page
    assert page.count('id="id_instance"') == 1 and page.count('id="id_oauth_instance"') == 1
