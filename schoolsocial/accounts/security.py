"""Request-level protections: the Content Security Policy, a cap on request size, two-factor
sign-in for the roles that can publish, and plain-words refusals for bad input.

Who must use two-factor sign-in, like everything else about a user's rights, is decided in
access.py.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.conf import settings
from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode

from schoolsocial.accounts import access

logger = logging.getLogger("schoolsocial.security")

# Pages an unverified user may still reach: signing in and out, and two-factor itself.
OPEN_WHILE_UNVERIFIED = frozenset({"login", "logout", "two_factor_setup", "two_factor_verify"})


def client_ip(request: HttpRequest) -> str:
    """The visitor's address: behind our proxy the last X-Forwarded-For entry (the one the
    proxy added, which a visitor cannot forge), else the socket's."""
    if settings.BEHIND_PROXY:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded:
            return forwarded.rsplit(",", 1)[-1].strip()
    return request.META.get("REMOTE_ADDR", "")


class ContentSecurityPolicyMiddleware:
    """Adds settings.CONTENT_SECURITY_POLICY to every response that has none."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response
        self.policy = settings.CONTENT_SECURITY_POLICY

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if self.policy:
            response.headers.setdefault("Content-Security-Policy", self.policy)
        return response


class RequestSizeLimitMiddleware:
    """Refuses a request whose declared body is over settings.MAX_REQUEST_BYTES before any of it
    is read. Django's DATA_UPLOAD_MAX_MEMORY_SIZE covers form fields but not files."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        limit = settings.MAX_REQUEST_BYTES
        if length > limit:
            logger.warning("Refused a request of %d bytes to %s from %s (limit %d)",
                           length, request.path, client_ip(request), limit)
            response = render(request, "accounts/refused.html", {
                "heading": "That was too much to send at once",
                "message": f"The most one request can carry is {limit // (1024 * 1024)} MB. "
                           "Nothing was saved. Send fewer or smaller photos at a time.",
            }, status=413)
            response["Connection"] = "close"
            return response
        return self.get_response(request)


class TwoFactorMiddleware:
    """A user who must use two-factor sign-in (or who has turned it on) reaches nothing but the
    two-factor pages until this session is verified: first the setup page, then the code page."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        cookie = request.COOKIES.get(settings.SESSION_COOKIE_NAME)
        if cookie and not request.user.is_authenticated and request.session.session_key is None:
            # The cookie names no session we know: ended, or altered. Say so, and log it.
            logger.info("Unknown, ended or altered session cookie from %s on %s",
                        client_ip(request), request.path)
            if request.method == "GET" and request.path != reverse("login"):
                messages.info(request, "You have been signed out: your session ended or was "
                                       "not recognised. Please sign in again.")
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view_func, view_args, view_kwargs):
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return None
        match = request.resolver_match
        if match is None or match.url_name in OPEN_WHILE_UNVERIFIED:
            return None
        if access.has_two_factor(request):
            target = "two_factor_verify"
        elif access.must_use_two_factor(request):
            target = "two_factor_setup"
        else:
            return None
        url = reverse(target)
        if request.method == "GET" and not request.headers.get("HX-Request"):
            url += "?" + urlencode({"next": request.get_full_path()})
        if request.headers.get("HX-Request"):
            response = HttpResponse(status=204)
            response["HX-Redirect"] = url
            return response
        return HttpResponseRedirect(url)


def safe_next(request: HttpRequest, default: str = "dashboard") -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, {request.get_host()},
                                       require_https=request.is_secure()):
        return target
    return reverse(default)


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """A form sent without its security token (or from another site): nothing is done."""
    logger.warning("Refused a %s to %s from %s without a valid CSRF token: %s",
                   request.method, request.path, client_ip(request), reason)
    return render(request, "accounts/refused.html", {
        "heading": "That form could not be accepted",
        "message": "It was sent without its security check, perhaps from an old page or "
                   "another site. Nothing was changed. Go back, reload the page and try again.",
    }, status=403)


def locked_out(request: HttpRequest, original_response=None, credentials=None) -> HttpResponse:
    """django-axes' answer once a username and address have made too many wrong sign-ins."""
    logger.warning("Sign-in locked out for %r from %s",
                   (credentials or {}).get("username", ""), client_ip(request))
    minutes = round(settings.AXES_COOLOFF_TIME * 60)
    return render(request, "accounts/locked_out.html", {"minutes": minutes}, status=429)
