from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from schoolsocial.accounts import access
from schoolsocial.governance import actions, duties
from schoolsocial.governance.forms import (
    ConcernForm,
    DecideFollowForm,
    DutyDoneForm,
    FollowForm,
    ResolveForm,
)
from schoolsocial.governance.models import Concern, DutyDone, FollowRequest, FollowState
from schoolsocial.inbound.models import Followed
from schoolsocial.mail import delivery
from schoolsocial.mail.models import Email
from schoolsocial.posts.access import access_post
from schoolsocial.posts.states import State

# Concerns ---------------------------------------------------------------------------------------


@login_required
def concerns(request: HttpRequest) -> HttpResponse:
    member = access.require(request, "raise_concern")
    shown = Concern.objects.filter(school=member.school).select_related(
        "post", "mention", "raised_by", "resolved_by")
    if not access.may(member, "view_all_concerns"):
        shown = shown.filter(raised_by=member.user)
    context = {
        "open": shown.filter(resolved_at=None).order_by("created_at"),
        "resolved": shown.exclude(resolved_at=None).order_by("-resolved_at")[:50],
        "form": ResolveForm(),
    }
    return render(request, "governance/concerns.html", context)


@require_POST
@login_required
def concern_raise(request: HttpRequest, post_id: int) -> HttpResponse:
    _, post = access_post(request, post_id, "view")
    member = access.require(request, "raise_concern")
    form = ConcernForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Say what worries you about the post, in 2,000 characters "
                                "or fewer, so the headteacher can act on it.")
    else:
        concern = actions.do_raise_concern(member, post, form.cleaned_data["text"])
        messages.success(request, _concern_told(concern))
        if post.state in (State.SCHEDULED, State.SUBMITTED):
            messages.info(request, "The post is held: it will not go out until the headteacher "
                                   "resolves your concern. You will be told the outcome.")
    return redirect("post_detail", post_id=post.pk)


def _concern_told(concern: Concern) -> str:
    """What the person who raised a concern is told: only what did happen."""
    email = Email.objects.filter(about=f"concern:{concern.pk}").first()
    if email is not None and email.status == Email.Status.SENT:
        return "Thank you. The headteacher has been told by e-mail and will look into it."
    if email is None:
        return ("Thank you. Your concern is on the headteacher's Concerns page; no headteacher "
                "has an e-mail address here, so tell them too.")
    return ("Thank you. Your concern is on the headteacher's Concerns page. The e-mail to them "
            "has not gone yet: it will be tried again, and their home page shows it until it "
            "does.")


@require_POST
@login_required
def email_retry(request: HttpRequest, email_id: int) -> HttpResponse:
    """The headteacher's "Try again" on an e-mail the mail server kept refusing."""
    _, email = access.access_school_object(request, Email.objects, email_id, "manage_emails")
    if email.status != Email.Status.FAILED:
        messages.error(request, "That e-mail is not failed: it has gone, or is being retried.")
    elif delivery.do_retry_now(email):
        messages.success(request, f"Sent: {email.subject}")
    else:
        email.refresh_from_db()
        messages.error(request, f"Still not sent ({email.last_error}). It will be tried again.")
    return redirect("dashboard")


@require_POST
@login_required
def concern_resolve(request: HttpRequest, concern_id: int) -> HttpResponse:
    member, concern = access.access_school_object(
        request, Concern.objects.select_related("post"), concern_id, "raise_concern",
        "resolve_concern")
    form = ResolveForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Write what was done about the concern before resolving it.")
    elif not actions.do_resolve_concern(member, concern, form.cleaned_data["note"]):
        messages.error(request, "This concern was already resolved.")
    else:
        messages.success(request, _resolved_told(concern))
    return redirect("concerns")


def _resolved_told(concern: Concern) -> str:
    """What the headteacher is told on resolving: who heard, and what the post does now."""
    post = concern.post
    said = "Concern resolved."
    if Email.objects.filter(about=f"concern-resolved:{concern.pk}",
                            status=Email.Status.SENT).exists():
        said += f" {concern.raised_by.display_name()} has been told by e-mail."
    if post.state == State.SCHEDULED and not post.concerns.filter(resolved_at=None).exists():
        said += " The post is no longer held: it goes out as scheduled."
    return said


# Follows ----------------------------------------------------------------------------------------


@login_required
def follows(request: HttpRequest) -> HttpResponse:
    member = access.require(request, "view_follows")
    form = FollowForm(request.POST or None)
    if request.method == "POST":
        member = access.require(request, "propose_follow")
        if form.is_valid():
            follow = actions.do_propose_follow(member, form.cleaned_data["handle"],
                                               form.cleaned_data["reason"])
            messages.success(request, f"@{follow.handle} is waiting for the headteacher.")
            return redirect("follows")
    requests = FollowRequest.objects.filter(school=member.school).select_related(
        "proposed_by", "decided_by")
    on_x = Followed.objects.filter(school=member.school, follow=None, gone_at=None)
    context = {
        "form": form,
        "proposed": requests.filter(state=FollowState.PROPOSED).order_by("created_at"),
        "to_follow": requests.filter(state=FollowState.APPROVED).order_by("decided_at"),
        "decided": requests.exclude(state__in=(FollowState.PROPOSED, FollowState.APPROVED))
        .order_by("-decided_at")[:50],
        "unapproved": on_x.filter(undo_asked_at=None).order_by("-first_seen_at")[:50],
        "undoing": on_x.exclude(undo_asked_at=None).order_by("undo_asked_at")[:50],
        "decide_form": DecideFollowForm(),
    }
    return render(request, "governance/follows.html", context,
                  status=400 if form.errors else 200)


@require_POST
@login_required
def follow_decide(request: HttpRequest, follow_id: int, approve: bool) -> HttpResponse:
    member, follow = access.access_school_object(
        request, FollowRequest.objects.all(), follow_id, "view_follows", "decide_follow")
    form = DecideFollowForm(request.POST)
    note = form.cleaned_data["note"] if form.is_valid() else ""
    if not actions.do_decide_follow(member, follow, approve, note):
        messages.error(request, f"@{follow.handle} was already decided.")
    elif approve:
        messages.success(request, f"@{follow.handle} approved. Follow it on X (the link on this "
                                  f"page): School Social sees it in the account's following "
                                  f"list and marks it followed.")
    else:
        messages.success(request, f"@{follow.handle} declined.")
    return redirect("follows")


# Duties -----------------------------------------------------------------------------------------


@login_required
def duty_list(request: HttpRequest) -> HttpResponse:
    member = access.require(request, "view_duties")
    statuses = duties.statuses(member.school)
    context = {
        "statuses": statuses,
        "forms": {s.duty.key: DutyDoneForm(needs_next_due=s.duty.period == "review",
                                            prefix=s.duty.key) for s in statuses},
        "history": DutyDone.objects.filter(school=member.school).select_related("done_by")
        .order_by("-done_at")[:30],
        "titles": {s.duty.key: s.duty.title for s in statuses},
    }
    return render(request, "governance/duties.html", context)


@require_POST
@login_required
def duty_done(request: HttpRequest) -> HttpResponse:
    member = access.require(request, "mark_duty_done")
    duty = duties.find(member.school, request.POST.get("duty", ""))
    if duty is None:
        messages.error(request, "Choose one of the duties listed: that one does not apply to "
                                "this school's policy.")
        return redirect("duties")
    form = DutyDoneForm(request.POST, needs_next_due=duty.period == "review", prefix=duty.key)
    if not form.is_valid():
        errors = "; ".join(e for field in form.errors.values() for e in field)
        messages.error(request, f"{duty.title}: {errors}")
        return redirect("duties")
    actions.do_mark_duty_done(member, duty, form.cleaned_data["note"],
                              form.cleaned_data["next_due"])
    messages.success(request, f"{duty.title}: marked done by you.")
    return redirect("duties")


