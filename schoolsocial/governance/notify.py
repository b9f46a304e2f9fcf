"""E-mail notifications, each with a text and an HTML part (templates/email/<name>.txt/.html).

    notify_submitted(post_id)      a post waits for approval      -> the school's approvers
    notify_decided(approval_id)    approved, rejected, sent back  -> the post's author
    notify_failed(post, message)   publishing failed              -> the school's approvers
    notify_returned(post_id, why)  consent changed: back to draft -> the author and approvers
    notify_concern(concern_id)     a concern about a post         -> the headteacher(s)
    send_digest(school, statuses)  duties due or overdue          -> who may mark them done

Call them after the change commits: transaction.on_commit(partial(notify_x, id), robust=True).
They never raise: a mail server that is down is logged, and the change stands.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse

from schoolsocial.accounts.access import ABILITIES
from schoolsocial.accounts.models import Membership, Role

logger = logging.getLogger(__name__)


def absolute(path: str) -> str:
    return settings.SITE_URL + path


def emails_of(school_id: int, roles: Iterable[str], exclude_user_id: int | None = None
              ) -> list[str]:
    members = Membership.objects.filter(school_id=school_id, role__in=list(roles)) \
        .exclude(user__email="").order_by("user__email")
    if exclude_user_id is not None:
        members = members.exclude(user_id=exclude_user_id)
    return list(dict.fromkeys(members.values_list("user__email", flat=True)))


def send(name: str, subject: str, to: list[str], context: dict) -> bool:
    """Render templates/email/<name>.txt and .html and send them; False when nothing went."""
    if not to:
        return False
    try:
        message = EmailMultiAlternatives(subject, render_to_string(f"email/{name}.txt", context),
                                         settings.DEFAULT_FROM_EMAIL, to)
        message.attach_alternative(render_to_string(f"email/{name}.html", context), "text/html")
        message.send()
    except Exception:  # the change is committed; a mail failure must not look like its failure
        logger.exception("Could not send the %s e-mail to %s", name, ", ".join(to))
        return False
    return True


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
        "concerns_url": absolute(reverse("concerns"))})


def send_digest(school, statuses: list, to: list[str]) -> bool:
    return send("duty_digest", f"{school.name}: social media duties to do", to, {
        "school": school, "statuses": statuses, "duties_url": absolute(reverse("duties"))})
