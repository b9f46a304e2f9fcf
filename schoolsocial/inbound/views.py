"""The Inbox (mentions and replies on X, Bluesky and Mastodon, flagged first) and the Followers
review. Every view asks accounts/access.py, and sees only the school's own rows."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from schoolsocial.accounts import access
from schoolsocial.inbound import actions
from schoolsocial.inbound.models import (
    Followed,
    Follower,
    FollowerReview,
    FollowerVerdict,
    Mention,
    MentionStatus,
    Network,
    ReadState,
    Stream,
)
from schoolsocial.inbound.networks import ability
from schoolsocial.publishing.models import NetworkAccount

PAGE = 20  # a phone's screenful or two; what is dealt with makes room for the rest
RECENT = 10  # the latest dealt with, for who did what


class ConcernForm(forms.Form):
    text = forms.CharField(max_length=2000, strip=True)


def _reads(school, stream: str) -> list[dict]:
    """Where the worker is with `stream` on X and on each network the school connected, in the
    order the page names them; a network never read yet has no state."""
    states = {state.network: state for state in ReadState.objects.filter(school=school,
                                                                          stream=stream)}
    connected = set(NetworkAccount.objects.filter(school=school).values_list("network",
                                                                             flat=True))
    return [{"network": network.value, "label": network.label, "read": states.get(network)}
            for network in Network if network == Network.X or network in connected]


@require_GET
@login_required
def inbox(request: HttpRequest) -> HttpResponse:
    member = access.require(request, "view_inbox")
    mine = Mention.objects.filter(school=member.school)
    waiting = mine.filter(status=MentionStatus.NEW)
    context = {
        "waiting": list(waiting.order_by("-flagged", "-posted_at", "-id")[:PAGE]),
        "waiting_count": waiting.count(),
        "flagged_count": waiting.filter(flagged=True).count(),
        "handled": list(mine.filter(handled_at__isnull=False).select_related("handled_by")
                        .order_by("-handled_at", "-id")[:RECENT]),
        "reads": _reads(member.school, Stream.MENTIONS),
        "inbox_url": reverse("inbox"),  # each mention's actions are under it (urls.py)
        "may_handle": access.may(member, "handle_mention"),
        "may_hide": access.may(member, "hide_reply"),
    }
    return render(request, "inbound/inbox.html", context)


def _mention(request: HttpRequest, mention_id: int, ability: str):
    return access.access_school_object(request, Mention.objects.all(), mention_id,
                                       "view_inbox", ability)


@require_POST
@login_required
def mention_seen(request: HttpRequest, mention_id: int) -> HttpResponse:
    member, mention = _mention(request, mention_id, "handle_mention")
    actions.do_mark_seen(member, mention)
    messages.success(request, "Marked as seen.")
    return redirect("inbox")


@require_POST
@login_required
def mention_hide(request: HttpRequest, mention_id: int) -> HttpResponse:
    member, mention = _mention(request, mention_id, "hide_reply")
    try:
        found = actions.do_hide_reply(member, mention)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        can = ability(mention.network)
        messages.success(request, can.hidden if found else
                         f"That reply is no longer on {can.label}, so there is nothing to hide.")
    return redirect("inbox")


@require_POST
@login_required
def mention_concern(request: HttpRequest, mention_id: int) -> HttpResponse:
    member, mention = _mention(request, mention_id, "handle_mention")
    form = ConcernForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Say what worries you about it, in 2,000 characters or fewer, "
                                "so the headteacher can act on it.")
    else:
        actions.do_raise_mention_concern(member, mention, form.cleaned_data["text"])
        messages.success(request, "Concern raised: the headteacher is told and it is on the "
                                  "Concerns page.")
    return redirect("inbox")


@require_POST
@login_required
def mention_open(request: HttpRequest, mention_id: int) -> HttpResponse:
    member, mention = _mention(request, mention_id, "handle_mention")
    can = ability(mention.network)
    url = actions.do_open_on_x(member, mention)
    if not (can.opens(url) or url.startswith("/")):
        messages.error(request, f"This mention has no address on {can.label} to open.")
        return redirect("inbox")
    # a link, not a redirect: the page's Content Security Policy (form-action 'self') applies to
    # the redirects a form's POST leads to, so a browser would stop a redirect to the network
    return render(request, "inbound/open_mention.html",
                  {"mention": mention, "url": url, "label": can.label})


# -- followers -----------------------------------------------------------------------------------

@require_GET
@login_required
def followers(request: HttpRequest) -> HttpResponse:
    member = access.require(request, "view_followers")
    mine = Follower.objects.filter(school=member.school)
    new = mine.filter(reviewed_at=None)
    context = {
        "new": list(new.select_related("verdict_by").order_by("-first_seen_at", "-id")[:PAGE]),
        "new_count": new.count(),
        "undecided": new.filter(verdict="").count(),
        "to_block": list(mine.filter(verdict=FollowerVerdict.BLOCK).exclude(reviewed_at=None)
                         .order_by("-verdict_at")[:PAGE]),
        "total": mine.count(),
        "reviews": list(FollowerReview.objects.filter(school=member.school)
                        .select_related("done_by").order_by("-done_at")[:5]),
        "reads": _reads(member.school, Stream.FOLLOWERS),
        "followers_url": reverse("followers"),
        "may_review": access.may(member, "review_followers"),
    }
    return render(request, "inbound/followers.html", context)


@require_POST
@login_required
def follower_verdict(request: HttpRequest, follower_id: int) -> HttpResponse:
    member, follower = access.access_school_object(request, Follower.objects.all(), follower_id,
                                                   "view_followers", "review_followers")
    try:
        actions.do_follower_verdict(member, follower, request.POST.get("verdict", ""))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect("followers")


@require_POST
@login_required
def followers_finish(request: HttpRequest) -> HttpResponse:
    member = access.require(request, "review_followers")
    try:
        review = actions.do_finish_review(member)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, f"Review recorded: {review.reviewed} new followers, "
                                  f"{review.to_block} to block. The policy's follower duty is "
                                  f"marked done by you.")
    return redirect("followers")


# -- follows made on X that nobody approved (shown on the Follows page) ---------------------------

@require_POST
@login_required
def followed_approve(request: HttpRequest, followed_id: int) -> HttpResponse:
    member, followed = access.access_school_object(request, Followed.objects.filter(follow=None),
                                                   followed_id, "view_follows", "decide_follow")
    actions.do_approve_followed(member, followed, request.POST.get("note", "")[:500])
    messages.success(request, f"@{followed.handle} approved: the school keeps following it.")
    return redirect("follows")


@require_POST
@login_required
def followed_undo(request: HttpRequest, followed_id: int) -> HttpResponse:
    member, followed = access.access_school_object(request, Followed.objects.filter(follow=None),
                                                   followed_id, "view_follows", "decide_follow")
    actions.do_undo_followed(member, followed)
    messages.success(request, f"Unfollow @{followed.handle} on X (the link beside it); School "
                              f"Social records it when X no longer shows the follow.")
    return redirect("follows")
