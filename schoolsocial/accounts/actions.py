"""do_*: the school's settings and rules, its staff and their roles, the school a user works
in and their own password, each in one transaction with its audit event.

A school always keeps a headteacher. The guard runs under a lock on the school's row, so two
demotions (or removals) at once are taken one after the other and the second sees the first:
read without the lock, both would find another headteacher and both would pass.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest

from schoolsocial.accounts import access
from schoolsocial.accounts.models import Membership, Role, School, User
from schoolsocial.accounts.policy_forms import changes_in_words
from schoolsocial.audit.actions import Event
from schoolsocial.audit.log import record

LAST_HEADTEACHER = "The school needs a headteacher: give someone else the role first."


def _school(member: Membership) -> School:
    """The member's school, locked: one change to its settings or staff at a time."""
    return School.objects.select_for_update().get(pk=member.school_id)


@transaction.atomic
def do_change_settings(member: Membership, data: dict) -> School:
    """`data`: the settings form's cleaned fields. A new preset drops the old one's adjustments."""
    school = _school(member)
    before = {field: getattr(school, field) for field in data}
    if data.get("policy_preset", school.policy_preset) != school.policy_preset:
        school.policy_overrides = {}  # adjustments were to the old preset's rules
    for field, value in data.items():
        setattr(school, field, value)
    school.save()
    changes = {field: [old, getattr(school, field)] for field, old in before.items()
               if getattr(school, field) != old}
    if changes:
        record(school, member.user, Event.SCHOOL_SETTINGS_CHANGED,
               "School settings changed: " + ", ".join(changes), school, changes=changes)
    return school


@transaction.atomic
def do_change_rules(member: Membership, adjustments: dict) -> dict[str, list[str]]:
    """Save the adjustments; returns what changed, in words ({"Rule: setting": [was, now]})."""
    school = _school(member)
    before, was = school.policy_overrides, school.policy()
    school.policy_overrides = adjustments
    school.save(update_fields=("policy_overrides",))
    changes = changes_in_words(was, school.policy())
    summary = "The school's rules were adjusted"
    if changes:
        summary += ": " + "; ".join(f"{what} {old} → {new}"
                                    for what, (old, new) in changes.items())
    record(school, member.user, Event.SCHOOL_POLICY_CHANGED, summary, school,
           changes=changes, before=before, after=adjustments)
    return changes


@transaction.atomic
def do_add_staff(member: Membership, data: dict) -> Membership:
    """A new user with a role in the member's school (the staff form's cleaned data)."""
    user = User.objects.create_user(data["username"], data["email"], data["password"],
                                    first_name=data["first_name"], last_name=data["last_name"])
    added = Membership.objects.create(user=user, school_id=member.school_id, role=data["role"])
    record(member.school, member.user, Event.STAFF_ADDED,
           f"{user.display_name()} added as {added.get_role_display().lower()}", added,
           role=added.role, username=user.username)
    return added


@transaction.atomic
def do_add_colleague(member: Membership, user: User, role: str) -> Membership:
    """A colleague from another school of the trust, given a role in this one."""
    added = Membership.objects.create(user=user, school_id=member.school_id, role=role)
    record(member.school, member.user, Event.STAFF_ADDED,
           f"{user.display_name()} added as {added.get_role_display().lower()} "
           "from another school of the trust", added, role=added.role, username=user.username)
    return added


def _keeps_a_headteacher(target: Membership) -> None:
    """Raise unless the school has a headteacher besides `target` (the school's row locked)."""
    if target.role == Role.HEADTEACHER and not Membership.objects.filter(
            school_id=target.school_id, role=Role.HEADTEACHER).exclude(pk=target.pk).exists():
        raise ValidationError(LAST_HEADTEACHER)


@transaction.atomic
def do_change_role(member: Membership, target: Membership, role: str) -> bool:
    """Give `target` the role; False if they had it already. ValidationError for the last
    headteacher."""
    _school(member)
    target = Membership.objects.select_related("user").get(pk=target.pk)
    if target.role == role:
        return False
    if role != Role.HEADTEACHER:
        _keeps_a_headteacher(target)
    old, target.role = target.role, role
    target.save(update_fields=("role",))
    record(member.school, member.user, Event.STAFF_ROLE_CHANGED,
           f"{target.user.display_name()}: {old} → {target.role}", target, old=old,
           new=target.role)
    return True


@transaction.atomic
def do_remove_staff(member: Membership, target: Membership) -> None:
    _school(member)
    target = Membership.objects.select_related("user").get(pk=target.pk)
    _keeps_a_headteacher(target)
    record(member.school, member.user, Event.STAFF_REMOVED,
           f"{target.user.display_name()} removed from the school", target,
           role=target.role, username=target.user.username)
    target.delete()


@transaction.atomic
def do_switch_school(request: HttpRequest, before: Membership | None, member: Membership) -> None:
    """Work in `member`'s school from now on (access_school_switch gave `member`)."""
    access.switch_school(request, member)
    record(member.school, request.user, Event.AUTH_SCHOOL_SWITCHED,
           f"{request.user.display_name()} switched to this school"
           + (f" from {before.school.name}" if before else ""),
           member, from_school=before.school_id if before else None)


@transaction.atomic
def do_change_password(request: HttpRequest, form) -> User:
    """The signed-in user's new password (`form`: a valid PasswordChangeForm), audited in each of
    their schools, as sign-ins are."""
    user = form.save()
    for member in access.memberships(request):
        record(member.school, request.user, Event.AUTH_PASSWORD_CHANGED,
               f"{user.display_name()} changed their password", request.user)
    return user
