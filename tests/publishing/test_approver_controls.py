"""The approvers' controls in the browser: try again, check X now, publish now, pause and
resume. Alan approves, Tom writes, Helen is the headteacher; the outbox publisher."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
import time_machine
from django.core import mail
from django.urls import reverse
from publishing_helpers import approved_post

from schoolsocial.audit.models import AuditEvent
from schoolsocial.posts.models import Approval, Post
from schoolsocial.posts.states import State
from schoolsocial.publishing.backends import (
    MemoryPublisher,
    OutboxPublisher,
    Payload,
    TransportError,
)
from schoolsocial.publishing.models import Delivery, OutboxTweet
from schoolsocial.publishing.tasks import claim_due, publish_due, reconcile, send, tick
from tests.seasons import ten_am

pytestmark = pytest.mark.django_db


@pytest.fixture
def at_ten():
    with time_machine.travel(ten_am() + timedelta(minutes=5), tick=True) as traveller:
        yield traveller


@pytest.fixture
def as_alan(client, alan):
    client.force_login(alan.user)
    return client


def failed_post(tom, alan, error="X had a problem of its own (503).") -> Post:
    post = approved_post(tom, alan)
    Post.objects.filter(pk=post.pk).update(state=State.FAILED, last_error=error)
    return Post.objects.get(pk=post.pk)


def audited(action: str) -> AuditEvent:
    return AuditEvent.objects.get(action=action)


def test_try_again_sends_a_failed_post_on_the_next_tick(as_alan, tom, alan, at_ten):
    post = failed_post(tom, alan)
    answer = as_alan.post(reverse("post_retry", args=[post.pk]), follow=True)
    assert "Sent again" in answer.content.decode()
    post.refresh_from_db()
    assert post.state == State.SCHEDULED and post.last_error == ""
    assert audited("post.retry").details["previous_error"] == "X had a problem of its own (503)."
    assert publish_due() == 1
    post.refresh_from_db()
    assert post.state == State.PUBLISHED
    assert OutboxTweet.objects.get().text == post.text


def test_try_again_outside_posting_hours_is_refused_and_changes_nothing(as_alan, tom, alan):
    post = failed_post(tom, alan)
    with time_machine.travel(ten_am().replace(hour=21), tick=True):
        answer = as_alan.post(reverse("post_retry", args=[post.pk]), follow=True)
    assert "It cannot be sent now" in answer.content.decode()
    post.refresh_from_db()
    assert post.state == State.FAILED
    assert not AuditEvent.objects.filter(action="post.retry").exists()


def test_only_a_failed_post_can_be_tried_again(as_alan, tom, alan, at_ten):
    post = approved_post(tom, alan)
    assert as_alan.post(reverse("post_retry", args=[post.pk])).status_code == 409


def test_check_x_now_finds_an_unknown_post_that_was_published(as_alan, tom, alan, school, at_ten):
    post = approved_post(tom, alan)
    claim_due()
    OutboxPublisher(school).publish(Payload(post.text))  # X got it; the answer was lost
    Post.objects.filter(pk=post.pk).update(state=State.UNKNOWN, last_error="Connection lost.")
    Delivery.objects.filter(post_id=post.pk).update(reconcile_at=None, token="")
    assert as_alan.post(reverse("post_reconcile", args=[post.pk])).status_code == 302
    assert audited("post.reconcile_requested")
    enqueued = []
    tick(lambda func, *args: enqueued.append((func, args)))
    assert enqueued == [("schoolsocial.publishing.tasks.reconcile", (post.pk,))]
    assert reconcile(post.pk) == "published"
    assert OutboxTweet.objects.count() == 1


def test_publish_now_reapproves_for_this_moment_and_goes_out(as_alan, tom, alan, at_ten):
    later = ten_am() + timedelta(hours=5)
    post = approved_post(tom, alan, at=later)
    answer = as_alan.post(reverse("post_publish_now", args=[post.pk]), follow=True)
    assert "Approved for now" in answer.content.decode()
    post.refresh_from_db()
    assert post.scheduled_at <= ten_am() + timedelta(minutes=6)
    newest = post.approvals.order_by("-id").first()
    assert newest.approver == alan.user and newest.content_hash == post.compute_hash()
    assert "instead of 15:00" in newest.comment
    assert datetime.fromisoformat(audited("post.publish_now").details["was"]) == later
    assert publish_due() == 1
    post.refresh_from_db()
    assert post.state == State.PUBLISHED


def test_publish_now_outside_posting_hours_is_refused(as_alan, tom, alan):
    tomorrow = ten_am() + timedelta(days=1)
    post = approved_post(tom, alan, at=tomorrow)
    with time_machine.travel(ten_am().replace(hour=20), tick=True):
        answer = as_alan.post(reverse("post_publish_now", args=[post.pk]), follow=True)
    assert "It cannot go out now" in answer.content.decode()
    post.refresh_from_db()
    assert post.scheduled_at == tomorrow and post.state == State.SCHEDULED
    assert Approval.objects.filter(post=post).count() == 1


def test_an_approver_cannot_publish_their_own_post_now(client, alan, helen, at_ten):
    post = approved_post(alan, helen, at=ten_am() + timedelta(hours=3))
    client.force_login(alan.user)
    assert client.post(reverse("post_publish_now", args=[post.pk])).status_code == 403
    post.refresh_from_db()
    assert post.scheduled_at == ten_am() + timedelta(hours=3)
    page = client.get(reverse("post_detail", args=[post.pk])).content.decode()
    assert "Publish now" not in page


def test_pausing_stops_claims_shows_a_banner_everywhere_and_resuming_sends(
        as_alan, client, tom, alan, school, at_ten):
    post = approved_post(tom, alan)
    paused = as_alan.post(reverse("queue_pause"), {"reason": "Account may be compromised"},
                          follow=True).content.decode()
    # the banner says what pausing means; the message only confirms it, once
    assert paused.count("Publishing is paused.") == 1
    assert '<li class="success">Paused. Your reason is kept: Account may be compromised</li>' in (
        paused)
    school.refresh_from_db()
    assert school.queue_paused
    assert audited("queue.paused").details["reason"] == "Account may be compromised"
    assert claim_due() == [] and publish_due() == 0
    for name in ("dashboard", "calendar", "outbox", "post_list"):
        assert "Publishing is paused." in as_alan.get(reverse(name)).content.decode()
    client.force_login(tom.user)
    assert "an approver resumes it" in client.get(reverse("dashboard")).content.decode()
    client.force_login(alan.user)
    client.post(reverse("queue_resume"))
    assert audited("queue.resumed")
    assert publish_due() == 1
    post.refresh_from_db()
    assert post.state == State.PUBLISHED
    assert "Publishing is paused." not in client.get(reverse("dashboard")).content.decode()


def test_a_post_claimed_before_the_pause_is_not_sent(as_alan, tom, alan, at_ten):
    post = approved_post(tom, alan)
    [(post_id, token)] = claim_due()
    as_alan.post(reverse("queue_pause"))
    assert send(post_id, token) == "paused"
    assert not OutboxTweet.objects.exists()
    post.refresh_from_db()
    assert post.state == State.PUBLISHING


def test_a_failure_is_told_in_plain_words_with_the_buttons(
        as_alan, client, tom, alan, helen, school, at_ten, django_capture_on_commit_callbacks):
    post = approved_post(tom, alan)
    MemoryPublisher.fail_next(TransportError(
        "X did not accept the school's account keys.", permanent=True))
    with django_capture_on_commit_callbacks(execute=True):
        publish_due(publisher=MemoryPublisher(school))
    post.refresh_from_db()
    assert post.state == State.FAILED
    [message] = mail.outbox
    assert sorted(message.to) == ["alan@example.org", "helen@example.org"]
    assert "X did not accept the school's account keys." in message.body
    page = as_alan.get(reverse("dashboard")).content.decode()
    assert "Posts that did not go out" in page and "Not published." in page
    assert "account keys." in page and reverse("post_retry", args=[post.pk]) in page
    client.force_login(tom.user)
    page = client.get(reverse("dashboard")).content.decode()
    assert reverse("post_retry", args=[post.pk]) not in page


def test_the_publishing_page_lists_problems_and_the_queue(as_alan, tom, alan, at_ten):
    post = failed_post(tom, alan, "X refused the post: it is too long.")
    page = as_alan.get(reverse("publishing")).content.decode()
    assert "X refused the post: it is too long." in page
    assert reverse("post_retry", args=[post.pk]) in page
    assert "Pause all publishing" in page
