"""A series' occurrences: wall-clock time across the clock changes, term dates, posts made
ahead of time and submitted for approval once each."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine

from schoolsocial.posts.models import Post
from schoolsocial.posts.states import State
from schoolsocial.series.models import Occurrence, RuleError, Series, TermDates, parse_rule
from schoolsocial.series.outlook import outlook
from schoolsocial.series.tasks import generate, generate_all

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")
# Monday 19 October 2026; the clocks go back on Sunday 25 October.
MONDAY = datetime(2026, 10, 19, 9, 0, tzinfo=LONDON)


def newsletter(member, **fields) -> Series:
    values = {"title": "Weekly newsletter", "rule": "FREQ=WEEKLY;BYDAY=FR",
              "time": time(15, 30), "starts_on": date(2026, 9, 4),
              "text": "This week's newsletter ({date}) is on the website.",
              "category": "newsletter"}
    values.update(fields)
    return Series.objects.create(school=member.school, author=member.user, **values)


def test_the_wall_clock_time_is_kept_across_the_clock_change(tom):
    series = newsletter(tom)
    times = series.times_between(MONDAY, MONDAY + timedelta(days=14))
    assert [t.astimezone(LONDON).strftime("%a %d %H:%M") for t in times] == [
        "Fri 23 15:30", "Fri 30 15:30"]
    assert [t.utcoffset() for t in times] == [timedelta(hours=1), timedelta(0)]
    assert [t.astimezone(ZoneInfo("UTC")).hour for t in times] == [14, 15]


def test_the_spring_clock_change_too(tom):
    series = newsletter(tom, rule="FREQ=DAILY", starts_on=date(2027, 3, 27), time=time(8, 0))
    start = datetime(2027, 3, 27, tzinfo=LONDON)
    times = series.times_between(start, start + timedelta(days=2, hours=23))
    assert [t.astimezone(LONDON).strftime("%d %H:%M %Z") for t in times] == [
        "27 08:00 GMT", "28 08:00 BST", "29 08:00 BST"]


def test_occurrences_out_of_term_are_skipped(tom, school):
    TermDates.objects.create(school=school, name="Autumn 1", starts_on=date(2026, 9, 3),
                             ends_on=date(2026, 10, 23))
    TermDates.objects.create(school=school, name="Autumn 2", starts_on=date(2026, 11, 2),
                             ends_on=date(2026, 12, 18))
    series = newsletter(tom)
    with time_machine.travel(MONDAY, tick=False):
        made = generate(series)
        shown, _ = outlook(series, limit=3)
    assert [o.occurs_at.astimezone(LONDON).day for o in made] == [23]  # 30th is half-term
    assert [o.what for o in shown] == ["Post made: awaiting approval.",
                                       "Skipped: outside term.",
                                       "Sent for approval (made 14 days ahead)."]


def test_each_occurrence_becomes_a_submitted_post_once(tom, school):
    series = newsletter(tom)
    with time_machine.travel(MONDAY, tick=False):
        made = generate(series)
        assert generate(series) == [] and generate_all() == 0
    assert len(made) == 2 and Occurrence.objects.count() == 2
    post = Post.objects.get(pk=made[0].post_id)
    assert post.state == State.SUBMITTED and post.author == tom.user
    assert post.category == "newsletter"
    assert post.text == "This week's newsletter (Friday 23 October) is on the website."
    assert post.scheduled_at == datetime(2026, 10, 23, 15, 30, tzinfo=LONDON)


def test_a_post_that_fails_the_rules_stays_a_draft_with_the_reason(tom):
    series = newsletter(tom, time=time(21, 0))  # outside Droxford's posting hours
    with time_machine.travel(MONDAY, tick=False):
        [first, _] = generate(series)
    assert Post.objects.get(pk=first.post_id).state == State.DRAFT
    assert first.problem.startswith("Left as a draft, not sent for approval: 21:00 on Friday")


def test_a_paused_series_makes_nothing(tom):
    series = newsletter(tom, paused=True)
    with time_machine.travel(MONDAY, tick=False):
        assert generate(series) == [] and generate_all() == 0


def test_an_author_who_left_gets_no_posts_and_the_occurrence_says_why(tom):
    series = newsletter(tom)
    tom.delete()
    with time_machine.travel(MONDAY, tick=False):
        made = generate(series)
    assert made and all(o.post is None for o in made)
    assert "can no longer write posts" in made[0].problem


def test_an_occurrence_too_close_to_its_time_is_not_made(tom):
    series = newsletter(tom)
    with time_machine.travel(datetime(2026, 10, 23, 15, 10, tzinfo=LONDON), tick=False):
        made = generate(series)
    assert [o.occurs_at.astimezone(LONDON).day for o in made] == [30]  # not the 23rd


@pytest.mark.parametrize(("rule", "message"), [
    ("", "Enter a rule"),
    ("FREQ=FORTNIGHTLY", "FREQ=DAILY, WEEKLY, MONTHLY or YEARLY"),
    ("FREQ=HOURLY", "at most one post a day"),
    ("FREQ=WEEKLY;BYDAY=XX", "not a rule the calendar standard"),
    ("FREQ=WEEKLY;BYHOUR=9", "Leave BYHOUR out"),
    ("DTSTART:20260101T000000\nRRULE:FREQ=DAILY", "one RRULE line only"),
    ("FREQ=WEEKLY;UNTIL=20200101", "never happens"),
    ("FREQ=WEEKLY;COUNT=abc", "not a rule"),
])
def test_bad_rules_are_explained(rule, message):
    with pytest.raises(RuleError, match=message):
        parse_rule(rule, datetime(2026, 9, 4, 15, 30))


def test_an_rrule_prefix_is_allowed():
    assert parse_rule("RRULE:FREQ=MONTHLY;BYDAY=1WE", datetime(2026, 9, 1, 9, 0))


@pytest.fixture
def _keys(settings) -> None:
    from cryptography.fernet import Fernet

    settings.ENCRYPTION_KEYS = [Fernet.generate_key().decode()]


@pytest.mark.usefixtures("_keys")
def test_a_school_without_x_gets_its_occurrences_on_its_connected_networks(
        tom, school, settings, bluesky_account):
    """No X account (the real X publisher): each post goes to Bluesky, as compose would
    preselect, across the clock change on Sunday 25 October, and passes its check."""
    settings.PUBLISHER = "x"
    series = newsletter(tom)
    with time_machine.travel(MONDAY, tick=False):
        made = generate(series)
        shown, _ = outlook(series, limit=2)
    posts = [Post.objects.get(pk=o.post_id) for o in made]
    assert [p.networks for p in posts] == [["bluesky"], ["bluesky"]]
    assert [p.state for p in posts] == [State.SUBMITTED, State.SUBMITTED]
    assert [p.scheduled_at.astimezone(LONDON).strftime("%d %H:%M %Z") for p in posts] == [
        "23 15:30 BST", "30 15:30 GMT"]
    assert "X is not connected" not in " ".join(o.what for o in shown)
