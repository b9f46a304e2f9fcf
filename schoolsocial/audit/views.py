from __future__ import annotations

from datetime import datetime, time, timedelta

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from schoolsocial.accounts import access
from schoolsocial.accounts.models import User
from schoolsocial.audit.actions import ACTIONS
from schoolsocial.audit.forms import AuditFilterForm
from schoolsocial.audit.models import AuditEvent

PAGE = 50


@require_GET
@login_required
def audit_log(request: HttpRequest) -> HttpResponse:
    """Newest first, keyset-paginated on id: the cost of a page does not grow with the log."""
    member = access.require(request, "view_audit")
    school = member.school
    staff = User.objects.filter(memberships__school=school).order_by("last_name", "first_name")
    form = AuditFilterForm(request.GET or None, staff=staff)
    events = AuditEvent.objects.filter(school=school)
    status = 200
    if form.is_bound and not form.is_valid():
        events = events.none()
        status = 400
    elif form.is_bound:
        events = _filtered(events, form.cleaned_data, school)
    before = request.GET.get("before", "")
    if before.isdigit():
        events = events.filter(id__lt=int(before))
    page = list(events.select_related("actor").order_by("-id")[: PAGE + 1])
    query = request.GET.copy()
    query.pop("before", None)
    context = {
        "form": form,
        "events": page[:PAGE],
        "labels": ACTIONS,
        "next_before": page[PAGE - 1].id if len(page) > PAGE else None,
        "query": query.urlencode(),
    }
    return render(request, "audit/log.html", context, status=status)


def _filtered(events, data: dict, school):
    if data.get("actor"):
        events = events.filter(actor_id=data["actor"])
    if data.get("action"):
        events = events.filter(action=data["action"])
    # Dates become id bounds (ids grow with time), so the newest-first index serves every filter.
    if data.get("start"):
        first = _first_id_from(school, data["start"])
        events = events.filter(id__gte=first) if first else events.none()
    if data.get("end"):
        after_end = _first_id_from(school, data["end"] + timedelta(days=1))
        if after_end:
            events = events.filter(id__lt=after_end)
    return events


def _first_id_from(school, day) -> int | None:
    """The id of the school's first event on or after the start of `day` in its timezone."""
    since = datetime.combine(day, time.min, tzinfo=school.tz)
    return (
        AuditEvent.objects.filter(school=school, created_at__gte=since)
        .order_by("created_at", "id")
        .values_list("id", flat=True)
        .first()
    )
