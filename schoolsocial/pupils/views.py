from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Count, Q
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from schoolsocial.accounts import access
from schoolsocial.pupils import importer, photo_tasks
from schoolsocial.pupils.actions import do_record_consent, published_posts_showing
from schoolsocial.pupils.forms import (
    ConsentForm,
    ImportUploadForm,
    MappingForm,
    PhotoTagForm,
    PhotoUploadForm,
)
from schoolsocial.pupils.models import Consent, ImportJob, Photo, Pupil
from schoolsocial.queue import enqueue

PREVIEW_ROWS = 200


@require_GET
@login_required
def register(request: HttpRequest) -> HttpResponse:
    """The consent register: pupils by class with their current photo consent."""
    member = access.require(request, "view_pupils")
    pupils = Pupil.objects.filter(school=member.school).current().with_consent()
    groups = list(pupils.order_by("group").values_list("group", flat=True).distinct())
    # A NUL cannot be in a name (PostgreSQL refuses it in a query): it is dropped.
    group = request.GET.get("group", "").replace("\x00", "")
    query = request.GET.get("q", "").replace("\x00", "").strip()
    if group:
        pupils = pupils.filter(group=group)
    if query:
        pupils = pupils.filter(Q(first_name__icontains=query) | Q(last_name__icontains=query))
    pupils = list(pupils.order_by("group", "last_name", "first_name"))
    counts = {label: sum(1 for p in pupils if p.consent == value)
              for value, label in Consent.choices}
    context = {"pupils": pupils, "groups": groups, "group": group, "q": query, "counts": counts}
    return render(request, "pupils/register.html", context)


@login_required
def pupil_detail(request: HttpRequest, pupil_id: int) -> HttpResponse:
    member, pupil = access.access_pupil(request, pupil_id)
    form = ConsentForm(request.POST or None)
    if request.method == "POST":
        access.require(request, "manage_consent")
        if form.is_valid():
            data = form.cleaned_data
            do_record_consent(member, pupil, status=data["status"], scope=data["scope"],
                              valid_until=data["valid_until"], evidence=data["evidence"])
            messages.success(request, f"Consent for {pupil} recorded.")
            return redirect("pupil_detail", pupil_id=pupil.pk)
    context = {
        "pupil": pupil,
        "history": pupil.consents.select_related("recorded_by").order_by("-id"),
        "form": form,
        "published": published_posts_showing(pupil),
    }
    return render(request, "pupils/detail.html", context, status=400 if form.errors else 200)


@login_required
def import_upload(request: HttpRequest) -> HttpResponse:
    member = access.require(request, "import_pupils")
    form = ImportUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            text, encoding = importer.decode(upload.read())
            headers, _ = importer.split(text)
        except importer.ImportError_ as error:
            form.add_error("file", f"{upload.name}: {error}")
        else:
            job = ImportJob.objects.create(
                school=member.school, created_by=request.user, filename=upload.name[:200],
                text=text, encoding=encoding, mapping=importer.guess_mapping(headers),
                full=form.cleaned_data["full"])
            return redirect("import_preview", job_id=job.pk)
    return render(request, "pupils/import_upload.html", {"form": form},
                  status=400 if form.errors else 200)


def _access_job(request: HttpRequest, job_id: int) -> ImportJob:
    return access.access_school_object(request, ImportJob.objects, job_id, "import_pupils")[1]


@login_required
def import_preview(request: HttpRequest, job_id: int) -> HttpResponse:
    """Check the column mapping, every row's problems and every consent that would change;
    nothing is written until 'Import'."""
    job = _access_job(request, job_id)
    if job.status != ImportJob.Status.PREVIEW:
        return redirect("import_progress", job_id=job.pk)
    headers, lines = importer.split(job.text)
    form = MappingForm(request.POST or None, headers=headers, initial=job.mapping)
    problems, rows = [], []
    if form.is_bound and form.is_valid():
        job.mapping = form.mapping()
        job.save(update_fields=("mapping",))
    problems = importer.check_mapping(headers, job.mapping)
    if not problems:
        rows = importer.check_lines(headers, lines, job.mapping)
        importer.match(job.school, rows)
    bad = [row for row in rows if row.problems]
    changes = [row for row in rows if row.before is not None and not row.problems]
    widening = [row for row in changes if row.widens]
    if request.method == "POST" and "apply" in request.POST and not problems:
        skip = request.POST.get("skip_bad_rows") == "1"
        widen = request.POST.get("widen_consent") == "1"
        if bad and not skip:
            messages.error(request, f"{importer.rows_with_problems(len(bad))}. Fix the file and "
                           "upload it again, or tick 'Skip the rows with problems'.")
        elif widening and not widen:
            messages.error(request, f"{len(widening)} consent changes allow more photos than "
                           "before. Check each one below and tick to apply them.")
        elif len(rows) > importer.QUEUE_ABOVE_ROWS:
            ImportJob.objects.filter(pk=job.pk).update(
                status=ImportJob.Status.QUEUED, total=len(rows) - len(bad),
                skip_bad_rows=skip, widen=widen)
            enqueue("schoolsocial.pupils.importer.run_job", job.pk)
            return redirect("import_progress", job_id=job.pk)
        else:
            job.total, job.skip_bad_rows, job.widen = len(rows) - len(bad), skip, widen
            job.save(update_fields=("total", "skip_bad_rows", "widen"))
            try:
                summary = importer.apply(job, skip_bad_rows=skip, widen=widen, rows=rows)
            except importer.ImportError_ as error:
                messages.error(request, str(error))
            else:
                messages.success(request, _summary_text(summary))
                return redirect("pupil_register")
    context = {"job": job, "form": form, "problems": problems, "rows": rows[:PREVIEW_ROWS],
               "bad": bad, "count": len(rows), "more": max(0, len(rows) - PREVIEW_ROWS),
               "queued_above": importer.QUEUE_ABOVE_ROWS, "widening": widening,
               "narrowing": [row for row in changes if not row.widens]}
    return render(request, "pupils/import_preview.html", context)


@require_GET
@login_required
def import_progress(request: HttpRequest, job_id: int) -> HttpResponse:
    job = _access_job(request, job_id)
    partial = request.headers.get("HX-Request") == "true"
    template = "pupils/_import_progress.html" if partial else "pupils/import_progress.html"
    return render(request, template, {"job": job, "summary": _summary_text(job.summary)})


@require_POST
@login_required
def import_retry(request: HttpRequest, job_id: int) -> HttpResponse:
    """Run a failed background import again, with the choices made when it was started."""
    job = _access_job(request, job_id)
    if importer.do_retry(job):
        enqueue("schoolsocial.pupils.importer.run_job", job.pk)
        messages.success(request, f"The import of {job.filename} is queued again.")
    return redirect("import_progress", job_id=job.pk)


def _summary_text(summary: dict) -> str:
    if not summary:
        return ""
    widened = summary.get("widened")
    return (f"Imported: {importer.counted(summary['created'], 'new pupil')}, {summary['updated']} "
            f"changed, {importer.counted(summary['consents'], 'consent change')}"
            f"{f' ({widened} allowing more photos)' if widened else ''}"
            f", {summary['left']} marked as left, "
            f"{importer.counted(summary['skipped'], 'row')} skipped.")



# Photos ------------------------------------------------------------------------------------


@require_POST
@login_required
def photo_upload(request: HttpRequest, post_id: int) -> HttpResponse:
    post = access.access_post(request, post_id, "edit")
    member = access.current_membership(request)
    form = PhotoUploadForm(request.POST, request.FILES)
    form.is_valid()
    add_photos(request, member, post, form.cleaned_data.get("photos", []))
    return redirect("post_edit", post_id=post.pk)


def add_photos(request, member, post, uploads) -> None:
    """Add the uploaded files to the post and say, by name, which were refused and why."""
    if not uploads:
        return
    added, errors = photo_tasks.do_add_photos(member, post, uploads)
    for error in errors:
        messages.error(request, error)
    if added:
        messages.success(request, f"{len(added)} photo{'s' if len(added) > 1 else ''} added: "
                         "being checked now. Tag who is in each one.")


@login_required
def photo_tag(request: HttpRequest, photo_id: int) -> HttpResponse:
    post, photo = access.access_photo(request, photo_id, "edit")
    member = access.current_membership(request)
    form = PhotoTagForm(request.POST or None, school=member.school, author=post.author, initial={
        "alt_text": photo.alt_text, "no_identifiable_pupils": photo.no_identifiable_pupils,
        "adults_only": photo.adults_only, "pupils": photo.pupils.all()})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        photo_tasks.do_tag_photo(member, photo, alt_text=data["alt_text"], pupils=data["pupils"],
                                 none=data["no_identifiable_pupils"],
                                 adults_only=data["adults_only"])
        messages.success(request, f"{photo.filename} saved.")
        return redirect("post_edit", post_id=post.pk)
    return render(request, "pupils/photo_tag.html", {"form": form, "photo": photo, "post": post},
                  status=400 if form.errors else 200)


@require_POST
@login_required
def photo_remove(request: HttpRequest, photo_id: int) -> HttpResponse:
    post, photo = access.access_photo(request, photo_id, "edit")
    photo_tasks.do_remove_photo(access.current_membership(request), photo)
    messages.success(request, f"{photo.filename} removed.")
    return redirect("post_edit", post_id=post.pk)


@require_GET
@login_required
def photo_image(request: HttpRequest, photo_id: int) -> HttpResponse:
    """The cleaned copy only: an uploaded original is never served."""
    _, photo = access.access_photo(request, photo_id, "view")
    if photo.status != Photo.Status.READY or not photo.image:
        raise Http404("This photo has no cleaned copy.")
    response = FileResponse(photo.image.open("rb"), content_type="image/jpeg")
    response["Cache-Control"] = "private, max-age=3600"
    return response


@require_GET
@login_required
def photo_status(request: HttpRequest, post_id: int) -> HttpResponse:
    """htmx: the post's photos while any is being checked."""
    post = access.access_post(request, post_id, "view")
    return render(request, "pupils/_photos.html", photos_context(request, post))


def photos_context(request, post) -> dict:
    """What the photo panel (pupils/_photos.html) shows, on the edit page and while it polls."""
    photos = list(post.photos.annotate(n=Count("pupils")))
    return {"post": post, "photos": photos,
            "processing": any(p.status == Photo.Status.PROCESSING for p in photos),
            "may_edit": access.may_edit_post(access.current_membership(request), post),
            "upload_form": PhotoUploadForm()}
