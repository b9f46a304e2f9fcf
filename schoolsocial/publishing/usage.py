"""A school's X use this month, counted as X charges it, and its estimated cost.

    count(school, UsageKind.OWNED_READ, 100)   # the worker, after reading 100 followers
    this_month(school) -> Usage                # the Publishing page

Posts are counted when they are published (a post with a link at X's link rate, each photo
description as one metadata request); reads by the resources X returned (X's "owned reads").
The rates are settings.X_RATES; the cost is an estimate, X's console has the bill.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.conf import settings
from django.db.models import F
from django.utils import timezone

from schoolsocial.publishing.models import UsageKind, XUsage

LINK = re.compile(r"https?://\S+|\bwww\.\S+", re.IGNORECASE)


def has_link(text: str) -> bool:
    return bool(LINK.search(text or ""))


def link_multiple() -> int:
    """How many times dearer a post with a link is than one without (13 at X's 2026 rates)."""
    plain = settings.X_RATES["post"]
    return round(settings.X_RATES["post_with_link"] / plain) if plain else 0


def link_note(text: str) -> str:
    """What the composer says when a link makes a post dearer on X; "" for a plain post."""
    if not has_link(text):
        return ""
    rates = settings.X_RATES
    return (f"A link makes this post cost X about {link_multiple()} times more "
            f"(${rates['post_with_link']} rather than ${rates['post']}). You could leave the "
            f"link out and say it is on the school's website instead.")


def month_of(school, when=None) -> date:
    return timezone.localdate(when or timezone.now(), timezone=school.tz).replace(day=1)


def count(school, kind: str, n: int = 1) -> None:
    if n <= 0:
        return
    month = month_of(school)
    if not XUsage.objects.filter(school=school, month=month, kind=kind).update(
            count=F("count") + n):
        row, created = XUsage.objects.get_or_create(school=school, month=month, kind=kind,
                                                    defaults={"count": n})
        if not created:
            XUsage.objects.filter(pk=row.pk).update(count=F("count") + n)


def count_post(school, text: str, photos_with_alt_text: int = 0) -> None:
    count(school, UsageKind.POST_WITH_LINK if has_link(text) else UsageKind.POST)
    count(school, UsageKind.ALT_TEXT, photos_with_alt_text)


@dataclass(frozen=True)
class Line:
    kind: str
    label: str
    count: int
    rate: Decimal

    @property
    def cost(self) -> Decimal:
        return self.rate * self.count


@dataclass(frozen=True)
class Usage:
    month: date
    lines: list[Line]

    @property
    def cost(self) -> Decimal:
        return sum((line.cost for line in self.lines), Decimal(0))

    def of(self, kind: str) -> int:
        return next((line.count for line in self.lines if line.kind == kind), 0)


def this_month(school) -> Usage:
    month = month_of(school)
    counts = dict(XUsage.objects.filter(school=school, month=month).values_list("kind", "count"))
    return Usage(month, [Line(kind, label, counts.get(kind, 0), settings.X_RATES[kind])
                         for kind, label in UsageKind.choices])
