"""Connecting and disconnecting the school's Bluesky and Mastodon accounts (the headteacher).

Each connection is checked with the network before anything is saved: the Bluesky handle must
resolve and the app password sign in; the Mastodon address must answer as a Mastodon server
(its character limit is read then) and the token must be accepted.
"""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from policies.networks import LIMITS
from schoolsocial.accounts import access
from schoolsocial.accounts.models import Membership
from schoolsocial.publishing import actions
from schoolsocial.publishing.backends import TransportError
from schoolsocial.publishing.forms import BlueskyForm, MastodonForm
from schoolsocial.publishing.models import NetworkAccount

logger = logging.getLogger(__name__)
PERMISSION = "connect_x"  # the headteacher: the one who connects the school's accounts


@require_GET
@login_required
def networks(request: HttpRequest) -> HttpResponse:
    member = access.require(request, PERMISSION)
    return _render(request, member, BlueskyForm(), MastodonForm())


def _render(request: HttpRequest, member: Membership, bluesky: BlueskyForm,
            mastodon: MastodonForm, status: int = 200) -> HttpResponse:
    accounts = {a.network: a for a in NetworkAccount.objects.filter(school=member.school)}
    return render(request, "publishing/networks.html", {
        "bluesky_form": bluesky, "mastodon_form": mastodon, "limits": LIMITS,
        "bluesky": accounts.get("bluesky"), "mastodon": accounts.get("mastodon"),
    }, status=status)


@require_POST
@login_required
def connect_bluesky(request: HttpRequest) -> HttpResponse:
    from schoolsocial.publishing.networks.bluesky import (
        BlueskyCredentials,
        BlueskyPublisher,
        resolve_handle,
    )

    member = access.require(request, PERMISSION)
    form = BlueskyForm(request.POST)
    if form.is_valid() and (error := _address_error(form.cleaned_data["service"])):
        form.add_error("service", error)
    if not form.is_valid():
        return _render(request, member, form, MastodonForm(), status=400)
    handle, service = form.cleaned_data["handle"], form.cleaned_data["service"].rstrip("/")
    credentials = BlueskyCredentials(handle, form.cleaned_data["app_password"], service)
    publisher = BlueskyPublisher(credentials, timeout=(5.0, 10.0))
    try:
        resolve_handle(service, handle)
        account = publisher.me()
    except TransportError as error:
        form.add_error(None, _refused("Bluesky", error, "this handle and app password"))
        return _render(request, member, form, MastodonForm(), status=400)
    finally:
        publisher.close()
    actions.do_connect_network(member, "bluesky", credentials, connected_as=f"@{account.username}",
                               address=service, max_length=LIMITS["bluesky"].max_length)
    messages.success(request, f"Connected to Bluesky as @{account.username}.")
    return redirect("networks")


@require_POST
@login_required
def connect_mastodon(request: HttpRequest) -> HttpResponse:
    from schoolsocial.publishing.networks.mastodon import (
        MastodonCredentials,
        MastodonPublisher,
        read_instance,
    )

    member = access.require(request, PERMISSION)
    form = MastodonForm(request.POST)
    if form.is_valid() and (error := _address_error(form.cleaned_data["instance"])):
        form.add_error("instance", error)
    if not form.is_valid():
        return _render(request, member, BlueskyForm(), form, status=400)
    address = form.cleaned_data["instance"].rstrip("/")
    try:
        info = read_instance(address)
        credentials = MastodonCredentials(address, form.cleaned_data["access_token"],
                                          info.max_length, info.version)
        publisher = MastodonPublisher(credentials, timeout=10.0)
        try:
            account = publisher.me()
        finally:
            publisher.close()
    except TransportError as error:
        form.add_error(None, _refused("Mastodon", error, "this access token"))
        return _render(request, member, BlueskyForm(), form, status=400)
    name = f"@{account.username}@{urlsplit(address).netloc}"
    actions.do_connect_network(member, "mastodon", credentials, connected_as=name,
                               address=address, max_length=info.max_length)
    messages.success(request, f"Connected to Mastodon as {name}. Posts there can be up to "
                              f"{info.max_length} characters.")
    return redirect("networks")


@require_POST
@login_required
def disconnect(request: HttpRequest, network: str) -> HttpResponse:
    member = access.require(request, PERMISSION)
    label = NetworkAccount.Network(network).label
    if actions.do_disconnect_network(member, network) is not None:
        messages.success(request, f"The {label} account is disconnected and its keys are "
                                  f"deleted. Posts cannot go to {label} until it is connected "
                                  f"again.")
    return redirect("networks")


def _address_error(address: str) -> str:
    """Plain http only where settings allow it (a local test server): keys never go in clear."""
    if urlsplit(address).scheme != "https" and not settings.NETWORKS_ALLOW_HTTP:
        return "The address must start with https://."
    return ""


def _refused(label: str, error: TransportError, what: str) -> str:
    if error.status == 401:
        return (f"{label} did not accept {what}, so nothing was saved. Check them, or make new "
                f"ones on {label} and paste them here.")
    return f"Nothing was saved. {error.message}"
