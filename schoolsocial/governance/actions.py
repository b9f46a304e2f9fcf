"""do_*: concerns, follows and duties, each in one transaction with its audit event; e-mails
and the publisher after commit."""

from __future__ import annotations

import logging
from datetime import date
from functools import partial

from django.db import transaction
from django.utils import timezone

from schoolsocial.accounts.models import Membership
from schoolsocial.audit.log import record
from schoolsocial.governance import notify
from schoolsocial.governance.duties import Duty
from schoolsocial.governance.models import Concern, DutyDone, FollowRequest, FollowState
from schoolsocial.worker import enqueue

logger = logging.getLogger(__name__)


@transaction.atomic
def do_raise_concern(member: Membership, post, text: str) -> Concern:
    concern = Concern.objects.create(school=member.school, post=post, raised_by=member.user,
                                     text=text, created_at=timezone.now())
    record(member.school, member.user, "concern.raised",
           f"Concern raised about a post: {post}", post, concern=concern.pk, text=text)
    transaction.on_commit(partial(notify.notify_concern, concern.pk), robust=True)
    return concern


@transaction.atomic
def do_resolve_concern(member: Membership, concern: Concern, note: str) -> bool:
    """False when someone resolved it first (the conditional update found it closed)."""
    now = timezone.now()
    if not Concern.objects.filter(pk=concern.pk, resolved_at=None).update(
            resolved_by=member.user, resolved_at=now, resolution=note):
        return False
    record(member.school, member.user, "concern.resolved",
           f"Concern resolved: {concern.post}", concern.post, concern=concern.pk, note=note)
    transaction.on_commit(partial(notify.notify_concern_resolved, concern.pk), robust=True)
    return True


@transaction.atomic
def do_propose_follow(member: Membership, handle: str, reason: str) -> FollowRequest:
    follow = FollowRequest.objects.create(school=member.school, handle=handle, reason=reason,
                                          proposed_by=member.user, created_at=timezone.now())
    record(member.school, member.user, "follow.proposed", f"Proposed following @{handle}",
           follow, handle=handle, reason=reason)
    return follow


@transaction.atomic
def do_decide_follow(member: Membership, follow: FollowRequest, approve: bool, note: str
                     ) -> bool:
    state = FollowState.APPROVED if approve else FollowState.DECLINED
    if not FollowRequest.objects.filter(pk=follow.pk, state=FollowState.PROPOSED).update(
            state=state, decided_by=member.user, decided_at=timezone.now(), decision_note=note):
        return False
    verb = "approved" if approve else "declined"
    record(member.school, member.user, f"follow.{verb}",
           f"Following @{follow.handle} {verb}", follow, handle=follow.handle, note=note)
    if approve:  # the worker follows: X is never called inside a web request
        enqueue("schoolsocial.governance.actions.follow_approved", follow.pk, robust=True)
    return True


def follow_approved(follow_id: int, publisher=None) -> str:
    """The worker's step: follow an approved account through the school's publisher backend.
    If X refuses, the request stays "approved, to follow" with the reason."""
    from schoolsocial.publishing import backends

    follow = FollowRequest.objects.select_related("school").get(pk=follow_id)
    if follow.state != FollowState.APPROVED:
        return "skipped"
    with backends.publisher_for(follow.school, publisher) as active:
        try:
            active.follow(follow.handle)
        except backends.TransportError as error:
            FollowRequest.objects.filter(pk=follow.pk).update(last_error=error.message)
            logger.warning("Could not follow @%s: %s", follow.handle, error.message)
            return "failed"
    with transaction.atomic():
        if FollowRequest.objects.filter(pk=follow.pk, state=FollowState.APPROVED).update(
                state=FollowState.FOLLOWED, followed_at=timezone.now(), last_error=""):
            record(follow.school, None, "follow.made", f"Now following @{follow.handle}",
                   follow, handle=follow.handle)
    return "followed"


@transaction.atomic
def do_mark_duty_done(member: Membership, duty: Duty, note: str,
                      next_due: date | None = None) -> DutyDone:
    done = DutyDone.objects.create(school=member.school, duty=duty.key, done_by=member.user,
                                   done_at=timezone.now(), note=note, next_due=next_due)
    record(member.school, member.user, "duty.done",
           f"{duty.title}: done by {member.user.display_name()}", done, duty=duty.key,
           note=note, next_due=next_due.isoformat() if next_due else None)
    return done
