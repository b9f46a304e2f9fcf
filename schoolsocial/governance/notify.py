"""E-mail notifications, each with a text and an HTML part (templates/email/<name>.txt/.html).

    notify_submitted(post_id)      a post waits for approval      -> the school's approvers
    notify_decided(approval_id)    approved, rejected, sent back  -> the post's author
    notify_failed(post, message)   publishing failed              -> the school's approvers
    notify_returned(post_id, why)  consent changed: back to draft -> the author and approvers
    notify_concern(concern_id)     a concern about a post         -> the headteacher(s)
    notify_concern_resolved(id)    the concern's outcome          -> whoever raised it
    send_digest(school, statuses)  duties due or overdue          -> who may mark them done
    send_audit_anchor(school, ...) the audit chain's latest hash  -> the governors (weekly)

Call them after the change commits: transaction.on_commit(partial(notify_x, id), robust=True).
They never raise: each e-mail is kept as a row (governance.Email) and sent at once; if the mail
server refuses it, the worker tries again (retry_due(), every minute, with growing waits) and after
MAX_ATTEMPTS the headteacher's home page shows it. Subjects are one line: a line break in a post,
concern or name is folded into a space (Django refuses a header with one).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import models
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from schoolsocial.accounts.access import ABILITIES
from schoolsocial.accounts.models import Membership, Role
from schoolsocial.governance.models import Email

logger = logging.getLogger(__name__)
SUBJECT_LENGTH = 200
# The wait before each retry; after the last one the e-mail is shown as failed.
RETRY_AFTER = (timedelta(minutes=1), timedelta(minutes=5), timedelta(minutes=15),
               timedelta(hours=1))
MAX_ATTEMPTS = len(RETRY_AFTER) + 1
LEASE = timedelta(minutes=2)  # a worker sending an e-mail holds it this long


def one_line(subject: str) -> str:
    """A subject Django will put in a header: whitespace runs (line breaks too) become one
    space, and a long one is cut at a word."""
    text = " ".join(subject.split())
    if len(text) > SUBJECT_LENGTH:
        text = text[:SUBJECT_LENGTH - 1].rsplit(" ", 1)[0] + "…"
    return text


def absolute(path: str) -> str:
    return settings.SITE_URL + path


def emails_of(school_id: int, roles: Iterable[str], exclude_user_id: int | None = None
              ) -> list[str]:
    members = Membership.objects.filter(school_id=school_id, role__in=list(roles)) \
        .exclude(user__email="").order_by("user__email")
    if exclude_user_id is not None:
        members = members.exclude(user_id=exclude_user_id)
    return list(dict.fromkeys(members.values_list("user__email", flat=True)))


def send(name: str, subject: str, to: list[str], context: dict, *, about: str = "") -> bool:
    """Render templates/email/<name>.txt and .html, keep them, and send them; False when
    nothing went now (nobody to send to, or the mail server refused: then the worker retries)."""
    if not to:
        return False
    school = context["school"]
    email = Email.objects.create(
        school=school, kind=name, about=about, subject=one_line(subject), to=to,
        text=render_to_string(f"email/{name}.txt", context),
        html=render_to_string(f"email/{name}.html", context), next_attempt_at=timezone.now())
    return deliver(email)


def deliver(email: Email) -> bool:
    """One attempt; the outcome is saved on the row."""
    now = timezone.now()
    email.attempts += 1
    try:
        message = EmailMultiAlternatives(email.subject, email.text, settings.DEFAULT_FROM_EMAIL,
                                         email.to)
        if email.html:
            message.attach_alternative(email.html, "text/html")
        message.send()
    except Exception as error:  # the change is committed; a mail failure must not undo it
        logger.exception("Could not send the %s e-mail to %s", email.kind, ", ".join(email.to))
        email.last_error = f"{type(error).__name__}: {error}"[:1000]
        if email.attempts >= MAX_ATTEMPTS:
            email.status, email.next_attempt_at = Email.Status.FAILED, None
        else:
            email.status = Email.Status.PENDING
            email.next_attempt_at = now + RETRY_AFTER[email.attempts - 1]
        email.save(update_fields=("attempts", "last_error", "status", "next_attempt_at"))
        return False
    email.status, email.sent_at, email.next_attempt_at = Email.Status.SENT, now, None
    email.save(update_fields=("attempts", "status", "sent_at", "next_attempt_at"))
    return True


def retry_due() -> int:
    """The worker's retry of e-mails whose wait is over; each claimed by a conditional update so
    that two workers never send one twice. Returns how many went."""
    now, sent = timezone.now(), 0
    due = Email.objects.filter(status=Email.Status.PENDING, next_attempt_at__lte=now)
    for email in due.order_by("next_attempt_at")[:100]:
        claimed = Email.objects.filter(pk=email.pk, status=Email.Status.PENDING,
                                       next_attempt_at=email.next_attempt_at)
        if claimed.update(next_attempt_at=now + LEASE) != 1:
            continue  # another worker has it
        sent += deliver(email)
    return sent


def do_retry_now(email: Email) -> bool:
    """The headteacher's "Try again" on a failed e-mail: one more attempt, now."""
    if Email.objects.filter(pk=email.pk, status=Email.Status.FAILED).update(
            status=Email.Status.PENDING, attempts=0, next_attempt_at=timezone.now() + LEASE) != 1:
        return False
    email.refresh_from_db()
    return deliver(email)


def troubled_emails(school) -> list[Email]:
    """For the headteacher's home page: e-mails that failed, or have failed and wait to retry."""
    return list(Email.objects.filter(school=school).filter(
        models.Q(status=Email.Status.FAILED)
        | models.Q(status=Email.Status.PENDING, attempts__gte=1)).order_by("-created_at")[:20])


def _post_context(post) -> dict:
    return {"post": post, "school": post.school,
            "url": absolute(reverse("post_detail", args=[post.pk]))}


def notify_submitted(post_id: int) -> bool:
    from schoolsocial.posts.models import Post

    post = Post.objects.select_related("school", "author").filter(pk=post_id).first()
    if post is None:
        return False
    to = emails_of(post.school_id, ABILITIES["decide_posts"], exclude_user_id=post.author_id)
    return send("submitted", f"Waiting for your approval: {post}", to, _post_context(post))


def notify_decided(approval_id: int) -> bool:
    from schoolsocial.posts.models import Approval

    approval = (Approval.objects.select_related("post__school", "post__author", "approver")
                .filter(pk=approval_id).first())
    if approval is None or not approval.post.author.email:
        return False
    post = approval.post
    subject = f"{approval.get_decision_display()}: {post}"
    return send("decided", subject, [post.author.email],
                {**_post_context(post), "approval": approval})


def notify_failed(post, message: str = "", *, author_too: bool = False) -> bool:
    """For the publishing worker, after the failure is committed: the approvers, and the
    author too for a post sent back to the approvers."""
    to = emails_of(post.school_id, ABILITIES["decide_posts"])
    if author_too and post.author.email and post.author.email not in to:
        to = [post.author.email, *to]
    return send("failed", f"Not published: {post}", to,
                {**_post_context(post), "message": message or post.last_error})


def notify_returned(post_id: int, why: str) -> bool:
    """A submitted or scheduled post went back to draft because a pupil's consent changed."""
    from schoolsocial.posts.models import Post

    post = Post.objects.select_related("school", "author").filter(pk=post_id).first()
    if post is None:
        return False
    to = list(dict.fromkeys(
        ([post.author.email] if post.author.email else [])
        + emails_of(post.school_id, ABILITIES["decide_posts"])))
    return send("returned", f"A post went back to draft: {why}", to,
                {**_post_context(post), "why": why})


def notify_concern(concern_id: int) -> bool:
    from schoolsocial.governance.models import Concern

    concern = (Concern.objects.select_related("post__school", "post__author", "raised_by")
               .filter(pk=concern_id).first())
    if concern is None:
        return False
    to = emails_of(concern.school_id, [Role.HEADTEACHER])
    return send("concern", f"A concern about a post: {concern.post}", to, {
        **_post_context(concern.post), "concern": concern,
        "concerns_url": absolute(reverse("concerns"))}, about=f"concern:{concern.pk}")


def notify_concern_resolved(concern_id: int) -> bool:
    """The raiser of a concern is told what the headteacher did, and what became of the post."""
    from schoolsocial.governance.models import Concern

    concern = (Concern.objects.select_related("post__school", "post__author", "raised_by",
                                              "resolved_by")
               .filter(pk=concern_id).first())
    if concern is None or concern.resolved_at is None or not concern.raised_by.email:
        return False
    return send("concern_resolved", f"Your concern was resolved: {concern.post}",
                [concern.raised_by.email], {**_post_context(concern.post), "concern": concern},
                about=f"concern-resolved:{concern.pk}")


def send_digest(school, statuses: list, to: list[str]) -> bool:
    return send("duty_digest", f"{school.name}: social media duties to do", to, {
        "school": school, "statuses": statuses, "duties_url": absolute(reverse("duties"))})


def send_audit_anchor(school, event, verdict, to: list[str]) -> bool:
    return send("audit_anchor", f"{school.name}: this week's audit log anchor", to, {
        "school": school, "event": event, "verdict": verdict,
        "verify_url": absolute(reverse("audit_log"))})
