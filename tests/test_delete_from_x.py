from django.urls import reverse

from schoolsocial.audit.models import AuditEvent
from schoolsocial.posts.states import State
from schoolsocial.publishing.backends import Payload, get_publisher
from tests.factories import make_post


def test_an_approver_deletes_a_published_post_from_x(client, school, tom, alan):
    published = get_publisher(school).publish(Payload(text="Sports day was great!"))
    post = make_post(tom, State.PUBLISHED, text="Sports day was great!",
                     tweet_id=published.tweet_id)
    client.force_login(alan.user)
    response = client.post(reverse("post_delete_from_x", args=[post.pk]), follow=True)
    post.refresh_from_db()
    assert post.removed_at is not None
    assert "Deleted from X." in response.content.decode()
    event = AuditEvent.objects.get(action="post.deleted")
    assert event.details["was_there"] is True
    assert get_publisher(school).find_recent("Sports day was great!", post.created_at) is None


def test_a_tweet_already_gone_is_marked_and_said(client, school, tom, alan):
    post = make_post(tom, State.PUBLISHED, tweet_id="outbox-424242")
    client.force_login(alan.user)
    client.post(reverse("post_delete_from_x", args=[post.pk]))
    event = AuditEvent.objects.get(action="post.deleted")
    assert event.details["was_there"] is False
    assert "already gone" in event.summary


def test_only_a_published_post_can_be_deleted(client, school, tom, alan):
    post = make_post(tom, State.SCHEDULED)
    client.force_login(alan.user)
    response = client.post(reverse("post_delete_from_x", args=[post.pk]))
    assert response.status_code == 409
    assert not AuditEvent.objects.filter(action="post.deleted").exists()
