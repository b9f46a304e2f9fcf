"""Issue 12, item 4: no e-mail silently lost. Subjects are one line; a send the mail server
refuses is kept and retried by the worker, and one that keeps failing is shown to the headteacher
on their home page. The mail server is the network boundary: "down" is a real SMTP connection to
a port where nothing listens."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core import mail
from django.db import transaction
from django.urls import reverse

from schoolsocial.mail import delivery
from schoolsocial.mail.models import Email
from schoolsocial.posts.states import State
from tests.factories import make_post

LONDON = ZoneInfo("Europe/London")
WINTER = datetime(2026, 12, 2, 9, 0, tzinfo=LONDON)
SUMMER = datetime(2027, 6, 9, 9, 0, tzinfo=LONDON)
# The e-mail goes when the change commits, as in production (no test transaction around it).
pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def mail_down(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2


def mail_up(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


def _raise(client, post, text="Is this photo all right?"):
    return client.post(reverse("concern_raise", args=[post.pk]), {"text": text}, follow=True)


def test_line_breaks_in_a_post_or_concern_make_a_one_line_subject(client, school, helen, tom):
    post = make_post(tom, State.SUBMITTED, text="Sports day\r\nis on Friday\nBring hats")
    client.force_login(tom.user)
    body = _raise(client, post, text="Line one\nline two").content.decode()
    assert "The headteacher has been told by e-mail" in body
    [message] = mail.outbox
    assert message.subject == "A concern about a post: Sports day is on Friday Bring hats"
    assert "Line one\nline two" in message.body  # the body keeps its lines


def test_a_long_subject_is_cut_at_a_word():
    subject = delivery.one_line("A concern about a post: " + "word " * 80)
    assert len(subject) <= delivery.SUBJECT_LENGTH and subject.endswith("word…")


@pytest.mark.parametrize("now", [WINTER, SUMMER], ids=["winter", "bst"])
def test_a_refused_send_is_retried_by_the_worker(client, school, helen, tom, mail_down,
                                                 settings, now):
    post = make_post(tom, State.SUBMITTED)
    with time_machine.travel(now, tick=False):
        client.force_login(tom.user)
        body = _raise(client, post).content.decode()
        assert "The headteacher has been told" not in body
        assert "The e-mail to them has not gone yet: it will be tried again" in body
    email = Email.objects.get(kind="concern")
    assert (email.status, email.attempts) == ("pending", 1)
    assert email.next_attempt_at == now + timedelta(minutes=1)
    assert "ConnectionRefusedError" in email.last_error
    with time_machine.travel(now + timedelta(seconds=30), tick=False):
        assert delivery.retry_due() == 0  # not due yet: nothing tried
    email.refresh_from_db()
    assert email.attempts == 1
    mail_up(settings)
    with time_machine.travel(now + timedelta(minutes=1), tick=False):
        assert delivery.retry_due() == 1
        assert delivery.retry_due() == 0  # sent once, never twice
    email.refresh_from_db()
    assert (email.status, email.attempts, email.sent_at) == ("sent", 2, now + timedelta(minutes=1))
    [message] = mail.outbox
    assert message.to == ["helen@example.org"] and "Is this photo all right?" in message.body


@pytest.mark.parametrize("now", [WINTER, SUMMER], ids=["winter", "bst"])
def test_an_email_that_keeps_failing_is_shown_to_the_headteacher_who_can_retry(
    client, school, helen, tom, mail_down, settings, now
):
    post = make_post(tom, State.SUBMITTED)
    with time_machine.travel(now, tick=False):
        client.force_login(tom.user)
        _raise(client, post)
    at = now
    for wait in delivery.RETRY_AFTER:
        at += wait
        with time_machine.travel(at, tick=False):
            assert delivery.retry_due() == 0
    email = Email.objects.get(kind="concern")
    assert (email.status, email.attempts, email.next_attempt_at) == (
        "failed", delivery.MAX_ATTEMPTS, None)
    body = client.get(reverse("dashboard")).content.decode()
    assert "E-mails that have not gone" not in body  # Tom is not the headteacher
    client.force_login(helen.user)
    body = client.get(reverse("dashboard")).content.decode()
    assert "E-mails that have not gone" in body
    assert "A concern about a post: Year 4 enjoyed their science lesson on" in body
    assert f"({delivery.MAX_ATTEMPTS} attempts)" in body
    response = client.post(reverse("email_retry", args=[email.pk]), follow=True)
    assert "Still not sent (ConnectionRefusedError" in response.content.decode()
    email.refresh_from_db()
    assert (email.status, email.attempts) == ("pending", 1)  # back on the worker's round
    email.status = "failed"
    email.save(update_fields=("status",))
    mail_up(settings)
    response = client.post(reverse("email_retry", args=[email.pk]), follow=True)
    assert "Sent: A concern about a post" in response.content.decode()
    assert len(mail.outbox) == 1
    assert "E-mails that have not gone" not in client.get(reverse("dashboard")).content.decode()


def test_a_pupil_name_with_a_line_break_does_not_lose_the_returned_email(school, helen, tom):
    from schoolsocial.posts.consent import recheck_posts_showing
    from schoolsocial.posts.models import Photo
    from schoolsocial.pupils.models import Pupil

    pupil = Pupil.objects.create(school=school, first_name="Josh\n", last_name="Smi\rth")
    post = make_post(tom, State.SUBMITTED)
    photo = Photo.objects.create(post=post, uploaded_by=tom.user, filename="a.jpg",
                                 status="ready")
    photo.pupils.add(pupil)
    with transaction.atomic():  # as its callers do; the e-mail goes on commit
        recheck_posts_showing([pupil.pk], helen.user, f"the consent of {pupil} was withdrawn")
    [message] = mail.outbox
    assert message.subject == "A post went back to draft: the consent of Josh Smi th was withdrawn"
