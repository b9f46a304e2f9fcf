"""An approval is for what the approver saw (issue 13): the decide form carries the content hash
of the version shown, and a post changed since the page was opened is refused, the page then
showing it as it is now. Through the year (the season fixture)."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from schoolsocial.audit.models import AuditEvent
from schoolsocial.posts import actions
from schoolsocial.posts.models import Approval, Post
from schoolsocial.posts.states import State
from tests.factories import make_post

pytestmark = pytest.mark.usefixtures("season")

CHANGED = "This post changed after you opened it"
NEW_TEXT = "Year 4 enjoyed their science lesson on magnets and compasses today."


def _open(client, post: Post) -> str:
    """The approver opens the post: the content hash the decide forms carry."""
    page = client.get(reverse("post_detail", args=[post.pk])).content.decode()
    hashes = set(re.findall(r'name="content_hash" value="([0-9a-f]{64})"', page))
    assert hashes == {post.content_hash}  # the approve form and the changes/reject form
    return hashes.pop()


@pytest.fixture
def opened(client, tom, alan):
    post = make_post(tom, State.SUBMITTED)
    client.force_login(alan.user)
    return post, _open(client, post)


def test_approving_the_version_shown_goes_through(client, opened):
    post, shown = opened
    client.post(reverse("post_approve", args=[post.pk]), {"content_hash": shown})
    post.refresh_from_db()
    assert post.state == State.SCHEDULED
    assert Approval.objects.get(post=post).content_hash == shown


def test_a_post_edited_and_resubmitted_after_the_page_opened_is_not_approved(
        client, tom, opened):
    post, shown = opened
    actions.do_edit_post(tom, post, {"text": NEW_TEXT})
    actions.do_submit(tom, post)
    answer = client.post(reverse("post_approve", args=[post.pk]), {"content_hash": shown},
                         follow=True)
    page = answer.content.decode()
    assert CHANGED in page and NEW_TEXT in page
    post.refresh_from_db()
    assert post.state == State.SUBMITTED and post.content_hash != shown
    assert not Approval.objects.exists()
    assert not AuditEvent.objects.filter(action="post.approve").exists()
    client.post(reverse("post_approve", args=[post.pk]), {"content_hash": _open(client, post)})
    assert Post.objects.get(pk=post.pk).state == State.SCHEDULED


def test_a_post_withdrawn_after_the_page_opened_is_not_decided(client, tom, opened):
    post, shown = opened
    actions.do_withdraw(tom, post)
    answer = client.post(reverse("post_reject", args=[post.pk]),
                         {"content_hash": shown, "comment": "Not for us."}, follow=True)
    assert CHANGED in answer.content.decode()
    post.refresh_from_db()
    assert post.state == State.DRAFT and not Approval.objects.exists()


def test_sending_back_a_version_that_is_no_longer_there_is_refused(client, tom, opened):
    post, shown = opened
    actions.do_edit_post(tom, post, {"text": NEW_TEXT})
    actions.do_submit(tom, post)
    answer = client.post(reverse("post_request_changes", args=[post.pk]),
                         {"content_hash": shown, "comment": "Say which class."}, follow=True)
    assert CHANGED in answer.content.decode()
    assert Post.objects.get(pk=post.pk).state == State.SUBMITTED
