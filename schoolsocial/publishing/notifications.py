"""What publishing/ tells people by e-mail (sent through mail/delivery.py):

    notify_failed(post, message)   publishing failed              -> the school's approvers
    notify_no_credit(school_id)    X has no credit left           -> the headteacher(s)
"""

from __future__ import annotations

from django.urls import reverse

from schoolsocial.accounts.access import ABILITIES
from schoolsocial.accounts.models import Role, School
from schoolsocial.mail.delivery import absolute, emails_of, send
from schoolsocial.posts.notifications import post_context


def notify_failed(post, message: str = "", *, author_too: bool = False) -> bool:
    """For the publishing worker, after the failure is committed: the approvers, and the
    author too for a post sent back to the approvers."""
    to = emails_of(post.school_id, ABILITIES["decide_posts"])
    if author_too and post.author.email and post.author.email not in to:
        to = [post.author.email, *to]
    return send("failed", f"Not published: {post}", to,
                {**post_context(post), "message": message or post.last_error})


def notify_no_credit(school_id: int, message: str = "") -> bool:
    """X answered 402 or its usage cap: publishing is paused for the school (publishing.credit)."""
    school = School.objects.filter(pk=school_id).first()
    if school is None:
        return False
    to = emails_of(school_id, [Role.HEADTEACHER])
    return send("no_credit", f"{school.name}: X has no credit left on this account", to, {
        "school": school, "message": message,
        "url": absolute(reverse("publishing"))}, about=f"no_credit:{school_id}")
