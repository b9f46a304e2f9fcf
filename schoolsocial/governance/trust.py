"""The trust page for an executive headteacher: each school's queue, failures, open concerns and
overdue duties (read-only). Here rather than in accounts/, which imports nothing above it."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.decorators import login_required
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from schoolsocial.accounts import access
from schoolsocial.accounts.models import School
from schoolsocial.governance import duties
from schoolsocial.posts.states import State


@dataclass
class SchoolFigures:
    school: School
    awaiting_approval: int
    failed: int
    outcome_unknown: int
    open_concerns: int
    overdue_duties: int


def figures(trust) -> list[SchoolFigures]:
    schools = trust.schools.order_by("name").annotate(
        awaiting=Count("posts", filter=Q(posts__state=State.SUBMITTED)),
        failed_posts=Count("posts", filter=Q(posts__state=State.FAILED)),
        unknown_posts=Count("posts", filter=Q(posts__state=State.UNKNOWN)),
    )
    concerns = dict(
        trust.schools.annotate(n=Count("concerns", filter=Q(concerns__resolved_at=None)))
        .values_list("pk", "n")
    )
    return [
        SchoolFigures(school, school.awaiting, school.failed_posts, school.unknown_posts,
                      concerns.get(school.pk, 0),
                      sum(status.state == "overdue" for status in duties.statuses(school)))
        for school in schools
    ]


@login_required
def trust_overview(request: HttpRequest) -> HttpResponse:
    trusts = access.access_trusts(request)
    rows = [(trust, figures(trust)) for trust in trusts]
    return render(request, "accounts/trust.html", {"rows": rows})
