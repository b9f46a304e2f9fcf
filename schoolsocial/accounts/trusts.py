"""Several schools: switching the school one works in, and the trust page for an executive
headteacher (each school's queue, failures, open concerns and overdue duties; read-only)."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from schoolsocial.accounts import access, actions
from schoolsocial.accounts.models import School
from schoolsocial.accounts.security import safe_next


def switcher(request: HttpRequest) -> dict:
    """Template context: the schools the user can switch between, and whether they lead a trust.
    The memberships are the ones access.py read for the current school: no second query."""
    user = getattr(request, "user", None)  # none on an error page raised before sign-in
    if not (user and user.is_authenticated):
        return {}
    return {"my_schools": lambda: access.memberships(request),
            "leads_trust": lambda: access.leads_trust(request)}


@require_POST
@login_required
def switch(request: HttpRequest) -> HttpResponse:
    before = access.current_membership(request)
    member = access.access_school_switch(request, request.POST.get("school_id"))
    if before is None or member.pk != before.pk:
        actions.do_switch_school(request, before, member)
        messages.success(request, f"You are now working in {member.school.name} "
                                  f"as {member.get_role_display().lower()}.")
    return redirect(safe_next(request))


@dataclass
class SchoolFigures:
    school: School
    awaiting_approval: int
    failed: int
    outcome_unknown: int
    open_concerns: int
    overdue_duties: int


def figures(trust) -> list[SchoolFigures]:
    from schoolsocial.governance import duties
    from schoolsocial.posts.states import State

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
