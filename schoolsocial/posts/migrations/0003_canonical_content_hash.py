"""Re-derive content hashes under the canonical form (schoolsocial/posts/content.py).

The old form wrote the scheduled time as it was spelt when the hash was made: with the school's
offset when composed (+01:00 in British Summer Time), in UTC when read back from the database.
A post's or approval's hash is re-derived only where it matches the old form of the post's
stored content, spelt either way, so a post approved before the fix still goes out, and a hash
for content that has since changed is left as it is (it approves nothing now).

Both forms are written out here, frozen, so that later changes to the application's hash cannot
change what this migration did.
"""

import hashlib
import json
import unicodedata
from datetime import UTC
from zoneinfo import ZoneInfo

from django.db import migrations


def _old_hash(post, photos, when):
    content = {
        "photos": [
            {"sha256": p["sha256"], "alt": p["alt"], "none": p["none"],
             "pupils": sorted(p["pupils"])}
            for p in photos
        ],
        "text": post.text,
        "category": post.category,
        "exception": post.exception,
        "exception_reason": post.exception_reason,
        "scheduled_at": when.isoformat() if when else None,
    }
    return hashlib.sha256(json.dumps(content, sort_keys=True).encode()).hexdigest()


def _text(value):
    return unicodedata.normalize("NFC", value.replace("\r\n", "\n").replace("\r", "\n"))


def _new_hash(post, photos):
    when = post.scheduled_at
    content = {
        "v": 2,
        "text": _text(post.text),
        "category": post.category,
        "exception": post.exception,
        "exception_reason": _text(post.exception_reason),
        "scheduled_at": (when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
                         if when else None),
        "photos": [
            {"sha256": p["sha256"], "alt": _text(p["alt"]), "none": bool(p["none"]),
             "pupils": sorted(p["pupils"])}
            for p in sorted(photos, key=lambda p: p["id"])
        ],
    }
    encoded = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(encoded.encode()).hexdigest()


def _old_spellings(post, photos, zone):
    when = post.scheduled_at
    if when is None:
        return {_old_hash(post, photos, None)}
    # A list, not a set: the two spellings are equal datetimes, and a set would keep one.
    spellings = [when.astimezone(UTC), when.astimezone(zone)]
    return {_old_hash(post, photos, spelt) for spelt in spellings}


def rederive(apps, schema_editor):
    Post = apps.get_model("posts", "Post")
    Approval = apps.get_model("posts", "Approval")
    Photo = apps.get_model("pupils", "Photo")
    posts = Post.objects.exclude(content_hash="").select_related("school").order_by("id")
    for post in posts.iterator(chunk_size=500):
        photos = [
            {"id": photo.pk, "sha256": photo.sha256, "alt": photo.alt_text,
             "none": photo.no_identifiable_pupils,
             "pupils": list(photo.pupils.values_list("pk", flat=True))}
            for photo in Photo.objects.filter(post_id=post.pk).order_by("id")
        ]
        try:
            zone = ZoneInfo(post.school.timezone)
        except (KeyError, ValueError):
            zone = UTC
        old = _old_spellings(post, photos, zone)
        new = _new_hash(post, photos)
        if post.content_hash in old:
            Post.objects.filter(pk=post.pk).update(content_hash=new)
        Approval.objects.filter(post_id=post.pk, content_hash__in=old).update(content_hash=new)


class Migration(migrations.Migration):

    dependencies = [
        ("posts", "0002_removed_at"),
        ("pupils", "0003_purge_schedule"),
        ("accounts", "0003_trusts"),
    ]

    operations = [migrations.RunPython(rederive, migrations.RunPython.noop, elidable=False)]
