"""E-mails with a text and an HTML part: submitted (to approvers), decided (to the author),
failed (to approvers), concern (to the headteacher: tests/test_concern_raise.py)."""

from django.urls import reverse

from schoolsocial.posts.states import State
from schoolsocial.publishing.notifications import notify_failed
from tests.factories import make_post


def test_submitting_emails_the_approvers_but_not_the_author(
        client, school, tom, alan, helen, greta, mailoutbox, django_capture_on_commit_callbacks):
    post = make_post(tom)
    client.force_login(tom.user)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("post_submit", args=[post.pk]))
    post.refresh_from_db()
    assert post.state == State.SUBMITTED
    [mail] = mailoutbox
    assert sorted(mail.to) == ["alan@example.org", "helen@example.org"]
    assert mail.subject.startswith("Waiting for your approval: Year 4 enjoyed")
    assert "Tom Example submitted a post for approval" in mail.body
    assert f"http://127.0.0.1:8000/posts/{post.pk}/" in mail.body
    html, kind = mail.alternatives[0]
    assert kind == "text/html" and "Open the post to decide" in html


def test_asking_for_changes_emails_the_author_what_to_change(
        client, school, tom, alan, mailoutbox, django_capture_on_commit_callbacks):
    post = make_post(tom, State.SUBMITTED)
    client.force_login(alan.user)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("post_request_changes", args=[post.pk]),
                    {"comment": "Please add the year group."})
    [mail] = mailoutbox
    assert mail.to == ["tom@example.org"]
    assert mail.subject.startswith("Changes requested:")
    assert "What they said: Please add the year group." in mail.body
    assert "<strong>What they said:</strong> Please add the year group." in \
        mail.alternatives[0][0]


def test_a_rejection_emails_the_author(client, school, tom, alan, mailoutbox,
                                       django_capture_on_commit_callbacks):
    post = make_post(tom, State.SUBMITTED)
    client.force_login(alan.user)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("post_reject", args=[post.pk]), {"comment": "Not for X."})
    assert [m.subject.split(":")[0] for m in mailoutbox] == ["Rejected"]


def test_a_failure_emails_the_approvers_with_what_went_wrong(school, tom, alan, helen, mailoutbox):
    post = make_post(tom, State.FAILED, last_error="X did not accept the school's account keys.")
    assert notify_failed(post) is True
    [mail] = mailoutbox
    assert sorted(mail.to) == ["alan@example.org", "helen@example.org"]
    assert "What went wrong: X did not accept the school's account keys." in mail.body
    assert "X did not accept the school&#x27;s account keys." in mail.alternatives[0][0]


def test_the_text_part_is_not_html_escaped(school, tom, alan, mailoutbox):
    post = make_post(tom, State.FAILED, text="Fish & chips <Friday>")
    notify_failed(post, "Tom's photo")
    assert "Fish & chips <Friday>" in mailoutbox[0].body
    assert "Fish &amp; chips &lt;Friday&gt;" in mailoutbox[0].alternatives[0][0]


def test_nobody_to_tell_sends_nothing(school, tom, mailoutbox):
    assert notify_failed(make_post(tom, State.FAILED)) is False
    assert mailoutbox == []


def test_a_mail_server_that_is_down_does_not_undo_the_change(
        client, school, tom, alan, settings, django_capture_on_commit_callbacks):
    settings.EMAIL_BACKEND = "tests.test_notify.BrokenBackend"
    post = make_post(tom)
    client.force_login(tom.user)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("post_submit", args=[post.pk]))
    post.refresh_from_db()
    assert response.status_code == 302 and post.state == State.SUBMITTED


class BrokenBackend:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("mail server down")
