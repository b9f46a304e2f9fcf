"""The approvals queue's cards, each rendered once and then served from the cache until something
it shows changes.

A card is cached under a hash of every value its template reads (text, author, times in the
viewer's timezone, category, findings) and of the template's own source, so an edit, a re-check
with new findings, a renamed author or a new deployment of the template each make a new key:
a stale card cannot be shown, only an old one left to expire."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence

from django.core.cache import cache
from django.db.models import Prefetch, prefetch_related_objects
from django.template.loader import get_template
from django.utils import timezone, translation
from django.utils.safestring import SafeString, mark_safe

from schoolsocial.accounts.rows import Columns
from schoolsocial.posts.models import Category, Photo, Post
from schoolsocial.pupils.models import Pupil

TEMPLATE = "posts/_queue_card.html"
# What the queue reads of each post and its author: the card (and card_key()), the quick approve
# form and PostPermissions. Nothing else is fetched (sent, error and bookkeeping fields and the
# author's password and dates cost a quarter of the page's CPU); a field read that is not here
# is a query per post, which test_queue.py's fixed count of queries would catch.
QUEUE_FIELDS = (
    "id", "school_id", "author_id", "text", "category", "exception", "exception_reason",
    "scheduled_at", "state", "content_hash", "findings", "submitted_at", "submitted_preset",
    "self_approval_allowed", "networks",
    "author__id", "author__username", "author__first_name", "author__last_name",
)
# a post's category as get_category_display() names it, without rebuilding the choices each time
CATEGORY_LABELS = dict(Category.choices)
KEEP_SECONDS = 24 * 3600  # a card still queued tomorrow is simply rendered again


def template_version(template) -> str:
    return hashlib.sha256(template.template.source.encode()).hexdigest()


def photos_shown(photos: Sequence[Photo]) -> list[dict]:
    """What a card says of each of its post's photos: its thumbnail (when cleaned), alt text,
    and who is tagged with their consent now (prefetched by photos_by_post)."""
    return [{"pk": photo.pk, "ready": photo.status == Photo.Status.READY, "alt": photo.alt_text,
             "none": photo.no_identifiable_pupils,
             "pupils": [(str(pupil), pupil.consent, pupil.get_consent_display())
                        for pupil in photo.pupils.all()]}
            for photo in photos]


_PHOTOS = Columns(Photo, "p")


def _photos_of(post_ids: list[int]) -> list[Photo]:
    if not post_ids:
        return []
    where = f"WHERE p.post_id IN ({', '.join(['%s'] * len(post_ids))}) ORDER BY p.id"
    return _PHOTOS.fetch(where, post_ids)


def photos_by_post(posts: Sequence[Post]) -> dict[int, list[Photo]]:
    """The posts' photos in one query, with their tagged pupils and consent in one more when
    there are any. Not Django's prefetch onto the posts: that filters a queryset for each post,
    which cost the queue about 4 ms a page of 25 posts even when none had a photo; and in plain
    SQL (rows.Columns converts the values as the ORM does), as building the ORM's query cost
    about 0.5 ms of CPU a page."""
    photos = _photos_of([post.pk for post in posts])
    if photos:
        tagged = Pupil.objects.with_consent().order_by("last_name", "first_name")
        prefetch_related_objects(photos, Prefetch("pupils", queryset=tagged))
    grouped: dict[int, list[Photo]] = {}
    for photo in photos:
        grouped.setdefault(photo.post_id, []).append(photo)
    return grouped


def card_key(post: Post, version: str, photos: list[dict] | None = None) -> str:
    """`version`: template_version() of the card template; `photos`: photos_shown()."""
    shown = [
        version, translation.get_language(), timezone.get_current_timezone_name(),
        post.pk, post.text, post.author.display_name(), post.submitted_at, post.scheduled_at,
        post.category, CATEGORY_LABELS.get(post.category, post.category), post.findings,
        post.network_labels, post.exception, post.exception_reason, photos or [],
    ]
    digest = hashlib.sha256(json.dumps(shown, sort_keys=True, default=str).encode())
    return f"queue-card:{digest.hexdigest()}"


def queue_cards(posts: Sequence[Post]) -> list[SafeString]:
    template = get_template(TEMPLATE)
    version = template_version(template)
    grouped = photos_by_post(posts)
    photos = [photos_shown(grouped.get(post.pk, [])) for post in posts]
    keys = [card_key(post, version, shown) for post, shown in zip(posts, photos, strict=True)]
    found = cache.get_many(keys)
    rendered = {key: template.render({"post": post, "photos": shown})
                for key, post, shown in zip(keys, posts, photos, strict=True)
                if key not in found}
    if rendered:
        cache.set_many(rendered, KEEP_SECONDS)
    # our own template's output, autoescaped when it was rendered
    return [mark_safe(found[key] if key in found else rendered[key]) for key in keys]  # noqa: S308
