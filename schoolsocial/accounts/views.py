from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import update_session_auth_hash
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import PasswordChangeForm
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from schoolsocial.accounts import access
from schoolsocial.accounts.forms import (
    ColleagueAddForm,
    LoginForm,
    RoleForm,
    SchoolSettingsForm,
    StaffAddForm,
)
from schoolsocial.accounts.models import Membership, Role, User
from schoolsocial.accounts.policy_forms import RulesForm
from schoolsocial.accounts.twofactor import audit_in_every_school
from schoolsocial.audit.log import record


class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    redirect_authenticated_user = True
    authentication_form = LoginForm


@login_required
def school_settings(request: HttpRequest) -> HttpResponse:
    member = access.require(request, "manage_settings")
    school = member.school
    before = {field: getattr(school, field) for field in SchoolSettingsForm.Meta.fields}
    form = SchoolSettingsForm(request.POST or None, instance=school)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            if form.cleaned_data["policy_preset"] != before["policy_preset"]:
                school.policy_overrides = {}  # adjustments were to the old preset's rules
            school = form.save()
            changes = {
                field: [old, getattr(school, field)]
                for field, old in before.items()
                if getattr(school, field) != old
            }
            if changes:
                record(school, request.user, "school.settings_changed",
                       "School settings changed: " + ", ".join(changes), school, changes=changes)
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
        added = Membership.objects.create(user=data["user"], school=member.school,
                                          role=data["role"])
        record(member.school, request.user, "staff.added",
               f"{added.user.display_name()} added as {added.get_role_display().lower()} "
               "from another school of the trust", added, role=added.role,
               username=added.user.username)
        messages.success(request, f"{added.user.display_name()} can now switch to "
                                  f"{member.school.name} when they sign in.")
        return redirect("staff")
    if adding_colleague and member.school.trust_id is None:
        messages.error(request, f"{member.school.name} is not in a trust, so colleagues from "
                                "other schools cannot be added: add them as new staff below.")
    if request.method == "POST" and not adding_colleague and form.is_valid():
        data = form.cleaned_data
        with transaction.atomic():
            user = User.objects.create_user(
                data["username"], data["email"], data["password"],
                first_name=data["first_name"], last_name=data["last_name"],
            )
            added = Membership.objects.create(user=user, school=member.school, role=data["role"])
            record(member.school, request.user, "staff.added",
                   f"{user.display_name()} added as {added.get_role_display().lower()}", added,
                   role=added.role, username=user.username)
        messages.success(request, f"{user.display_name()} can now sign in.")
        return redirect("staff")
    memberships = member.school.memberships.select_related("user").order_by(
        "user__last_name", "user__first_name"
    )
    context = {"form": form, "colleague_form": colleague_form, "memberships": memberships,
               "roles": Role.choices, "trust": member.school.trust}
    return render(request, "accounts/staff.html", context,
                  status=400 if form.errors or colleague_form.errors else 200)


def _last_headteacher(target: Membership) -> bool:
    return (
        target.role == Role.HEADTEACHER
        and not Membership.objects.filter(school_id=target.school_id, role=Role.HEADTEACHER)
        .exclude(pk=target.pk)
        .exists()
    )


@require_POST
@login_required
def change_role(request: HttpRequest, membership_id: int) -> HttpResponse:
    member, target = access.access_membership(request, membership_id)
    form = RoleForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose one of the roles listed.")
    elif form.cleaned_data["role"] != Role.HEADTEACHER and _last_headteacher(target):
        messages.error(request, "The school needs a headteacher: give someone else the role first.")
    elif form.cleaned_data["role"] != target.role:
        old = target.role
        with transaction.atomic():
            target.role = form.cleaned_data["role"]
            target.save(update_fields=("role",))
            record(member.school, request.user, "staff.role_changed",
                   f"{target.user.display_name()}: {old} → {target.role}", target,
                   old=old, new=target.role)
        role = target.get_role_display().lower()
        messages.success(request, f"{target.user.display_name()} is now {role}.")
    return redirect("staff")


@require_POST
@login_required
def remove_staff(request: HttpRequest, membership_id: int) -> HttpResponse:
    member, target = access.access_membership(request, membership_id)
    if _last_headteacher(target):
        messages.error(request, "The school needs a headteacher: give someone else the role first.")
        return redirect("staff")
    with transaction.atomic():
        record(member.school, request.user, "staff.removed",
               f"{target.user.display_name()} removed from the school", target,
               role=target.role, username=target.user.username)
        target.delete()
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
            before, after = school.policy_overrides, form.adjustments
            with transaction.atomic():
                school.policy_overrides = after
                school.save(update_fields=("policy_overrides",))
                record(school, request.user, "school.policy_changed",
                       "The school's rules were adjusted", school, before=before, after=after)
            messages.success(request, "Rules saved. Every post is checked against them now.")
            return redirect("rules")
    context = {"form": form, "rules": form.bound_rules(), "preset": form.preset,
               "may_edit": access.may(member, "manage_settings")}
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
        with transaction.atomic():
            user = form.save()
            audit_in_every_school(request, "auth.password_changed",
                   f"{user.display_name()} changed their password")
        update_session_auth_hash(request, user)
        messages.success(request, "Your password is changed.")
        return redirect("dashboard")
    return render(request, "accounts/password.html", {"form": form},
                  status=400 if form.errors else 200)
