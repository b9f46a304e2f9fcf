from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from schoolsocial.accounts import access
from schoolsocial.posts.consent import published_posts_showing
from schoolsocial.pupils import importer
from schoolsocial.pupils.access import access_pupil
from schoolsocial.pupils.actions import do_record_consent
from schoolsocial.pupils.forms import ConsentForm, ImportUploadForm, MappingForm
from schoolsocial.pupils.models import Consent, ImportJob, Pupil
from schoolsocial.worker import enqueue

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
    member, pupil = access_pupil(request, pupil_id)
    form = ConsentForm(request.POST or None)
    if request.method == "POST":
        access.require(request, "manage_consent")
        if form.is_valid():
            data = form.cleaned_data
            _, returned = do_record_consent(
                member, pupil, status=data["status"], scope=data["scope"],
                valid_until=data["valid_until"], evidence=data["evidence"],
                channel=data["channel"])
            messages.success(request, f"Consent for {pupil} recorded.")
            _say_what_changed(request, pupil, returned)
            return redirect("pupil_detail", pupil_id=pupil.pk)
    context = {
        "pupil": pupil,
        "history": pupil.consents.select_related("recorded_by").order_by("-id"),
        "form": form,
        "published": published_posts_showing(pupil),
    }
    return render(request, "pupils/detail.html", context, status=400 if form.errors else 200)


def _say_what_changed(request: HttpRequest, pupil: Pupil, returned: list) -> None:
    """After a consent change: the posts it sent back to draft, by name, and the published
    posts showing the pupil that someone should now review (listed on the page, with Delete)."""
    if returned:
        names = "; ".join(f"“{post}” by {post.author.display_name()}" for post in returned)
        messages.warning(request, f"{len(returned)} post{'s' if len(returned) > 1 else ''} "
                         f"went back to draft (returned: consent withdrawn), and "
                         f"{'their authors were' if len(returned) > 1 else 'its author was'} "
                         f"told: {names}.")
    published = [post for post in published_posts_showing(pupil) if post.live_networks]
    if published:
        where = sorted({name for post in published for name in post.live_labels},
                       key=lambda name: (name != "X", name))
        messages.warning(request, f"{len(published)} published post"
                         f"{'s show' if len(published) > 1 else ' shows'} {pupil.first_name} "
                         f"on {', '.join(where)}: review {'them' if len(published) > 1 else 'it'} "
                         f"below, and delete what the consent no longer allows (Delete takes "
                         f"a post down from every network it is on).")


@login_required
def import_upload(request: HttpRequest) -> HttpResponse:
    member = access.require(request, "import_pupils")
    form = ImportUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            text, encoding = importer.decode(upload.read())
            headers, _ = importer.split(text)
        except importer.ImportProblem as error:
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
    changes = [row for row in rows if row.changes and not row.problems]
    widening = [row for row in changes if row.widens]
    if request.method == "POST" and "apply" in request.POST and not problems:
        skip = request.POST.get("skip_bad_rows") == "1"
        widen = request.POST.get("widen_consent") == "1"
        if bad and not skip:
            messages.error(request, f"{importer.rows_with_problems(len(bad))}. Fix the file and "
                           "upload it again, or tick 'Skip the rows with problems'.")
        elif widening and not widen:
            messages.error(request, f"{importer.widening_changes(len(widening))} more photos than "
                           "before. Check each one below and tick to apply them.")
        else:
            try:
                summary = importer.start(job, rows, skip_bad_rows=skip, widen=widen)
            except importer.ImportProblem as error:
                messages.error(request, str(error))
            else:
                if summary is None:  # a large file: on the queue, with a progress bar
                    return redirect("import_progress", job_id=job.pk)
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
    return render(request, template, {"job": job, "done": importer.progress(job),
                                      "summary": _summary_text(job.summary)})


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
