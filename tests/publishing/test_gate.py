"""One gate (posts/gate.py): approval, Publish now, the dispatcher and Try again refuse the same
post for the same reason. Here the reason is a photo that looks like one an approver refused,
for who was in it, after this post was approved (issue 13: dispatch and Try again let it go)."""

from __future__ import annotations

from datetime import timedelta

import pytest
import time_machine
from django.urls import reverse
from publishing_helpers import approved_post

from schoolsocial.audit.models import AuditEvent
from schoolsocial.posts.gate import may_go_out
from schoolsocial.posts.models import Approval, Photo, Post
from schoolsocial.posts.states import State
from schoolsocial.publishing.backends import MemoryPublisher
from schoolsocial.publishing.tasks import publish_due
from tests.factories import make_post
from tests.seasons import ten_am

pytestmark = pytest.mark.django_db

PHASH, MIRROR = "8f373714acfcf4d0", "0f1e2d3c4b5a6978"
OBJECTION = "A parent objected to this photo."
REFUSED = "mural.jpg looks like a photo refused on"


@pytest.fixture
def at_ten():
    with time_machine.travel(ten_am() + timedelta(minutes=5), tick=True) as traveller:
        yield traveller


def _photo(post: Post, author) -> Photo:
    return Photo.objects.create(post=post, uploaded_by=author.user, filename="mural.jpg",
                                status=Photo.Status.READY, sha256="a" * 64, phash=PHASH,
                                phash_mirror=MIRROR, alt_text="Year 4 painting a mural",
                                no_identifiable_pupils=True)


@pytest.fixture
def refused_after_approval(client, tom, alan, at_ten) -> Post:
    """A post approved with its photo; then an approver rejects another post because of who is
    in the same photo, flagging it."""
    post = approved_post(tom, alan, at=ten_am())
    _photo(post, tom)
    Approval.objects.create(post=post, approver=alan.user, decision="approve",
                            content_hash=post.compute_hash())
    assert may_go_out(post, ten_am()).allowed
    other = make_post(tom, State.SUBMITTED, text="Art week in Year 4.")
    _photo(other, tom)
    client.force_login(alan.user)
    client.post(reverse("post_reject", args=[other.pk]),
                {"comment": OBJECTION, "refuse_photos": "1"})
    assert Post.objects.get(pk=other.pk).state == State.REJECTED
    return post


def _page_says(response, *words: str) -> None:
    page = response.content.decode()
    for word in words:
        assert word in page, word


def test_approval_refuses_it(client, refused_after_approval):
    post = refused_after_approval
    Post.objects.filter(pk=post.pk).update(state=State.SUBMITTED)
    answer = client.post(reverse("post_approve", args=[post.pk]), follow=True)
    _page_says(answer, "This post cannot be approved.", REFUSED, OBJECTION)
    assert Post.objects.get(pk=post.pk).state == State.SUBMITTED
    assert not AuditEvent.objects.filter(action="post.approve").exists()


def test_publish_now_refuses_it(client, refused_after_approval):
    post = refused_after_approval
    Post.objects.filter(pk=post.pk).update(scheduled_at=ten_am() + timedelta(hours=2))
    Approval.objects.create(post=post, approver=post.approvals.first().approver,
                            decision="approve",
                            content_hash=Post.objects.get(pk=post.pk).compute_hash())
    approvals = Approval.objects.filter(post=post).count()
    answer = client.post(reverse("post_publish_now", args=[post.pk]), follow=True)
    _page_says(answer, "It cannot go out now.", REFUSED, OBJECTION)
    assert Approval.objects.filter(post=post).count() == approvals
    assert not AuditEvent.objects.filter(action="post.publish_now").exists()


def test_dispatch_refuses_it(refused_after_approval):
    post = refused_after_approval
    publish_due()
    post.refresh_from_db()
    assert post.state == State.SUBMITTED and MemoryPublisher.tweets == []
    assert REFUSED in post.last_error and OBJECTION in post.last_error
    assert AuditEvent.objects.filter(action="post.returned_to_approver").exists()


def test_try_again_refuses_it(client, refused_after_approval):
    post = refused_after_approval
    Post.objects.filter(pk=post.pk).update(state=State.FAILED, last_error="X had a problem.")
    answer = client.post(reverse("post_retry", args=[post.pk]), follow=True)
    _page_says(answer, "It cannot be sent now.", REFUSED, OBJECTION)
    assert Post.objects.get(pk=post.pk).state == State.FAILED
    assert not AuditEvent.objects.filter(action="post.retry").exists()


def test_a_photo_still_being_checked_stops_every_path_with_one_reason(tom, alan, at_ten):
    post = approved_post(tom, alan, at=ten_am())
    Photo.objects.create(post=post, uploaded_by=tom.user, filename="late.jpg")  # processing
    Approval.objects.create(post=post, approver=alan.user, decision="approve",
                            content_hash=post.compute_hash())
    reasons = {may_go_out(post, ten_am(), approval_needed=need).reason for need in (True, False)}
    assert reasons == {"A photo on this post is still being checked or was refused."}
    publish_due()
    post.refresh_from_db()
    assert post.last_error in reasons and post.state == State.SUBMITTED
