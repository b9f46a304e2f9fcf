"""Connecting and disconnecting the school's Bluesky and Mastodon accounts (the headteacher).

Each connection is checked with the network before anything is saved: the Bluesky handle must
resolve and the app password sign in; the Mastodon address must answer as a Mastodon server
(its character limit is read then) and the token must be accepted.

Mastodon connects through OAuth: the headteacher types the instance's address (a POST, so
CSRF-checked), School Social registers itself there once (mastodon_app), and the headteacher is
sent to the instance to approve it; the instance sends them back to mastodon_callback with a
code and the random state this session was given, which must match before the code is swapped
for the token. An access token pasted from the instance stays as the advanced way.
"""

from __future__ import annotations

import logging
import secrets
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from policies.networks import LIMITS
from schoolsocial.accounts import access
from schoolsocial.accounts.models import Membership
from schoolsocial.publishing import actions
from schoolsocial.publishing.backends import TransportError
from schoolsocial.publishing.forms import BlueskyForm, MastodonForm, MastodonOAuthForm
from schoolsocial.publishing.models import NetworkAccount

if TYPE_CHECKING:
    from schoolsocial.publishing.networks.mastodon import MastodonCredentials

logger = logging.getLogger(__name__)
PERMISSION = "connect_x"  # the headteacher: the one who connects the school's accounts
MASTODON_PENDING = "mastodon_oauth"  # the session's one connection attempt under way


@require_GET
@login_required
def networks(request: HttpRequest) -> HttpResponse:
    member = access.require(request, PERMISSION)
    return _render(request, member)


def _render(request: HttpRequest, member: Membership, *, bluesky: BlueskyForm | None = None,
            mastodon: MastodonForm | None = None, oauth: MastodonOAuthForm | None = None,
            status: int = 200) -> HttpResponse:
    accounts = {a.network: a for a in NetworkAccount.objects.filter(school=member.school)}
    return render(request, "publishing/networks.html", {
        "bluesky_form": bluesky or BlueskyForm(), "mastodon_form": mastodon or MastodonForm(),
        "oauth_form": oauth or MastodonOAuthForm(), "advanced_open": mastodon is not None,
        "limits": LIMITS, "bluesky": accounts.get("bluesky"),
        "mastodon": accounts.get("mastodon"),
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
        return _render(request, member, bluesky=form, status=400)
    handle, service = form.cleaned_data["handle"], form.cleaned_data["service"].rstrip("/")
    credentials = BlueskyCredentials(handle, form.cleaned_data["app_password"], service)
    publisher = BlueskyPublisher(credentials, timeout=(5.0, 10.0))
    try:
        resolve_handle(service, handle)
        account = publisher.me()
    except TransportError as error:
        form.add_error(None, _refused("Bluesky", error, "this handle and app password"))
        return _render(request, member, bluesky=form, status=400)
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
        return _render(request, member, mastodon=form, status=400)
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
        return _render(request, member, mastodon=form, status=400)
    return _connected_mastodon(request, member, credentials, account.username)


def _connected_mastodon(request: HttpRequest, member: Membership,
                        credentials: MastodonCredentials, username: str) -> HttpResponse:
    address, limit = credentials.instance, credentials.max_length
    name = f"@{username}@{urlsplit(address).netloc}"
    actions.do_connect_network(member, "mastodon", credentials, connected_as=name,
                               address=address, max_length=limit)
    messages.success(request, f"Connected to Mastodon as {name}. Posts there can be up to "
                              f"{limit} characters.")
    return redirect("networks")


@require_POST
@login_required
def mastodon_authorise(request: HttpRequest) -> HttpResponse:
    """OAuth, leg one: the instance checked, School Social registered there (once), and a
    link for the headteacher to the instance's page to approve it."""
    from schoolsocial.publishing.networks.accounts import mastodon_app
    from schoolsocial.publishing.networks.mastodon import authorize_url, read_instance

    member = access.require(request, PERMISSION)
    form = MastodonOAuthForm(request.POST)
    if form.is_valid() and (error := _address_error(form.cleaned_data["instance"])):
        form.add_error("instance", error)
    if not form.is_valid():
        return _render(request, member, oauth=form, status=400)
    address = form.cleaned_data["instance"].rstrip("/")
    callback = _callback_uri(request)
    state = secrets.token_urlsafe(32)
    try:
        info = read_instance(address)
        app = mastodon_app(address, callback, website=request.build_absolute_uri("/"))
        url = authorize_url(address, app, callback, state, version=info.version,
                            allow_http=settings.NETWORKS_ALLOW_HTTP)
    except TransportError as error:
        form.add_error(None, f"Nothing was saved. {error.message}")
        return _render(request, member, oauth=form, status=400)
    request.session[MASTODON_PENDING] = {
        "state": state, "school": member.school_id, "instance": address,
        "max_length": info.max_length, "version": info.version}
    # a link, not a redirect: the page's Content Security Policy (form-action 'self') stops a
    # form's POST from being redirected to another site
    return render(request, "publishing/mastodon_authorise.html", {
        "authorize_url": url, "host": urlsplit(address).netloc, "title": info.title})


@require_GET
@login_required
def mastodon_callback(request: HttpRequest) -> HttpResponse:
    """OAuth, leg two: the instance sends the headteacher back with a code (or a refusal) and
    the state; the state must be this session's, then the code becomes the access token."""
    from schoolsocial.publishing.networks.accounts import forget_mastodon_app, mastodon_app
    from schoolsocial.publishing.networks.mastodon import (
        MastodonCredentials,
        MastodonPublisher,
        exchange_code,
    )

    member = access.require(request, PERMISSION)
    pending = request.session.pop(MASTODON_PENDING, None)
    state = request.GET.get("state", "")
    if (not pending or pending.get("school") != member.school_id or not state
            or not secrets.compare_digest(state, pending.get("state", ""))):
        messages.error(request, "This Mastodon connection attempt has expired or was not "
                                "started here, so nothing was saved. Start again with Connect "
                                "through Mastodon.")
        return redirect("networks")
    address = pending["instance"]
    if request.GET.get("error") or not request.GET.get("code"):
        messages.error(request, f"The Mastodon account was not connected: the request was "
                                f"not approved on {urlsplit(address).netloc}. Nothing was "
                                f"saved.")
        return redirect("networks")
    callback = _callback_uri(request)
    try:
        app = mastodon_app(address, callback)
        token = exchange_code(address, app, callback, request.GET["code"],
                              version=pending["version"], allow_http=settings.NETWORKS_ALLOW_HTTP)
    except TransportError as error:
        logger.warning("Mastodon at %s refused the code exchange for school %s", address,
                       member.school_id)  # never the code, the token or the app's secret
        forget_mastodon_app(address, callback)  # it may no longer know us: register afresh
        messages.error(request, f"Nothing was saved. {error.message}")
        return redirect("networks")
    credentials = MastodonCredentials(address, token, pending["max_length"], pending["version"])
    publisher = MastodonPublisher(credentials, timeout=10.0)
    try:
        account = publisher.me()
    except TransportError as error:
        messages.error(request, f"Nothing was saved. {error.message}")
        return redirect("networks")
    finally:
        publisher.close()
    return _connected_mastodon(request, member, credentials, account.username)


def _callback_uri(request: HttpRequest) -> str:
    return request.build_absolute_uri(reverse("mastodon_callback"))


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
