"""The ORM side of the photo pipeline: keep the upload, clean it on the queue, tag it, purge it.

An upload is stored as it came (never served) and a Photo row is committed as "being checked";
the worker runs the pure pipeline (pupils/photos.py: sniff, rebuild, strip, resize, find faces,
hash) and stores the clean JPEG, which is the only file ever served or sent to X. Once the clean
copy is stored and read back with the hash the pipeline gave it, the original (with its location
and camera data) is deleted, for drafts too; the record keeps both hashes.
"""

from __future__ import annotations

import hashlib
from datetime import timedelta

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from schoolsocial.accounts.models import Membership
from schoolsocial.audit.log import record
from schoolsocial.posts.checks import recheck
from schoolsocial.posts.models import Post
from schoolsocial.posts.states import State, target
from schoolsocial.pupils.forms import MAX_PHOTOS
from schoolsocial.pupils.models import Photo, PhotoRefusal
from schoolsocial.pupils.photos import MAX_BYTES, PhotoError, display_name, process_photo
from schoolsocial.queue import enqueue


@transaction.atomic
def do_add_photos(member: Membership, post: Post, uploads: list) -> tuple[list[Photo], list[str]]:
    """Keep each upload that can be kept; return the photos and a message for each refused one.
    The post and its other photos are never lost because one file is bad."""
    post = _locked_for_edit(post.pk)
    room = MAX_PHOTOS - post.photos.count()
    added, errors = [], []
    for upload in uploads:
        name = display_name(upload.name or "photo")
        if room <= 0:
            errors.append(f"{name} was not added: a post can carry at most {MAX_PHOTOS} photos.")
            continue
        if upload.size == 0:
            errors.append(f"{name} is empty: choose the photo again.")
            continue
        if upload.size > MAX_BYTES:
            errors.append(f"{name} is {upload.size / 1024 / 1024:.0f} MB; photos can be 20 MB "
                          "at most. Send a smaller copy (most phones have a 'medium' size).")
            continue
        photo = Photo(post=post, uploaded_by=member.user, filename=name)
        photo.original.save(f"{post.pk}-{name}", upload, save=False)
        photo.save()
        added.append(photo)
        room -= 1
    if added:
        _changed(member, post, f"{len(added)} photo{'s' if len(added) > 1 else ''} added",
                 photos=[p.filename for p in added])
        for photo in added:
            enqueue("schoolsocial.pupils.photo_tasks.process_stored_photo", photo.pk)
    return added, errors


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
        post = Post.objects.select_for_update().select_related("school").get(pk=photo.post_id)
        recheck(post)
        post.save(update_fields=("content_hash", "findings", "checked_at", "updated_at"))


@transaction.atomic
def do_tag_photo(member: Membership, photo: Photo, *, alt_text: str, pupils, none: bool,
                 adults_only: bool = False) -> None:
    post = _locked_for_edit(photo.post_id)
    photo.alt_text, photo.no_identifiable_pupils = alt_text, none
    photo.adults_only = adults_only
    photo.save(update_fields=("alt_text", "no_identifiable_pupils", "adults_only"))
    photo.pupils.set(pupils)
    _changed(member, post, f"Photo {photo.filename} tagged", photo=photo.filename,
             pupils=[str(p) for p in pupils], no_identifiable_pupils=none,
             adults_only=adults_only, alt_text=alt_text)


@transaction.atomic
def do_remove_photo(member: Membership, photo: Photo) -> None:
    post = _locked_for_edit(photo.post_id)
    name = photo.filename
    photo.original.delete(save=False)
    photo.image.delete(save=False)
    photo.delete()
    _changed(member, post, f"Photo {name} removed", photo=name)


def _locked_for_edit(post_id: int) -> Post:
    """The post, locked; TransitionError (409) if it can no longer be edited, raised before any
    file is stored or deleted (a rolled-back transaction does not bring files back)."""
    post = Post.objects.select_for_update().select_related("school").get(pk=post_id)
    target("edit", post.state)
    return post


def _changed(member: Membership, post: Post, summary: str, **details) -> None:
    """A photo change is an edit: after submission or approval the post is a draft again."""
    before = post.state
    post.state = target("edit", before)
    recheck(post)
    post.save(update_fields=("state", "content_hash", "findings", "checked_at", "updated_at"))
    if before != State.DRAFT:
        summary += f", so the {State(before).label.lower()} post is a draft again"
    record(post.school, member.user, "post.photos_changed", f"{summary}: {post}", post,
           was=before, **details)


def remember_refusal(post: Post, actor, reason: str) -> None:
    """A post refused for consent reasons: a later upload that looks like its photos is flagged."""
    PhotoRefusal.objects.bulk_create(
        PhotoRefusal(school=post.school, post=post, phash=photo.phash,
                     phash_mirror=photo.phash_mirror, reason=reason, decided_by=actor)
        for photo in post.photos.exclude(phash="")
    )


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
