"""Photos through the browser's forms: upload, clean on the queue, tag, refuse, purge."""

import hashlib
import io
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image, ImageOps

from schoolsocial.audit.models import AuditEvent
from schoolsocial.posts.models import Photo, Post
from schoolsocial.posts.states import State
from schoolsocial.posts.tasks import purge_originals
from schoolsocial.pupils.models import ConsentRecord, Pupil
from tests.factories import make_post

PHOTOS = Path(__file__).resolve().parent / "data" / "photos"  # copies of ../shared/testdata


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    settings.Q_SYNC = True  # the queue's task runs inline once the upload commits


def _file(name: str, content: bytes | None = None, as_name: str | None = None):
    data = content if content is not None else (PHOTOS / name).read_bytes()
    return SimpleUploadedFile(as_name or name, data, "application/octet-stream")


def _upload(client, post, *files, capture):
    with capture(execute=True):
        return client.post(reverse("photo_upload", args=[post.pk]), {"photos": list(files)},
                           follow=True)


def _jpeg_with_gps(name="astronaut.png") -> bytes:
    image = Image.open(PHOTOS / name).convert("RGB")
    exif = Image.Exif()
    exif[0x010F] = "SecretCam"  # Make
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (50.0, 57.0, 30.0)
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif)
    return out.getvalue()


def test_an_upload_is_cleaned_on_the_queue_and_only_the_clean_copy_is_served(
    client, tom, django_capture_on_commit_callbacks
):
    post = make_post(tom)
    client.force_login(tom.user)
    raw = _jpeg_with_gps()
    assert b"SecretCam" in raw
    response = _upload(client, post, _file("x", raw, "IMG_0001.jpg"),
                       capture=django_capture_on_commit_callbacks)
    assert "1 photo added" in response.content.decode()
    photo = Photo.objects.get()
    assert (photo.status, photo.faces, photo.filename) == ("ready", 1, "IMG_0001.jpg")
    assert len(photo.phash) == 16 and len(photo.sha256) == 64
    served = b"".join(client.get(reverse("photo_image", args=[photo.pk])).streaming_content)
    assert served[:2] == b"\xff\xd8"
    assert b"SecretCam" not in served and b"Exif" not in served
    assert served != raw
    event = AuditEvent.objects.get(action="post.photos_changed")
    assert "1 photo added" in event.summary


def test_a_bad_file_is_refused_by_name_and_the_post_and_other_photos_are_kept(
    client, tom, django_capture_on_commit_callbacks
):
    post = make_post(tom, text="Our Year 4 farm trip.")
    client.force_login(tom.user)
    _upload(client, post, _file("coffee.png"), _file("x", b"<html><body>hi</body></html>",
                                                      "holiday.jpg"),
            capture=django_capture_on_commit_callbacks)
    refused = Photo.objects.get(filename="holiday.jpg")
    assert refused.status == "refused"
    assert refused.error.startswith("holiday.jpg ")
    assert "HTML" in refused.error or "web page" in refused.error
    assert not refused.original  # nothing of it is kept
    assert Photo.objects.get(filename="coffee.png").status == "ready"
    post.refresh_from_db()
    assert post.text == "Our Year 4 farm trip."
    body = client.get(reverse("post_edit", args=[post.pk])).content.decode()
    assert refused.error.replace("'", "&#x27;") in body


def test_an_empty_and_an_oversized_file_are_refused_at_once(client, tom, settings,
                                                           django_capture_on_commit_callbacks):
    post = make_post(tom)
    client.force_login(tom.user)
    big = SimpleUploadedFile("huge.jpg", b"\xff\xd8" + b"0" * (30 * 1024 * 1024))
    response = _upload(client, post, _file("x", b"", "empty.jpg"), big,
                       capture=django_capture_on_commit_callbacks)
    body = response.content.decode()
    assert "empty.jpg is empty" in body
    assert "huge.jpg is 30 MB; photos can be 20 MB at most" in body
    assert not Photo.objects.exists()


def test_a_post_carries_at_most_four_photos(client, tom, django_capture_on_commit_callbacks):
    post = make_post(tom)
    client.force_login(tom.user)
    files = [_file("coffee.png", as_name=f"coffee{n}.png") for n in range(5)]
    response = _upload(client, post, *files, capture=django_capture_on_commit_callbacks)
    assert Photo.objects.count() == 4
    assert "coffee4.png was not added: a post can carry at most 4 photos." in (
        response.content.decode())


def test_tagging_needs_alt_text_and_who_is_shown(client, school, tom,
                                                 django_capture_on_commit_callbacks):
    post = make_post(tom)
    client.force_login(tom.user)
    _upload(client, post, _file("astronaut.png"), capture=django_capture_on_commit_callbacks)
    photo = Photo.objects.get()
    response = client.post(reverse("photo_tag", args=[photo.pk]), {"alt_text": ""})
    body = response.content.decode()
    assert response.status_code == 400
    assert "Describe the photo" in body
    assert "Tick every pupil shown, declare that no pupil can be identified, or that" in body


def test_a_pupil_without_consent_blocks_and_one_with_consent_passes(
    client, school, tom, django_capture_on_commit_callbacks
):
    josh = Pupil.objects.create(school=school, first_name="Josh", last_name="Smith")
    post = make_post(tom, text="Year 4 on the climbing wall.")
    client.force_login(tom.user)
    _upload(client, post, _file("astronaut.png"), capture=django_capture_on_commit_callbacks)
    photo = Photo.objects.get()
    client.post(reverse("photo_tag", args=[photo.pk]),
                {"alt_text": "A pupil in a helmet smiling", "pupils": [josh.pk]})
    post.refresh_from_db()
    assert [f.rule for f in post.report.blocks] == ["photo_consent"]
    ConsentRecord.objects.create(pupil=josh, status="granted")
    Pupil.objects.filter(pk=josh.pk).update(updated_at=josh.updated_at.replace(year=2099))
    client.post(reverse("photo_tag", args=[photo.pk]),
                {"alt_text": "A pupil in a helmet smiling", "pupils": [josh.pk]})
    post.refresh_from_db()
    assert post.report.blocks == ()


def test_faces_on_a_photo_declared_to_show_nobody_block(client, tom,
                                                        django_capture_on_commit_callbacks):
    post = make_post(tom)
    client.force_login(tom.user)
    _upload(client, post, _file("astronaut.png"), capture=django_capture_on_commit_callbacks)
    photo = Photo.objects.get()
    client.post(reverse("photo_tag", args=[photo.pk]),
                {"alt_text": "Artwork on the wall", "no_identifiable_pupils": "on"})
    post.refresh_from_db()
    assert "photo_consent" in [f.rule for f in post.report.blocks]


def test_a_photo_declared_adults_only_asks_the_approver_instead_of_blocking(
    client, school, tom, django_capture_on_commit_callbacks
):
    post = make_post(tom, text="Year 4 met a visiting author today.")
    client.force_login(tom.user)
    _upload(client, post, _file("astronaut.png"), capture=django_capture_on_commit_callbacks)
    photo = Photo.objects.get()
    response = client.post(reverse("photo_tag", args=[photo.pk]),
                           {"alt_text": "The author signing books", "adults_only": "on"})
    assert response.status_code == 302
    photo.refresh_from_db()
    post.refresh_from_db()
    assert photo.adults_only
    assert post.report.blocks == ()
    warnings = [f for f in post.report.warnings if f.rule == "photo_consent"]
    assert photo.faces and len(warnings) == 1
    assert "adults only" in warnings[0].message
    assert "adults_only" in AuditEvent.objects.filter(action__startswith="post.").latest(
        "id").details


def test_adults_only_with_pupils_ticked_is_refused_on_the_page(
    client, school, tom, django_capture_on_commit_callbacks
):
    josh = Pupil.objects.create(school=school, first_name="Josh", last_name="Smith")
    post = make_post(tom)
    client.force_login(tom.user)
    _upload(client, post, _file("astronaut.png"), capture=django_capture_on_commit_callbacks)
    photo = Photo.objects.get()
    response = client.post(reverse("photo_tag", args=[photo.pk]), {
        "alt_text": "The author signing books", "adults_only": "on", "pupils": [josh.pk]})
    assert response.status_code == 400
    assert "A photo of adults only has no pupils in it" in response.content.decode()
    photo.refresh_from_db()
    assert not photo.adults_only


def test_changing_a_photo_of_a_scheduled_post_returns_it_to_draft(
    client, tom, django_capture_on_commit_callbacks
):
    post = make_post(tom, State.SCHEDULED)
    client.force_login(tom.user)
    _upload(client, post, _file("coffee.png"), capture=django_capture_on_commit_callbacks)
    post.refresh_from_db()
    assert post.state == State.DRAFT


def test_a_refused_photo_uploaded_again_mirrored_and_smaller_is_flagged(
    client, school, tom, alan, django_capture_on_commit_callbacks
):
    first = make_post(tom, text="Year 4 science.")
    client.force_login(tom.user)
    _upload(client, first, _file("chelsea.png"), capture=django_capture_on_commit_callbacks)
    photo = Photo.objects.get()
    client.post(reverse("photo_tag", args=[photo.pk]),
                {"alt_text": "The class cat", "no_identifiable_pupils": "on"})
    client.post(reverse("post_submit", args=[first.pk]))
    client.force_login(alan.user)
    client.post(reverse("post_reject", args=[first.pk]),
                {"comment": "A parent objected to this photo.", "refuse_photos": "1"})
    again = make_post(tom, text="Year 4 science, again.")
    mirrored = ImageOps.mirror(Image.open(PHOTOS / "chelsea.png").convert("RGB"))
    mirrored = mirrored.resize((mirrored.width // 2, mirrored.height // 2))
    out = io.BytesIO()
    mirrored.save(out, "JPEG", quality=70)
    client.force_login(tom.user)
    _upload(client, again, _file("x", out.getvalue(), "cat2.jpg"),
            capture=django_capture_on_commit_callbacks)
    again.refresh_from_db()
    messages = [f.message for f in again.report.blocks]
    assert any("cat2.jpg looks like a photo refused on" in m for m in messages)
    assert any(reverse("post_detail", args=[first.pk]) in m for m in messages)


def test_the_original_of_a_draft_is_deleted_once_its_clean_copy_is_stored(
    client, tom, settings, django_capture_on_commit_callbacks
):
    post = make_post(tom)
    client.force_login(tom.user)
    raw = _jpeg_with_gps()
    _upload(client, post, _file("x", raw, "IMG_0002.jpg"),
            capture=django_capture_on_commit_callbacks)
    photo = Photo.objects.get()
    assert photo.status == "ready" and Post.objects.get(pk=post.pk).state == State.DRAFT
    assert not photo.original and photo.original_deleted_at is not None
    assert not list(Path(settings.MEDIA_ROOT).rglob("originals/**/*.jpg"))  # nothing on disk
    assert photo.original_sha256 == hashlib.sha256(raw).hexdigest()  # the record keeps it
    assert photo.sha256 == hashlib.sha256(Path(photo.image.path).read_bytes()).hexdigest()
    assert purge_originals() == 0  # nothing left to purge


def test_the_purge_deletes_an_original_the_worker_left_behind(client, tom, settings,
                                                               django_capture_on_commit_callbacks):
    """The worker stopped between storing the clean copy and deleting the original."""
    post = make_post(tom)
    client.force_login(tom.user)
    _upload(client, post, _file("coffee.png"), capture=django_capture_on_commit_callbacks)
    photo = Photo.objects.get()
    photo.original.save("left-behind.png", ContentFile((PHOTOS / "coffee.png").read_bytes()),
                        save=False)
    photo.original_deleted_at = None
    photo.save(update_fields=("original", "original_deleted_at"))
    path = Path(photo.original.path)
    assert path.exists()
    assert purge_originals() == 1
    photo.refresh_from_db()
    assert not path.exists() and photo.original_deleted_at is not None
    assert photo.original_sha256 and photo.sha256  # the record keeps the hashes


def test_an_original_is_kept_while_its_clean_copy_is_damaged(client, tom,
                                                             django_capture_on_commit_callbacks):
    post = make_post(tom)
    client.force_login(tom.user)
    _upload(client, post, _file("coffee.png"), capture=django_capture_on_commit_callbacks)
    photo = Photo.objects.get()
    photo.original.save("kept.png", ContentFile(b"the upload"), save=False)
    photo.original_deleted_at = None
    photo.save(update_fields=("original", "original_deleted_at"))
    Path(photo.image.path).write_bytes(b"damaged on disk")
    assert purge_originals() == 0
    assert Path(photo.original.path).exists()


def test_a_photo_of_a_published_post_cannot_be_removed_and_keeps_its_files(
    client, tom, django_capture_on_commit_callbacks
):
    post = make_post(tom)
    client.force_login(tom.user)
    _upload(client, post, _file("astronaut.png"), capture=django_capture_on_commit_callbacks)
    photo = Photo.objects.get()
    Post.objects.filter(pk=post.pk).update(state=State.PUBLISHED)
    response = client.post(reverse("photo_remove", args=[photo.pk]))
    assert response.status_code == 409
    assert "This post is published, so it cannot be edited now." in response.content.decode()
    photo.refresh_from_db()
    assert Path(photo.image.path).exists()
    assert Post.objects.get(pk=post.pk).state == State.PUBLISHED


def test_no_photo_is_added_to_a_published_post_and_nothing_is_stored(
    client, tom, django_capture_on_commit_callbacks, settings
):
    post = make_post(tom)
    Post.objects.filter(pk=post.pk).update(state=State.PUBLISHED)
    client.force_login(tom.user)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("photo_upload", args=[post.pk]),
                               {"photos": [_file("astronaut.png")]})
    assert response.status_code == 409
    assert not Photo.objects.exists()
    assert not any(Path(settings.MEDIA_ROOT).rglob("*.png"))
