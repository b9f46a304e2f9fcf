"""length, category and reply."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from twitter_text import parse_tweet

from policies.facts import CATEGORIES
from policies.policy import RuleConfig
from policies.report import Finding
from policies.rules.context import Context, finding, severity

# Every link has a dot inside a word; without one, plain ASCII weighs exactly 1 a character.
_MAYBE_LINK = re.compile(r"[^\s.]\.[^\s.]")

CATEGORY_NAMES = dict(
    zip(
        CATEGORIES,
        (
            "teaching and learning",
            "trip",
            "residential visit",
            "school event",
            "sport",
            "celebration",
            "news",
            "reminder",
            "urgent information",
            "newsletter",
            "other",
        ),
        strict=True,
    )
)


def weighted_length(text: str) -> int:
    """The length X counts: most characters 1, CJK and emoji 2, every URL 23."""
    if text.isascii() and not _MAYBE_LINK.search(text):
        return len(text)
    return parse_tweet(text).weightedLength


def most_weight(text: str) -> int:
    """An upper bound of weighted_length, cheap: 2 for any non-ASCII character, and 23 more for
    every place a link might be."""
    text = unicodedata.normalize("NFC", text)
    ascii_count = len(text.encode("ascii", "ignore"))
    links = len(_MAYBE_LINK.findall(text))
    return ascii_count + 2 * (len(text) - ascii_count) + 23 * links


def check_length(ctx: Context, config: RuleConfig) -> Iterator[Finding]:
    limit = config.params["limit"]
    text = ctx.draft.text
    if most_weight(text) <= limit:
        return
    length = weighted_length(text)
    if length > limit:
        over = length - limit
        yield finding(
            "length",
            config,
            config.severity,
            f"The post is {over} character{'s' if over != 1 else ''} too long for X "
            f"({length} of {limit}). Shorten it or split it into two posts.",
        )


def check_category(ctx: Context, config: RuleConfig) -> Iterator[Finding]:
    allowed = config.params["allowed"]
    category = ctx.draft.category
    if category not in allowed:
        named = CATEGORY_NAMES.get(category, category)
        choices = ", ".join(CATEGORY_NAMES[c] for c in allowed)
        yield finding(
            "category",
            config,
            config.severity,
            f"This policy does not post {named}. It allows: {choices}. Choose one of "
            f"those, or share this another way (letter, website, text message).",
        )


def check_reply(ctx: Context, config: RuleConfig) -> Iterator[Finding]:
    draft = ctx.draft
    if draft.reply_to:
        yield finding(
            "reply",
            config,
            config.severity,
            f"This post replies to {draft.reply_to}. The school's account does not "
            f"reply: post it as news for everyone, or contact the person another way.",
        )
    text = draft.text
    stripped = text.lstrip()
    sev = severity(config.params["mention_at_start"])
    if sev and stripped.startswith("@"):
        start = len(text) - len(stripped)
        end = start + len(stripped.split(maxsplit=1)[0])
        yield finding(
            "reply",
            config,
            sev,
            f"The post begins with {text[start:end]}, so X treats it like a reply. "
            f"Start with words, or put the handle later in the post.",
            start,
            end,
        )
