"""One attempt at publishing, and each outcome with its audit event (memory publisher)."""

from __future__ import annotations

from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from publishing_helpers import approved_post

from schoolsocial.audit.models import AuditEvent
from schoolsocial.posts.models import Post
from schoolsocial.posts.states import State
from schoolsocial.publishing.backends import MemoryPublisher, TransportError
from schoolsocial.publishing.models import Delivery
from schoolsocial.publishing.tasks import MAX_ATTEMPTS, claim_due, publish_due, send
from tests.seasons import ten_am

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _memory(settings):
    settings.PUBLISHER = "memory"


def actions(post) -> list[str]:
    return list(AuditEvent.objects.filter(object_id=str(post.pk)).order_by("id")
                .values_list("action", flat=True))


def test_a_due_post_is_published_with_its_tweet_id(tom, alan, at_ten):
    post = approved_post(tom, alan)
    assert publish_due() == 1
    post.refresh_from_db()
    [tweet] = MemoryPublisher.tweets
    assert post.state == State.PUBLISHED and post.tweet_id == tweet.tweet_id
    assert post.tweet_url.endswith(tweet.tweet_id) and post.published_at is not None
    assert tweet.payload.text == post.text
    assert actions(post) == ["post.published"]


def test_a_permanent_error_fails_at_once_and_tells_the_approvers(
        tom, alan, helen, at_ten, django_capture_on_commit_callbacks):
    post = approved_post(tom, alan)
    MemoryPublisher.fail_next(TransportError("X did not accept the keys.", permanent=True))
    with django_capture_on_commit_callbacks(execute=True):
        publish_due()
    post.refresh_from_db()
    assert post.state == State.FAILED and post.last_error == "X did not accept the keys."
    assert actions(post) == ["post.publish_failed"]
    [message] = mail.outbox
    assert sorted(message.to) == ["alan@example.org", "helen@example.org"]
    assert "X did not accept the keys." in message.body


def test_a_server_error_waits_and_tries_again_with_backoff(tom, alan, at_ten):
    post = approved_post(tom, alan)
    MemoryPublisher.fail_next(TransportError("X had a problem (503)."))
    publish_due()
    post.refresh_from_db()
    retry_at = Delivery.objects.get(post=post).retry_at
    assert post.state == State.PUBLISHING and post.last_error == "X had a problem (503)."
    assert timedelta(seconds=7) < retry_at - ten_am() < timedelta(seconds=13)
    assert claim_due(retry_at - timedelta(seconds=1)) == []
    at_ten.move_to(retry_at)
    publish_due()
    post.refresh_from_db()
    assert post.state == State.PUBLISHED
    assert actions(post) == ["post.publish_retry", "post.published"]


def test_a_rate_limit_waits_until_xs_reset(tom, alan, at_ten):
    post = approved_post(tom, alan)
    reset = ten_am() + timedelta(minutes=12)
    MemoryPublisher.fail_next(TransportError("Rate limited.", retry_after=reset))
    publish_due()
    assert Delivery.objects.get(post=post).retry_at == reset
    assert claim_due(reset - timedelta(seconds=1)) == []
    assert len(claim_due(reset)) == 1


def test_retries_give_up_after_the_last_attempt_never_waiting_over_a_minute(tom, alan, at_ten):
    post = approved_post(tom, alan)
    for _ in range(MAX_ATTEMPTS):
        MemoryPublisher.fail_next(TransportError("X had a problem (500)."))
    waits = []
    for _ in range(MAX_ATTEMPTS):
        publish_due()
        retry_at = Delivery.objects.get(post=post).retry_at
        if retry_at is None:
            break
        waits.append(retry_at - timezone.now())
        at_ten.move_to(retry_at)
    post.refresh_from_db()
    assert post.state == State.FAILED
    assert Delivery.objects.get(post=post).attempts == MAX_ATTEMPTS
    assert max(waits) <= timedelta(minutes=1) and waits[0] < timedelta(seconds=13)


def test_a_post_now_outside_the_posting_window_goes_back_to_the_approver(tom, alan):
    post = approved_post(tom, alan, at=ten_am().replace(hour=17, minute=59))
    with time_machine.travel(ten_am().replace(hour=18, minute=30), tick=True):
        publish_due()
    post.refresh_from_db()
    assert post.state == State.SUBMITTED and "posting" in post.last_error.lower()
    assert MemoryPublisher.tweets == []
    assert actions(post) == ["post.returned_to_approver"]


def test_a_post_changed_after_approval_goes_back_to_the_approver(tom, alan, at_ten):
    post = approved_post(tom, alan)
    post.__class__.objects.filter(pk=post.pk).update(text="Changed behind the approver's back")
    publish_due()
    post.refresh_from_db()
    assert post.state == State.SUBMITTED and MemoryPublisher.tweets == []


def test_a_paused_queue_holds_a_claimed_post_until_resumed(tom, alan, school, at_ten):
    post = approved_post(tom, alan)
    [(post_id, token)] = claim_due()
    school.queue_paused = True
    school.save(update_fields=("queue_paused",))
    assert send(post_id, token) == "paused"
    at_ten.shift(timedelta(minutes=5))
    assert publish_due() == 0
    school.queue_paused = False
    school.save(update_fields=("queue_paused",))
    assert publish_due() == 1
    post.refresh_from_db()
    assert post.state == State.PUBLISHED and len(MemoryPublisher.tweets) == 1


def test_a_post_whose_photo_file_is_missing_fails_with_a_clear_message(tom, alan, at_ten):
    post = approved_post(tom, alan)
    post.photos.create(uploaded_by=tom.user, filename="sports-day.jpg", status="ready",
                       image="photos/2026/03/sports-day.jpg", alt_text="Runners",
                       no_identifiable_pupils=True, sha256="0" * 64)
    Approval = post.approvals.model
    Approval.objects.create(post=post, approver=alan.user, decision="approve",
                            content_hash=post.compute_hash())
    publish_due()
    post.refresh_from_db()
    assert post.state == State.FAILED and "sports-day.jpg is missing" in post.last_error
    assert MemoryPublisher.tweets == []
    assert actions(post) == ["post.publish_failed"]


def test_a_post_sent_a_little_late_is_judged_at_its_scheduled_time(tom, alan):
    """Approved for 17:59:59 in a window ending at 18:00, it still goes out at 18:00:01."""
    due = ten_am().replace(hour=17, minute=59, second=59)
    post = approved_post(tom, alan, at=due)
    with time_machine.travel(due + timedelta(seconds=2), tick=False):
        assert publish_due() == 1
    post.refresh_from_db()
    assert post.state == State.PUBLISHED, post.last_error


def test_a_post_sent_back_at_publishing_time_has_fresh_findings_and_its_author_is_told(
        tom, alan, helen, django_capture_on_commit_callbacks):
    post = approved_post(tom, alan, at=ten_am().replace(hour=17, minute=59))
    assert post.findings == {}  # approved with no stored findings
    with time_machine.travel(ten_am().replace(hour=18, minute=30), tick=True):
        with django_capture_on_commit_callbacks(execute=True):
            publish_due()
    post.refresh_from_db()
    assert post.state == State.SUBMITTED
    assert [f["rule"] for f in post.findings["findings"]] == ["posting_hours"]
    [message] = mail.outbox
    assert sorted(message.to) == ["alan@example.org", "helen@example.org", "tom@example.org"]
    assert list(Post.objects.did_not_go_out()) == [post]


def test_a_post_sent_back_leaves_the_did_not_go_out_list_once_decided_again(
        tom, alan, client):
    post = approved_post(tom, alan, at=ten_am().replace(hour=17, minute=59))
    with time_machine.travel(ten_am().replace(hour=18, minute=30), tick=True):
        publish_due()
        client.force_login(alan.user)
        page = client.get(reverse("publishing")).content.decode()
        assert "Not published: back with the approvers." in page
        client.post(reverse("post_reject", args=[post.pk]), {"comment": "Too late now."})
    post.refresh_from_db()
    assert post.state == State.REJECTED and post.last_error == ""
    assert not Post.objects.did_not_go_out().exists()


def test_a_tweet_recorded_for_another_post_is_named(tom, alan, at_ten):
    first = approved_post(tom, alan, text="Sports day is on Friday.")
    publish_due()
    first.refresh_from_db()
    second = approved_post(tom, alan, text="Sports day is on Friday!")
    Delivery.objects.filter(post=first).delete()
    # X answers the second with the first's tweet (as after a lost answer and a reconcile)
    from schoolsocial.publishing.backends import Published
    from schoolsocial.publishing.tasks import _succeeded
    Post.objects.filter(pk=second.pk).update(state=State.PUBLISHING)
    assert _succeeded(second, Published(first.tweet_id, first.tweet_url), "post.published",
                      "Published") == "failed"
    second.refresh_from_db()
    assert "already recorded as the publication of another post" in second.last_error
    assert "Sports day is on Friday." in second.last_error
    assert f"/posts/{first.pk}/" in second.last_error
