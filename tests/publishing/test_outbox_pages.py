"""The outbox timeline pages: any member of the school reads them; another school's is 404."""

from __future__ import annotations

import pytest
import time_machine
from django.urls import reverse
from publishing_helpers import approved_post

from schoolsocial.publishing.backends import OutboxPublisher, Payload
from schoolsocial.publishing.models import OutboxTweet
from schoolsocial.publishing.tasks import publish_due
from tests.factories import make_member
from tests.seasons import ten_am

pytestmark = pytest.mark.django_db


def test_the_timeline_shows_the_schools_posts_newest_first(client, greta, school, other_school):
    OutboxPublisher(school).publish(Payload("First & foremost"))
    OutboxPublisher(school).publish(Payload("Second"))
    OutboxPublisher(other_school).publish(Payload("Not ours"))
    client.force_login(greta.user)
    page = client.get(reverse("outbox")).content.decode()
    assert page.index("Second") < page.index("First &amp; foremost")
    assert "Not ours" not in page


def test_a_deleted_tweet_leaves_the_timeline(client, greta, school):
    published = OutboxPublisher(school).publish(Payload("Oops"))
    OutboxPublisher(school).delete(published.tweet_id)
    client.force_login(greta.user)
    assert "Oops" not in client.get(reverse("outbox")).content.decode()
    gone = client.get(published.url)  # as X says it: deleted, not a missing page (issue 14)
    assert gone.status_code == 410 and "This post was deleted from X" in gone.content.decode()
    assert "Oops" not in gone.content.decode()


def test_a_published_post_links_to_its_status_page_and_back(client, tom, alan, ian):
    post = approved_post(tom, alan)
    with time_machine.travel(ten_am(), tick=True):
        publish_due()
    post.refresh_from_db()
    tweet = OutboxTweet.objects.get()
    assert post.tweet_url == tweet.get_absolute_url() == f"/outbox/status/{tweet.pk}/"
    client.force_login(ian.user)
    detail = client.get(reverse("post_detail", args=[post.pk])).content.decode()
    assert f'href="{tweet.get_absolute_url()}">On the outbox timeline' in detail
    status = client.get(tweet.get_absolute_url()).content.decode()
    assert post.text in status and reverse("post_detail", args=[post.pk]) in status


def test_an_author_sees_the_status_page_without_a_link_to_someone_elses_post(
        client, tom, alan, school):
    cara = make_member(school, "cara", "Cara", "author")
    post = approved_post(tom, alan)
    with time_machine.travel(ten_am(), tick=True):
        publish_due()
    client.force_login(cara.user)
    page = client.get(OutboxTweet.objects.get().get_absolute_url()).content.decode()
    assert post.text in page and reverse("post_detail", args=[post.pk]) not in page


def test_another_schools_status_page_is_404(client, oscar, school):
    published = OutboxPublisher(school).publish(Payload("Meon Valley only"))
    client.force_login(oscar.user)
    assert client.get(published.url).status_code == 404


def test_the_timeline_pages_by_fifty(client, greta, school):
    OutboxTweet.objects.bulk_create(OutboxTweet(school=school, text=f"Post {n}")
                                    for n in range(55))
    client.force_login(greta.user)
    first = client.get(reverse("outbox"))
    assert first.content.decode().count('class="card preview"') == 50
    older = client.get(reverse("outbox"), {"before": first.context["next_before"]})
    assert older.content.decode().count('class="card preview"') == 5
