"""What posts/ tells people by e-mail (sent through mail/delivery.py):

    notify_submitted(post_id)      a post waits for approval      -> the school's approvers
    notify_decided(approval_id)    approved, rejected, sent back  -> the post's author
    notify_returned(post_id, why)  consent changed: back to draft -> the author and approvers
    notify_series_draft(post_id, why)  a recurring post's occurrence the rules left a draft
                                   -> its author
"""

from __future__ import annotations

from django.urls import reverse

from schoolsocial.accounts.access import ABILITIES
from schoolsocial.mail.delivery import absolute, emails_of, send
from schoolsocial.posts.models import Approval, Post


def post_context(post: Post) -> dict:
    """What every e-mail about a post shows: the post, its school, and a link to it."""
    return {"post": post, "school": post.school,
            "url": absolute(reverse("post_detail", args=[post.pk]))}


def notify_submitted(post_id: int) -> bool:
    post = Post.objects.select_related("school", "author").filter(pk=post_id).first()
    if post is None:
        return False
    to = emails_of(post.school_id, ABILITIES["decide_posts"], exclude_user_id=post.author_id)
    return send("submitted", f"Waiting for your approval: {post}", to, post_context(post))


def notify_decided(approval_id: int) -> bool:
    approval = (Approval.objects.select_related("post__school", "post__author", "approver")
                .filter(pk=approval_id).first())
    if approval is None or not approval.post.author.email:
        return False
    post = approval.post
    subject = f"{approval.get_decision_display()}: {post}"
    return send("decided", subject, [post.author.email],
                {**post_context(post), "approval": approval})


def notify_returned(post_id: int, why: str) -> bool:
    """A submitted or scheduled post went back to draft because a pupil's consent changed."""
    post = Post.objects.select_related("school", "author").filter(pk=post_id).first()
    if post is None:
        return False
    to = list(dict.fromkeys(
        ([post.author.email] if post.author.email else [])
        + emails_of(post.school_id, ABILITIES["decide_posts"])))
    return send("returned", f"A post went back to draft: {why}", to,
                {**post_context(post), "why": why})


def notify_series_draft(post_id: int, why: str) -> bool:
    """A series made this occurrence's post, but the rules refuse it at its time (a bank holiday,
    outside the posting hours): it stays a draft until its author moves it or marks it."""
    post = Post.objects.select_related("school", "author").filter(pk=post_id).first()
    if post is None or not post.author.email:
        return False
    return send("series_draft", f"A recurring post needs you: {post}", [post.author.email],
                {**post_context(post), "why": why})
