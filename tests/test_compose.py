from datetime import UTC, datetime, timedelta

import pytest
from django.urls import reverse

from schoolsocial.audit.models import AuditEvent
from schoolsocial.posts.models import Post
from schoolsocial.posts.states import State
from tests import seasons
from tests.factories import local_input, next_school_day

# Composed, approved and checked in every season of tests/seasons.py.
pytestmark = pytest.mark.usefixtures("season")


def _form(**overrides):
    data = {"text": "Year 4 enjoyed their science lesson on magnets today.",
            "category": "learning", "exception": "", "exception_reason": "",
            "scheduled_at": local_input(next_school_day())}
    data.update(overrides)
    return data


def test_it_saves_a_draft_in_the_schools_time(client, tom):
    client.force_login(tom.user)
    when = next_school_day(hour=10)
    response = client.post(reverse("compose"), _form(scheduled_at=local_input(when)))
    post = Post.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("post_edit", args=[post.pk])
    assert post.state == State.DRAFT
    assert post.author == tom.user
    assert post.scheduled_at == when
    assert post.content_hash == post.compute_hash()
    assert post.findings["verdict"] in ("pass", "warn", "block")
    assert AuditEvent.objects.filter(action="post.created", object_id=str(post.pk)).exists()


def test_save_and_submit_submits_in_one_step(client, tom):
    client.force_login(tom.user)
    client.post(reverse("compose"), _form(submit="1"))
    assert Post.objects.get().state == State.SUBMITTED


def test_empty_text_is_a_field_error(client, tom):
    client.force_login(tom.user)
    response = client.post(reverse("compose"), _form(text="   "))
    assert response.status_code == 400
    assert "Write the post before saving it." in response.content.decode()
    assert not Post.objects.exists()


def test_over_long_text_is_a_field_error_and_the_text_is_kept(client, tom):
    client.force_login(tom.user)
    text = "Our harvest festival " + "was lovely " * 30
    response = client.post(reverse("compose"), _form(text=text))
    body = response.content.decode()
    assert response.status_code == 400
    assert "characters too long for X" in body
    assert text.strip() in body  # the textarea still holds what the teacher wrote
    assert not Post.objects.exists()


def test_links_count_23_and_emoji_2_towards_the_limit(client, tom):
    client.force_login(tom.user)
    text = "a" * 250 + " https://example.com/" + "x" * 60 + " 😀"  # 250 + 1 + 23 + 1 + 2 = 277
    response = client.post(reverse("compose"), _form(text=text))
    assert response.status_code == 302


def test_a_time_in_the_past_is_a_field_error(client, tom):
    client.force_login(tom.user)
    response = client.post(reverse("compose"), _form(scheduled_at="2020-01-06T10:00"))
    assert response.status_code == 400
    assert "That time has already passed" in response.content.decode()


def test_a_time_the_clocks_skip_is_a_field_error(client, tom):
    client.force_login(tom.user)
    year = datetime.now().year + 1
    # The clocks go forward at 01:00 UTC on the last Sunday of March, in London (01:00 to 02:00
    # does not exist) and in Berlin (02:00 to 03:00).
    day = max(d for d in (datetime(year, 3, 31, 1, tzinfo=UTC) - timedelta(days=n)
                          for n in range(7)) if d.weekday() == 6)
    skipped = (day - timedelta(minutes=1)).astimezone(seasons.zone()) + timedelta(minutes=31)
    response = client.post(reverse("compose"), _form(scheduled_at=f"{skipped:%Y-%m-%dT%H:%M}"))
    assert response.status_code == 400
    assert "does not exist" in response.content.decode()


def test_an_exception_needs_a_reason(client, tom):
    client.force_login(tom.user)
    text = "Our football team play the final on Saturday."
    response = client.post(reverse("compose"), _form(text=text, exception="event"))
    body = response.content.decode()
    assert response.status_code == 400
    assert "Say why this post must go out outside posting hours." in body
    assert text in body


def test_live_check_counts_as_x_does_and_reports_findings(client, tom):
    client.force_login(tom.user)
    response = client.post(reverse("live_check"), {"text": "x" * 290})
    body = response.content.decode()
    assert response.status_code == 200
    assert "290 / 280" in body
    assert "too long for X" in body
    assert not Post.objects.exists()  # the live check never saves


def test_live_check_shows_the_preview_escaped(client, tom):
    client.force_login(tom.user)
    response = client.post(reverse("live_check"), {"text": "<script>alert(1)</script>"})
    body = response.content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert "<script>alert(1)" not in body


def test_a_draft_with_no_time_has_no_posting_hours_finding_but_a_hint(client, tom):
    """Checked at a time outside the posting hours (a Saturday night): with no time chosen
    nothing is judged against the hours, and the page says what they are; once a time outside
    them is chosen, the finding is there."""
    import time_machine

    saturday_night = datetime(2026, 6, 6, 22, 30, tzinfo=seasons.zone())
    with time_machine.travel(saturday_night, tick=False):
        client.force_login(tom.user)
        body = client.post(reverse("live_check"), _form(scheduled_at="")).content.decode()
        assert "posting hours" not in body
        assert "No time chosen yet: posts go out Monday to Friday, 08:00 to 18:00" in body
        timed = client.post(reverse("live_check"), _form(
            scheduled_at=local_input(saturday_night + timedelta(days=7)))).content.decode()
    assert "outside the posting hours" in timed
    assert "No time chosen yet" not in timed


def test_a_post_with_no_time_cannot_be_submitted_and_is_kept_as_a_draft(client, tom):
    client.force_login(tom.user)
    response = client.post(reverse("compose"), _form(scheduled_at="", submit="1"), follow=True)
    post = Post.objects.get()
    assert post.state == State.DRAFT
    assert "Choose when the post should go out (Publish at), then submit it." in (
        response.content.decode())
