"""Sign-in, sign-out and failed sign-ins, from Django's auth signals (whatever signs people in:
the login page, an admin, a future single sign-on). Each is recorded in every school the
person belongs to; a failed sign-in under a username nobody has belongs to no school, so it
goes to the server log only."""

from __future__ import annotations

import logging

from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver

from schoolsocial.accounts.models import School
from schoolsocial.audit.actions import Event
from schoolsocial.audit.log import record

logger = logging.getLogger(__name__)


def _ip(request) -> str:
    return request.META.get("REMOTE_ADDR", "") if request is not None else ""


def _schools(user) -> list[School]:
    return list(School.objects.filter(memberships__user=user).order_by("id"))


@receiver(user_logged_in, dispatch_uid="audit_signed_in")
def signed_in(sender, request, user, **kwargs) -> None:
    for school in _schools(user):
        record(school, user, Event.AUTH_SIGNED_IN, f"{user.display_name()} signed in", user,
               ip=_ip(request))


@receiver(user_logged_out, dispatch_uid="audit_signed_out")
def signed_out(sender, request, user, **kwargs) -> None:
    if user is None:
        return
    for school in _schools(user):
        record(school, user, Event.AUTH_SIGNED_OUT, f"{user.display_name()} signed out", user,
               ip=_ip(request))


@receiver(user_login_failed, dispatch_uid="audit_sign_in_failed")
def sign_in_failed(sender, credentials, request=None, **kwargs) -> None:
    User = get_user_model()  # noqa: N806
    username = str(credentials.get(User.USERNAME_FIELD, ""))[:150]
    user = User.objects.filter(**{User.USERNAME_FIELD: username}).first() if username else None
    if user is None:
        logger.warning("Failed sign-in under an unknown username %r from %s", username,
                       _ip(request))
        return
    for school in _schools(user):
        record(school, None, Event.AUTH_SIGN_IN_FAILED,
               f"Failed sign-in as {user.display_name()} (wrong password)", user,
               username=username, ip=_ip(request))
