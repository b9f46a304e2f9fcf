"""The recurring-post pages: create (bad rules get a field error), list with the next
occurrences, pause and resume, term dates. Tom writes the newsletter; Helen sets the terms."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.urls import reverse

from schoolsocial.audit.models import AuditEvent
from schoolsocial.posts.models import Post
from schoolsocial.posts.states import State
from schoolsocial.series.models import Series, TermDates
from tests.factories import make_member

pytestmark = pytest.mark.django_db
MONDAY = datetime(2026, 10, 19, 9, 0, tzinfo=ZoneInfo("Europe/London"))


@pytest.fixture(autouse=True)
def monday():
    with time_machine.travel(MONDAY, tick=False):
        yield


def form(**changes) -> dict[str, str]:
    data = {"title": "Weekly newsletter", "text": "Newsletter for {date}: on the website.",
            "category": "newsletter", "rule": "FREQ=WEEKLY;BYDAY=FR", "starts_on": "2026-10-19",
            "time": "15:30"}
    return data | changes


def test_creating_a_series_makes_the_next_fortnights_posts(client, tom):
    client.force_login(tom.user)
    answer = client.post(reverse("series_create"), form(), follow=True)
    page = answer.content.decode()
    assert "2 post(s) made for the next 14 days" in page
    assert "Friday 23 October 2026, 15:30" in page
    series = Series.objects.get()
    assert series.author == tom.user and series.school == tom.school
    assert Post.objects.filter(state=State.SUBMITTED, author=tom.user).count() == 2
    assert AuditEvent.objects.filter(action="series.created").exists()


@pytest.mark.parametrize(("rule", "message"), [
    ("FREQ=WEEKLY;BYDAY=FRIDAY", "not a rule the calendar standard"),
    ("EVERY FRIDAY", "The rule needs FREQ=DAILY, WEEKLY"),
    ("FREQ=MINUTELY", "at most one post a day"),
    ("FREQ=DAILY;BYMINUTE=5", "Leave BYMINUTE out"),
])
def test_an_invalid_rule_is_a_field_error_and_the_text_is_kept(client, tom, rule, message):
    client.force_login(tom.user)
    answer = client.post(reverse("series_create"), form(rule=rule))
    assert answer.status_code == 400
    assert message in answer.context["form"].errors["rule"][0]
    assert "Newsletter for {date}: on the website." in answer.content.decode()
    assert not Series.objects.exists()


def test_a_first_date_in_the_past_is_refused(client, tom):
    client.force_login(tom.user)
    answer = client.post(reverse("series_create"), form(starts_on="2026-10-01"))
    assert answer.status_code == 400 and "starts_on" in answer.context["form"].errors


def test_a_text_too_long_with_the_date_is_refused(client, tom):
    client.force_login(tom.user)
    answer = client.post(reverse("series_create"), form(text="x" * 270 + " {date}"))
    assert "too long for X" in answer.context["form"].errors["text"][0]


def test_pausing_stops_new_posts_and_resuming_starts_them(client, tom, alan):
    client.force_login(tom.user)
    client.post(reverse("series_create"), form(starts_on="2026-11-01"))
    series = Series.objects.get()
    client.force_login(alan.user)
    client.post(reverse("series_pause", args=[series.pk]), {"paused": "1"})
    series.refresh_from_db()
    assert series.paused
    page = client.get(reverse("series_list")).content.decode()
    assert "Paused" in page and "Resume" in page
    with time_machine.travel(datetime(2026, 10, 26, 9, 0, tzinfo=MONDAY.tzinfo), tick=False):
        client.force_login(alan.user)  # a week later: a new sign-in
        client.post(reverse("series_pause", args=[series.pk]), {"paused": "0"})
    events = AuditEvent.objects.filter(action__startswith="series.").order_by("id")
    assert [e.action for e in events] == [
        "series.created", "series.paused", "series.resumed"]
    assert Post.objects.filter(state=State.SUBMITTED).count() == 1  # Friday 6 November


def test_another_author_cannot_pause_toms_series(client, tom, school):
    cara = make_member(school, "cara", "Cara", "author")
    series = Series.objects.create(school=school, author=tom.user, title="News", text="News",
                                   rule="FREQ=WEEKLY", time=datetime.now().time(),
                                   starts_on=date(2026, 11, 2))
    client.force_login(cara.user)
    assert client.post(reverse("series_pause", args=[series.pk])).status_code == 403


def test_term_dates_are_added_and_removed_by_the_headteacher(client, helen):
    client.force_login(helen.user)
    answer = client.post(reverse("term_dates"), {"name": "Autumn 2", "starts_on": "2026-11-02",
                                                 "ends_on": "2026-12-18"}, follow=True)
    assert "Autumn 2 (02 Nov 2026 to 18 Dec 2026)" in answer.content.decode()
    term = TermDates.objects.get()
    client.post(reverse("term_remove", args=[term.pk]))
    assert not TermDates.objects.exists()
    assert [e.action for e in AuditEvent.objects.filter(action__startswith="terms.")] == [
        "terms.added", "terms.removed"]


def test_a_term_that_ends_before_it_starts_is_refused(client, helen):
    client.force_login(helen.user)
    answer = client.post(reverse("term_dates"), {"name": "Oops", "starts_on": "2026-11-02",
                                                 "ends_on": "2026-10-02"})
    assert answer.status_code == 400
    assert "on or after the first day" in answer.context["form"].errors["ends_on"][0]


def test_the_series_page_says_when_the_clocks_skip_an_occurrences_time(client, tom, school):
    # Daily at 01:30: on Sunday 29 March 2026 the clocks go from 01:00 straight to 02:00.
    Series.objects.create(school=school, author=tom.user, title="Night news", text="News",
                          rule="FREQ=DAILY", time=time(1, 30), starts_on=date(2026, 3, 28))
    client.force_login(tom.user)
    with time_machine.travel(datetime(2026, 3, 27, 12, 0, tzinfo=MONDAY.tzinfo), tick=False):
        client.force_login(tom.user)
        page = client.get(reverse("series_list")).content.decode()
    assert "At 02:30, not 01:30: the clocks go forward that night, so 01:30 does not exist" in page
    # only that night's, in the next occurrences and again among those outside posting hours
    said = [line for line in page.splitlines() if "the clocks go forward" in line]
    assert len(said) == 2 and all("Sunday 29 March 2026" in line for line in said)
