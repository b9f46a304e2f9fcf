"""Sending an e-mail with a text and an HTML part (templates/email/<name>.txt/.html).

What each app sends lives beside it: posts/notifications.py (waiting for approval, decided,
back to draft), publishing/notifications.py (not published, no X credit) and
governance/notifications.py (a concern, the duty digest, the audit anchor). Call those after the
change commits: transaction.on_commit(partial(notify_x, id), robust=True).

They never raise: each e-mail is kept as a row (mail.Email) and sent at once; if the mail
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
from django.utils import timezone

from schoolsocial.accounts.models import Membership
from schoolsocial.mail import push
from schoolsocial.mail.models import Email
from schoolsocial.worker import enqueue

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
    if name in push.PUSHED and push.configured():
        # the same news on the phones of those who turned it on, from the worker: a slow push
        # service must not hold the page that made the news
        enqueue("schoolsocial.mail.push.push_to", to, email.subject,
                context.get("url", settings.SITE_URL), robust=True)
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
