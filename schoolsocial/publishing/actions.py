"""do_*: the approvers' publishing controls and the X connection, each audited in its transaction.

Publish now. An approval is for a content hash that includes the scheduled time, so moving the
time invalidates it. Publish now is therefore an approval decision by the approver who clicks it:
the post's time becomes now and a new Approval is recorded for the new hash, by that approver,
carrying over the written reasons for warnings the earlier approval accepted. It is allowed only
to someone who may decide the post (never an approver's own post, as for approving), only when
the rules pass at this moment (the posting window) and only when moving the time brings no
warning that nobody accepted. No second "publish after" field, so the post's time and its
approval keep saying exactly what happens.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from schoolsocial.accounts.models import Membership, School
from schoolsocial.audit.actions import Event
from schoolsocial.audit.log import record
from schoolsocial.posts.checks import post_photos
from schoolsocial.posts.gate import may_go_out
from schoolsocial.posts.models import Approval, Decision, Post
from schoolsocial.posts.permissions import PostPermissions
from schoolsocial.posts.states import State, TransitionError, target
from schoolsocial.publishing import network_tasks, tasks
from schoolsocial.publishing.backends import Credentials
from schoolsocial.publishing.models import (
    AccountHold,
    HoldKind,
    NetworkAccount,
    NetworkPublication,
)
from schoolsocial.publishing.networks.accounts import seal


@transaction.atomic
def do_retry(member: Membership, post: Post, now: datetime | None = None) -> Post:
    """A failed post back to scheduled; the next tick claims it (its time has passed)."""
    post = Post.objects.locked(post.pk)
    post.state = target("retry", post.state)
    problem, _ = tasks.publish_time_check(post, now or timezone.now())
    if problem:
        raise ValidationError(f"It cannot be sent now. {problem}")
    error = post.last_error
    post.last_error = ""
    post.save(update_fields=("state", "last_error", "updated_at"))
    record(member.school, member.user, Event.POST_RETRY, f"Sent again after failing: {post}", post,
           previous_error=error)
    return post


@transaction.atomic
def do_retry_network(member: Membership, post: Post, network: str,
                     now: datetime | None = None) -> NetworkPublication:
    """A network's failed publication of a post due again now; the post's other networks are
    left as they are. Only while the post is still approved for exactly what it says."""
    post = Post.objects.locked(post.pk)
    publication = NetworkPublication.objects.select_for_update().filter(
        post=post, network=network, state=NetworkPublication.State.FAILED).first()
    if publication is None:
        raise ValidationError("There is no failed publication on that network to try again.")
    now = now or timezone.now()
    verdict = may_go_out(post, tasks.judged_at(post, now))
    if not verdict.allowed:
        raise ValidationError(f"It cannot be sent now. {verdict.reason}")
    error = publication.last_error
    network_tasks.retry_now(publication, now)
    record(member.school, member.user, Event.POST_NETWORK_RETRIED,
           f"Sent again to {publication.get_network_display()} after failing: {post}", post,
           network=network, previous_error=error)
    return publication


@transaction.atomic
def do_send_for_approval(member: Membership, post: Post) -> Post:
    """A failed post that changed after its approval back to the approvers (Try again could
    never send it): it is listed under "did not go out" with why until it is decided."""
    post = Post.objects.locked(post.pk)
    if not PostPermissions(member, post).can_send_for_approval:
        raise ValidationError("This post is approved for what it says: use Try again.")
    post.state = target("send_for_approval", post.state)
    post.last_error = ("It changed after it was approved, so it needs approving again. "
                       f"It had failed: {post.last_error}".strip())
    post.save(update_fields=("state", "last_error", "updated_at"))
    record(member.school, member.user, Event.POST_SENT_FOR_APPROVAL,
           f"Back for approval after failing: {post}", post)
    return post


@transaction.atomic
def do_dismiss(member: Membership, post: Post, reason: str) -> Post:
    """A failed post nobody will send, set aside with a written reason."""
    post = Post.objects.locked(post.pk)
    if not reason.strip():
        raise ValidationError("Say why it will not be sent, so others know.")
    post.state = target("dismiss", post.state)
    error = post.last_error
    post.last_error = ""
    post.save(update_fields=("state", "last_error", "updated_at"))
    record(member.school, member.user, Event.POST_DISMISSED, f"Dismissed: {post}", post,
           reason=reason.strip(), previous_error=error)
    return post


@transaction.atomic
def do_reconcile(member: Membership, post: Post) -> Post:
    """Look for an unknown post on the account's timeline at the next tick."""
    post = Post.objects.locked(post.pk)
    if post.state != State.UNKNOWN:
        raise TransitionError(f"This post is {post.get_state_display().lower()}, so there is "
                              f"nothing to look for on X.")
    tasks.request_reconcile(post)
    record(member.school, member.user, Event.POST_RECONCILE_REQUESTED,
           f"Asked to look for it on X: {post}", post)
    return post


@transaction.atomic
def do_publish_now(member: Membership, post: Post, now: datetime | None = None) -> Approval:
    """See the module's docstring."""
    post = Post.objects.locked(post.pk)
    now = now or timezone.now()
    if post.state != State.SCHEDULED:
        raise TransitionError(f"This post is {post.get_state_display().lower()}, so it cannot "
                              f"be published now.")
    if not PostPermissions(member, post).decides:
        raise PermissionDenied("Publish now re-approves the post for this moment, so it is for "
                               "an approver other than its author.")
    if post.school.queue_paused:
        raise ValidationError("Publishing is paused for the school. Resume the queue first.")
    photos = post_photos(post)  # read once: both hashes and the check use them
    verdict = may_go_out(post, now, photos)
    if not verdict.allowed:
        raise ValidationError(f"It cannot go out now. {verdict.reason}")
    earlier = post.approvals.filter(decision=Decision.APPROVE,
                                    content_hash=post.compute_hash(photos)).first()
    was = post.scheduled_at
    post.scheduled_at = now
    report = verdict.report
    post.findings = report.to_dict()
    reasons = {(a["rule"], a["message"]): a["reason"] for a in earlier.acknowledged}
    acknowledged = []
    for finding in report.findings:
        reason = reasons.get((finding.rule, finding.message))
        if reason is None:
            raise ValidationError(
                f"Going out now brings a warning the approval did not accept: "
                f"{finding.message} Change the post's time instead, so it is approved again.")
        acknowledged.append({"rule": finding.rule, "message": finding.message, "reason": reason})
    post.content_hash = post.compute_hash(photos)
    post.decided_at = post.checked_at = now
    post.save(update_fields=("scheduled_at", "content_hash", "findings", "decided_at",
                             "checked_at", "updated_at"))
    when = timezone.localtime(was, post.school.tz).strftime("%H:%M on %d %B") if was else "later"
    approval = Approval.objects.create(
        post=post, approver=member.user, decision=Decision.APPROVE,
        comment=f"Publish now, instead of {when}.", content_hash=post.content_hash,
        acknowledged=acknowledged,
    )
    record(member.school, member.user, Event.POST_PUBLISH_NOW, f"Publish now (was {when}): {post}",
           post, was=was.isoformat() if was else None, content_hash=post.content_hash)
    return approval


@transaction.atomic
def do_pause_queue(member: Membership, reason: str = "") -> School:
    school = School.objects.select_for_update().get(pk=member.school_id)
    if not school.queue_paused:
        school.queue_paused = True
        school.save(update_fields=("queue_paused",))
        record(school, member.user, Event.QUEUE_PAUSED, "Publishing paused for the whole school",
               school, reason=reason.strip())
    return school


@transaction.atomic
def do_resume_queue(member: Membership) -> School:
    school = School.objects.select_for_update().get(pk=member.school_id)
    if school.queue_paused:
        school.queue_paused = False
        school.save(update_fields=("queue_paused",))
        record(school, member.user, Event.QUEUE_RESUMED,
               "Publishing resumed: posts whose time has passed go out now", school)
    return school


@transaction.atomic
def do_resume_after_credit(member: Membership) -> bool:
    """The headteacher says credit has been added on X: the hold for want of credit goes, and
    the posts due go out in order. False when there was no such hold."""
    school = School.objects.select_for_update().get(pk=member.school_id)
    deleted, _ = AccountHold.objects.filter(school=school, kind=HoldKind.NO_CREDIT).delete()
    if deleted:
        record(school, member.user, Event.X_CREDIT_RESUMED,
               "Publishing resumed after X credit was added", school)
    return bool(deleted)


@transaction.atomic
def do_connect_x(member: Membership, credentials: Credentials, username: str,
                 how: str) -> School:
    """Store the keys encrypted; the audit event names the account, never the keys."""
    school = School.objects.select_for_update().get(pk=member.school_id)
    before = school.x_connected_as
    school.connect_x(credentials, username)
    AccountHold.objects.filter(school=school, kind=HoldKind.KEYS).delete()  # keys replaced
    details = {"account": f"@{username}", "how": how, "replaced": f"@{before}" if before else ""}
    if school.x_handle.lstrip("@").lower() != username.lower():
        details["x_handle"] = [school.x_handle, username]
        school.x_handle = username
        school.save(update_fields=("x_handle",))
    record(school, member.user, Event.X_CONNECTED, f"X account connected: @{username}", school,
           **details)
    return school


@transaction.atomic
def do_disconnect_x(member: Membership) -> School:
    school = School.objects.select_for_update().get(pk=member.school_id)
    if school.x_credentials_encrypted:
        account = school.x_connected_as
        school.disconnect_x()
        record(school, member.user, Event.X_DISCONNECTED, f"X account disconnected: @{account}",
               school, account=f"@{account}")
    return school


@transaction.atomic
def do_connect_network(member: Membership, network: str, credentials: Any, *,
                       connected_as: str, address: str,
                       max_length: int | None = None) -> NetworkAccount:
    """Store a Bluesky or Mastodon account's keys encrypted (one account per network, a new one
    replacing the old); the audit event names the account and where it is, never the keys."""
    school = School.objects.select_for_update().get(pk=member.school_id)
    before = NetworkAccount.objects.filter(school=school, network=network).first()
    account, _ = NetworkAccount.objects.update_or_create(
        school=school, network=network,
        defaults={"connected_as": connected_as, "address": address, "max_length": max_length,
                  "credentials_encrypted": seal(credentials), "connected_at": timezone.now()})
    label = account.get_network_display()
    record(school, member.user, Event.NETWORK_CONNECTED,
           f"{label} account connected: {connected_as}", account, network=network,
           account=connected_as, address=address,
           max_length=max_length, replaced=before.connected_as if before else "")
    return account


@transaction.atomic
def do_disconnect_network(member: Membership, network: str) -> NetworkAccount | None:
    school = School.objects.select_for_update().get(pk=member.school_id)
    account = NetworkAccount.objects.filter(school=school, network=network).first()
    if account is not None:
        label = account.get_network_display()
        record(school, member.user, Event.NETWORK_DISCONNECTED,
               f"{label} account disconnected: {account.connected_as}", account,
               network=network, account=account.connected_as)
        account.delete()
    return account
