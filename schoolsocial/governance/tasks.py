"""What the django-q2 schedule runs: the duty digest (migration 0002, daily at 07:00) and the
retry of e-mails the mail server refused (migration 0003, every minute) and the audit anchor
(migration 0004, weekly)."""

from __future__ import annotations

from io import StringIO

from django.core.management import call_command


def send_duty_digest() -> str:
    out = StringIO()
    call_command("send_duty_digest", stdout=out)
    return out.getvalue()


def retry_emails() -> str:
    from schoolsocial.governance.notify import retry_due

    return f"{retry_due()} e-mails sent on a retry"


def send_audit_anchor() -> str:
    out = StringIO()
    call_command("send_audit_anchor", stdout=out)
    return out.getvalue()
