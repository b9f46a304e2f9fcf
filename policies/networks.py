"""Each network's limits, in one table, and the checks a post meets before approval: facts the
rules engine's side checks (posts/networks.py), pure as the rest of policies/.

    limits = LIMITS["bluesky"]                     # or network_limits("mastodon", max_length=500)
    problems = check_for(limits, text, photos)     # [] when the post fits, else sentences to show

Length is counted as each network counts it: X weighted (most characters 1, CJK and emoji 2,
every link 23); Bluesky grapheme clusters (what a reader sees as one character: an emoji with
its skin tone, a letter with its combining accent); Mastodon grapheme clusters too, with every
link counted as 23 and a mention as its local part (@name, not @name@instance), up to the
instance's own limit read when the account is connected. Adding a network is a row here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import regex

from policies.rules.basic import weighted_length

_GRAPHEME = regex.compile(r"\X")
_URL = regex.compile(r"https?://[^\s<>\"]+[^\s<>\".,;:!?)\]'’”]")
_MASTODON_MENTION = regex.compile(r"(?<![\w@])@(\w+)@[\w.-]+\w")
MASTODON_LINK_LENGTH = 23


def graphemes(text: str) -> int:
    """Grapheme clusters, as Bluesky counts its 300."""
    return len(_GRAPHEME.findall(text))


def mastodon_length(text: str) -> int:
    """As Mastodon's StatusLengthValidator: every link 23, a remote mention its local part."""
    text = _URL.sub("x" * MASTODON_LINK_LENGTH, text)
    return graphemes(_MASTODON_MENTION.sub(r"@\1", text))


@dataclass(frozen=True)
class Limits:
    network: str
    label: str  # the network's name as a reader sees it
    max_length: int
    count: Callable[[str], int]
    unit: str  # what count() counts, for the message
    max_images: int
    max_image_bytes: int | None = None  # None: the network resizes what it is given
    alt_text_required: bool = True


LIMITS: dict[str, Limits] = {
    "x": Limits("x", "X", 280, weighted_length, "characters (X's weighted count)", 4),
    "bluesky": Limits("bluesky", "Bluesky", 300, graphemes, "characters", 4, 1_000_000),
    "mastodon": Limits("mastodon", "Mastodon", 500, mastodon_length, "characters", 4),
}


def network_limits(network: str, *, max_length: int | None = None) -> Limits:
    """The table's row, with the account's own length limit (a Mastodon instance's) when known."""
    limits = LIMITS[network]
    return replace(limits, max_length=max_length) if max_length else limits


@dataclass(frozen=True)
class Attached:
    """What the check needs of a photo: its alt text and the size it would be sent at."""

    alt_text: str
    size: int


def check_for(limits: Limits, text: str, photos: Sequence[Attached] = ()) -> list[str]:
    problems = []
    length = limits.count(text)
    if length > limits.max_length:
        problems.append(
            f"Too long for {limits.label}: {length} {limits.unit}, "
            f"{limits.max_length} at most. Shorten it by {length - limits.max_length}."
        )
    if len(photos) > limits.max_images:
        problems.append(
            f"{limits.label} takes at most {limits.max_images} photos; this post has {len(photos)}."
        )
    if limits.alt_text_required:
        missing = [str(n) for n, photo in enumerate(photos, 1) if not photo.alt_text.strip()]
        if missing:
            problems.append(
                f"{limits.label} needs a description (alt text) for every photo: "
                f"photo {', '.join(missing)} has none."
            )
    if limits.max_image_bytes:
        for n, photo in enumerate(photos, 1):
            if photo.size > limits.max_image_bytes:
                problems.append(
                    f"Photo {n} cannot be made small enough for {limits.label} "
                    f"({photo.size:,} bytes, {limits.max_image_bytes:,} at most)."
                )
    return problems
