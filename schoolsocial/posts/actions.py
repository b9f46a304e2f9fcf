"""do_*: every change to a post and its photos, each in one transaction with its audit event."""

from __future__ import annotations

from functools import partial

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from photos.pipeline import MAX_BYTES, display_name
from schoolsocial.accounts import access
from schoolsocial.accounts.models import Membership
from schoolsocial.audit.actions import Event
from schoolsocial.audit.log import record
from schoolsocial.posts import notifications
from schoolsocial.posts.checks import check_post, recheck
from schoolsocial.posts.forms import MAX_PHOTOS
from schoolsocial.posts.gate import may_go_out
from schoolsocial.posts.models import Approval, Decision, Photo, PhotoRefusal, Post
from schoolsocial.posts.permissions import PostPermissions
from schoolsocial.posts.states import State, target
from schoolsocial.worker import enqueue

CONTENT_FIELDS = ("text", "category", "exception", "exception_reason", "scheduled_at",
                  "networks")
# A decision is for the version the approver saw: edited, withdrawn or resubmitted since, it is
# refused and the page shows the post as it is now.
CHANGED = ("This post changed after you opened it. It is shown below as it is now: read it "
           "again before you decide.")

UNCHANGED = ("Change the post as the approver asked (its text, time or photos), then submit it "
             "again: it cannot go back unchanged.")


def _move(post: Post, transition: str) -> str:
    before = post.state
    post.state = target(transition, before)
    return before


@transaction.atomic
def do_create_post(member: Membership, data: dict) -> Post:
    post = Post(school=member.school, author=member.user, **data)
    recheck(post)
    post.save()
    record(member.school, member.user, Event.POST_CREATED, f"Draft created: {post}", post)
    return post


@transaction.atomic
def do_edit_post(member: Membership, post: Post, data: dict) -> Post:
    """Save an edit. After submission or approval it returns the post to draft."""
    post = Post.objects.locked(post.pk)
    diff = {
        field: [_plain(getattr(post, field)), _plain(value)]
        for field, value in data.items()
        if getattr(post, field) != value
    }
    if not diff and post.state == State.CHANGES_REQUESTED:
        return post  # nothing changed: still sent back, so it cannot be submitted unchanged
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
    record(member.school, member.user, Event.POST_EDITED, summary, post, changes=diff, was=before)
    return post


@transaction.atomic
def do_submit(member: Membership, post: Post) -> Post:
    post = Post.objects.locked(post.pk)
    if post.state == State.CHANGES_REQUESTED:
        raise ValidationError(UNCHANGED)
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
        member.school, member.user, Event.POST_SUBMITTED, f"Submitted for approval: {post}", post,
        findings=post.findings.get("findings", []), networks=post.network_labels,
    )
    transaction.on_commit(partial(notifications.notify_submitted, post.pk), robust=True)
    return post


@transaction.atomic
def do_withdraw(member: Membership, post: Post) -> Post:
    post = Post.objects.locked(post.pk)
    _move(post, "withdraw")
    post.last_error = ""
    post.save(update_fields=("state", "last_error", "updated_at"))
    record(member.school, member.user, Event.POST_WITHDRAWN, f"Withdrawn to draft: {post}", post)
    return post


@transaction.atomic
def do_decide(
    member: Membership,
    post: Post,
    decision: str,
    comment: str = "",
    acknowledgements: dict[int, str] | None = None,
    refuse_photos: bool = False,
    shown_hash: str | None = None,
) -> Approval:
    """Approve, reject or send back a submitted post. Approval needs no blocks, and a written
    reason for every warning. `shown_hash`: the content hash of the version the approver's page
    showed (the decide form carries it); a post changed since is refused (CHANGED)."""
    post = Post.objects.locked(post.pk)
    if not PostPermissions(member, post).decides:
        raise PermissionDenied(access.DENIED["decide"])
    if shown_hash is not None and (shown_hash != post.content_hash
                                   or post.state != State.SUBMITTED):
        raise ValidationError(CHANGED)
    transition = {Decision.APPROVE: "approve", Decision.REJECT: "reject",
                  Decision.CHANGES: "request_changes"}[decision]
    _move(post, transition)
    acknowledged = []
    if decision == Decision.APPROVE:
        verdict = may_go_out(post, post.scheduled_at, approval_needed=False)
        post.findings, report = verdict.report.to_dict(), verdict.report
        if not verdict.allowed and not verdict.held:  # held: approved, it waits for the head
            raise ValidationError(f"This post cannot be approved. {verdict.reason}")
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
        networks=post.network_labels,
    )
    transaction.on_commit(partial(notifications.notify_decided, approval.pk), robust=True)
    return approval


# Photos ------------------------------------------------------------------------------------


@transaction.atomic
def do_add_photos(member: Membership, post: Post, uploads: list) -> tuple[list[Photo], list[str]]:
    """Keep each upload that can be kept; return the photos and a message for each refused one.
    The post and its other photos are never lost because one file is bad."""
    post = _locked_for_edit(post.pk)
    room = MAX_PHOTOS - post.photos.count()
    added, errors = [], []
    for upload in uploads:
        name = display_name(upload.name or "photo")
        if room <= 0:
            errors.append(f"{name} was not added: a post can carry at most {MAX_PHOTOS} photos.")
            continue
        if upload.size == 0:
            errors.append(f"{name} is empty: choose the photo again.")
            continue
        if upload.size > MAX_BYTES:
            errors.append(f"{name} is {upload.size / 1024 / 1024:.0f} MB; photos can be 20 MB "
                          "at most. Send a smaller copy (most phones have a 'medium' size).")
            continue
        photo = Photo(post=post, uploaded_by=member.user, filename=name)
        photo.original.save(f"{post.pk}-{name}", upload, save=False)
        photo.save()
        added.append(photo)
        room -= 1
    if added:
        _changed(member, post, f"{len(added)} photo{'s' if len(added) > 1 else ''} added",
                 photos=[p.filename for p in added])
        for photo in added:
            enqueue("schoolsocial.posts.tasks.process_stored_photo", photo.pk)
    return added, errors


@transaction.atomic
def do_tag_photo(member: Membership, photo: Photo, *, alt_text: str, pupils, none: bool,
                 adults_only: bool = False) -> None:
    post = _locked_for_edit(photo.post_id)
    photo.alt_text, photo.no_identifiable_pupils = alt_text, none
    photo.adults_only = adults_only
    photo.save(update_fields=("alt_text", "no_identifiable_pupils", "adults_only"))
    photo.pupils.set(pupils)
    _changed(member, post, f"Photo {photo.filename} tagged", photo=photo.filename,
             pupils=[str(p) for p in pupils], no_identifiable_pupils=none,
             adults_only=adults_only, alt_text=alt_text)


@transaction.atomic
def do_remove_photo(member: Membership, photo: Photo) -> None:
    post = _locked_for_edit(photo.post_id)
    name = photo.filename
    photo.original.delete(save=False)
    photo.image.delete(save=False)
    photo.delete()
    _changed(member, post, f"Photo {name} removed", photo=name)


def _locked_for_edit(post_id: int) -> Post:
    """The post, locked; TransitionError (409) if it can no longer be edited, raised before any
    file is stored or deleted (a rolled-back transaction does not bring files back)."""
    post = Post.objects.locked(post_id)
    target("edit", post.state)
    return post


def _changed(member: Membership, post: Post, summary: str, **details) -> None:
    """A photo change is an edit: after submission or approval the post is a draft again."""
    before = post.state
    post.state = target("edit", before)
    recheck(post)
    post.save(update_fields=("state", "content_hash", "findings", "checked_at", "updated_at"))
    if before != State.DRAFT:
        summary += f", so the {State(before).label.lower()} post is a draft again"
    record(post.school, member.user, Event.POST_PHOTOS_CHANGED, f"{summary}: {post}", post,
           was=before, **details)


def remember_refusal(post: Post, actor, reason: str) -> None:
    """A post refused for consent reasons: a later upload that looks like its photos is flagged."""
    PhotoRefusal.objects.bulk_create(
        PhotoRefusal(school=post.school, post=post, phash=photo.phash,
                     phash_mirror=photo.phash_mirror, reason=reason, decided_by=actor)
        for photo in post.photos.exclude(phash="")
    )


def _plain(value):
    return value.isoformat() if hasattr(value, "isoformat") else value
