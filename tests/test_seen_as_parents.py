"""See it as parents will (issue 14, item 7): the compose preview and the post's page lay out the
post as X shows it, its cleaned photos included with their alt text, and the outbox timeline
shows each published post's photos."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import timezone

from schoolsocial.posts.models import Photo
from schoolsocial.posts.states import State
from schoolsocial.publishing.backends import Payload, get_publisher
from tests.factories import make_post

pytestmark = pytest.mark.usefixtures("season")


def _photos(post, n: int, *, ready: bool = True) -> list[Photo]:
    return [Photo.objects.create(post=post, uploaded_by=post.author, filename=f"p{i}.jpg",
                                 status="ready" if ready else "processing",
                                 alt_text=f"Children planting bulb {i}", sha256=f"{i}" * 64,
                                 no_identifiable_pupils=True) for i in range(n)]


def test_the_live_preview_shows_the_photos_in_x_s_grid(client, tom):
    post = make_post(tom)
    photos = _photos(post, 3)
    _photos(post, 1, ready=False)[0].delete()  # a photo still being checked is not shown
    client.force_login(tom.user)
    page = client.post(reverse("live_check"), {"text": post.text, "post_id": post.pk,
                                               "category": "learning"}).content.decode()
    assert 'class="media-grid media-3"' in page
    for photo in photos:
        assert f'src="{reverse("photo_image", args=[photo.pk])}"' in page
        assert f'alt="{photo.alt_text}"' in page
    edit = client.get(reverse("post_edit", args=[post.pk])).content.decode()
    assert 'class="media-grid media-3"' in edit


def test_a_photo_still_being_checked_is_not_in_the_preview(client, tom):
    post = make_post(tom)
    _photos(post, 1, ready=False)
    client.force_login(tom.user)
    page = client.post(reverse("live_check"), {"text": post.text, "post_id": post.pk,
                                               "category": "learning"}).content.decode()
    assert "media-grid" not in page


def test_the_outbox_timeline_shows_the_photos(client, school, tom, alan):
    published = get_publisher(school).publish(Payload(text="Bulbs planted!"))
    post = make_post(tom, State.PUBLISHED, text="Bulbs planted!", tweet_id=published.tweet_id,
                     published_at=timezone.now())
    photos = _photos(post, 2)
    client.force_login(alan.user)
    page = client.get(reverse("outbox")).content.decode()
    assert 'class="media-grid media-2"' in page
    assert all(reverse("photo_image", args=[p.pk]) in page for p in photos)
    detail = client.get(reverse("post_detail", args=[post.pk])).content.decode()
    assert 'class="media-grid media-2"' in detail
