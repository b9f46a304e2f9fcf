"""Issue 12, item 5: a background import that fails says why on its progress page and can be
tried again; nothing is half-imported."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.urls import reverse

from schoolsocial.pupils import importer
from schoolsocial.pupils.models import ConsentRecord, ImportJob, Pupil

ROWS = 520


def _queued(client, django_capture_on_commit_callbacks) -> ImportJob:
    rows = "".join(f"Pupil{n},Surname{n},6B,U{n},yes\n" for n in range(ROWS))
    client.post(reverse("import_upload"), {"file": SimpleUploadedFile(
        "big.csv", ("Forename,Surname,Reg Group,UPN,Photo Consent\n" + rows).encode())})
    job = ImportJob.objects.latest("id")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("import_preview", args=[job.pk]), {"apply": "1"})
    job.refresh_from_db()
    assert job.status == "queued"
    return job


def test_a_roster_change_while_queued_fails_the_job_with_why_and_it_can_be_retried(
    client, school, helen, django_capture_on_commit_callbacks
):
    client.force_login(helen.user)
    job = _queued(client, django_capture_on_commit_callbacks)
    # While the job waits, two pupils of row 2's name are entered by hand: row 2 is now ambiguous.
    twins = [Pupil.objects.create(school=school, first_name="Pupil0", last_name="Surname0",
                                  group=g, external_id="") for g in ("6B", "6C")]
    for twin in twins:
        ConsentRecord.objects.create(pupil=twin, status="granted")
    importer.run_job(job.pk)
    job.refresh_from_db()
    assert job.status == "failed"
    assert job.error == ("1 row has problems: fix the file, or choose to skip them. Nothing was "
                         "imported.")
    assert Pupil.objects.count() == 2
    body = client.get(reverse("import_progress", args=[job.pk])).content.decode()
    assert "1 row has problems" in body and "Try the import again" in body
    Pupil.objects.filter(pk=twins[1].pk).delete()  # the duplicate entered by mistake
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("import_retry", args=[job.pk]))
    assert response["Location"] == reverse("import_progress", args=[job.pk])
    job.refresh_from_db()
    assert (job.status, job.error) == ("queued", "")
    importer.run_job(job.pk)
    job.refresh_from_db()
    assert job.status == "done"
    assert Pupil.objects.count() == ROWS  # row 2 took the hand-entered pupil in 6B
    assert Pupil.objects.get(pk=twins[0].pk).external_id == "U0"


@pytest.fixture
def failing_insert(db):
    """A database that refuses to add pupils, as a full disk would: a real error, not a mock."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("CREATE TRIGGER no_pupils BEFORE INSERT ON pupils_pupil "
                           "BEGIN SELECT RAISE(ABORT, 'could not extend file: disk full'); END")
        else:
            cursor.execute("CREATE FUNCTION no_pupils() RETURNS trigger AS $$ BEGIN RAISE "
                           "EXCEPTION 'could not extend file: disk full'; END $$ LANGUAGE plpgsql")
            cursor.execute("CREATE TRIGGER no_pupils BEFORE INSERT ON pupils_pupil "
                           "FOR EACH ROW EXECUTE FUNCTION no_pupils()")
    yield
    with connection.cursor() as cursor:
        cursor.execute("DROP TRIGGER no_pupils" + ("" if connection.vendor == "sqlite"
                                                     else " ON pupils_pupil"))
        if connection.vendor != "sqlite":
            cursor.execute("DROP FUNCTION no_pupils()")


def test_a_database_error_in_the_worker_is_shown_on_the_progress_page(
    client, school, helen, django_capture_on_commit_callbacks, failing_insert
):
    client.force_login(helen.user)
    job = _queued(client, django_capture_on_commit_callbacks)
    importer.run_job(job.pk)
    job.refresh_from_db()
    assert job.status == "failed"
    assert "disk full" in job.error and "Nothing was imported" in job.error
    assert not Pupil.objects.exists()
    body = client.get(reverse("import_progress", args=[job.pk]),
                      headers={"HX-Request": "true"}).content.decode()
    assert "hx-trigger" not in body  # it stops polling
    assert "disk full" in body and "Try the import again" in body


def test_only_a_failed_job_is_retried(client, school, helen, django_capture_on_commit_callbacks):
    client.force_login(helen.user)
    job = _queued(client, django_capture_on_commit_callbacks)
    client.post(reverse("import_retry", args=[job.pk]))
    job.refresh_from_db()
    assert job.status == "queued"
    assert not importer.do_retry(job)
