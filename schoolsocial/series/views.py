"""Recurring posts: the series list with each one's next occurrences, creating, pausing, and the
school's term dates."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from schoolsocial.accounts import access
from schoolsocial.posts.checks import SchoolFacts
from schoolsocial.series import actions
from schoolsocial.series.access import access_series
from schoolsocial.series.forms import SeriesForm, TermDatesForm, rule_in_words
from schoolsocial.series.models import Series, TermDates
from schoolsocial.series.outlook import AHEAD, notes, outlook
from schoolsocial.series.tasks import HORIZON


@require_GET
@login_required
def series_list(request: HttpRequest) -> HttpResponse:
    member = access.require(request, "view_series")
    rows = []
    facts = SchoolFacts.of(member.school)  # the rules' reading of the school, once a page
    for series in Series.objects.filter(school=member.school).select_related("author", "school"):
        coming, awkward = outlook(series, school_facts=facts)
        rows.append({"series": series, "in_words": rule_in_words(series.rule),
                     "next": coming, "awkward": awkward,
                     "notes": notes(coming + awkward),
                     "may_manage": access.may_manage_series(member, series)})
    context = {"rows": rows, "terms": member.school.terms.all(), "horizon": HORIZON.days,
               "ahead": AHEAD.days}
    return render(request, "series/list.html", context)


@login_required
def series_create(request: HttpRequest) -> HttpResponse:
    member = access.require(request, "create_series")
    form = SeriesForm(request.POST or None, school=member.school)
    context: dict = {"form": form, "ahead": AHEAD.days}
    if request.method == "POST" and form.is_valid():
        data = {field: form.cleaned_data[field] for field in SeriesForm.Meta.fields}
        if "preview" in request.POST:  # Check the dates: what would happen, nothing saved
            unsaved = Series(school=member.school, author=member.user, **data)
            context["next"], context["awkward"] = outlook(unsaved)
            context["notes"] = notes(context["next"] + context["awkward"])
            return render(request, "series/form.html", context)
        _, made = actions.do_create_series(member, data)
        messages.success(request, f"Series saved. {len(made)} post(s) made for the next "
                                  f"{HORIZON.days} days and sent for approval.")
        return redirect("series_list")
    status = 400 if form.errors else 200
    return render(request, "series/form.html", context, status=status)


@require_POST
@login_required
def series_pause(request: HttpRequest, series_id: int) -> HttpResponse:
    member, series = access_series(request, series_id, "manage")
    paused = request.POST.get("paused", "1") != "0"
    actions.do_pause_series(member, series, paused)
    messages.success(request, "Series paused: no new posts are made. Posts already made stay "
                              "in the queue." if paused else "Series resumed.")
    return redirect("series_list")


@login_required
def term_dates(request: HttpRequest) -> HttpResponse:
    member = access.require(request, "manage_settings")
    form = TermDatesForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        actions.do_add_term(member, {field: form.cleaned_data[field]
                                     for field in TermDatesForm.Meta.fields})
        messages.success(request, "Term added.")
        return redirect("term_dates")
    context = {"form": form, "terms": member.school.terms.all()}
    return render(request, "series/terms.html", context, status=400 if form.errors else 200)


@require_POST
@login_required
def term_remove(request: HttpRequest, term_id: int) -> HttpResponse:
    member, term = access.access_school_object(request, TermDates.objects, term_id,
                                               "manage_settings")
    actions.do_remove_term(member, term)
    messages.success(request, "Term removed.")
    return redirect("term_dates")
