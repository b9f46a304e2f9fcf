"""Newest-first pages, keyset-paginated on id: a page costs the same however far back it is."""

from __future__ import annotations

from collections.abc import Callable

from django.db.models import QuerySet
from django.http import HttpRequest


def _below(rows: QuerySet, bound: int) -> QuerySet:
    return rows.filter(id__lt=bound)


def _newest_first(rows: QuerySet) -> QuerySet:
    return rows.order_by("-id")


def older_page(request: HttpRequest, rows: QuerySet, size: int, *,
               below: Callable[[QuerySet, int], QuerySet] = _below,
               newest_first: Callable[[QuerySet], QuerySet] = _newest_first
               ) -> tuple[list, int | None]:
    """The `size` newest of `rows` below the id in ?before= (from the top without it), and the
    id to ask for the next, older page (None on the last). `below` and `newest_first` are how
    `rows` filter and sort by id, for a query that cannot use its id column directly."""
    before = request.GET.get("before", "")
    if before.isdigit():
        rows = below(rows, int(before))
    page = list(newest_first(rows)[: size + 1])
    return page[:size], page[size - 1].pk if len(page) > size else None
