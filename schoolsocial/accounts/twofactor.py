"""Two-factor sign-in pages: set up an authenticator app (QR code), enter a code, recovery codes.

A TOTP device (django-otp) per user, plus a static device holding ten single-use recovery codes
that are shown once. A code is accepted once: django-otp refuses a TOTP code of a time step at or
before the last one used, deletes a recovery code when it is used, and slows down guessing.
"""

from __future__ import annotations

import base64
import logging
import secrets

import qrcode
import qrcode.image.svg
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.safestring import mark_safe
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from django_otp import login as otp_login
from django_otp import match_token
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from schoolsocial.accounts import access
from schoolsocial.accounts.security import client_ip, safe_next
from schoolsocial.audit.actions import Event
from schoolsocial.audit.log import record

logger = logging.getLogger("schoolsocial.security")

RECOVERY_CODES = 10
APP_DEVICE = "Authenticator app"
RECOVERY_DEVICE = "Recovery codes"


def audit_in_every_school(request: HttpRequest, action: str, summary: str, **details) -> None:
    """In every school of the person, as sign-ins are."""
    for member in access.memberships(request):
        record(member.school, request.user, action, summary, request.user, **details)


def qr_svg(text: str) -> str:
    """An inline SVG QR code (qrcode's pure-Python SVG path: no Pillow, no JavaScript)."""
    image = qrcode.make(text, image_factory=qrcode.image.svg.SvgPathImage, box_size=8, border=2)
    return image.to_string(encoding="unicode")


def new_recovery_codes(user) -> list[str]:
    """Ten fresh codes, replacing any earlier ones."""
    device, _ = StaticDevice.objects.get_or_create(user=user, name=RECOVERY_DEVICE)
    device.token_set.all().delete()
    # 56 random bits each, as two groups of seven: within django-otp's 16-character column.
    codes = [_grouped(secrets.token_hex(7)) for _ in range(RECOVERY_CODES)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def _grouped(digits: str) -> str:
    return f"{digits[:7]}-{digits[7:]}"


def _code(request: HttpRequest) -> str:
    return "".join(request.POST.get("code", "").split()).lower()


@never_cache
@login_required
def setup(request: HttpRequest) -> HttpResponse:
    """Scan the QR code, type the app's code: two-factor sign-in is on, recovery codes shown once.

    Someone who already has an app must first prove they hold it (the code page): a stolen
    password alone cannot add another app to the account."""
    user = request.user
    has_app = access.confirmed_app(user)
    if has_app and not user.is_verified():
        return redirect("two_factor_verify")
    if has_app:
        return render(request, "accounts/two_factor_on.html",
                      {"required": access.must_use_two_factor(request)})
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=APP_DEVICE, confirmed=False)
    error = ""
    if request.method == "POST":
        if device.verify_token(_code(request)):
            with transaction.atomic():
                device.confirmed = True
                device.save(update_fields=("confirmed",))
                codes = new_recovery_codes(user)
                audit_in_every_school(request, Event.AUTH_TWO_FACTOR_ON,
                       f"{user.display_name()} turned on two-factor sign-in")
            otp_login(request, device)
            logger.info("Two-factor sign-in turned on for user %s", user.pk)
            return _show_codes(request, user, codes)
        logger.warning("Wrong two-factor set-up code for user %s from %s", user.pk,
                       client_ip(request))
        error = ("That code did not match. Check the app shows School Social, then type the "
                 "six digits it shows now.")
    context = {
        "qr": mark_safe(qr_svg(device.config_url)),  # noqa: S308 - our own SVG, no user input
        "secret": _spaced(device.key),
        "error": error,
        "next": request.GET.get("next") or request.POST.get("next", ""),
        "required": access.must_use_two_factor(request),
    }
    return render(request, "accounts/two_factor_setup.html", context, status=400 if error else 200)


def _spaced(hex_key: str) -> str:
    """The key in base32, as apps ask for it when typed in, in groups of four."""
    b32 = base64.b32encode(bytes.fromhex(hex_key)).decode().rstrip("=")
    return " ".join(b32[i:i + 4] for i in range(0, len(b32), 4))


@never_cache
@login_required
def verify(request: HttpRequest) -> HttpResponse:
    """The second step of signing in: a code from the app, or one recovery code."""
    user = request.user
    if user.is_verified():
        return redirect(safe_next(request))
    if not access.confirmed_app(user):
        return redirect("two_factor_setup")
    error = ""
    if request.method == "POST":
        device = match_token(user, _code(request))
        if device is not None:
            otp_login(request, device)
            used_recovery = isinstance(device, StaticDevice)
            audit_in_every_school(request, Event.AUTH_TWO_FACTOR_PASSED,
                   f"{user.display_name()} entered a "
                   f"{'recovery code' if used_recovery else 'code from their app'}",
                   ip=client_ip(request))
            if used_recovery:
                left = device.token_set.count()
                messages.warning(request, f"You used a recovery code; {left} left. Make new ones "
                                          "on the two-factor page if you are running low.")
            return redirect(safe_next(request))
        logger.warning("Wrong or reused two-factor code for user %s from %s", user.pk,
                       client_ip(request))
        audit_in_every_school(request, Event.AUTH_TWO_FACTOR_FAILED,
               f"A wrong or reused two-factor code for {user.display_name()}",
               ip=client_ip(request))
        error = ("That code was not accepted: it is wrong, already used, or too old. Wait for "
                 "the app to show a new code and try again, or use a recovery code.")
    context = {"error": error, "next": request.GET.get("next") or request.POST.get("next", "")}
    return render(request, "accounts/two_factor_verify.html", context,
                  status=400 if error else 200)


@never_cache
@require_POST
@login_required
def regenerate_recovery_codes(request: HttpRequest) -> HttpResponse:
    user = request.user
    if not (access.confirmed_app(user) and user.is_verified()):
        return redirect("two_factor_setup")
    with transaction.atomic():
        codes = new_recovery_codes(user)
        audit_in_every_school(request, Event.AUTH_RECOVERY_CODES_RENEWED,
               f"{user.display_name()} made new recovery codes")
    return _show_codes(request, user, codes)


def _show_codes(request: HttpRequest, user, codes: list[str]) -> HttpResponse:
    """The codes, once, with a text file of them to download (no copy is kept to send later)."""
    text = (f"School Social recovery codes for {user.username}. Each works once, instead of a "
            "code from the app.\n\n" + "\n".join(codes) + "\n")
    return render(request, "accounts/recovery_codes.html",
                  {"codes": codes, "codes_text": text, "next": safe_next(request)})
