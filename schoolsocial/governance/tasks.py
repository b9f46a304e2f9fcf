"""What the django-q2 schedule runs (migration 0002: daily at 07:00)."""

from __future__ import annotations

from io import StringIO

from django.core.management import call_command


def send_duty_digest() -> str:
    out = StringIO()
    call_command("send_duty_digest", stdout=out)
    return out.getvalue()
