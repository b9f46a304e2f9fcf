"""Out of X credit (402) or over the spend cap (X's usage-capped problem): publishing pauses for
the school at once, nobody's post is failed, the headteacher is told in plain words, every page
says so, and once credit is added and the headteacher resumes, the posts due go out in order."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from publishing_helpers import approved_post

from schoolsocial.audit.models import AuditEvent
from schoolsocial.posts.states import State
from schoolsocial.publishing.fake_x import Fault
from schoolsocial.publishing.models import AccountHold, Delivery, HoldKind
from schoolsocial.publishing.tasks import publish_due
from tests.seasons import ten_am

pytestmark = pytest.mark.django_db


def texts(fake_x) -> list[str]:
    return [tweet.submitted_text for tweet in reversed(fake_x.timeline())]


def two_posts(tom, alan):
    first = approved_post(tom, alan, text="First: the choir sang at the care home.")
    second = approved_post(tom, alan, at=ten_am() + timedelta(seconds=1),
                           text="Second: Year 6 planted the new orchard.")
    return first, second


def test_a_402_pauses_the_school_and_fails_nothing(fake_x, x_publisher, tom, alan, helen,
                                                  at_ten, django_capture_on_commit_callbacks):
    first, second = two_posts(tom, alan)
    fake_x.queue(Fault.no_credit())
    at_ten.shift(timedelta(seconds=2))
    with django_capture_on_commit_callbacks(execute=True):
        publish_due(publisher=x_publisher)
        publish_due(publisher=x_publisher)
    first.refresh_from_db()
    second.refresh_from_db()
    assert {first.state, second.state} <= {State.PUBLISHING, State.SCHEDULED}
    assert "X has no credit left" in first.last_error
    hold = AccountHold.objects.get(school=first.school)
    assert (hold.kind, hold.until) == (HoldKind.NO_CREDIT, None)
    assert len(fake_x.requests_to("POST", "/2/tweets")) == 1  # the second never hit X
    assert Delivery.objects.get(post=first).attempts == 0  # X took nothing: not an attempt
    [email] = mail.outbox
    assert email.to == [helen.user.email]
    assert "X has no credit left on this account" in email.subject
    assert "nothing is marked as failed" in email.body
    assert AuditEvent.objects.filter(action="x.no_credit").count() == 1


def test_everything_due_goes_out_in_order_after_the_headteacher_resumes(
        fake_x, x_publisher, tom, alan, helen, at_ten, client):
    two_posts(tom, alan)
    fake_x.queue(Fault.no_credit())
    at_ten.shift(timedelta(seconds=2))
    publish_due(publisher=x_publisher)
    later = approved_post(tom, alan, at=ten_am() + timedelta(minutes=5),
                          text="Third: the library is open after school.")
    at_ten.shift(timedelta(minutes=10))
    assert publish_due(publisher=x_publisher) == 0  # held: nothing is sent
    client.force_login(helen.user)
    response = client.post(reverse("resume_after_credit"), follow=True)
    assert "Publishing resumed" in response.content.decode()
    publish_due(publisher=x_publisher)
    assert texts(fake_x) == ["First: the choir sang at the care home.",
                             "Second: Year 6 planted the new orchard.", later.text]
    assert not AccountHold.objects.exists()
    assert AuditEvent.objects.filter(action="x.credit_resumed", actor=helen.user).exists()


def test_the_usage_cap_problem_holds_the_school_as_402_does(fake_x, x_publisher, tom, alan,
                                                            at_ten):
    post = approved_post(tom, alan)
    fake_x.queue(Fault.usage_capped())
    publish_due(publisher=x_publisher)
    post.refresh_from_db()
    assert post.state == State.PUBLISHING
    assert AccountHold.objects.get().kind == HoldKind.NO_CREDIT
    assert Delivery.objects.get(post=post).retry_at is not None  # waits, not a rate-limit wait


def test_the_fake_xs_credit_runs_out_and_comes_back(fake_x, x_publisher, tom, alan, helen,
                                                   at_ten):
    fake_x.set_credit("0.015")  # one plain post's worth
    first, second = two_posts(tom, alan)
    at_ten.shift(timedelta(seconds=2))
    publish_due(publisher=x_publisher)
    first.refresh_from_db()
    assert first.state == State.PUBLISHED and fake_x.credit == 0
    second.refresh_from_db()
    assert second.state != State.FAILED
    assert [r.status for r in fake_x.requests_to("POST", "/2/tweets")] == [201, 402]
    fake_x.set_credit(10)
    from schoolsocial.publishing.actions import do_resume_after_credit

    do_resume_after_credit(helen)
    publish_due(publisher=x_publisher)
    second.refresh_from_db()
    assert second.state == State.PUBLISHED


def test_every_page_shows_the_banner_and_only_the_headteacher_may_resume(
        fake_x, x_publisher, tom, alan, helen, at_ten, client):
    approved_post(tom, alan)
    fake_x.queue(Fault.no_credit())
    publish_due(publisher=x_publisher)
    client.force_login(tom.user)
    page = client.get(reverse("dashboard")).content.decode()
    assert "X has no credit left on this account." in page
    assert "the headteacher adds credit" in page
    client.force_login(alan.user)
    assert client.post(reverse("resume_after_credit")).status_code == 403
    page = client.get(reverse("publishing")).content.decode()
    assert "Paused: X has no credit left on this account." in page
    assert "Credit added: resume publishing" not in page
    client.force_login(helen.user)
    assert "Credit added: resume publishing" in client.get(reverse("publishing")).content.decode()


def test_a_rate_limit_after_no_credit_does_not_lift_the_hold(fake_x, x_publisher, tom, alan,
                                                            at_ten):
    first, second = two_posts(tom, alan)
    fake_x.queue(Fault.no_credit())
    at_ten.shift(timedelta(seconds=2))
    publish_due(publisher=x_publisher)
    from schoolsocial.publishing.backends import TransportError
    from schoolsocial.publishing.tasks import _hold_account

    _hold_account(second, TransportError("Rate limited.", retry_after=ten_am(), status=429))
    assert AccountHold.objects.get().kind == HoldKind.NO_CREDIT


def test_reconnecting_x_does_not_lift_a_hold_for_credit(helen, school):
    from schoolsocial.publishing.actions import do_connect_x
    from schoolsocial.publishing.backends import Credentials

    AccountHold.objects.create(school=school, kind=HoldKind.NO_CREDIT, reason="No credit.")
    do_connect_x(helen, Credentials("k", "s", "t", "ts"), "MeonValley", "keys")
    assert AccountHold.objects.get().kind == HoldKind.NO_CREDIT
