"""A series lists its awkward occurrences (outside term, outside the posting hours, on a bank
holiday) and says what will happen to each; what it says is what then happens. Tom writes the
series; Helen is the headteacher. In winter (GMT), in British Summer Time, across the autumn
clock change, and in every season of tests/seasons.py."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core import mail
from django.urls import reverse

from schoolsocial.posts.models import Post
from schoolsocial.posts.states import State
from schoolsocial.series.models import Series, TermDates
from schoolsocial.series.outlook import outlook
from schoolsocial.series.tasks import generate
from tests import seasons

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")


def series_of(member, rule: str, at: time, starts_on: date, **fields) -> Series:
    values = {"title": "Weekly newsletter", "text": "This week's newsletter ({date}) is online.",
              "category": "newsletter", "rule": rule, "time": at, "starts_on": starts_on}
    return Series.objects.create(school=member.school, author=member.user, **values | fields)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=LONDON)


def stamp(moment: datetime) -> str:
    return f"{moment.astimezone(LONDON):%a %d %b %H:%M %Z}"


@pytest.mark.parametrize(("now", "first", "holiday"), [
    # winter: Christmas Day and New Year's Day 2027 are Fridays (GMT)
    (at(date(2026, 12, 14), 9), date(2026, 12, 18), "Friday 25 December is a bank holiday"),
    # British Summer Time: Good Friday, 3 April 2026 (BST since 29 March), seen in GMT
    (at(date(2026, 3, 23), 9), date(2026, 3, 27), "Friday 3 April is a bank holiday"),
], ids=["winter", "summer"])
def test_a_bank_holiday_occurrence_is_listed_and_left_as_a_draft_for_its_author(
        tom, now, first, holiday):
    series = series_of(tom, "FREQ=WEEKLY;BYDAY=FR", time(15, 30), first)
    with time_machine.travel(now, tick=False):
        coming, awkward = outlook(series)
    assert awkward[0].what == f"Left as a draft (made within the hour): {holiday}."
    assert awkward[0].then == (
        "Left as a draft: the post is made 14 days ahead but not sent for approval; Tom Example "
        "is told by e-mail and can move it to another time or mark it as a school event or "
        "urgent news with a reason, then submit it. A draft is never published.")
    assert stamp(awkward[0].when).endswith("15:30 " + ("GMT" if now.month == 12 else "BST"))
    assert coming[0].what == "Sent for approval (made within the hour)."
    assert not coming[0].awkward


def test_what_the_page_foresaw_is_what_the_worker_does(tom):
    """The bank holiday's post is made as a draft and its author e-mailed; the next Friday's
    is submitted: the same verdicts the outlook gave a fortnight earlier."""
    series = series_of(tom, "FREQ=WEEKLY;BYDAY=FR", time(15, 30), date(2026, 12, 18))
    with time_machine.travel(at(date(2026, 11, 30), 9), tick=False):
        coming, _ = outlook(series)
    foreseen = {o.when: o.what.split(" (")[0] for o in coming}
    with time_machine.travel(at(date(2026, 12, 14), 9), tick=False):
        made = generate(series)
    states = {o.occurs_at: Post.objects.get(pk=o.post_id).state for o in made}
    christmas = at(date(2026, 12, 25), 15, 30)
    assert foreseen[christmas] == "Left as a draft" and states[christmas] == State.DRAFT
    friday = at(date(2026, 12, 18), 15, 30)
    assert foreseen[friday] == "Sent for approval" and states[friday] == State.SUBMITTED


def test_the_author_is_told_by_e_mail_when_the_worker_leaves_a_post_as_a_draft(
        tom, django_capture_on_commit_callbacks):
    series = series_of(tom, "FREQ=WEEKLY;BYDAY=FR", time(15, 30), date(2026, 12, 25))
    with time_machine.travel(at(date(2026, 12, 14), 9), tick=False):
        with django_capture_on_commit_callbacks(execute=True):
            [occurrence] = generate(series)
        coming, awkward = outlook(series)
    [email] = [e for e in mail.outbox if e.to == ["tom@example.org"]]
    assert email.subject.startswith("A recurring post needs you")
    assert "Friday 25 December 2026, 15:30" in email.body
    assert "is a bank holiday" in email.body
    assert occurrence.problem.endswith("Tom Example was told by e-mail.")
    assert awkward[0].post.pk == occurrence.post_id
    assert awkward[0].what.startswith("Left as a draft, not sent for approval: 15:30 on Friday "
                                      "25 December 2026 is a bank holiday")


@pytest.mark.parametrize("now", [at(date(2026, 2, 2), 9), at(date(2026, 6, 15), 9)],
                         ids=["winter", "summer"])
def test_where_the_posting_hours_only_warn_the_occurrence_waits_for_an_approvers_reason(
        tom, school, now):
    school.policy_overrides = {"posting_hours": {"severity": "warn"}}
    school.save(update_fields=("policy_overrides",))
    series = series_of(tom, "FREQ=WEEKLY;BYDAY=TU", time(19, 0), now.date())
    with time_machine.travel(now, tick=False):
        _, awkward = outlook(series)
        made = generate(series)
    assert awkward[0].sentence == (
        "Needs an approver's reason (made within the hour): outside the posting hours "
        "08:00–18:00 (Monday to Friday). Needs an approver's reason: the post is made 14 days "
        "ahead and sent for approval with a warning; it goes out at its time only if an "
        "approver accepts the warning with a written reason.")
    assert stamp(awkward[0].when).startswith("Tue") and "19:00" in stamp(awkward[0].when)
    post = Post.objects.get(pk=made[0].post_id)
    assert post.state == State.SUBMITTED and post.report.warnings


def test_outside_term_is_skipped_and_said_so(tom, school):
    TermDates.objects.create(school=school, name="Autumn 1", starts_on=date(2026, 9, 3),
                             ends_on=date(2026, 10, 23))
    series = series_of(tom, "FREQ=WEEKLY;BYDAY=FR", time(15, 30), date(2026, 9, 4))
    with time_machine.travel(at(date(2026, 10, 19), 9), tick=False):
        coming, awkward = outlook(series, limit=2)
        made = generate(series)
    assert [o.sentence for o in coming][1] == (
        "Skipped: outside term. Skipped: no post is made for a date outside the school's terms.")
    assert [stamp(o.when) for o in awkward[:2]] == ["Fri 30 Oct 15:30 GMT", "Fri 06 Nov 15:30 GMT"]
    assert [stamp(o.occurs_at) for o in made] == ["Fri 23 Oct 15:30 BST"]


def test_a_weekly_sunday_series_across_the_clock_change_keeps_its_time_and_is_flagged(tom):
    """08:30 every Sunday, seen on Friday 16 October 2026: Sunday 25 October is the night the
    clocks go back, so 18 October is 07:30 UTC and 25 October 08:30 UTC, both 08:30 on the
    school's clock, and both outside Droxford's Monday-to-Friday window."""
    series = series_of(tom, "FREQ=WEEKLY;BYDAY=SU", time(8, 30), date(2026, 10, 18))
    with time_machine.travel(at(date(2026, 10, 16), 12), tick=False):
        _, awkward = outlook(series, awkward_limit=3)
    assert [stamp(o.when) for o in awkward] == ["Sun 18 Oct 08:30 BST", "Sun 25 Oct 08:30 GMT",
                                                "Sun 01 Nov 08:30 GMT"]
    assert [o.when.utcoffset() for o in awkward] == [timedelta(hours=1), timedelta(0),
                                                     timedelta(0)]
    assert all("outside the posting hours 08:00–18:00 (Monday to Friday)" in o.what
               for o in awkward)
    assert awkward[1].what.startswith("Left as a draft (made within the hour): ")  # 9 days away
    assert awkward[2].what.startswith("Left as a draft (made 14 days ahead): ")  # 16 days away


def test_a_school_with_no_posting_hours_has_only_term_to_mind(tom, school):
    school.policy_preset = "highfield"  # "Tweets are permitted both within and outside..."
    school.save(update_fields=("policy_preset",))
    series = series_of(tom, "FREQ=WEEKLY;BYDAY=SU", time(8, 30), date(2026, 10, 18))
    with time_machine.travel(at(date(2026, 10, 16), 12), tick=False):
        coming, awkward = outlook(series)
    assert awkward == []
    assert all(o.what.startswith("Sent for approval (made ") for o in coming)


@pytest.mark.usefixtures("season")
def test_a_sunday_occurrence_is_outside_the_posting_days_in_every_season(tom, school):
    day = seasons.CURRENT.day  # a Wednesday or Monday, school day
    sunday = day + timedelta(days=(6 - day.weekday()))
    series = series_of(tom, "FREQ=WEEKLY;BYDAY=SU", time(8, 30), sunday)
    _, [first, *_] = outlook(series)
    local = first.when.astimezone(seasons.zone())
    assert (local.date(), local.time()) == (sunday, time(8, 30))
    assert "outside the posting hours 08:00–18:00 (Monday to Friday)" in first.what


@pytest.mark.parametrize("now", [at(date(2026, 12, 14), 9), at(date(2026, 5, 18), 9),
                                 at(date(2026, 10, 19), 9)],
                         ids=["winter", "summer", "across-the-clock-change"])
def test_the_series_page_lists_the_awkward_occurrences_in_the_schools_time(client, tom, now):
    # Mondays at 07:45: before the 08:00 window every week, and Spring bank holiday (25 May)
    series_of(tom, "FREQ=WEEKLY;BYDAY=MO", time(7, 45), now.date() + timedelta(days=7))
    with time_machine.travel(now, tick=False):
        client.force_login(tom.user)
        page = client.get(reverse("series_list")).content.decode()
    assert "Outside term, posting hours or on a bank holiday in the next 120 days" in page
    assert "All of them, including any already under Next." in page
    week = now.date() + timedelta(days=7)
    assert f"{week:%A} {week.day} {week:%B} {week.year}, 07:45</time>: Left as a draft (made " \
        in page
    assert page.count("Left as a draft: the post is made 14 days ahead") == 1  # said once
    if now.month == 5:
        assert "Monday 25 May is a bank holiday" in page
    else:
        assert "outside the posting hours 08:00–18:00 (Monday to Friday)" in page
    after = now.date() + timedelta(days=14)
    offset = at(after, 7, 45).strftime("%z")
    assert f'datetime="{after:%Y-%m-%d}T07:45:00{offset[:3]}:{offset[3:]}"' in page


def test_a_series_with_nothing_awkward_says_so(client, tom):
    series_of(tom, "FREQ=WEEKLY;BYDAY=WE", time(10, 0), date(2027, 1, 6))
    with time_machine.travel(at(date(2026, 12, 30), 9), tick=False):
        client.force_login(tom.user)
        page = client.get(reverse("series_list")).content.decode()
    assert "None in the next 120 days: every occurrence falls in term" in page


@pytest.mark.parametrize(("now", "starts_on", "said"), [
    (at(date(2026, 12, 14), 9), "2026-12-18", "Friday 25 December is a bank holiday"),
    (at(date(2026, 5, 18), 9), "2026-05-22", "outside the posting hours 08:00–18:00"),
], ids=["winter", "summer"])
def test_check_the_dates_shows_what_would_happen_and_saves_nothing(client, tom, now, starts_on,
                                                                   said):
    data = {"title": "Newsletter", "text": "Newsletter for {date}.", "category": "newsletter",
            "repeat": "weekly", "weekday": "FR", "nth": "1", "starts_on": starts_on,
            "time": "15:30" if now.month == 12 else "18:30", "rule": "", "preview": "1"}
    with time_machine.travel(now, tick=False):
        client.force_login(tom.user)
        answer = client.post(reverse("series_create"), data)
    page = answer.content.decode()
    assert answer.status_code == 200 and not Series.objects.exists()
    assert "The dates, if you save it" in page and said in page
    first = date.fromisoformat(starts_on)
    assert f"{first:%A} {first.day} {first:%B} {first.year}, {data['time']}</time>" in page
    assert "Newsletter for {date}." in page  # the text is kept in the box
