import pytest
from django.urls import reverse

from schoolsocial.audit.models import AuditEvent
from schoolsocial.posts.states import State
from tests.factories import local_input, make_post

# Composed, approved and checked in every season of tests/seasons.py.
pytestmark = pytest.mark.usefixtures("season")


def _form(post, **overrides):
    data = {"text": post.text, "category": post.category, "exception": "",
            "exception_reason": "", "scheduled_at": local_input(post.scheduled_at)}
    data.update(overrides)
    return data


def test_an_edit_after_approval_returns_the_post_to_draft(client, tom):
    post = make_post(tom, State.SCHEDULED)
    approved_hash = post.content_hash
    client.force_login(tom.user)
    response = client.post(reverse("post_edit", args=[post.pk]),
                           _form(post, text="Year 4 loved magnets."))
    post.refresh_from_db()
    assert response.status_code == 302
    assert post.state == State.DRAFT
    assert post.content_hash != approved_hash
    event = AuditEvent.objects.get(action="post.edited")
    assert event.details["was"] == State.SCHEDULED
    assert event.details["changes"]["text"][1] == "Year 4 loved magnets."


def test_editing_a_submitted_post_returns_it_to_draft(client, tom):
    post = make_post(tom, State.SUBMITTED)
    client.force_login(tom.user)
    client.post(reverse("post_edit", args=[post.pk]), _form(post, category="trip"))
    post.refresh_from_db()
    assert post.state == State.DRAFT
    assert post.category == "trip"


def test_a_published_post_cannot_be_edited(client, tom):
    post = make_post(tom, State.PUBLISHED)
    client.force_login(tom.user)
    response = client.post(reverse("post_edit", args=[post.pk]), _form(post, text="Changed"))
    post.refresh_from_db()
    assert response.status_code == 409
    assert "can no longer be changed" in response.content.decode()
    assert post.text != "Changed"
    assert not AuditEvent.objects.filter(action="post.edited").exists()


def test_a_rejected_post_cannot_be_edited(client, tom):
    post = make_post(tom, State.REJECTED)
    client.force_login(tom.user)
    assert client.get(reverse("post_edit", args=[post.pk])).status_code == 409


def test_the_edit_page_warns_that_saving_needs_approval_again(client, tom):
    post = make_post(tom, State.SCHEDULED)
    client.force_login(tom.user)
    body = client.get(reverse("post_edit", args=[post.pk])).content.decode()
    assert "Saving a change returns this post to draft" in body
