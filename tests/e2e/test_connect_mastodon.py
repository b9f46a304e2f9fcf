"""Connecting Mastodon through OAuth in a real browser, at 390x844 and at desktop size: the
instance's address typed in, the link followed to the fake instance's authorise page (which
approves at once and sends the browser back), and the account connected; then a denial."""

from __future__ import annotations

import pytest
from cryptography.fernet import Fernet

from schoolsocial.publishing.fake_networks import FakeMastodon
from schoolsocial.publishing.models import NetworkAccount
from tests.e2e.conftest import DESKTOP, PHONE, shot, sign_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _loopback_allowed(settings) -> None:
    settings.NETWORKS_ALLOW_HTTP = True
    settings.ENCRYPTION_KEYS = [Fernet.generate_key().decode()]  # the app and token are sealed


def start(page, instance: FakeMastodon) -> None:
    page.goto(page.base + "/publishing/networks/")
    page.locator("#id_oauth_instance").fill(instance.url)
    page.get_by_role("button", name="Connect through Mastodon").click()
    page.get_by_role("link", name=f"Continue to {instance.domain}").click()
    page.wait_for_url(page.base + "/publishing/networks/")


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_helen_connects_mastodon_through_the_instance(open_page, viewport, school, helen):
    page = open_page(viewport)
    sign_in(page, "helen")
    with FakeMastodon(max_characters=640) as instance:
        start(page, instance)
        message = page.locator(".messages").inner_text()
        assert f"Connected to Mastodon as @forefieldprimary@{instance.domain}." in message
        assert "up to 640 characters" in message
        shot(page, f"mastodon-connected-{'phone' if viewport is PHONE else 'desktop'}")
        assert NetworkAccount.objects.get(school=school, network="mastodon").max_length == 640

        instance.denies = True  # connecting again, and choosing Deny on the instance this time
        start(page, instance)
        assert ("the request was not approved on " + instance.domain
                in page.locator(".messages").inner_text())
