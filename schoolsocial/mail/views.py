"""Notifications on this device (Web Push), and what makes School Social installable: the web
app manifest and the service worker, both served from the site's root so the worker's scope is
the whole site (and both from our own origin, as the CSP asks)."""

from __future__ import annotations

import json

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.views.decorators.http import require_GET, require_POST

from schoolsocial.accounts import access
from schoolsocial.mail import actions, push
from schoolsocial.mail.models import PushSubscription


@require_GET
@login_required
def notifications(request: HttpRequest) -> HttpResponse:
    access.require(request, "view_dashboard")
    context = {"devices": PushSubscription.objects.filter(user=request.user).count(),
               "vapid_key": settings.VAPID_PUBLIC_KEY, "configured": push.configured()}
    return render(request, "mail/notifications.html", context)


@require_POST
@login_required
def push_on(request: HttpRequest) -> HttpResponse:
    """The browser's subscription (PushSubscription.toJSON()) as the request body."""
    access.require(request, "view_dashboard")
    try:
        data = json.loads(request.body)
        endpoint, keys = str(data["endpoint"]), data["keys"]
        p256dh, auth = str(keys["p256dh"]), str(keys["auth"])
    except (ValueError, KeyError, TypeError):
        return JsonResponse({"error": "Not a push subscription."}, status=400)
    if not endpoint.startswith("https://") and not settings.PUSH_ALLOW_HTTP:
        return JsonResponse({"error": "A push service is reached over https."}, status=400)
    actions.do_push_on(request.user, endpoint[:1000], p256dh[:200], auth[:100])
    return JsonResponse({"ok": True})


@require_POST
@login_required
def push_off(request: HttpRequest) -> HttpResponse:
    access.require(request, "view_dashboard")
    count = actions.do_push_off(request.user)
    messages.success(request, f"Notifications are off on {count} device{'s' if count != 1 else ''}"
                     ". E-mails still come." if count else "Notifications were already off.")
    return redirect("notifications")


@require_GET
def manifest(request: HttpRequest) -> HttpResponse:
    """Public: the browser reads it before anyone signs in (nothing of a school in it)."""
    data = {"name": "School Social", "short_name": "School Social", "start_url": "/",
            "scope": "/", "display": "standalone", "background_color": "#f4f6fa",
            "theme_color": "#1f4e8c", "lang": "en-GB",
            "icons": [{"src": static("favicon.svg"), "sizes": "any", "type": "image/svg+xml"}]}
    return JsonResponse(data, content_type="application/manifest+json")


@require_GET
def service_worker(request: HttpRequest) -> HttpResponse:
    """Public, like the manifest: shows pushed notifications and opens their page on a tap."""
    with open(settings.BASE_DIR / "static" / "js" / "sw.js", encoding="utf-8") as handle:
        response = HttpResponse(handle.read(), content_type="text/javascript")
    response["Cache-Control"] = "no-cache"
    return response
