"""What the django-q2 schedule runs for mail: the retry of e-mails the mail server refused
(every minute; the schedule is made by governance 0003 and pointed here by mail 0001)."""

from __future__ import annotations


def retry_emails() -> str:
    from schoolsocial.mail.delivery import retry_due

    return f"{retry_due()} e-mails sent on a retry"
