"""Connecting the school's Bluesky and Mastodon accounts in the browser, checked through the
real SDKs against the fake servers. Helen is the headteacher; Tom, a teacher, may not; the keys
are never shown, logged or written to the audit log."""

from __future__ import annotations

import logging

import pytest
from django.urls import reverse

from schoolsocial.audit.models import AuditEvent
from schoolsocial.publishing.backends import Payload
from schoolsocial.publishing.fake_networks import FakeMastodon, xrpc_error
from schoolsocial.publishing.models import NetworkAccount
from schoolsocial.publishing.networks.accounts import publisher_for_account

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _loopback_allowed(settings) -> None:
    settings.NETWORKS_ALLOW_HTTP = True


@pytest.fixture
def as_helen(client, helen):
    client.force_login(helen.user)
    return client


def connect_bluesky(client, pds, **overrides):
    account = pds.default_account
    data = {"handle": "@" + account.handle.upper(), "app_password": account.app_password,
            "service": pds.url} | overrides
    return client.post(reverse("bluesky_connect"), data, follow=True)


def connect_mastodon(client, instance, **overrides):
    data = {"instance": instance.url,
            "access_token": instance.default_account.access_token} | overrides
    return client.post(reverse("mastodon_connect"), data, follow=True)


def test_helen_connects_bluesky_and_it_publishes_from_the_stored_keys(as_helen, pds, school,
                                                                     caplog):
    caplog.set_level(logging.DEBUG)
    page = connect_bluesky(as_helen, pds).content.decode()
    assert "Connected to Bluesky as @forefieldprimary.bsky.social." in page
    account = NetworkAccount.objects.get(school=school, network="bluesky")
    secret = pds.default_account.app_password
    assert secret not in page and secret not in caplog.text
    assert secret not in account.credentials_encrypted
    [event] = AuditEvent.objects.filter(action="network.connected")
    assert event.details["account"] == "@forefieldprimary.bsky.social"
    assert secret not in str(event.details) and secret not in event.summary
    with publisher_for_account(account, timeout=2) as publisher:
        publisher.publish(Payload("First post from School Social"))
    assert [p.value["text"] for p in pds.posts()] == ["First post from School Social"]


def test_a_handle_that_does_not_resolve_is_refused_and_nothing_saved(as_helen, pds, school):
    response = connect_bluesky(as_helen, pds, handle="forefeildprimary.bsky.social")
    assert response.status_code == 400
    assert "does not resolve to a Bluesky account" in response.content.decode()
    assert not NetworkAccount.objects.filter(school=school).exists()


def test_a_wrong_or_revoked_app_password_is_refused_clearly(as_helen, pds, school):
    pds.revoke(pds.default_account)
    response = connect_bluesky(as_helen, pds)
    assert response.status_code == 400
    assert ("Bluesky did not accept this handle and app password, so nothing was saved."
            in response.content.decode())
    assert not NetworkAccount.objects.filter(school=school).exists()


def test_bluesky_down_is_a_clear_message(as_helen, pds, school):
    pds.queue(xrpc_error(503, "InternalServerError"))
    response = connect_bluesky(as_helen, pds)
    assert "Nothing was saved. Bluesky had a problem of its own (503)" in response.content.decode()


def test_helen_connects_mastodon_and_the_instances_limit_is_kept(as_helen, school):
    with FakeMastodon(max_characters=1000) as instance:
        page = connect_mastodon(as_helen, instance).content.decode()
    assert f"Connected to Mastodon as @forefieldprimary@{instance.domain}." in page
    assert "up to 1000 characters" in page
    account = NetworkAccount.objects.get(school=school, network="mastodon")
    assert account.max_length == 1000
    assert instance.default_account.access_token not in page + account.credentials_encrypted


def test_an_address_that_is_not_mastodon_is_refused(as_helen, school):
    with FakeMastodon(not_mastodon=True) as blog:
        response = connect_mastodon(as_helen, blog)
    assert response.status_code == 400
    assert "did not answer as a Mastodon server" in response.content.decode()
    assert not NetworkAccount.objects.exists()


def test_an_instance_that_is_down_is_refused(as_helen, school):
    with FakeMastodon() as gone:
        url, token = gone.url, gone.default_account.access_token
    response = as_helen.post(reverse("mastodon_connect"), {"instance": url,
                                                           "access_token": token})
    assert response.status_code == 400
    assert "Nothing was saved. Could not reach Mastodon" in response.content.decode()


def test_a_revoked_token_is_refused(as_helen, instance, school):
    instance.revoke(instance.default_account)
    response = connect_mastodon(as_helen, instance)
    assert ("Mastodon did not accept this access token, so nothing was saved."
            in response.content.decode())


def test_plain_http_is_refused_outside_tests(as_helen, instance, settings):
    settings.NETWORKS_ALLOW_HTTP = False
    response = connect_mastodon(as_helen, instance)
    assert response.status_code == 400
    assert "The address must start with https://." in response.content.decode()
    assert instance.requests_to("GET", "/") == []


def test_disconnect_deletes_the_keys_and_is_audited(as_helen, pds, school):
    connect_bluesky(as_helen, pds)
    page = as_helen.post(reverse("bluesky_disconnect"), follow=True)
    assert "The Bluesky account is disconnected and its keys are deleted." in page.content.decode()
    assert not NetworkAccount.objects.exists()
    event = AuditEvent.objects.get(action="network.disconnected")
    assert event.summary == "Bluesky account disconnected: @forefieldprimary.bsky.social"


def test_a_teacher_may_not_see_or_connect(client, tom, pds, school):
    client.force_login(tom.user)
    assert client.get(reverse("networks")).status_code == 403
    assert connect_bluesky(client, pds).status_code == 403
    assert not NetworkAccount.objects.exists() and pds.requests_to("POST", "/") == []


def test_another_schools_account_is_not_shown(as_helen, pds, other_school):
    NetworkAccount.objects.create(school=other_school, network="bluesky",
                                  connected_as="@elsewhere.bsky.social",
                                  address="https://bsky.social", credentials_encrypted="x")
    page = as_helen.get(reverse("networks")).content.decode()
    assert "No Bluesky account is connected." in page and "elsewhere" not in page
