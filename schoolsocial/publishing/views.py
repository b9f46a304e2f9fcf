"""Publishing pages: the outbox timeline, the approvers' controls, connecting the X account."""

from __future__ import annotations

import logging
from functools import partial

import tweepy
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from schoolsocial.accounts import access
from schoolsocial.accounts.models import Membership
from schoolsocial.paging import older_page
from schoolsocial.posts.access import access_post
from schoolsocial.posts.checks import post_photos
from schoolsocial.posts.models import Post
from schoolsocial.posts.states import State
from schoolsocial.publishing import actions, tasks, usage
from schoolsocial.publishing.backends import (
    Credentials,
    TransportError,
    XAccount,
    XOAuthHandler,
    XPublisher,
)
from schoolsocial.publishing.forms import PauseForm, XKeysForm
from schoolsocial.publishing.models import NetworkAccount, OutboxTweet
from schoolsocial.publishing.versions import versions

logger = logging.getLogger(__name__)

OUTBOX_PAGE = 50
WITHOUT_X_SHOWN = 20
SESSION_KEY = "x_oauth_request"


# -- the outbox timeline -----------------------------------------------------------------------

@require_GET
@login_required
def outbox(request: HttpRequest) -> HttpResponse:
    """The school's local timeline, newest first, keyset-paginated on id."""
    member = access.require(request, "view_outbox")
    tweets = OutboxTweet.objects.live(member.school)
    page, next_before = older_page(request, tweets, OUTBOX_PAGE)
    # each tweet's photos, from its post (the outbox keeps only their alt text and size), for
    # the posts this person may see: the photo's image is reached through its post
    posts = [post for post in Post.objects.filter(
        school=member.school, tweet_id__in=[tweet.tweet_id for tweet in page])
        .select_related("author", "school").prefetch_related("publications")
        if access.may_view_post(member, post)]
    photos = {post.tweet_id: [p for p in post_photos(post) if p.status == "ready"]
              for post in posts}
    # each network's version beside X's: as it was sent there, or as it will go
    others = {post.tweet_id: versions(post) for post in posts}
    for tweet in page:
        tweet.photos = photos.get(tweet.tweet_id, [])
        tweet.versions = others.get(tweet.tweet_id, [])
    # the newest posts that went out without X (never on this timeline), on the first page
    without_x = [] if request.GET.get("before") else [
        post for post in Post.objects.filter(school=member.school, state=State.PUBLISHED)
        .without_x().select_related("author", "school").prefetch_related("publications")
        .order_by("-published_at", "-id")[:WITHOUT_X_SHOWN] if access.may_view_post(member, post)]
    for post in without_x:
        post.versions = versions(post)
    context = {
        "tweets": page,
        "without_x": without_x,
        "next_before": next_before,
        "publisher": settings.PUBLISHER,
    }
    return render(request, "publishing/outbox.html", context)


@require_GET
@login_required
def outbox_status(request: HttpRequest, tweet_id: int) -> HttpResponse:
    """One tweet of the outbox timeline; one deleted from X says so (410), with its post."""
    member, tweet = access.access_school_object(
        request, OutboxTweet.objects.all(), tweet_id, "view_outbox")
    post = Post.objects.filter(school=member.school, tweet_id=tweet.tweet_id).first()
    if post is not None and not access.may_view_post(member, post):
        post = None
    context = {"tweet": tweet, "post": post, "versions": versions(post) if post else []}
    return render(request, "publishing/outbox_status.html", context,
                  status=410 if tweet.deleted_at else 200)


# -- the approvers' controls -------------------------------------------------------------------

@require_GET
@login_required
def publishing(request: HttpRequest) -> HttpResponse:
    """The queue's state, the posts that did not go out, and the X account."""
    member = access.require(request, "manage_publishing")
    posts = Post.objects.filter(school=member.school).select_related("author")
    context = {
        "school": member.school,
        "hold": tasks.account_hold(member.school_id, timezone.now()),
        "troubled": posts.did_not_go_out().prefetch_related("publications").order_by(
            "scheduled_at", "id")[:50],
        "waiting": posts.filter(state=State.SCHEDULED).order_by("scheduled_at", "id")[:10],
        "pause_form": PauseForm(),
        "publisher": settings.PUBLISHER,
        "usage": usage.this_month(member.school),
    }
    return render(request, "publishing/publishing.html", context)


@require_POST
@login_required
def resume_after_credit(request: HttpRequest) -> HttpResponse:
    """The headteacher has added credit on X: publishing carries on, posts due in order."""
    if actions.do_resume_after_credit(access.require(request, "resume_after_credit")):
        messages.success(request, "Publishing resumed. The posts that are due go out now, "
                                  "oldest first. If X still has no credit, it pauses again and "
                                  "you are told.")
    else:
        messages.error(request, "Publishing was not paused for want of X credit.")
    return redirect("publishing")


@require_POST
@login_required
def pause_queue(request: HttpRequest) -> HttpResponse:
    member = access.require(request, "manage_publishing")
    form = PauseForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    actions.do_pause_queue(member, reason)
    # The banner on every page says what pausing means; the message only confirms the click.
    messages.success(request, "Paused." + (f" Your reason is kept: {reason}" if reason else ""))
    return redirect("publishing")


@require_POST
@login_required
def resume_queue(request: HttpRequest) -> HttpResponse:
    actions.do_resume_queue(access.require(request, "manage_publishing"))
    messages.success(request, "Publishing resumed. Posts whose time has passed go out now.")
    return redirect("publishing")


@require_POST
@login_required
def retry(request: HttpRequest, post_id: int) -> HttpResponse:
    return _post_action(request, post_id, actions.do_retry,
                        "Sent again: it goes out within a few seconds.")


@require_POST
@login_required
def retry_network(request: HttpRequest, post_id: int, network: str) -> HttpResponse:
    label = NetworkAccount.Network(network).label
    return _post_action(request, post_id, partial(actions.do_retry_network, network=network),
                        f"Sent to {label} again: it goes out within a few seconds.")


@require_POST
@login_required
def send_for_approval(request: HttpRequest, post_id: int) -> HttpResponse:
    """Try again's answer for a failed post that changed after approval: decide it again."""
    response = _post_action(request, post_id, actions.do_send_for_approval,
                            "Back for approval: decide it below (or its author edits it).")
    return redirect(f"{response['Location']}#decide-h")


@require_POST
@login_required
def dismiss(request: HttpRequest, post_id: int) -> HttpResponse:
    reason = request.POST.get("reason", "")
    return _post_action(request, post_id,
                        lambda member, post: actions.do_dismiss(member, post, reason),
                        "Dismissed: it will not be sent, and the reason is in the audit log.")


@require_POST
@login_required
def reconcile(request: HttpRequest, post_id: int) -> HttpResponse:
    return _post_action(request, post_id, actions.do_reconcile,
                        "Looking for it on X now. The page shows the answer when you reload.")


@require_POST
@login_required
def publish_now(request: HttpRequest, post_id: int) -> HttpResponse:
    return _post_action(request, post_id, actions.do_publish_now,
                        "Approved for now: it goes out within a few seconds.")


def _post_action(request: HttpRequest, post_id: int, action, done: str) -> HttpResponse:
    _, post = access_post(request, post_id, "view")
    member = access.require(request, "manage_publishing")
    try:
        action(member, post)
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(request, done)
    return redirect("post_detail", post_id=post.pk)


# -- connecting the school's X account (the headteacher) ------------------------------------------

@require_GET
@login_required
def x_account(request: HttpRequest) -> HttpResponse:
    member = access.require(request, "connect_x")
    return _render_x_account(request, member, XKeysForm())


def _render_x_account(request: HttpRequest, member: Membership, form: XKeysForm,
                      status: int = 200) -> HttpResponse:
    context = {
        "school": member.school,
        "form": form,
        "oauth_ready": bool(settings.X_CONSUMER_KEY and settings.X_CONSUMER_SECRET),
        "publisher": settings.PUBLISHER,
    }
    return render(request, "publishing/x_account.html", context, status=status)


@require_POST
@login_required
def x_connect(request: HttpRequest) -> HttpResponse:
    """Leg one: a request token from X, and a link to X's page to authorise the app."""
    access.require(request, "connect_x")
    if not (settings.X_CONSUMER_KEY and settings.X_CONSUMER_SECRET):
        messages.error(request, "Connecting through X needs the app's keys (X_CONSUMER_KEY and "
                                "X_CONSUMER_SECRET). Type the account's keys in below instead.")
        return redirect("x_account")
    handler = _handler(request)
    try:
        authorise_url = handler.get_authorization_url()
    except tweepy.TweepyException:
        logger.warning("X refused a request token for the OAuth flow")  # never the details
        messages.error(request, "X did not start the connection. Check the app's keys, or try "
                                "again in a few minutes.")
        return redirect("x_account")
    request.session[SESSION_KEY] = dict(handler.request_token)
    # a link, not a redirect: the page's Content Security Policy (form-action 'self') applies to
    # the redirects a form's POST leads to, so a browser would stop a redirect to X here
    return render(request, "publishing/x_authorise.html", {"authorise_url": authorise_url})


@require_GET
@login_required
def x_callback(request: HttpRequest) -> HttpResponse:
    """Leg three: X sends the headteacher back with a verifier; swap it for the access token."""
    member = access.require(request, "connect_x")
    pending = request.session.pop(SESSION_KEY, None)
    token, verifier = request.GET.get("oauth_token", ""), request.GET.get("oauth_verifier", "")
    if "denied" in request.GET:
        messages.error(request, "The X account was not connected: the request was cancelled "
                                "on X.")
        return redirect("x_account")
    if not pending or not verifier or pending.get("oauth_token") != token:
        messages.error(request, "This connection attempt has expired or was not started here. "
                                "Start again with Connect X account.")
        return redirect("x_account")
    handler = _handler(request)
    handler.request_token = pending
    try:
        access_token, access_secret = handler.get_access_token(verifier)
    except tweepy.TweepyException:
        logger.warning("X refused the access token exchange for school %s", member.school_id)
        messages.error(request, "X did not confirm the connection. Start again with Connect X "
                                "account.")
        return redirect("x_account")
    credentials = Credentials(settings.X_CONSUMER_KEY, settings.X_CONSUMER_SECRET,
                              access_token, access_secret)
    return _connect(request, member, credentials, "Connect X account")


@require_POST
@login_required
def x_keys(request: HttpRequest) -> HttpResponse:
    """The alternative: keys typed in from the X developer portal, checked with X first."""
    member = access.require(request, "connect_x")
    form = XKeysForm(request.POST)
    if not form.is_valid():
        return _render_x_account(request, member, form, status=400)
    return _connect(request, member, form.credentials(), "keys typed in", form)


def _connect(request: HttpRequest, member: Membership, credentials: Credentials, how: str,
             form: XKeysForm | None = None) -> HttpResponse:
    try:
        account = _whoami(credentials)
    except TransportError as error:
        message = f"X did not accept these keys, so nothing was saved. {error.message}"
        if form is not None:
            form.add_error(None, message)
            return _render_x_account(request, member, form, status=400)
        messages.error(request, message)
        return redirect("x_account")
    actions.do_connect_x(member, credentials, account.username, how)
    messages.success(request, f"Connected to X as @{account.username}.")
    return redirect("x_account")


def _whoami(credentials: Credentials) -> XAccount:
    publisher = XPublisher(credentials=credentials, timeout=(5.0, 10.0))
    try:
        return publisher.me()
    finally:
        publisher.close()


@require_POST
@login_required
def x_disconnect(request: HttpRequest) -> HttpResponse:
    actions.do_disconnect_x(access.require(request, "connect_x"))
    messages.success(request, "The X account is disconnected and its keys are deleted. Posts "
                              "cannot go to X until it is connected again.")
    return redirect("x_account")


def _handler(request: HttpRequest) -> XOAuthHandler:
    return XOAuthHandler(settings.X_CONSUMER_KEY, settings.X_CONSUMER_SECRET,
                         callback=request.build_absolute_uri(reverse("x_callback")))
