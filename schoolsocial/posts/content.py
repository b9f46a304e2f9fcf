"""A post's content hash: what an approval is for, in one canonical form.

The hash must describe the content, never its spelling. The same instant is written the same way
whichever offset it carries (the compose form's time is in the school's timezone, the same time
read back from the database is in UTC: in British Summer Time they used to hash differently, so
no composed post went out from March to October); photos are taken in the order they are sent
(their ids), pupils sorted; text in Unicode NFC with one kind of line break, as a browser may send
either.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Iterable
from datetime import UTC, datetime


def canonical_instant(value: datetime | None) -> str | None:
    """The instant in UTC to the microsecond, the precision both databases keep."""
    if value is None:
        return None
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("A post's time must carry its timezone.")
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def canonical_text(value: str) -> str:
    return unicodedata.normalize("NFC", value.replace("\r\n", "\n").replace("\r", "\n"))


X_ONLY = ("x",)


def canonical_networks(networks: Iterable[str] | None) -> list[str]:
    """The networks a post goes to, sorted and once each; none chosen means X alone (every post
    made before networks could be chosen)."""
    return sorted(set(networks or X_ONLY))


def content_hash(*, text: str, category: str, exception: str, exception_reason: str,
                 scheduled_at: datetime | None, photos: Iterable[dict],
                 networks: Iterable[str] | None = None) -> str:
    """`photos`: dicts with id, sha256, alt (text), none (no identifiable pupils), pupils (ids)
    and adults (declared to show adults only). "adults" enters the hash only when declared, so
    the hashes of every photo made before the declaration existed are unchanged. `networks`
    enter it likewise only when they are not X alone: an X-only post keeps the hash it had
    before networks could be chosen, and adding or removing a network needs a new approval."""
    chosen = canonical_networks(networks)
    content = {
        "v": 2,
        "text": canonical_text(text),
        "category": category,
        "exception": exception,
        "exception_reason": canonical_text(exception_reason),
        "scheduled_at": canonical_instant(scheduled_at),
        "photos": [
            {"sha256": photo["sha256"], "alt": canonical_text(photo["alt"]),
             "none": bool(photo["none"]), "pupils": sorted(photo["pupils"]),
             **({"adults": True} if photo.get("adults") else {})}
            for photo in sorted(photos, key=lambda photo: (photo["id"] is None, photo["id"] or 0))
        ],
        **({"networks": chosen} if chosen != list(X_ONLY) else {}),
    }
    encoded = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(encoded.encode()).hexdigest()
