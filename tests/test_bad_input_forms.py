"""Bad input, counted: forms (issue 12). Each bad value is a form error naming what to fix
(status 400, or the sign-in page's form error), the text the person typed is shown again, and
nothing is saved half-way: a draft keeps its text."""

from __future__ import annotations

import pytest
from django.urls import reverse

from schoolsocial.governance.models import Concern
from schoolsocial.posts.models import Post
from schoolsocial.posts.states import State
from schoolsocial.pupils.models import ConsentRecord, Pupil
from schoolsocial.series.models import Series, TermDates
from tests.factories import make_post

RANGE = "Choose a date between 1 January 2000 and 31 December 2099"
TEXT = "Our harvest festival was a great success."


def test_a_username_longer_than_any_account_is_a_form_error(client, helen):
    response = client.post(reverse("login"), {"username": "x" * 300, "password": "whatever"})
    assert response.status_code == 200
    assert "A username has at most 150 characters; this one has 300." in (
        response.content.decode())


@pytest.mark.parametrize("when", ["9999-12-31T10:00", "0001-01-01T10:00", "1999-06-01T10:00",
                                  "2100-01-04T10:00"])
def test_an_impossible_publish_time_on_compose_keeps_the_text(client, tom, when):
    client.force_login(tom.user)
    response = client.post(reverse("compose"), {"text": TEXT, "category": "events",
                                                "scheduled_at": when})
    assert response.status_code == 400
    body = response.content.decode()
    assert RANGE in body and TEXT in body
    assert not Post.objects.exists()


@pytest.mark.parametrize("when", ["9999-12-31T23:59", "0001-01-01T00:00"])
def test_an_impossible_publish_time_on_edit_leaves_the_draft_as_it_was(client, tom, when):
    post = make_post(tom, text=TEXT)
    client.force_login(tom.user)
    response = client.post(reverse("post_edit", args=[post.pk]), {
        "text": "A new text that must not half-save", "category": "events", "scheduled_at": when})
    assert response.status_code == 400
    assert RANGE in response.content.decode()
    post.refresh_from_db()
    assert (post.text, post.state) == (TEXT, State.DRAFT)


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01"])
def test_an_impossible_consent_expiry_is_refused(client, school, helen, day):
    pupil = Pupil.objects.create(school=school, first_name="Amy", last_name="Jones")
    client.force_login(helen.user)
    response = client.post(reverse("pupil_detail", args=[pupil.pk]), {
        "status": "granted", "scope": "any", "valid_until": day, "evidence": "form"})
    assert response.status_code == 400
    assert RANGE in response.content.decode()
    assert not ConsentRecord.objects.exists()


@pytest.mark.parametrize("first, last", [("0001-09-01", "0001-12-20"),
                                         ("2026-09-01", "9999-12-20")])
def test_impossible_term_dates_are_refused(client, helen, first, last):
    client.force_login(helen.user)
    response = client.post(reverse("term_dates"), {"name": "Autumn", "starts_on": first,
                                                   "ends_on": last})
    assert response.status_code == 400
    assert RANGE in response.content.decode()
    assert not TermDates.objects.exists()


@pytest.mark.parametrize("rule", ["FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31",
                                  "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30",
                                  "FREQ=MONTHLY;BYMONTH=4;BYMONTHDAY=31",
                                  "FREQ=WEEKLY;BYDAY=MO;BYMONTHDAY=1;BYMONTH=1;BYYEARDAY=5"])
def test_a_repeat_rule_that_never_happens_is_refused(client, tom, rule):
    client.force_login(tom.user)
    response = client.post(reverse("series_create"), {
        "title": "Newsletter", "text": "This week's newsletter", "category": "events",
        "rule": rule, "starts_on": "2027-01-04", "time": "15:30"})
    assert response.status_code == 400
    assert "This rule does not happen in the 5 years from the first date" in (
        response.content.decode())
    assert not Series.objects.exists()


def test_a_series_starting_in_the_year_9999_is_refused(client, tom):
    client.force_login(tom.user)
    response = client.post(reverse("series_create"), {
        "title": "Newsletter", "text": "This week's newsletter", "category": "events",
        "rule": "FREQ=WEEKLY;BYDAY=FR", "starts_on": "9999-01-01", "time": "15:30"})
    assert response.status_code == 400
    assert RANGE in response.content.decode()


def test_a_concern_too_long_is_refused_and_the_post_kept(client, tom, ian):
    post = make_post(tom, State.SUBMITTED, text=TEXT)
    client.force_login(ian.user)
    response = client.post(reverse("concern_raise", args=[post.pk]), {"text": "x" * 2001},
                           follow=True)
    assert "in 2,000 characters or fewer" in response.content.decode()
    assert not Concern.objects.exists()
    post.refresh_from_db()
    assert (post.text, post.state) == (TEXT, State.SUBMITTED)


def test_a_staff_username_too_long_is_refused(client, helen):
    client.force_login(helen.user)
    response = client.post(reverse("staff"), {"username": "u" * 200, "first_name": "Una",
                                              "last_name": "Long", "email": "una@example.org",
                                              "role": "author"})
    assert response.status_code == 400
    assert "Ensure this value has at most 150 characters (it has 200)." in (
        response.content.decode())
