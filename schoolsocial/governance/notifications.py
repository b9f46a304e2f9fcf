"""What governance/ tells people by e-mail (sent through mail/delivery.py):

    notify_concern(concern_id)     a concern about a post         -> the headteacher(s)
    notify_concern_resolved(id)    the concern's outcome          -> whoever raised it
    send_digest(school, statuses)  duties due or overdue          -> who may mark them done
    send_audit_anchor(school, ...) the audit chain's latest hash  -> the governors (weekly)
"""

from __future__ import annotations

from django.urls import reverse

from schoolsocial.accounts.models import Role
from schoolsocial.governance.models import Concern
from schoolsocial.mail.delivery import absolute, emails_of, send
from schoolsocial.posts.notifications import post_context


def notify_concern(concern_id: int) -> bool:
    concern = (Concern.objects.select_related("school", "post__author", "mention", "raised_by")
               .filter(pk=concern_id).first())
    if concern is None:
        return False
    to = emails_of(concern.school_id, [Role.HEADTEACHER])
    context = post_context(concern.post) if concern.post_id else {
        "school": concern.school, "url": absolute(reverse("inbox"))}
    what = "a post" if concern.mention_id is None else \
        f"a mention on {concern.mention.get_network_display()}"
    return send("concern", f"A concern about {what}: {concern.about}", to, {
        **context, "concern": concern,
        "concerns_url": absolute(reverse("concerns"))}, about=f"concern:{concern.pk}")


def notify_concern_resolved(concern_id: int) -> bool:
    """The raiser of a concern is told what the headteacher did, and what became of the post."""
    concern = (Concern.objects.select_related("school", "post__author", "mention", "raised_by",
                                              "resolved_by")
               .filter(pk=concern_id).first())
    if concern is None or concern.resolved_at is None or not concern.raised_by.email:
        return False
    context = post_context(concern.post) if concern.post_id else {
        "school": concern.school, "url": absolute(reverse("inbox"))}
    return send("concern_resolved", f"Your concern was resolved: {concern.about}",
                [concern.raised_by.email], {**context, "concern": concern},
                about=f"concern-resolved:{concern.pk}")


def send_digest(school, statuses: list, to: list[str]) -> bool:
    return send("duty_digest", f"{school.name}: social media duties to do", to, {
        "school": school, "statuses": statuses, "duties_url": absolute(reverse("duties"))})


def send_audit_anchor(school, event, verdict, to: list[str]) -> bool:
    return send("audit_anchor", f"{school.name}: this week's audit log anchor", to, {
        "school": school, "event": event, "verdict": verdict,
        "verify_url": absolute(reverse("audit_log"))})
