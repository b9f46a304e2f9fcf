"""Several schools: switching the school one works in. (The trust page, which reads posts and
duties, is governance/trust.py.)"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from schoolsocial.accounts import access, actions
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
