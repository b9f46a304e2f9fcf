"""The test client that also passes two-factor sign-in, for the tests and the page benchmarks."""

from __future__ import annotations

from django.test import Client as DjangoClient
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from schoolsocial.accounts.access import requires_two_factor


def needs_two_factor(user) -> bool:
    """access.requires_two_factor() for a user, outside a request."""
    return requires_two_factor(user.memberships.values_list("role", flat=True),
                               user.trusts_led.exists())


class Client(DjangoClient):
    """force_login also passes two-factor sign-in for those who need it, as entering a code from
    a real authenticator-app device (django-otp) would; tests of two-factor itself use
    django.test.Client."""

    def force_login(self, user, backend=None):
        super().force_login(user, backend)
        if needs_two_factor(user):
            device = (TOTPDevice.objects.filter(user=user, confirmed=True).first()
                      or TOTPDevice.objects.create(user=user, name="Test app"))
            session = self.session
            session[DEVICE_ID_SESSION_KEY] = device.persistent_id
            session.save()


def continue_link(response, network: str) -> str:
    """Where a "Continue to <network>" page sends the browser: the link a form's POST answers
    with when the next step is on another site (the CSP's form-action 'self' stops a redirect)."""
    import html
    import re

    assert response.status_code == 200
    [link] = re.findall(rf'href="([^"]+)"[^>]*>Continue to {re.escape(network)}<',
                        response.content.decode())
    return html.unescape(link)
