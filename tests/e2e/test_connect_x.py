"""Connecting X through its OAuth pages in a real browser, at 390x844 and at desktop size.

The page's Content Security Policy has form-action 'self', and a browser applies that to every
redirect a form's submission leads to: a POST answered with a redirect to X would be stopped in
the browser (the test client does not enforce CSP, so only a browser test shows it). The
headteacher follows a link to X instead, approves there, and comes back connected."""

from __future__ import annotations

import pytest
from cryptography.fernet import Fernet

from schoolsocial.accounts.models import School
from tests.e2e.conftest import DESKTOP, PHONE, shot, sign_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _x_app(settings, fake_x) -> None:
    settings.X_API_BASE_URL = settings.X_UPLOAD_BASE_URL = fake_x.url
    settings.X_CONSUMER_KEY = fake_x.consumer_key
    settings.X_CONSUMER_SECRET = fake_x.consumer_secret
    settings.ENCRYPTION_KEYS = [Fernet.generate_key().decode()]  # the keys are sealed


def start(page, name: str = "") -> None:
    page.goto(page.base + "/publishing/x/")
    page.get_by_role("button", name="Connect X account").click()
    if name:
        shot(page, name)
    page.get_by_role("link", name="Continue to X").click()
    page.wait_for_url("**/oauth/authorize?oauth_token=*")


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_helen_connects_x_through_xs_page(open_page, viewport, school, helen):
    page = open_page(viewport)
    sign_in(page, "helen")
    start(page, f"x-authorise-{'phone' if viewport is PHONE else 'desktop'}")
    page.get_by_role("button", name="Authorize app").click()
    page.wait_for_url(page.base + "/publishing/x/")
    assert "Connected as @forefieldprimary since" in page.locator("main").inner_text()
    shot(page, f"x-connected-{'phone' if viewport is PHONE else 'desktop'}")
    assert School.objects.get(pk=school.pk).x_connected_as == "forefieldprimary"

    start(page)  # connecting again, and choosing Cancel on X this time
    page.get_by_role("button", name="Cancel").click()
    page.wait_for_url(page.base + "/publishing/x/")
    assert "request was cancelled on X" in page.locator(".messages").inner_text()
