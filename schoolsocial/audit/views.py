from __future__ import annotations

import json

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods

from schoolsocial.accounts import access
from schoolsocial.accounts.models import User
from schoolsocial.audit import chain, exports, report
from schoolsocial.audit.actions import Event
from schoolsocial.audit.forms import AnchorForm, AuditFilterForm, ReportForm
from schoolsocial.audit.log import record
from schoolsocial.audit.models import AuditEvent
from schoolsocial.audit.queries import filtered, id_below, newest_first
from schoolsocial.paging import older_page

PAGE = 50


def _staff(school):
    return User.objects.filter(memberships__school=school).order_by("last_name", "first_name")


@require_GET
@login_required
def audit_log(request: HttpRequest) -> HttpResponse:
    """Newest first, keyset-paginated on id: the cost of a page does not grow with the log."""
    member = access.require(request, "view_audit")
    school = member.school
    form = AuditFilterForm(request.GET or None, staff=_staff(school))
    events = AuditEvent.objects.filter(school=school)
    status = 200
    query: dict = {}
    if form.is_bound and not form.is_valid():
        events = events.none()
        status = 400
    elif form.is_bound:
        events = filtered(events, form.cleaned_data, school)
        query = form.query()
    page, next_before = older_page(request, events.select_related("actor"), PAGE,
                                   below=id_below, newest_first=newest_first)
    params = request.GET.copy()
    params.pop("before", None)
    context = {
        "form": form,
        "events": page,
        "next_before": next_before,
        "query": params.urlencode(),
        "export_token": exports.export_token(member.user_id, school.pk, query)
        if status == 200 and access.may(member, "export_audit") else None,
        "export_minutes": exports.MAX_AGE // 60,
    }
    return render(request, "audit/log.html", context, status=status)


@require_GET
@login_required
def audit_event(request: HttpRequest, event_id: int) -> HttpResponse:
    member, event = access.access_school_object(
        request, AuditEvent.objects.select_related("actor"), event_id, "view_audit")
    context = {
        "event": event,
        "sections": readable(event.details),
        "previous": AuditEvent.objects.filter(school=member.school, seq=event.seq - 1).first()
        if event.seq else None,
        "next": AuditEvent.objects.filter(school=member.school, seq=event.seq + 1).first()
        if event.seq else None,
        "post_link": event.object_type == "post" and event.object_id.isdigit(),
    }
    return render(request, "audit/event.html", context)


def readable(details: dict) -> list[dict]:
    """The details as sections a governor can read: a diff as a table, lists as lists."""
    sections = []
    for key, value in details.items():
        if key in ("before", "after") and isinstance(details.get("changes"), dict):
            continue  # the changes say them in words; the raw values stay in the export
        label = key.replace("_", " ").capitalize()
        if key == "changes" and isinstance(value, dict):
            rows = [(field.replace("_", " "), *(pair if isinstance(pair, list) and len(pair) == 2
                                                 else ("", pair)))
                    for field, pair in value.items()]
            sections.append({"label": label, "kind": "diff", "rows": rows})
        elif isinstance(value, list) and all(isinstance(item, dict) for item in value):
            items = [_item(item) for item in value]
            sections.append({"label": label, "kind": "list", "items": items})
        elif isinstance(value, dict | list):
            sections.append({"label": label, "kind": "json",
                             "text": json.dumps(value, indent=2, ensure_ascii=False)})
        else:
            sections.append({"label": label, "kind": "text",
                             "text": "—" if value in (None, "") else str(value)})
    return sections


def _item(item: dict) -> str:
    """A finding or an acknowledged warning as a sentence; anything else as key: value pairs."""
    if "message" in item:
        text = f"{item.get('rule', '')}: {item['message']}".lstrip(": ")
        return text + (f" (accepted because: {item['reason']})" if item.get("reason") else "")
    return ", ".join(f"{k}: {v}" for k, v in item.items())


@require_GET
@login_required
def audit_export(request: HttpRequest) -> HttpResponse:
    member = access.require(request, "export_audit")
    school = member.school
    try:
        query = exports.check_export_token(request.GET.get("token", ""), member.user_id,
                                           school.pk)
    except exports.LinkProblem as problem:
        return render(request, "audit/link_problem.html", {"message": problem.message},
                      status=400)
    form = AuditFilterForm(query, staff=_staff(school))
    if not form.is_valid():  # a signed query is one we made; the staff list may have changed
        return render(request, "audit/link_problem.html", {
            "message": "The filters of this export no longer apply (someone in them may have "
                       "left the school). Go back to the audit log and export again."},
            status=400)
    events = filtered(AuditEvent.objects.filter(school=school), form.cleaned_data, school)
    record(school, request.user, Event.AUDIT_EXPORTED, "Audit log exported as CSV",
           filters=form.query())
    stamp = timezone.localtime().strftime("%Y-%m-%d-%H%M")
    response = StreamingHttpResponse(
        (line.encode() for line in exports.csv_lines(events, school.tz)),
        content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="audit-log-{stamp}.csv"'
    return response


@require_http_methods(["GET", "POST"])
@login_required
def audit_verify(request: HttpRequest) -> HttpResponse:
    """POST checks the chain now; GET (a reload, a bookmark) shows the last check's result from
    the log and the form, and checks nothing."""
    member = access.require(request, "verify_audit")
    last_anchor = last_anchor_of(member.school)
    if request.method == "GET":
        last_check = (AuditEvent.objects.filter(school=member.school, action=Event.AUDIT_VERIFIED)
                      .select_related("actor").order_by("-seq").first())
        return render(request, "audit/verify.html", {
            "form": AnchorForm(), "last_anchor": last_anchor, "last_check": last_check})
    form = AnchorForm(request.POST)
    if not form.is_valid():
        return render(request, "audit/verify.html", {"form": form, "last_anchor": last_anchor},
                      status=400)
    verdict = chain.verify(member.school_id)
    anchor = form.cleaned_data.get("position")
    if anchor:
        verdict = chain.check_anchor(verdict, anchor, form.cleaned_data["hash"])
    record(member.school, request.user, Event.AUDIT_VERIFIED,
           f"Audit chain checked: {'intact' if verdict.intact else 'BROKEN'}, "
           f"{verdict.checked} events", intact=verdict.intact, checked=verdict.checked,
           head_hash=verdict.head_hash,
           broken=verdict.broken.message if verdict.broken else None, anchor=anchor)
    broken_event = (AuditEvent.objects.filter(pk=verdict.broken.event_id).first()
                    if verdict.broken else None)
    return render(request, "audit/verify.html", {
        "verdict": verdict, "broken_event": broken_event, "anchor": anchor, "form": form,
        "last_anchor": last_anchor})


def last_anchor_of(school) -> AuditEvent | None:
    """The latest anchor e-mailed to the governors, as the log itself remembers it."""
    return (AuditEvent.objects.filter(school=school, action=Event.AUDIT_ANCHORED)
            .order_by("-seq").first())


@require_GET
@login_required
def audit_report(request: HttpRequest) -> HttpResponse:
    member = access.require(request, "view_reports")
    school = member.school
    terms = report.recent_terms(timezone.localdate())
    form = ReportForm(request.GET or None, terms=[(t.key, t.label) for t in terms])
    chosen = terms[0]
    if form.is_bound and not form.is_valid():
        return render(request, "audit/report.html", {"form": form, "school": school}, status=400)
    if form.is_bound and form.cleaned_data.get("start"):
        start, end = form.cleaned_data["start"], form.cleaned_data["end"]
        title = f"{start:%-d %B %Y} to {end:%-d %B %Y}"
    else:
        if form.is_bound and form.cleaned_data.get("term"):
            chosen = next(t for t in terms if t.key == form.cleaned_data["term"])
        start, end, title = chosen.start, chosen.end, chosen.label
    context = {"form": form, "school": school, "title": title,
               "report": report.build(school, start, end), "printed": timezone.localtime(),
               "last_anchor": last_anchor_of(school)}
    return render(request, "audit/report.html", context)
