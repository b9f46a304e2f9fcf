"""Recurring posts: the series list with each one's next occurrences, creating, pausing, and the
school's term dates."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from schoolsocial.accounts import access
from schoolsocial.audit.log import record
from schoolsocial.series.forms import SeriesForm, TermDatesForm
from schoolsocial.series.models import Series, TermDates
from schoolsocial.series.tasks import HORIZON, generate, upcoming


@require_GET
@login_required
def series_list(request: HttpRequest) -> HttpResponse:
    member = access.require(request, "view_series")
    rows = [{"series": series, "next": upcoming(series),
             "may_manage": access.may_manage_series(member, series)}
            for series in Series.objects.filter(school=member.school).select_related(
                "author", "school")]
    context = {"rows": rows, "terms": member.school.terms.all(), "horizon": HORIZON.days}
    return render(request, "series/list.html", context)


@login_required
def series_create(request: HttpRequest) -> HttpResponse:
    member = access.require(request, "create_series")
    form = SeriesForm(request.POST or None, school=member.school)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            series = form.save(commit=False)
            series.school, series.author = member.school, member.user
            series.save()
            record(member.school, member.user, "series.created",
                   f"Recurring post created: {series}", series, rule=series.rule,
                   time=series.time.isoformat(), starts_on=series.starts_on.isoformat())
        made = generate(series)
        messages.success(request, f"Series saved. {len(made)} post(s) made for the next "
                                  f"{HORIZON.days} days and sent for approval.")
        return redirect("series_list")
    status = 400 if form.errors else 200
    return render(request, "series/form.html", {"form": form}, status=status)


@require_POST
@login_required
def series_pause(request: HttpRequest, series_id: int) -> HttpResponse:
    member, series = access.access_series(request, series_id, "manage")
    paused = request.POST.get("paused", "1") != "0"
    if series.paused != paused:
        with transaction.atomic():
            series.paused = paused
            series.save(update_fields=("paused",))
            verb = "paused" if paused else "resumed"
            record(member.school, member.user, f"series.{verb}",
                   f"Recurring post {verb}: {series}", series)
        if not paused:
            generate(series)
    messages.success(request, "Series paused: no new posts are made. Posts already made stay "
                              "in the queue." if paused else "Series resumed.")
    return redirect("series_list")


@login_required
def term_dates(request: HttpRequest) -> HttpResponse:
    member = access.require(request, "manage_settings")
    form = TermDatesForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            term = form.save(commit=False)
            term.school = member.school
            term.save()
            record(member.school, member.user, "terms.added", f"Term dates added: {term}", term)
        messages.success(request, "Term added.")
        return redirect("term_dates")
    context = {"form": form, "terms": member.school.terms.all()}
    return render(request, "series/terms.html", context, status=400 if form.errors else 200)


@require_POST
@login_required
def term_remove(request: HttpRequest, term_id: int) -> HttpResponse:
    member, term = access.access_school_object(request, TermDates.objects, term_id,
                                               "manage_settings")
    with transaction.atomic():
        record(member.school, member.user, "terms.removed", f"Term dates removed: {term}", term)
        term.delete()
    messages.success(request, "Term removed.")
    return redirect("term_dates")
