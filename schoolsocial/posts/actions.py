"""do_*: every change to a post, each in one transaction with its audit event."""

from __future__ import annotations

from functools import partial

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from schoolsocial.accounts import access
from schoolsocial.accounts.models import Membership
from schoolsocial.audit.log import record
from schoolsocial.governance import notify
from schoolsocial.posts.checks import check_post, recheck
from schoolsocial.posts.models import Approval, Decision, Post
from schoolsocial.posts.states import State, target

CONTENT_FIELDS = ("text", "category", "exception", "exception_reason", "scheduled_at")


def _locked(post: Post) -> Post:
    """The post re-read under a row lock, so two requests cannot both move it."""
    return Post.objects.select_for_update().select_related("school", "author").get(pk=post.pk)


def _move(post: Post, transition: str) -> str:
    before = post.state
    post.state = target(transition, before)
    return before


@transaction.atomic
def do_create_post(member: Membership, data: dict) -> Post:
    post = Post(school=member.school, author=member.user, **data)
    recheck(post)
    post.save()
    record(member.school, member.user, "post.created", f"Draft created: {post}", post)
    return post


@transaction.atomic
def do_edit_post(member: Membership, post: Post, data: dict) -> Post:
    """Save an edit. After submission or approval it returns the post to draft."""
    post = _locked(post)
    diff = {
        field: [_plain(getattr(post, field)), _plain(value)]
        for field, value in data.items()
        if getattr(post, field) != value
    }
    before = _move(post, "edit")
    for field, value in data.items():
        setattr(post, field, value)
    recheck(post)
    post.last_error = ""
    post.save(
        update_fields=(*CONTENT_FIELDS, "state", "content_hash", "findings", "checked_at",
                       "last_error", "updated_at")
    )
    summary = f"Draft edited: {post}"
    if before != State.DRAFT:
        summary = f"Edited while {State(before).label.lower()}, so it is a draft again: {post}"
    record(member.school, member.user, "post.edited", summary, post, changes=diff, was=before)
    return post


@transaction.atomic
def do_submit(member: Membership, post: Post) -> Post:
    post = _locked(post)
    _move(post, "submit")
    if post.scheduled_at is None:  # the posting hours are judged against the time chosen
        raise ValidationError("Choose when the post should go out (Publish at), then submit it.")
    report = check_post(post)
    if report.blocks:
        raise ValidationError(
            "This post cannot be submitted until the problems marked 'must fix' are fixed."
        )
    post.submitted_at = post.checked_at = timezone.now()
    post.submitted_preset = member.school.policy_preset
    post.self_approval_allowed = member.school.policy().headteacher_may_self_approve
    post.save(update_fields=("state", "findings", "submitted_at", "checked_at", "updated_at",
                             "submitted_preset", "self_approval_allowed"))
    record(
        member.school, member.user, "post.submitted", f"Submitted for approval: {post}", post,
        findings=post.findings.get("findings", []),
    )
    transaction.on_commit(partial(notify.notify_submitted, post.pk), robust=True)
    return post


@transaction.atomic
def do_withdraw(member: Membership, post: Post) -> Post:
    post = _locked(post)
    _move(post, "withdraw")
    post.last_error = ""
    post.save(update_fields=("state", "last_error", "updated_at"))
    record(member.school, member.user, "post.withdrawn", f"Withdrawn to draft: {post}", post)
    return post


@transaction.atomic
def do_decide(
    member: Membership,
    post: Post,
    decision: str,
    comment: str = "",
    acknowledgements: dict[int, str] | None = None,
    refuse_photos: bool = False,
) -> Approval:
    """Approve, reject or send back a submitted post. Approval needs no blocks, and a written
    reason for every warning."""
    post = _locked(post)
    if not access.may_decide_post(member, post):
        raise PermissionDenied(access.DENIED["decide"])
    transition = {Decision.APPROVE: "approve", Decision.REJECT: "reject",
                  Decision.CHANGES: "request_changes"}[decision]
    _move(post, transition)
    acknowledged = []
    if decision == Decision.APPROVE:
        report = check_post(post)
        if report.blocks:
            raise ValidationError("This post breaks the school's policy and cannot be approved.")
        if post.scheduled_at is None:
            raise ValidationError("This post has no scheduled time. Ask the author to add one.")
        acknowledgements = acknowledgements or {}
        for index, finding in enumerate(report.findings):
            reason = acknowledgements.get(index, "").strip()
            if not reason:
                raise ValidationError(f"Give a reason for accepting the warning: {finding.message}")
            acknowledged.append({"rule": finding.rule, "message": finding.message,
                                 "reason": reason})
    elif not comment.strip():
        raise ValidationError("Say what needs to change, so the author knows what to do.")
    if decision == Decision.REJECT and refuse_photos:
        from schoolsocial.pupils.photo_tasks import remember_refusal

        remember_refusal(post, member.user, comment.strip())
    post.decided_at = post.checked_at = timezone.now()
    post.last_error = ""  # a post sent back at publishing time is decided again
    post.save(update_fields=("state", "findings", "decided_at", "checked_at", "last_error",
                             "updated_at"))
    approval = Approval.objects.create(
        post=post, approver=member.user, decision=decision, comment=comment.strip(),
        content_hash=post.content_hash, acknowledged=acknowledged,
    )
    record(
        member.school, member.user, f"post.{transition}",
        f"{Decision(decision).label}: {post}", post,
        comment=approval.comment, content_hash=post.content_hash, acknowledged=acknowledged,
    )
    transaction.on_commit(partial(notify.notify_decided, approval.pk), robust=True)
    return approval


@transaction.atomic
def do_delete_from_x(member: Membership, post: Post, publisher) -> Post:
    post = _locked(post)
    was_there = publisher.delete(post.tweet_id)
    post.removed_at = timezone.now()
    post.save(update_fields=("removed_at", "updated_at"))
    summary = "Deleted from X" if was_there else "Marked as deleted (it was already gone from X)"
    record(member.school, member.user, "post.deleted", f"{summary}: {post}", post,
           tweet_id=post.tweet_id, tweet_url=post.tweet_url, was_there=was_there)
    return post


def _plain(value):
    return value.isoformat() if hasattr(value, "isoformat") else value
