"""The one place that answers "may this user do this to that". Views and templates ask it; each
app's access.py fetches its objects by these rules (posts/, pupils/, series/), since accounts/
imports nothing above it.

Objects of another school, and posts a user may not read, are 404 (their existence is not
disclosed); an action the user's role does not allow on an object they can read is 403.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest
from django_otp.plugins.otp_totp.models import TOTPDevice

from schoolsocial.accounts.models import Membership, Role
from schoolsocial.accounts.rows import read_memberships

AUTHOR, APPROVER, HEAD = Role.AUTHOR, Role.APPROVER, Role.HEADTEACHER
MONITOR, GOVERNOR = Role.MONITOR, Role.GOVERNOR
EVERYONE = frozenset(Role)

# ability -> the roles that have it
ABILITIES: dict[str, frozenset[str]] = {
    "view_dashboard": EVERYONE,
    "create_post": frozenset({AUTHOR, APPROVER, HEAD}),
    "view_all_posts": frozenset({APPROVER, HEAD, MONITOR, GOVERNOR}),
    "decide_posts": frozenset({APPROVER, HEAD}),
    "view_queue": frozenset({APPROVER, HEAD, MONITOR}),
    "view_calendar": EVERYONE,
    "view_audit": frozenset({HEAD, MONITOR, GOVERNOR}),
    "manage_settings": frozenset({HEAD}),
    "view_pupils": frozenset({APPROVER, HEAD, MONITOR}),
    "manage_consent": frozenset({APPROVER, HEAD}),
    "import_pupils": frozenset({HEAD}),
    "delete_from_x": frozenset({APPROVER, HEAD}),
    # governance (issue 6)
    "export_audit": frozenset({HEAD, MONITOR, GOVERNOR}),
    "verify_audit": frozenset({HEAD, MONITOR, GOVERNOR}),
    "view_reports": frozenset({HEAD, MONITOR, GOVERNOR}),
    "raise_concern": EVERYONE,  # Highfield: anyone brings a concern to the headteacher
    "view_all_concerns": frozenset({HEAD, MONITOR, GOVERNOR}),  # others see the ones they raised
    "resolve_concern": frozenset({HEAD}),
    "view_follows": EVERYONE,
    "propose_follow": frozenset({AUTHOR, APPROVER, HEAD}),
    "decide_follow": frozenset({HEAD}),  # Highfield, Droxford, Unsworth: the headteacher decides
    "view_duties": frozenset({APPROVER, HEAD, MONITOR, GOVERNOR}),
    "mark_duty_done": frozenset({APPROVER, HEAD}),  # "senior leaders", "a member of the SLT"
    "manage_emails": frozenset({HEAD}),  # e-mails that could not be sent: see and retry (issue 12)
    # publishing (issue 5)
    "view_outbox": EVERYONE,
    "manage_publishing": frozenset({APPROVER, HEAD}),  # retry, reconcile, publish now, pause
    "connect_x": frozenset({HEAD}),
    "resume_after_credit": frozenset({HEAD}),  # X credit is paid for: the headteacher (issue 15)
    # the account's other side (issue 15)
    "view_inbox": frozenset({MONITOR, APPROVER, HEAD}),  # mentions and replies, with findings
    "handle_mention": frozenset({MONITOR, APPROVER, HEAD}),  # mark seen, open on X, concern
    "hide_reply": frozenset({APPROVER, HEAD}),  # a write on X
    "view_followers": frozenset({MONITOR, APPROVER, HEAD}),
    "review_followers": frozenset({APPROVER, HEAD}),  # "senior leaders", "a member of the SLT"
    "view_series": EVERYONE,
    "create_series": frozenset({AUTHOR, APPROVER, HEAD}),
}

_CACHE = "_schoolsocial_membership"
_ALL = "_schoolsocial_memberships"


def memberships(request: HttpRequest) -> list[Membership]:
    """Every membership of the signed-in user, by school name, each marked `leads_trust` and
    `has_two_factor`: one query a request (rows.py), for the current school, the two-factor
    check and the header's school switcher alike."""
    if not hasattr(request, _ALL):
        setattr(request, _ALL, read_memberships(request.user.pk))
    return getattr(request, _ALL)


def confirmed_app(user) -> bool:
    """Whether the user has a confirmed authenticator app (one query)."""
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def has_two_factor(request: HttpRequest) -> bool:
    """Whether the signed-in user has a confirmed authenticator app, from the memberships
    already read (a user in no school yet: asked on its own)."""
    rows = memberships(request)
    if rows:
        return rows[0].has_two_factor
    return confirmed_app(request.user)


def leads_trust(request: HttpRequest) -> bool:
    """Whether the signed-in user is an executive headteacher of a trust."""
    rows = memberships(request)
    return rows[0].leads_trust if rows else request.user.trusts_led.exists()


# Who must sign in with a second factor: those who approve, and trust executives.
TWO_FACTOR_ROLES = frozenset({Role.HEADTEACHER, Role.APPROVER})


def requires_two_factor(roles, leads_a_trust: bool) -> bool:
    """The rule: anyone with one of TWO_FACTOR_ROLES in any school, or who leads a trust."""
    return leads_a_trust or any(role in TWO_FACTOR_ROLES for role in roles)


def must_use_two_factor(request: HttpRequest) -> bool:
    """requires_two_factor() for the signed-in user, from the memberships already read."""
    return requires_two_factor((m.role for m in memberships(request)), leads_trust(request))


def current_membership(request: HttpRequest) -> Membership | None:
    """The membership of the school the user is working in (the session's, else their first)."""
    if not hasattr(request, _CACHE):
        rows = memberships(request)
        chosen = request.session.get("school_id")
        member = next((m for m in rows if m.school_id == chosen), None) if chosen else None
        setattr(request, _CACHE, member or min(rows, key=lambda m: m.pk, default=None))
    return getattr(request, _CACHE)


def may(member: Membership | None, ability: str) -> bool:
    return member is not None and member.role in ABILITIES[ability]


class Abilities:
    """`can.view_queue` in templates."""

    def __init__(self, member: Membership | None):
        self.member = member

    def __getitem__(self, ability: str) -> bool:
        return may(self.member, ability)


def require(request: HttpRequest, ability: str) -> Membership:
    """The current membership if its role has `ability`; 403 otherwise."""
    member = current_membership(request)
    if member is None:
        raise PermissionDenied("Your account has no role in any school yet. Ask your headteacher.")
    if not may(member, ability):
        raise PermissionDenied("Your role does not allow this.")
    return member


# Posts ---------------------------------------------------------------------------------------


def may_view_post(member: Membership, post) -> bool:
    return post.school_id == member.school_id and (
        may(member, "view_all_posts") or post.author_id == member.user_id
    )


def may_edit_post(member: Membership, post) -> bool:
    return may_view_post(member, post) and post.author_id == member.user_id and may(
        member, "create_post"
    )


def may_decide_post(member: Membership, post) -> bool:
    """Approvers decide others' posts; a headteacher their own only where the policy allows,
    both the policy in force when the post was submitted and the one in force now, so that
    switching to a preset that allows it after submitting gives no right to approve."""
    if not (may_view_post(member, post) and may(member, "decide_posts")):
        return False
    if post.author_id != member.user_id:
        return True
    allowed_then = post.self_approval_allowed is not False
    return (member.role == HEAD and allowed_then
            and member.school.policy().headteacher_may_self_approve)


POST_ACTIONS = {"view": may_view_post, "edit": may_edit_post, "decide": may_decide_post}
DENIED = {
    "edit": "Only the post's author can change it.",
    "decide": "You cannot approve, reject or send back this post: "
    "approvers decide other people's posts, never their own.",
}


def access_membership(request: HttpRequest, membership_id: int) -> tuple[Membership, Membership]:
    """(the user's membership, the school's membership `membership_id`) for staff management."""
    member = require(request, "view_dashboard")
    target = (
        Membership.objects.select_related("user")
        .filter(pk=membership_id, school_id=member.school_id)
        .first()
    )
    if target is None:
        raise Http404("No such member of staff.")
    if not may(member, "manage_settings"):
        raise PermissionDenied("Only the headteacher manages staff and roles.")
    return member, target


def may_manage_series(member: Membership, series) -> bool:
    """A series' author pauses and resumes it; so do approvers and the headteacher."""
    return series.school_id == member.school_id and (
        may(member, "manage_publishing")
        or (series.author_id == member.user_id and may(member, "create_series"))
    )


def access_school_object(request: HttpRequest, queryset, pk: int, ability: str,
                         action_ability: str | None = None):
    """(membership, the object `pk` of the user's school): 404 when it is another school's or
    missing, 403 when the role lacks `ability` (to see) or `action_ability` (to act on it)."""
    member = require(request, "view_dashboard")
    obj = queryset.filter(pk=pk, school_id=member.school_id).first()
    if obj is None:
        raise Http404("Not found in your school.")
    for needed in (ability, action_ability):
        if needed and not may(member, needed):
            raise PermissionDenied("Your role does not allow this.")
    return member, obj


# Several schools (issue 7) ----------------------------------------------------------------------


def access_school_switch(request: HttpRequest, school_id: object) -> Membership:
    """The user's membership of school `school_id`, to work in it: 404 if they have none."""
    try:
        school_id = int(school_id)
    except (TypeError, ValueError):
        raise Http404("No such school.") from None
    member = next((m for m in memberships(request) if m.school_id == school_id), None)
    if member is None:
        raise Http404("No such school.")
    return member


def switch_school(request: HttpRequest, member: Membership) -> None:
    """Work in `member`'s school from now on (access_school_switch gave `member`)."""
    request.session["school_id"] = member.school_id
    if hasattr(request, _CACHE):
        delattr(request, _CACHE)


def access_trusts(request: HttpRequest):
    """The trusts the user leads as executive headteacher; 403 if none (read-only pages)."""
    trusts = list(request.user.trusts_led.order_by("name"))
    if not trusts:
        raise PermissionDenied("Only a trust's executive headteacher sees the trust's schools.")
    return trusts
