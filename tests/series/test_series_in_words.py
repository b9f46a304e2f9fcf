"""Recurring posts chosen in words (issue 14, item 6): every Friday, every other Monday, the first
Wednesday of the month, with an end date; the RRULE stays as an advanced field. October (BST)
and December (GMT)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.urls import reverse

from schoolsocial.series.forms import rule_from_words, rule_in_words
from schoolsocial.series.models import Series

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")


@pytest.mark.parametrize(("repeat", "weekday", "nth", "rule"), [
    ("weekly", "FR", "1", "FREQ=WEEKLY;BYDAY=FR"),
    ("fortnightly", "MO", "1", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO"),
    ("monthly", "WE", "1", "FREQ=MONTHLY;BYDAY=1WE"),
    ("monthly", "FR", "-1", "FREQ=MONTHLY;BYDAY=-1FR"),
])
def test_the_words_make_the_rule(repeat, weekday, nth, rule):
    assert rule_from_words(repeat, weekday, nth, None) == rule


@pytest.mark.parametrize(("rule", "words"), [
    ("FREQ=WEEKLY;BYDAY=FR", "Every Friday"),
    ("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", "Every other Monday"),
    ("FREQ=MONTHLY;BYDAY=1WE", "The first Wednesday of the month"),
    ("FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20270329T235959",
     "The last Friday of the month, until 29 March 2027"),
    ("FREQ=WEEKLY;BYDAY=MO,WE", ""),  # advanced rules are shown as written
    ("FREQ=MONTHLY;BYDAY=FR", ""),
    ("FREQ=DAILY", ""),
])
def test_the_series_page_reads_the_rule_back_in_words(rule, words):
    assert rule_in_words(rule) == words


@pytest.mark.parametrize("now", [datetime(2026, 10, 19, 9, tzinfo=LONDON),
                                 datetime(2026, 12, 7, 9, tzinfo=LONDON)], ids=["bst", "winter"])
def test_a_series_chosen_in_words_with_an_end_date(client, tom, now):
    with time_machine.travel(now, tick=False):
        client.force_login(tom.user)
        answer = client.post(reverse("series_create"), {
            "title": "Governors' update", "text": "Update for {date}: on the website.",
            "category": "newsletter", "repeat": "fortnightly", "weekday": "MO", "nth": "1",
            "starts_on": f"{now:%Y-%m-%d}", "ends_on": "2027-03-29", "time": "15:30",
            "rule": ""})
        assert answer.status_code == 302
        series = Series.objects.get()
        assert series.rule == "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;UNTIL=20270329T235959"
        page = client.get(reverse("series_list")).content.decode()
        assert "Every other Monday, until 29 March 2027 at 15:30" in page
        assert "<code>FREQ=" not in page


def test_neither_words_nor_rule_is_a_field_error(client, tom):
    with time_machine.travel(datetime(2026, 10, 19, 9, tzinfo=LONDON), tick=False):
        client.force_login(tom.user)
        answer = client.post(reverse("series_create"), {
            "title": "T", "text": "Text {date}", "category": "newsletter", "repeat": "",
            "starts_on": "2026-10-19", "time": "15:30", "rule": ""})
        assert answer.status_code == 400
        assert "Enter a rule, for example FREQ=WEEKLY;BYDAY=FR" in answer.content.decode()
