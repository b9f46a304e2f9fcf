"""The worker's side of a post's photos: clean an upload on the queue, purge the originals.

An upload is stored as it came (never served) and a Photo row is committed as "being checked"
(actions.do_add_photos); the worker runs the pure pipeline (photos/pipeline.py: sniff, rebuild,
strip, resize, find faces, hash) and stores the clean JPEG, which is the only file ever served or
sent to X. Once the clean copy is stored and read back with the hash the pipeline gave it, the
original (with its location and camera data) is deleted, for drafts too; the record keeps both
hashes.
"""

from __future__ import annotations

import hashlib
from datetime import timedelta

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from photos.pipeline import PhotoError, process_photo
from schoolsocial.posts.checks import recheck
from schoolsocial.posts.models import Photo, Post
from schoolsocial.posts.states import State


def process_stored_photo(photo_id: int) -> None:
    """The worker's step: clean the stored original, or refuse it with the pipeline's message."""
    photo = Photo.objects.filter(pk=photo_id, status=Photo.Status.PROCESSING).first()
    if photo is None:
        return  # done already: the queue delivers at least once
    try:
        with photo.original.open("rb") as original:
            result = process_photo(original, photo.filename)
    except PhotoError as error:
        photo.status, photo.error = Photo.Status.REFUSED, str(error)
        photo.original.delete(save=False)
        photo.original_deleted_at = timezone.now()
        photo.save(update_fields=("status", "error", "original", "original_deleted_at"))
    except FileNotFoundError:
        photo.status = Photo.Status.REFUSED
        photo.error = f"{photo.filename} was lost before it could be checked. Upload it again."
        photo.save(update_fields=("status", "error"))
    else:
        photo.image.save(f"{photo.pk}.jpg", ContentFile(result.data), save=False)
        for field in ("width", "height", "sha256", "original_sha256", "phash", "phash_mirror",
                      "faces"):
            setattr(photo, field, getattr(result, field))
        if stored_intact(photo):
            photo.status = Photo.Status.READY
        else:
            photo.image.delete(save=False)
            photo.status = Photo.Status.REFUSED
            photo.error = (f"The cleaned copy of {photo.filename} could not be stored intact. "
                           "Upload it again.")
        photo.save(update_fields=("image", "width", "height", "sha256", "original_sha256",
                                  "phash", "phash_mirror", "faces", "status", "error"))
        delete_original(photo)  # the clean copy is saved and verified, or the photo refused
    with transaction.atomic():
        post = Post.objects.locked(photo.post_id)
        recheck(post)
        post.save(update_fields=("content_hash", "findings", "checked_at", "updated_at"))


def stored_intact(photo: Photo) -> bool:
    """The clean copy, read back from storage, has the hash the pipeline computed."""
    try:
        with photo.image.open("rb") as stored:
            return hashlib.sha256(stored.read()).hexdigest() == photo.sha256
    except OSError:
        return False


def delete_original(photo: Photo, now=None) -> None:
    photo.original.delete(save=False)
    photo.original_deleted_at = now or timezone.now()
    photo.save(update_fields=("original", "original_deleted_at"))


def purge_originals(now=None) -> int:
    """Delete uploaded originals the worker did not delete right after processing (it stopped
    between the two steps, or the photo predates issue 12): those of ready photos whose clean copy
    is intact, of published posts, or `PHOTO_ORIGINALS_DAYS` after a rejection; the record keeps
    the hashes and the post's URL."""
    now = now or timezone.now()
    days = timedelta(days=settings.PHOTO_ORIGINALS_DAYS)
    kept = Photo.objects.filter(original_deleted_at=None).exclude(original="")
    photos = (kept.filter(status=Photo.Status.READY) | kept.filter(post__state=State.PUBLISHED)
              | kept.filter(post__state=State.REJECTED, post__decided_at__lt=now - days))
    count = 0
    for photo in photos.select_related("post"):
        if photo.status == Photo.Status.READY and not stored_intact(photo):
            continue  # the clean copy is damaged: keep the original until someone looks
        if not photo.original_sha256:
            with photo.original.open("rb") as original:
                photo.original_sha256 = hashlib.sha256(original.read()).hexdigest()
        photo.original.delete(save=False)
        photo.original_deleted_at = now
        photo.save(update_fields=("original", "original_sha256", "original_deleted_at"))
        count += 1
    return count
