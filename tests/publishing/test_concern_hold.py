"""An open concern holds its post (issue 14, item 5): the one gate (posts/gate.py) says so, the
dispatcher leaves it scheduled until the headteacher resolves the concern, Publish now and Try
again refuse it, and the concern's raiser is told the outcome. Winter and BST (tests/publishing
runs every test in each season)."""

from __future__ import annotations

from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.urls import reverse
from publishing_helpers import approved_post

from schoolsocial.governance.actions import do_raise_concern, do_resolve_concern
from schoolsocial.posts.gate import HELD, may_go_out
from schoolsocial.posts.models import Post
from schoolsocial.posts.states import State
from schoolsocial.publishing.tasks import claim_due, publish_due, send
from tests.seasons import ten_am

pytestmark = pytest.mark.django_db


@pytest.fixture
def at_ten():
    with time_machine.travel(ten_am() + timedelta(minutes=1), tick=True) as traveller:
        yield traveller


def test_a_concern_holds_a_scheduled_post_until_it_is_resolved(tom, alan, greta, helen, at_ten,
                                                              django_capture_on_commit_callbacks):
    post = approved_post(tom, alan, at=ten_am())
    concern = do_raise_concern(greta, post, "Is that a pupil's face in the corner?")
    verdict = may_go_out(post, ten_am())
    assert verdict.held and not verdict.allowed and verdict.reason == HELD

    assert publish_due() == 0
    post.refresh_from_db()
    assert post.state == State.SCHEDULED and post.tweet_id is None

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert do_resolve_concern(helen, concern, "Checked: nobody can be identified.")
    told = [m for m in mail.outbox if m.to == [greta.user.email]]
    assert len(told) == 1 and "Checked: nobody can be identified." in told[0].body
    assert publish_due() == 1
    post.refresh_from_db()
    assert post.state == State.PUBLISHED and post.tweet_id


def test_a_concern_raised_after_the_claim_puts_it_back_to_scheduled(tom, alan, greta, at_ten):
    post = approved_post(tom, alan, at=ten_am())
    [(post_id, token)] = claim_due()
    do_raise_concern(greta, post, "Please check the wording.")
    assert send(post_id, token) == "held"
    post.refresh_from_db()
    assert post.state == State.SCHEDULED and post.last_error == "" and post.tweet_id is None
    assert claim_due() == []  # still held


def test_publish_now_and_try_again_refuse_a_held_post(client, tom, alan, greta, at_ten):
    post = approved_post(tom, alan, at=ten_am() + timedelta(hours=2))
    do_raise_concern(greta, post, "Not sure about this.")
    client.force_login(alan.user)
    page = client.post(reverse("post_publish_now", args=[post.pk]), follow=True).content.decode()
    assert "It cannot go out now." in page and HELD in page
    Post.objects.filter(pk=post.pk).update(state=State.FAILED, last_error="X had a problem.")
    page = client.post(reverse("post_retry", args=[post.pk]), follow=True).content.decode()
    assert "It cannot be sent now." in page and HELD in page
    assert Post.objects.get(pk=post.pk).state == State.FAILED


def test_a_held_post_can_still_be_approved_and_waits(client, tom, alan, greta, at_ten):
    post = approved_post(tom, alan, at=ten_am() + timedelta(hours=2))
    Post.objects.filter(pk=post.pk).update(state=State.SUBMITTED)
    post.approvals.all().delete()
    do_raise_concern(greta, post, "Wait for the head, please.")
    client.force_login(alan.user)
    client.post(reverse("post_approve", args=[post.pk]),
                {"content_hash": Post.objects.get(pk=post.pk).content_hash})
    assert Post.objects.get(pk=post.pk).state == State.SCHEDULED
    with time_machine.travel(ten_am() + timedelta(hours=2, minutes=1), tick=False):
        assert publish_due() == 0


@pytest.mark.django_db(transaction=True)  # the e-mails go at commit, before the page is made
def test_the_post_and_the_concerns_page_say_it_is_held(client, tom, alan, greta, helen, at_ten):
    post = approved_post(tom, alan, at=ten_am() + timedelta(hours=2))
    client.force_login(greta.user)
    page = client.post(reverse("concern_raise", args=[post.pk]),
                       {"text": "The caption names a pupil."}, follow=True).content.decode()
    assert "The post is held" in page and "You will be told the outcome" in page
    assert "A concern about this post is open" in page and "The caption names a pupil." in page
    client.force_login(tom.user)  # the author sees that it is held, not the words
    page = client.get(reverse("post_detail", args=[post.pk])).content.decode()
    assert "A concern about this post is open" in page
    assert "The caption names a pupil." not in page
    client.force_login(helen.user)
    page = client.get(reverse("concerns")).content.decode()
    assert "It is held: it does not go out while this concern is open." in page
    concern = post.concerns.get()
    page = client.post(reverse("concern_resolve", args=[concern.pk]),
                       {"note": "Caption changed."}, follow=True).content.decode()
    assert "has been told by e-mail" in page and "no longer held" in page
