from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import update_session_auth_hash
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import PasswordChangeForm
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

import policies
from schoolsocial.accounts import access, actions
from schoolsocial.accounts.forms import (
    ColleagueAddForm,
    LoginForm,
    RoleForm,
    SchoolSettingsForm,
    StaffAddForm,
)
from schoolsocial.accounts.models import Role
from schoolsocial.accounts.policy_forms import RulesForm


class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    redirect_authenticated_user = True
    authentication_form = LoginForm


@login_required
def school_settings(request: HttpRequest) -> HttpResponse:
    member = access.require(request, "manage_settings")
    form = SchoolSettingsForm(request.POST or None, instance=member.school)
    if request.method == "POST" and form.is_valid():
        actions.do_change_settings(member, {field: form.cleaned_data[field]
                                            for field in SchoolSettingsForm.Meta.fields})
        messages.success(request, "Settings saved.")
        return redirect("school_settings")
    status = 400 if form.errors else 200
    return render(request, "accounts/settings.html", {"form": form}, status=status)


@login_required
def staff(request: HttpRequest) -> HttpResponse:
    member = access.require(request, "manage_settings")
    adding_colleague = "colleague-user" in request.POST
    form = StaffAddForm(None if adding_colleague else request.POST or None)
    colleague_form = ColleagueAddForm(request.POST if adding_colleague else None,
                                      school=member.school)
    if adding_colleague and colleague_form.is_valid():
        data = colleague_form.cleaned_data
        added = actions.do_add_colleague(member, data["user"], data["role"])
        messages.success(request, f"{added.user.display_name()} can now switch to "
                                  f"{member.school.name} when they sign in.")
        return redirect("staff")
    if adding_colleague and member.school.trust_id is None:
        messages.error(request, f"{member.school.name} is not in a trust, so colleagues from "
                                "other schools cannot be added: add them as new staff below.")
    if request.method == "POST" and not adding_colleague and form.is_valid():
        added = actions.do_add_staff(member, form.cleaned_data)
        messages.success(request, f"{added.user.display_name()} can now sign in.")
        return redirect("staff")
    memberships = member.school.memberships.select_related("user").order_by(
        "user__last_name", "user__first_name"
    )
    context = {"form": form, "colleague_form": colleague_form, "memberships": memberships,
               "roles": Role.choices, "trust": member.school.trust}
    return render(request, "accounts/staff.html", context,
                  status=400 if form.errors or colleague_form.errors else 200)


@require_POST
@login_required
def change_role(request: HttpRequest, membership_id: int) -> HttpResponse:
    member, target = access.access_membership(request, membership_id)
    form = RoleForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose one of the roles listed.")
        return redirect("staff")
    try:
        changed = actions.do_change_role(member, target, form.cleaned_data["role"])
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        if changed:
            role = Role(form.cleaned_data["role"]).label.lower()
            messages.success(request, f"{target.user.display_name()} is now {role}.")
    return redirect("staff")


@require_POST
@login_required
def remove_staff(request: HttpRequest, membership_id: int) -> HttpResponse:
    member, target = access.access_membership(request, membership_id)
    try:
        actions.do_remove_staff(member, target)
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(request, f"{target.user.display_name()} can no longer see this school.")
    return redirect("staff")


@login_required
def rules(request: HttpRequest) -> HttpResponse:
    """The school's rules with the clause behind each; the headteacher adjusts them."""
    member = access.require(request, "view_dashboard")
    school = member.school
    form = RulesForm(request.POST or None, school=school)
    if request.method == "POST":
        access.require(request, "manage_settings")
        if form.is_valid():
            changes = actions.do_change_rules(member, form.adjustments)
            words = "; ".join(f"{what}: now {new} (was {old})"
                              for what, (old, new) in changes.items())
            messages.success(request, f"Rules saved: {words}. Every post is checked against "
                             "them now." if words else "Rules saved: nothing changed.")
            return redirect("rules")
    context = {"form": form, "rules": form.bound_rules(), "preset": form.preset,
               "may_edit": access.may(member, "manage_settings"),
               "who_may_reply": policies.who_may_reply(school.policy())}
    return render(request, "accounts/rules.html", context, status=400 if form.errors else 200)


@login_required
def change_password(request: HttpRequest) -> HttpResponse:
    """Anyone signed in changes their own password (the old one first); they stay signed in,
    and every other session of theirs ends. Audited in each of their schools."""
    access.require(request, "view_dashboard")
    form = PasswordChangeForm(request.user, request.POST or None)
    for field in form.fields.values():
        field.widget.attrs.pop("autofocus", None)
    if request.method == "POST" and form.is_valid():
        user = actions.do_change_password(request, form)
        update_session_auth_hash(request, user)
        messages.success(request, "Your password is changed.")
        return redirect("dashboard")
    return render(request, "accounts/password.html", {"form": form},
                  status=400 if form.errors else 200)
