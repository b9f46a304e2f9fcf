from datetime import date, datetime, timedelta

from django.urls import reverse

from schoolsocial.posts.states import State
from tests.factories import LONDON, make_post


def test_the_week_shows_scheduled_and_published_posts_on_their_local_day(client, tom):
    monday = date(2030, 3, 25)  # the clocks went forward on Sunday 31 March 2030
    late = datetime(2030, 3, 26, 23, 30, tzinfo=LONDON)  # 22:30 UTC, still Tuesday in London
    make_post(tom, State.SCHEDULED, text="Tuesday night concert", scheduled_at=late)
    make_post(tom, State.PUBLISHED, text="Monday assembly",
              scheduled_at=datetime(2030, 3, 25, 9, tzinfo=LONDON))
    make_post(tom, State.DRAFT, text="A draft is not on the calendar",
              scheduled_at=datetime(2030, 3, 25, 11, tzinfo=LONDON))
    make_post(tom, State.SCHEDULED, text="Next week",
              scheduled_at=datetime(2030, 4, 1, 10, tzinfo=LONDON))
    client.force_login(tom.user)
    response = client.get(reverse("calendar"), {"week": "2030-03-27"})  # any day of the week
    days = response.context["days"]
    assert days[0]["date"] == monday
    assert [p.text for p in days[0]["posts"]] == ["Monday assembly"]
    assert [p.text for p in days[1]["posts"]] == ["Tuesday night concert"]
    assert sum(len(d["posts"]) for d in days) == 2
    assert "23:30" in response.content.decode()


def test_a_bad_week_says_so_and_shows_this_week(client, tom):
    client.force_login(tom.user)
    response = client.get(reverse("calendar"), {"week": "not-a-date"})
    assert response.status_code == 400
    assert "&#x27;not-a-date&#x27; is not a date: use the form 2026-12-07." in (
        response.content.decode())
    start = response.context["start"]
    assert start.weekday() == 0 and start + timedelta(days=7) > response.context["today"]
