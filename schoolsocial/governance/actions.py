"""do_*: concerns, follows and duties, each in one transaction with its audit event; e-mails
and the publisher after commit."""

from __future__ import annotations

from datetime import date
from functools import partial

from django.db import transaction
from django.utils import timezone

from schoolsocial.accounts.models import Membership
from schoolsocial.audit.actions import Event
from schoolsocial.audit.log import record
from schoolsocial.governance import notifications
from schoolsocial.governance.duties import Duty
from schoolsocial.governance.models import Concern, DutyDone, FollowRequest, FollowState


@transaction.atomic
def do_raise_concern(member: Membership, post, text: str, *, mention=None) -> Concern:
    """About one of the school's posts, or (`mention`) about a mention or reply on X, Bluesky
    or Mastodon, where `post` is the school's post it replies to, if any."""
    concern = Concern.objects.create(school=member.school, post=post, mention=mention,
                                     raised_by=member.user, text=text,
                                     created_at=timezone.now())
    what = f"a post: {post}" if mention is None else \
        f"a mention on {mention.get_network_display()}: {concern.about}"
    record(member.school, member.user, Event.CONCERN_RAISED, f"Concern raised about {what}",
           mention if mention is not None else post, concern=concern.pk, text=text)
    transaction.on_commit(partial(notifications.notify_concern, concern.pk), robust=True)
    return concern


@transaction.atomic
def do_resolve_concern(member: Membership, concern: Concern, note: str) -> bool:
    """False when someone resolved it first (the conditional update found it closed)."""
    now = timezone.now()
    if not Concern.objects.filter(pk=concern.pk, resolved_at=None).update(
            resolved_by=member.user, resolved_at=now, resolution=note):
        return False
    record(member.school, member.user, Event.CONCERN_RESOLVED,
           f"Concern resolved: {concern.about}", concern.mention or concern.post,
           concern=concern.pk, note=note)
    transaction.on_commit(partial(notifications.notify_concern_resolved, concern.pk),
                          robust=True)
    return True


@transaction.atomic
def do_propose_follow(member: Membership, handle: str, reason: str) -> FollowRequest:
    follow = FollowRequest.objects.create(school=member.school, handle=handle, reason=reason,
                                          proposed_by=member.user, created_at=timezone.now())
    record(member.school, member.user, Event.FOLLOW_PROPOSED, f"Proposed following @{handle}",
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
    # X's API has no follow write for self-serve apps (2026): the headteacher follows it on X
    # by hand, and the worker sees it in the account's following list (inbound.reading).
    return True


@transaction.atomic
def do_mark_duty_done(member: Membership, duty: Duty, note: str,
                      next_due: date | None = None) -> DutyDone:
    done = DutyDone.objects.create(school=member.school, duty=duty.key, done_by=member.user,
                                   done_at=timezone.now(), note=note, next_due=next_due)
    record(member.school, member.user, Event.DUTY_DONE,
           f"{duty.title}: done by {member.user.display_name()}", done, duty=duty.key,
           note=note, next_due=next_due.isoformat() if next_due else None)
    return done
