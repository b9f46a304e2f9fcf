"""The photo panel's poll while the worker checks a photo, and what it tells the live check:
while any photo is being checked the panel asks again every second; once none is, it stops,
says so (role=status) and fires `photos-checked`, on which the compose page's live check runs
again. Tom uploads; the worker's step (process_stored_photo) is run as the worker runs it."""

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from schoolsocial.posts.models import Photo
from schoolsocial.posts.tasks import process_stored_photo
from tests.factories import make_post

PHOTOS = Path(__file__).resolve().parent / "data" / "photos"
pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    settings.Q_SYNC = False  # the worker's step runs when the test says, as on a busy worker


@pytest.fixture
def uploaded(client, tom):
    """Tom's draft with astronaut.png (one face) uploaded and not yet checked by the worker."""
    post = make_post(tom)
    client.force_login(tom.user)
    upload = SimpleUploadedFile("astronaut.png", (PHOTOS / "astronaut.png").read_bytes(),
                                "image/png")
    client.post(reverse("photo_upload", args=[post.pk]), {"photos": [upload]})
    photo = Photo.objects.get(post=post)
    assert photo.status == Photo.Status.PROCESSING
    return post, photo


def live_check(client, post) -> str:
    return client.post(reverse("live_check"), {
        "post_id": str(post.pk), "text": post.text, "category": post.category,
    }).content.decode()


def test_while_a_photo_is_being_checked_the_panel_polls_and_fires_nothing(client, uploaded):
    post, _ = uploaded
    answer = client.get(reverse("photo_status", args=[post.pk]), HTTP_HX_REQUEST="true")
    page = answer.content.decode()
    assert 'hx-trigger="every 1s"' in page and "Being checked" in page
    assert "HX-Trigger" not in answer.headers
    assert "astronaut.png is still being checked" in live_check(client, post)


def test_once_checked_the_panel_stops_says_so_and_the_live_check_is_told(client, uploaded):
    post, photo = uploaded
    process_stored_photo(photo.pk)  # the worker
    answer = client.get(reverse("photo_status", args=[post.pk]), HTTP_HX_REQUEST="true")
    page = answer.content.decode()
    assert answer.headers["HX-Trigger"] == "photos-checked"
    assert "hx-get" not in page and "Being checked" not in page
    assert 'role="status" id="photos-checked">Photos checked' in page
    assert "1 face found" in page
    live = live_check(client, post)
    assert "still being checked" not in live
    assert "Say who is in photo 1 (astronaut.png)" in live


def test_the_edit_pages_live_check_listens_for_the_photos_being_checked(client, uploaded):
    post, _ = uploaded
    page = client.get(reverse("post_edit", args=[post.pk])).content.decode()
    assert 'hx-trigger="input delay:300ms, change, photos-checked from:body"' in page
    assert f'hx-get="{reverse("photo_status", args=[post.pk])}" hx-trigger="every 1s"' in page


def test_another_schools_post_has_no_photo_status(client, uploaded, oscar):
    post, _ = uploaded
    client.force_login(oscar.user)
    assert client.get(reverse("photo_status", args=[post.pk])).status_code == 404
