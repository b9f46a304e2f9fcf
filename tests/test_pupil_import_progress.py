"""A true progress bar (issue 13): while the worker imports a large file, in one all-or-nothing
transaction, the progress page shows how many rows are written so far."""

from __future__ import annotations

import re
import threading

import pytest
from django.db import connection
from django.urls import reverse

from schoolsocial.pupils import importer
from schoolsocial.pupils.models import ImportJob, Pupil

ROWS = 600


@pytest.fixture
def slow_insert():
    """Each new pupil takes a few milliseconds to write, as on a busy disk (a real delay)."""
    with connection.cursor() as cursor:
        cursor.execute("CREATE FUNCTION slow_pupils() RETURNS trigger AS $$ BEGIN "
                       "PERFORM pg_sleep(0.004); RETURN NEW; END $$ LANGUAGE plpgsql")
        cursor.execute("CREATE TRIGGER slow_pupils BEFORE INSERT ON pupils_pupil "
                       "FOR EACH ROW EXECUTE FUNCTION slow_pupils()")
    yield
    with connection.cursor() as cursor:
        cursor.execute("DROP TRIGGER slow_pupils ON pupils_pupil")
        cursor.execute("DROP FUNCTION slow_pupils()")


def _shown(client, job) -> int:
    body = client.get(reverse("import_progress", args=[job.pk]),
                      headers={"HX-Request": "true"}).content.decode()
    found = re.search(r'<progress max="\d+" value="(\d+)"', body)
    return int(found.group(1))


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_the_page_shows_rows_written_while_the_worker_imports(
        client, school, helen, slow_insert, django_capture_on_commit_callbacks):
    client.force_login(helen.user)
    rows = "".join(f"Pupil{n},Surname{n},U{n},yes\n" for n in range(ROWS))
    job = ImportJob.objects.create(
        school=school, created_by=helen.user, filename="big.csv", encoding="utf-8",
        text="Forename,Surname,UPN,Photo Consent\n" + rows,
        mapping={"first_name": "Forename", "last_name": "Surname", "external_id": "UPN",
                 "consent": "Photo Consent"})
    headers, lines = importer.split(job.text)
    previewed = importer.check_lines(headers, lines, job.mapping)
    importer.match(school, previewed)
    with django_capture_on_commit_callbacks(execute=False):  # the worker is run below
        assert importer.start(job, previewed, skip_bad_rows=False, widen=True) is None
    job.refresh_from_db()
    assert (job.status, job.total) == ("queued", ROWS)

    worker = threading.Thread(target=lambda: (importer.run_job(job.pk), connection.close()))
    worker.start()
    seen = []
    while worker.is_alive():
        job.refresh_from_db()
        if job.status == "running":
            seen.append(_shown(client, job))
        worker.join(0.05)
    job.refresh_from_db()
    assert job.status == "done" and Pupil.objects.count() == ROWS
    assert any(0 < done < ROWS for done in seen), seen  # before the end, not only 0 then all
    assert seen == sorted(seen)
    assert _shown(client, job) == ROWS
