"""Bad input, counted: URLs (issue 12). Out-of-range dates, nonsense cursors, huge ids and
control characters in a query string are a 400 or 404 with a message, never a 500; every school's
data stays as it was."""

from __future__ import annotations

import pytest

from schoolsocial.posts.models import Post
from tests.factories import make_post

RANGE = "Choose a date between 1 January 2000 and 31 December 2099"
HUGE = "9" * 23
# (url, status, what the page says)
CASES = [
    ("/calendar/?week=0001-01-01", 400, RANGE),
    ("/calendar/?week=0001-01-03", 400, RANGE),
    ("/calendar/?week=9999-12-31", 400, RANGE),
    ("/calendar/?week=1999-12-31", 400, RANGE),
    ("/calendar/?week=2100-01-01", 400, RANGE),
    ("/calendar/?week=2026-13-01", 400, "is not a date: use the form 2026-12-07."),
    ("/calendar/?week=next-week", 400, "is not a date: use the form 2026-12-07."),
    ("/calendar/?week=%00", 400, "is not a date"),
    ("/audit/?start=0001-01-01", 400, RANGE),
    ("/audit/?end=9999-12-31", 400, RANGE),
    ("/audit/?start=2026-12-31&end=2026-01-01", 400, "The &#x27;From&#x27; date is after"),
    ("/audit/?start=31/02/2026", 400, "Enter a valid date."),
    ("/audit/?actor=" + HUGE, 400, "Choose someone from the list"),
    ("/audit/?action=post.hacked", 400, "Choose an action from the list"),
    ("/audit/?q=" + "x" * 101, 400, "Search for at most 100 characters"),
    ("/audit/?q=%21%21%21", 400, "punctuation alone matches nothing"),
    ("/audit/report/?start=0001-01-01&end=0001-02-01", 400, RANGE),
    ("/audit/report/?start=9999-01-01&end=9999-12-31", 400, RANGE),
    ("/audit/report/?start=2026-01-01", 400, "Give both dates of the period"),
    ("/audit/report/?start=2020-01-01&end=2026-01-01", 400, "A report covers at most a year"),
    ("/audit/report/?term=9999-09", 400, "Choose a term from the list"),
    (f"/posts/{HUGE}/", 404, ""),
    (f"/audit/{HUGE}/", 404, ""),
    (f"/pupils/{HUGE}/", 404, ""),
    ("/pupils/import/2147483648/", 404, ""),
]
OK_CASES = [  # ignored, and the page works: a cursor or filter we did not make is no filter
    "/posts/?before=abc", f"/posts/?before={HUGE}", "/posts/?state=%3Cscript%3E",
    "/queue/?after=abc", "/queue/?after=9999-99-99|x", "/audit/?before=abc",
    "/pupils/?q=" + "x" * 5000, "/pupils/?group=%00", "/pupils/?q=%00",
]


@pytest.fixture
def logged_in(client, helen, tom):
    make_post(tom, text="Our harvest festival was a great success.")
    client.force_login(helen.user)
    client.raise_request_exception = False
    return client


@pytest.mark.parametrize("url, status, message", CASES, ids=[c[0] for c in CASES])
def test_a_bad_url_is_a_clear_error(logged_in, url, status, message):
    before = list(Post.objects.values_list("pk", "text", "state"))
    response = logged_in.get(url)
    assert response.status_code == status
    assert message in response.content.decode()
    assert list(Post.objects.values_list("pk", "text", "state")) == before


@pytest.mark.parametrize("url", OK_CASES)
def test_a_bad_cursor_or_filter_is_ignored(logged_in, url):
    assert logged_in.get(url).status_code == 200
