"""do_*: a person's own notifications on a device, on or off (no audit event: a preference)."""

from __future__ import annotations

from django.db import transaction

from schoolsocial.mail.models import PushSubscription


@transaction.atomic
def do_push_on(user, endpoint: str, p256dh: str, auth: str) -> PushSubscription:
    sub, _ = PushSubscription.objects.update_or_create(
        endpoint=endpoint, defaults={"user": user, "p256dh": p256dh, "auth": auth})
    return sub


@transaction.atomic
def do_push_off(user) -> int:
    """Off on every device of theirs."""
    return PushSubscription.objects.filter(user=user).delete()[0]
