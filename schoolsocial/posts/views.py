from __future__ import annotations

from contextlib import nullcontext
from datetime import datetime, time, timedelta

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Count, F
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

import policies
from policies import weighted_length
from policies.rules.hours import describe_window
from schoolsocial.accounts import access
from schoolsocial.dates import parse_date
from schoolsocial.governance import approvals
from schoolsocial.mail import delivery
from schoolsocial.paging import older_page
from schoolsocial.posts import actions
from schoolsocial.posts import networks as post_networks
from schoolsocial.posts.access import access_photo, access_post
from schoolsocial.posts.cards import QUEUE_FIELDS, queue_cards
from schoolsocial.posts.checks import check_post, post_photos
from schoolsocial.posts.forms import X_LIMIT, DecisionForm, PhotoTagForm, PhotoUploadForm, PostForm
from schoolsocial.posts.models import Category, Decision, Photo, Post
from schoolsocial.posts.permissions import PostPermissions
from schoolsocial.posts.states import State, TransitionError
from schoolsocial.publishing import deleting, usage
from schoolsocial.publishing.backends import publisher_for

QUEUE_PAGE = 25


@require_GET
@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    member = access.require(request, "view_dashboard")
    posts = Post.objects.filter(school=member.school).select_related("author")
    mine = posts.filter(author=member.user)
    context = {
        "my_drafts": mine.filter(state__in=(State.DRAFT, State.CHANGES_REQUESTED))
        .order_by("-updated_at")[:10],
        "my_waiting": mine.filter(state=State.SUBMITTED).order_by("submitted_at")[:10],
        "my_scheduled": mine.filter(state=State.SCHEDULED).order_by("scheduled_at")[:10],
    }
    if access.may(member, "decide_posts"):
        # The posts in the queue this person may decide (their own too where the policy lets a
        # headteacher approve their own), so the count agrees with what the queue offers them.
        queued = list(posts.filter(state=State.SUBMITTED).order_by("submitted_at", "id"))
        waiting = [post for post in queued if access.may_decide_post(member, post)]
        context["queue_count"] = len(waiting)
        context["queue_total"] = len(queued)
        context["queue_others"] = len(queued) - len(waiting)
        context["queue_oldest"] = waiting[:5]
    if access.may(member, "view_all_posts"):
        context["troubled"] = posts.did_not_go_out().prefetch_related("publications").order_by(
            "scheduled_at"
        )[:10]
        context["upcoming"] = posts.filter(
            state=State.SCHEDULED, scheduled_at__gte=timezone.now()
        ).order_by("scheduled_at")[:5]
    if access.may(member, "view_audit"):
        now = timezone.now()
        context["approval_widenings"] = approvals.widenings(member.school, now)
        context["self_approvals"] = approvals.self_approvals(member.school, now)
    if access.may(member, "manage_emails"):
        context["troubled_emails"] = delivery.troubled_emails(member.school)
    return render(request, "posts/dashboard.html", context)


@require_GET
@login_required
def post_list(request: HttpRequest) -> HttpResponse:
    member = access.require(request, "view_dashboard")
    posts = (Post.objects.filter(school=member.school).select_related("author")
             .prefetch_related("publications"))
    if not access.may(member, "view_all_posts") or request.GET.get("mine"):
        posts = posts.filter(author=member.user)
    state = request.GET.get("state", "")
    if state in State.values:
        posts = posts.filter(state=state)
    page, next_before = older_page(request, posts, QUEUE_PAGE)
    context = {
        "posts": page,
        "next_before": next_before,
        "state": state,
        "states": State.choices,
    }
    return render(request, "posts/list.html", context)


@login_required
def compose(request: HttpRequest) -> HttpResponse:
    member = access.require(request, "create_post")
    form = PostForm(request.POST or None, school=member.school)
    if request.method == "POST" and form.is_valid():
        post = actions.do_create_post(member, form.content())
        return _after_save(request, member, post)
    return _render_compose(request, form, None)


@login_required
def edit(request: HttpRequest, post_id: int) -> HttpResponse:
    member, post = access_post(request, post_id, "edit")
    if not PostPermissions(member, post).can_edit:
        return _conflict(request, post, f"This post is {post.get_state_display().lower()}, "
                         "so it can no longer be changed.")
    form = PostForm(request.POST or None, instance=post, school=member.school)
    if request.method == "POST" and form.is_valid():
        post = actions.do_edit_post(member, post, form.content())
        return _after_save(request, member, post)
    return _render_compose(request, form, post)


def _after_save(request, member, post: Post) -> HttpResponse:
    add_photos(request, member, post, request.FILES.getlist("photos"))
    if "submit" in request.POST:
        return _submit(request, member, post)
    messages.success(request, "Draft saved.")
    return redirect("post_edit", post_id=post.pk)


def _chosen_time(form: PostForm, post: Post | None):
    """The publishing time on the form as shown: the one typed, or the post's own."""
    if form.is_bound:
        return form.cleaned_data.get("scheduled_at") if hasattr(form, "cleaned_data") else None
    return post.scheduled_at if post else None


def _render_compose(request, form: PostForm, post: Post | None) -> HttpResponse:
    member = access.current_membership(request)
    text = form.data.get("text", post.text if post else "")
    report = post.report if post and not form.is_bound else None
    chosen = (form.cleaned_data.get("networks") if form.is_bound and hasattr(form, "cleaned_data")
              else form.initial.get("networks"))
    context = {
        "form": form,
        "post": post,
        "live": _live_context(member, text, report, _chosen_time(form, post), chosen,
                              post_photos(post) if post else [], form.connected),
        "school": member.school,
        "connected_networks": post_networks.connected_networks(member.school, form.connected),
        "upload_form": PhotoUploadForm(),
        **(photos_context(request, post) if post else {}),
    }
    status = 400 if form.is_bound and form.errors else 200
    return render(request, "posts/compose.html", context, status=status)


@require_POST
@login_required
def live_check(request: HttpRequest) -> HttpResponse:
    """htmx: the character count, findings and preview for the text being typed."""
    member = access.require(request, "create_post")
    post_id = request.POST.get("post_id", "")
    photos = []
    if post_id.isdigit():
        photos = post_photos(access_post(request, int(post_id), "edit")[1])
    form = PostForm(request.POST, school=member.school)
    form.is_valid()  # only to parse what it can; errors show when the draft is saved
    data = form.cleaned_data
    draft = Post(
        school=member.school,
        author=member.user,
        text=request.POST.get("text", ""),
        category=data.get("category") or Category.OTHER,
        exception=data.get("exception") or "",
        exception_reason=data.get("exception_reason") or "",
        scheduled_at=data.get("scheduled_at"),
        networks=data.get("networks") or post_networks.default_networks(member.school,
                                                                        form.connected),
    )
    report = check_post(draft, photos, form.connected)
    return render(request, "posts/_live.html", {"live": _live_context(
        member, draft.text, report, draft.scheduled_at, draft.networks, photos, form.connected)})


def _live_context(member, text: str, report, when=None, networks=None, photos=(),
                  connected: dict | None = None) -> dict:
    """The count, the findings and the preview as X shows the post: the school's name and
    handle, the text, and the cleaned photos in X's grid (up to four), each with its alt text;
    and a count and preview for each other network chosen (`connected`: the school's accounts,
    as the form read them)."""
    length = weighted_length(text) if text else 0
    hours = member.school.policy().rule("posting_hours")
    return {
        "no_time_hint": describe_window(hours.params) if hours and when is None else "",
        "length": length,
        "limit": X_LIMIT,
        "remaining": X_LIMIT - length,
        "report": report,
        "text": text,
        "school": member.school,
        "author": member.user,
        "link_note": usage.link_note(text),
        "who_may_reply": policies.who_may_reply(member.school.policy()),
        "networks": post_networks.previews(member.school, text, networks or ["x"], connected),
        "to_x": "x" in (networks or ["x"]),
        "photos": [photo for photo in photos if photo.status == Photo.Status.READY],
        "when": when,
    }


@require_GET
@login_required
def detail(request: HttpRequest, post_id: int) -> HttpResponse:
    member, post = access_post(request, post_id, "view")
    concerns = list(post.concerns.filter(resolved_at=None).select_related("raised_by")
                    .order_by("created_at"))
    context = {
        "post": post,
        "report": post.report,
        "open_concerns": concerns,
        "ready_photos": [p for p in post_photos(post) if p.status == Photo.Status.READY],
        # the words of a concern: for the headteacher, monitor and governors, and its raiser
        "concern_words": [c for c in concerns if access.may(member, "view_all_concerns")
                          or c.raised_by_id == member.user_id],
        "approvals": post.approvals.select_related("approver"),
        "perms": PostPermissions(member, post),
        "decision_form": DecisionForm(),
        "networks": post_networks.statuses(post),
    }
    return render(request, "posts/detail.html", context)


@require_POST
@login_required
def submit(request: HttpRequest, post_id: int) -> HttpResponse:
    member, post = access_post(request, post_id, "edit")
    return _submit(request, member, post)


def _submit(request, member, post: Post) -> HttpResponse:
    try:
        actions.do_submit(member, post)
    except ValidationError as error:
        messages.error(request, error.messages[0])
        return redirect("post_edit", post_id=post.pk)
    messages.success(request, "Submitted. An approver will look at it.")
    return redirect("post_detail", post_id=post.pk)


@require_POST
@login_required
def withdraw(request: HttpRequest, post_id: int) -> HttpResponse:
    member, post = access_post(request, post_id, "edit")
    actions.do_withdraw(member, post)
    messages.success(request, "Withdrawn. The post is a draft again.")
    return redirect("post_edit", post_id=post.pk)


@require_POST
@login_required
def decide(request: HttpRequest, post_id: int, decision: str) -> HttpResponse:
    member, post = access_post(request, post_id, "decide")
    acknowledgements = {
        int(key.removeprefix("ack_")): value
        for key, value in request.POST.items()
        if key.startswith("ack_") and key.removeprefix("ack_").isdigit()
    }
    try:
        actions.do_decide(
            member, post, decision, request.POST.get("comment", ""), acknowledgements,
            refuse_photos=request.POST.get("refuse_photos") == "1",
            shown_hash=request.POST.get("content_hash"),
        )
    except ValidationError as error:
        messages.error(request, error.messages[0])
        return redirect("post_detail", post_id=post.pk)
    done = {Decision.APPROVE: "Approved and scheduled.", Decision.REJECT: "Rejected.",
            Decision.CHANGES: "Sent back to the author for changes."}
    messages.success(request, done[decision])
    return redirect("queue")


def _conflict(request, post: Post, message: str) -> HttpResponse:
    return render(request, "posts/conflict.html", {"post_id": post.pk, "message": message},
                  status=409)


@require_GET
@login_required
def queue(request: HttpRequest) -> HttpResponse:
    """Posts awaiting approval, oldest submitted first or (order=due) soonest due first,
    keyset-paginated on (submitted_at, id) or (scheduled_at, id); a post with no time comes
    last when ordered by due time."""
    member = access.require(request, "view_queue")
    due = request.GET.get("order") == "due"
    field = "scheduled_at" if due else "submitted_at"
    posts = Post.objects.filter(school=member.school, state=State.SUBMITTED).select_related(
        "author"
    ).only(*QUEUE_FIELDS)
    after = _parse_cursor(request.GET.get("after", ""))
    if after:
        at, pk = after
        if at is None:
            posts = posts.filter(**{f"{field}__isnull": True, "id__gt": pk})
        else:
            later = posts.filter(**{f"{field}__gt": at}) | posts.filter(**{field: at, "id__gt": pk})
            posts = later | posts.filter(**{f"{field}__isnull": True})
    page = list(posts.order_by(F(field).asc(nulls_last=True), "id")[: QUEUE_PAGE + 1])
    last = page[QUEUE_PAGE - 1] if len(page) > QUEUE_PAGE else None
    stamp = getattr(last, field) if last else None
    shown = page[:QUEUE_PAGE]
    # approve from the card: this person may decide it, and the rules found nothing to weigh
    quick = [PostPermissions(member, post).can_decide and not post.findings.get("findings")
             and post.scheduled_at is not None for post in shown]
    context = {
        "cards": list(zip(queue_cards(shown), shown, quick, strict=True)),
        "next_cursor": f"{stamp.isoformat() if stamp else 'none'}|{last.id}" if last else None,
        "count": Post.objects.filter(school=member.school, state=State.SUBMITTED).count(),
        "due": due,
    }
    return render(request, "posts/queue.html", context)


def _parse_cursor(value: str) -> tuple[datetime | None, int] | None:
    at, _, pk = value.partition("|")
    try:
        return (None if at == "none" else datetime.fromisoformat(at)), int(pk)
    except ValueError:
        return None


@require_GET
@login_required
def calendar(request: HttpRequest) -> HttpResponse:
    """A week (Monday to Sunday, in the school's timezone) of scheduled and published posts."""
    member = access.require(request, "view_calendar")
    tz = member.school.tz
    today = timezone.localdate(timezone=tz)
    start, error = today, None
    if request.GET.get("week"):
        try:
            start = parse_date(request.GET["week"])
        except ValidationError as invalid:
            error = invalid.messages[0]
    start -= timedelta(days=start.weekday())
    begin = datetime.combine(start, time.min, tzinfo=tz)
    end = datetime.combine(start + timedelta(days=7), time.min, tzinfo=tz)
    posts = Post.objects.filter(
        school=member.school,
        state__in=(State.SCHEDULED, State.PUBLISHING, State.PUBLISHED, State.FAILED,
                   State.UNKNOWN),
        scheduled_at__gte=begin,
        scheduled_at__lt=end,
    ).select_related("author").prefetch_related("publications").order_by("scheduled_at")
    days = [{"date": start + timedelta(days=i), "posts": []} for i in range(7)]
    for post in posts:
        days[timezone.localtime(post.scheduled_at, tz).weekday()]["posts"].append(post)
    context = {
        "days": days,
        "today": today,
        "start": start,
        "previous": start - timedelta(days=7),
        "next": start + timedelta(days=7),
        "error": error,
    }
    return render(request, "posts/calendar.html", context, status=400 if error else 200)


@require_http_methods(["GET", "POST"])
@login_required
def delete_from_x(request: HttpRequest, post_id: int) -> HttpResponse:
    """Take a published post down from every network it is on (e.g. after a parent withdrew
    consent); audited. A GET asks for confirmation first, showing the post and naming its
    networks; the POST deletes, and says which network did not (with Delete offered again)."""
    _, post = access_post(request, post_id, "view")
    member = access.require(request, "delete_from_x")
    perms = PostPermissions(member, post)
    if not perms.can_delete_from_x:
        return _conflict(request, post, deleting.NOTHING_THERE)
    if request.method == "GET":
        return render(request, "posts/delete_confirm.html", {"post": post, "perms": perms})
    try:
        # X's publisher only for a post on X: a school without X has none to make
        on_x = publisher_for(post.school) if "x" in post.live_networks else nullcontext()
        with on_x as publisher:
            outcome = deleting.do_delete_everywhere(member, post, publisher)
    except TransitionError as error:  # another click took it down meanwhile
        return _conflict(request, post, str(error))
    if outcome.down:
        messages.success(request, outcome.success())
    if outcome.failed:
        messages.error(request, outcome.failure())
    return redirect("post_detail", post_id=post.pk)


# Photos ------------------------------------------------------------------------------------


@require_POST
@login_required
def photo_upload(request: HttpRequest, post_id: int) -> HttpResponse:
    member, post = access_post(request, post_id, "edit")
    form = PhotoUploadForm(request.POST, request.FILES)
    form.is_valid()
    add_photos(request, member, post, form.cleaned_data.get("photos", []))
    return redirect("post_edit", post_id=post.pk)


def add_photos(request, member, post, uploads) -> None:
    """Add the uploaded files to the post and say, by name, which were refused and why."""
    if not uploads:
        return
    added, errors = actions.do_add_photos(member, post, uploads)
    for error in errors:
        messages.error(request, error)
    if added:
        messages.success(request, f"{len(added)} photo{'s' if len(added) > 1 else ''} added: "
                         "being checked now. Tag who is in each one.")


@login_required
def photo_tag(request: HttpRequest, photo_id: int) -> HttpResponse:
    post, photo = access_photo(request, photo_id, "edit")
    member = access.current_membership(request)
    form = PhotoTagForm(request.POST or None, school=member.school, author=post.author, initial={
        "alt_text": photo.alt_text, "no_identifiable_pupils": photo.no_identifiable_pupils,
        "adults_only": photo.adults_only, "pupils": photo.pupils.all()})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        actions.do_tag_photo(member, photo, alt_text=data["alt_text"], pupils=data["pupils"],
                             none=data["no_identifiable_pupils"],
                             adults_only=data["adults_only"])
        messages.success(request, f"{photo.filename} saved.")
        return redirect("post_edit", post_id=post.pk)
    return render(request, "posts/photo_tag.html", {"form": form, "photo": photo, "post": post},
                  status=400 if form.errors else 200)


@require_POST
@login_required
def photo_remove(request: HttpRequest, photo_id: int) -> HttpResponse:
    post, photo = access_photo(request, photo_id, "edit")
    actions.do_remove_photo(access.current_membership(request), photo)
    messages.success(request, f"{photo.filename} removed.")
    return redirect("post_edit", post_id=post.pk)


@require_GET
@login_required
def photo_image(request: HttpRequest, photo_id: int) -> HttpResponse:
    """The cleaned copy only: an uploaded original is never served."""
    _, photo = access_photo(request, photo_id, "view")
    if photo.status != Photo.Status.READY or not photo.image:
        raise Http404("This photo has no cleaned copy.")
    response = FileResponse(photo.image.open("rb"), content_type="image/jpeg")
    response["Cache-Control"] = "private, max-age=3600"
    return response


PHOTOS_CHECKED = "photos-checked"  # the event the live check listens for (posts/compose.html)


@require_GET
@login_required
def photo_status(request: HttpRequest, post_id: int) -> HttpResponse:
    """htmx: the post's photos while any is being checked (the panel asks every second). Once
    none is, the panel stops asking and says so, and the response fires `photos-checked`, on
    which the compose page's live check runs again: its findings (faces, consent) follow the
    worker's without the author typing."""
    _, post = access_post(request, post_id, "view")
    context = photos_context(request, post)
    response = render(request, "posts/_photos.html", {**context,
                                                      "checked_now": not context["processing"]})
    if not context["processing"]:
        response["HX-Trigger"] = PHOTOS_CHECKED
    return response


def photos_context(request, post) -> dict:
    """What the photo panel (posts/_photos.html) shows, on the edit page and while it polls."""
    photos = list(post.photos.annotate(n=Count("pupils")))
    return {"post": post, "photos": photos,
            "processing": any(p.status == Photo.Status.PROCESSING for p in photos),
            "perms": PostPermissions(access.current_membership(request), post),
            "upload_form": PhotoUploadForm()}
