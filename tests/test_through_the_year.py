"""A post's whole life in every season: composed on the compose page, approved on the queue page,
published when it falls due. Also across each clock change (approved in one offset, sent in the
other) and for a post a recurring series made. The memory publisher stands in for X."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
import time_machine
from django.urls import reverse

from policies.timeutil import bank_holidays
from schoolsocial.posts.models import Post
from schoolsocial.posts.states import State
from schoolsocial.publishing.backends import MemoryPublisher
from schoolsocial.publishing.tasks import publish_due
from schoolsocial.series.models import Series
from schoolsocial.series.tasks import generate
from tests import seasons
from tests.factories import local_input, next_school_day

TEXT = "Year 4 enjoyed their science lesson on magnets today."


@pytest.fixture(autouse=True)
def _memory(settings):
    settings.PUBLISHER = "memory"
    MemoryPublisher.reset()
    yield
    MemoryPublisher.reset()


def compose_and_approve(client, tom, alan, when: datetime) -> Post:
    client.force_login(tom.user)
    client.post(reverse("compose"), {
        "text": TEXT, "category": "learning", "exception": "", "exception_reason": "",
        "scheduled_at": local_input(when), "submit": "1"})
    post = Post.objects.get()
    assert post.state == State.SUBMITTED
    client.force_login(alan.user)
    assert client.post(reverse("post_approve", args=[post.pk])).status_code == 302
    post.refresh_from_db()
    assert post.state == State.SCHEDULED
    return post


def test_a_composed_post_goes_out_at_its_time(client, tom, alan, season):
    when = next_school_day(hour=10)
    post = compose_and_approve(client, tom, alan, when)
    with time_machine.travel(when - timedelta(seconds=1), tick=False):
        assert publish_due() == 0  # never early
    with time_machine.travel(when + timedelta(seconds=1), tick=False):
        assert publish_due() == 1
    post.refresh_from_db()
    assert post.state == State.PUBLISHED, post.last_error
    assert [tweet.payload.text for tweet in MemoryPublisher.tweets] == [TEXT]


@pytest.mark.parametrize(("approved_at", "due"), [
    # Friday before the clocks go forward (GMT) for the Monday after (BST).
    (datetime(2026, 3, 27, 14, 0, tzinfo=seasons.LONDON),
     datetime(2026, 3, 30, 10, 0, tzinfo=seasons.LONDON)),
    # Friday before the clocks go back (BST) for the Monday after (GMT).
    (datetime(2026, 10, 23, 14, 0, tzinfo=seasons.LONDON),
     datetime(2026, 10, 26, 10, 0, tzinfo=seasons.LONDON)),
    # Approved in winter for a summer's day, and in summer for a winter's day.
    (datetime(2026, 2, 4, 14, 0, tzinfo=seasons.LONDON),
     datetime(2026, 6, 3, 10, 0, tzinfo=seasons.LONDON)),
    (datetime(2026, 7, 1, 14, 0, tzinfo=seasons.LONDON),
     datetime(2026, 11, 4, 10, 0, tzinfo=seasons.LONDON)),
], ids=["spring-forward", "fall-back", "winter-to-summer", "summer-to-winter"])
def test_a_post_approved_before_a_clock_change_goes_out_after_it(
        client, tom, alan, approved_at, due):
    with time_machine.travel(approved_at, tick=True):
        post = compose_and_approve(client, tom, alan, due)
    assert post.scheduled_at == due
    with time_machine.travel(due + timedelta(seconds=1), tick=False):
        assert publish_due() == 1
    post.refresh_from_db()
    assert post.state == State.PUBLISHED, post.last_error


def test_the_dispatcher_works_through_the_clock_change_night(client, tom, alan):
    """Posts due each hour of the night the clocks go forward, exception given: each leaves
    once, at its own instant."""
    friday = datetime(2026, 3, 27, 14, 0, tzinfo=seasons.LONDON)
    start = datetime(2026, 3, 29, 0, 0, tzinfo=seasons.UTC)  # 00:00 GMT
    dues = [start + timedelta(hours=n) for n in (0, 1, 2)]  # 00:00 GMT, 02:00 BST, 03:00 BST
    with time_machine.travel(friday, tick=True):
        client.force_login(tom.user)
        for n, due in enumerate(dues):
            client.post(reverse("compose"), {
                "text": f"{TEXT} Part {n + 1}.", "category": "event", "exception": "event",
                "exception_reason": "Our overnight science camp-out.",
                "scheduled_at": local_input(due), "submit": "1"})
        client.force_login(alan.user)
        for post in Post.objects.all():
            client.post(reverse("post_approve", args=[post.pk]))
    assert Post.objects.filter(state=State.SCHEDULED).count() == 3
    for due in dues:
        with time_machine.travel(due + timedelta(seconds=1), tick=False):
            assert publish_due() == 1
    assert [tweet.payload.text[-7:] for tweet in MemoryPublisher.tweets] == [
        "Part 1.", "Part 2.", "Part 3."]


def test_a_series_post_goes_out_at_its_time(client, tom, alan, school, season):
    series = Series.objects.create(
        school=school, author=tom.user, title="Weekly newsletter", rule="FREQ=WEEKLY;BYDAY=FR",
        time=time(15, 30), starts_on=date(2026, 1, 2), category="newsletter",
        text="This week's newsletter ({date}) is on the website.")
    made = generate(series)
    # A Friday that is a bank holiday (Good Friday, 3 April) is left as a draft (below).
    first = next(o for o in made if o.occurs_at.date() not in bank_holidays(o.occurs_at.year))
    post = Post.objects.get(pk=first.post_id)
    assert post.state == State.SUBMITTED
    client.force_login(alan.user)
    client.post(reverse("post_approve", args=[post.pk]))
    post.refresh_from_db()
    assert post.state == State.SCHEDULED
    assert post.scheduled_at.astimezone(school.tz).time() == time(15, 30)
    with time_machine.travel(post.scheduled_at + timedelta(seconds=1), tick=False):
        assert publish_due() == 1
    post.refresh_from_db()
    assert post.state == State.PUBLISHED, post.last_error


def test_a_series_post_on_a_bank_holiday_is_left_a_draft_saying_so(tom, school):
    series = Series.objects.create(
        school=school, author=tom.user, title="Weekly newsletter", rule="FREQ=WEEKLY;BYDAY=FR",
        time=time(15, 30), starts_on=date(2026, 1, 2), category="newsletter",
        text="This week's newsletter ({date}) is on the website.")
    with time_machine.travel(datetime(2026, 3, 30, 9, 0, tzinfo=seasons.LONDON), tick=False):
        [good_friday, _] = generate(series)
    assert good_friday.occurs_at == datetime(2026, 4, 3, 15, 30, tzinfo=seasons.LONDON)
    assert Post.objects.get(pk=good_friday.post_id).state == State.DRAFT
    assert "Friday 3 April 2026 is a bank holiday" in good_friday.problem
