"""Bluesky rich-text facets: links, mentions and hashtags, so they are live in the app.

A facet marks a byte range of the UTF-8 text (byteStart inclusive, byteEnd exclusive), not a
character range, so an emoji or an accented letter before a link moves it by several bytes.
Mentions carry the account's DID: a handle that does not resolve is left as plain text.

    facets(text, resolve=lambda handle: did_or_none)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import regex

LINK = regex.compile(r"https?://[^\s<>\"]+[^\s<>\".,;:!?)\]'’”]")
# A handle is a domain name: labels of letters, digits and hyphens, with a dot.
MENTION = regex.compile(r"(?<![\w@])@((?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+"
                        r"[a-zA-Z](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)")
# A tag: # then letters, digits, marks, underscores; not only digits; at most 64 graphemes.
HASHTAG = regex.compile(r"(?<![\w#&])[#＃]((?!\d+\b)[\p{L}\p{M}\p{N}_]{1,64})")


def facets(text: str, resolve: Callable[[str], str | None]) -> list[dict[str, Any]]:
    links = [match.span() for match in LINK.finditer(text)]
    found = []
    for match in LINK.finditer(text):
        found.append(_facet(text, match.span(), {"$type": "app.bsky.richtext.facet#link",
                                                 "uri": match.group(0)}))
    for match in MENTION.finditer(text):
        if _inside(match.span(), links):
            continue
        did = resolve(match.group(1).lower())
        if did:
            found.append(_facet(text, match.span(), {"$type": "app.bsky.richtext.facet#mention",
                                                     "did": did}))
    for match in HASHTAG.finditer(text):
        if not _inside(match.span(), links):
            found.append(_facet(text, match.span(), {"$type": "app.bsky.richtext.facet#tag",
                                                     "tag": match.group(1)}))
    return sorted(found, key=lambda f: f["index"]["byteStart"])


def _facet(text: str, span: tuple[int, int], feature: dict[str, str]) -> dict[str, Any]:
    start = len(text[:span[0]].encode())
    end = start + len(text[span[0]:span[1]].encode())
    return {"index": {"byteStart": start, "byteEnd": end}, "features": [feature]}


def _inside(span: tuple[int, int], links: list[tuple[int, int]]) -> bool:
    """Whether a match starts inside a link (a #fragment or an @ in a URL)."""
    return any(start <= span[0] < end for start, end in links)
