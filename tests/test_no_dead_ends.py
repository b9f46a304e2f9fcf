"""No dead ends (issue 14, item 4): a failed post that changed since its approval offers Approve
again and Edit instead of a Try again that can never work; a failed post nobody will send is
dismissed with a reason; Delete from X asks first, and afterwards the post reads "Deleted from X"
on its page, the pupil's page and the outbox, which answers with a page, not a 404."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import timezone

from schoolsocial.audit.models import AuditEvent
from schoolsocial.posts.models import Approval, Photo, Post
from schoolsocial.posts.states import State
from schoolsocial.publishing.backends import Payload, get_publisher
from schoolsocial.publishing.models import OutboxTweet
from schoolsocial.pupils.models import ConsentRecord, Pupil
from tests.factories import make_post

pytestmark = pytest.mark.usefixtures("season")


def _failed(tom, alan, *, approved_as_is: bool) -> Post:
    post = make_post(tom, State.FAILED, last_error="X refused the keys.")
    if approved_as_is:
        Approval.objects.create(post=post, approver=alan.user, decision="approve",
                                content_hash=post.compute_hash())
    else:  # approved, then changed: the approval is for other words
        Approval.objects.create(post=post, approver=alan.user, decision="approve",
                                content_hash="0" * 64)
    return post


def test_a_failed_post_that_changed_offers_approve_again_not_try_again(client, tom, alan):
    post = _failed(tom, alan, approved_as_is=False)
    client.force_login(alan.user)
    home = client.get(reverse("dashboard")).content.decode()
    assert ">Approve again</button>" in home and ">Try again</button>" not in home
    answer = client.post(reverse("post_send_for_approval", args=[post.pk]))
    assert answer["Location"].endswith("#decide-h")
    post.refresh_from_db()
    assert post.state == State.SUBMITTED and "needs approving again" in post.last_error
    page = client.get(reverse("post_detail", args=[post.pk])).content.decode()
    assert "Your decision" in page and "Approve" in page
    client.post(reverse("post_approve", args=[post.pk]), {"content_hash": post.content_hash})
    post.refresh_from_db()
    assert post.state == State.SCHEDULED and post.last_error == ""
    assert AuditEvent.objects.filter(action="post.sent_for_approval").exists()

    client.force_login(tom.user)  # the author is offered Edit on the failed post's page
    other = _failed(tom, alan, approved_as_is=False)
    page = client.get(reverse("post_detail", args=[other.pk])).content.decode()
    assert reverse("post_edit", args=[other.pk]) in page


def test_a_failed_post_approved_as_it_is_offers_try_again(client, tom, alan):
    _failed(tom, alan, approved_as_is=True)
    client.force_login(alan.user)
    home = client.get(reverse("dashboard")).content.decode()
    assert ">Try again</button>" in home and ">Approve again</button>" not in home


def test_a_failed_post_is_dismissed_with_a_reason(client, tom, alan):
    post = _failed(tom, alan, approved_as_is=True)
    client.force_login(alan.user)
    page = client.post(reverse("post_dismiss", args=[post.pk]), {"reason": " "},
                       follow=True).content.decode()
    assert "Say why it will not be sent" in page
    assert Post.objects.get(pk=post.pk).state == State.FAILED
    client.post(reverse("post_dismiss", args=[post.pk]), {"reason": "The trip was cancelled."})
    post.refresh_from_db()
    assert post.state == State.DISMISSED
    event = AuditEvent.objects.get(action="post.dismissed")
    assert event.details["reason"] == "The trip was cancelled."
    home = client.get(reverse("dashboard")).content.decode()
    assert "Posts that did not go out" not in home


def test_delete_from_x_asks_first_then_says_deleted_everywhere(client, school, tom, alan):
    published = get_publisher(school).publish(Payload(text="Sports day was great!"))
    post = make_post(tom, State.PUBLISHED, text="Sports day was great!",
                     tweet_id=published.tweet_id, tweet_url=published.url,
                     published_at=timezone.now())
    josh = Pupil.objects.create(school=school, first_name="Josh", last_name="Smith")
    ConsentRecord.objects.create(pupil=josh, status="granted", evidence="Form")
    photo = Photo.objects.create(post=post, uploaded_by=tom.user, filename="race.jpg",
                                 status="ready", alt_text="The race", sha256="c" * 64)
    photo.pupils.add(josh)
    client.force_login(alan.user)
    confirm = client.get(reverse("post_delete_from_x", args=[post.pk]))
    assert confirm.status_code == 200 and "Delete from X?" in confirm.content.decode()
    assert Post.objects.get(pk=post.pk).removed_at is None  # asking deleted nothing
    client.post(reverse("post_delete_from_x", args=[post.pk]))
    post.refresh_from_db()
    assert post.removed_at is not None

    detail = client.get(reverse("post_detail", args=[post.pk])).content.decode()
    assert "Deleted from X" in detail and ">Published<" not in detail
    assert reverse("post_delete_from_x", args=[post.pk]) not in detail
    pupil = client.get(reverse("pupil_detail", args=[josh.pk])).content.decode()
    assert "Deleted from X" in pupil
    assert reverse("post_delete_from_x", args=[post.pk]) not in pupil
    listing = client.get(reverse("post_list")).content.decode()
    assert "Deleted from X" in listing
    tweet = OutboxTweet.objects.get(pk=OutboxTweet.pk_from_tweet_id(post.tweet_id))
    outbox = client.get(reverse("outbox_status", args=[tweet.pk]))
    assert outbox.status_code == 410 and "This post was deleted from X" in outbox.content.decode()
