"""What the django-q2 schedule runs for governance: the duty digest (migration 0002, daily at
07:00) and the audit anchor (migration 0004, weekly). The e-mail retry is mail.tasks."""

from __future__ import annotations

from io import StringIO

from django.core.management import call_command


def send_duty_digest() -> str:
    out = StringIO()
    call_command("send_duty_digest", stdout=out)
    return out.getvalue()


def send_audit_anchor() -> str:
    out = StringIO()
    call_command("send_audit_anchor", stdout=out)
    return out.getvalue()
