"""No credit: X answered 402 (out of credits) or its usage-cap problem (over the spend cap).

The school's account is held at once (AccountHold of kind no_credit, until=None), so nothing
else of the school's is sent or read; the post that met it waits in the queue as it is, never
failed; the headteacher is told by e-mail in plain words, and every page shows a banner. When
credit has been added on X, the headteacher resumes publishing from the Publishing page
(actions.do_resume_after_credit) and everything due goes out in order.
"""

from __future__ import annotations

from functools import partial

from django.db import transaction
from django.utils import timezone

from schoolsocial.audit.actions import Event
from schoolsocial.audit.log import record
from schoolsocial.publishing.models import AccountHold, HoldKind
from schoolsocial.publishing.notifications import notify_no_credit


def hold_for_no_credit(school, message: str) -> bool:
    """Hold the school's account for want of credit; True when this placed the hold (and so
    recorded it and told the headteacher), False when it was already held for it."""
    with transaction.atomic():
        updated = AccountHold.objects.filter(school_id=school.pk).exclude(
            kind=HoldKind.NO_CREDIT).update(kind=HoldKind.NO_CREDIT, until=None, reason=message,
                                            created_at=timezone.now())
        if not updated:
            _, created = AccountHold.objects.get_or_create(school_id=school.pk, defaults={
                "kind": HoldKind.NO_CREDIT, "until": None, "reason": message})
            if not created:
                return False
        record(school, None, Event.X_NO_CREDIT, "Publishing paused: X has no credit left on this "
                                            "account", school, reason=message)
        transaction.on_commit(partial(notify_no_credit, school.pk, message), robust=True)
    return True
