"""Series fetched by the rules of accounts/access.py."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest

from schoolsocial.accounts import access
from schoolsocial.series.models import Series


def access_series(request: HttpRequest, series_id: int, action: str = "view"):
    """(membership, series) of the user's school: 404 for another school's, 403 when `action`
    is "manage" and the user may not (see may_manage_series)."""
    member, series = access.access_school_object(request, Series.objects.select_related("author"),
                                          series_id, "view_series")
    if action == "manage" and not access.may_manage_series(member, series):
        raise PermissionDenied("Only the series' author, an approver or the headteacher can "
                               "pause or resume it.")
    return member, series
