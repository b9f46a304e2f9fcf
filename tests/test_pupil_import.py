from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django_q.brokers import get_broker

from schoolsocial.audit.models import AuditEvent
from schoolsocial.pupils import importer
from schoolsocial.pupils.models import ConsentRecord, ImportJob, Pupil

SIMS = ("Legal Forename,Preferred Forename,Surname,Reg Group,Year,UPN,Photo Consent\n"
        "Joshua,Josh,Smith,4M,Year 4,A123,Yes\n"
        "Amelia,,Jones,4M,Year 4,A124,No\n")


def _upload(client, content: bytes, name="pupils.csv", full=False):
    data = {"file": SimpleUploadedFile(name, content, "text/csv")}
    if full:
        data["full"] = "on"
    return client.post(reverse("import_upload"), data)


def _job():
    return ImportJob.objects.latest("id")


def test_a_sims_export_is_mapped_previewed_and_applied(client, school, helen):
    client.force_login(helen.user)
    response = _upload(client, SIMS.encode())
    job = _job()
    assert response["Location"] == reverse("import_preview", args=[job.pk])
    assert job.mapping == {"first_name": "Legal Forename", "known_as": "Preferred Forename",
                           "last_name": "Surname", "group": "Reg Group", "year": "Year",
                           "external_id": "UPN", "consent": "Photo Consent"}
    assert Pupil.objects.count() == 0  # nothing is written by the preview
    preview = client.get(reverse("import_preview", args=[job.pk])).content.decode()
    assert "Every row is fine" in preview
    client.post(reverse("import_preview", args=[job.pk]), {"apply": "1"})
    josh = Pupil.objects.with_consent().get(external_id="A123")
    assert (josh.first_name, josh.known_as, josh.group, josh.consent) == (
        "Joshua", ["Josh"], "4M", "granted")
    assert Pupil.objects.with_consent().get(external_id="A124").consent == "refused"
    assert AuditEvent.objects.filter(action="pupils.imported").exists()


def test_arbor_and_bromcom_column_names_are_recognised():
    arbor = ["First Name", "Last Name", "Registration Group", "Year Group", "Admission Number"]
    bromcom = ["Forename", "Surname", "Form", "NC Year", "Adno", "Media Consent"]
    assert importer.guess_mapping(arbor) == {
        "first_name": "First Name", "last_name": "Last Name", "group": "Registration Group",
        "year": "Year Group", "external_id": "Admission Number"}
    assert importer.guess_mapping(bromcom) == {
        "first_name": "Forename", "last_name": "Surname", "group": "Form", "year": "NC Year",
        "external_id": "Adno", "consent": "Media Consent"}


def test_utf8_with_bom_and_windows_1252_are_read(client, school, helen):
    client.force_login(helen.user)
    _upload(client, b"\xef\xbb\xbf" + "Forename,Surname\nZoë,Brontë\n".encode())
    assert _job().encoding == "UTF-8 with BOM"
    assert importer.preview(_job().text, _job().mapping)[0].values["first_name"] == "Zoë"
    _upload(client, "Forename;Surname\nZoë;Brontë\n".encode("cp1252"))
    assert _job().encoding == "Windows-1252"
    assert importer.preview(_job().text, _job().mapping)[0].values["last_name"] == "Brontë"


def test_bad_rows_are_reported_by_line_and_nothing_imports_until_the_user_decides(
    client, school, helen
):
    client.force_login(helen.user)
    _upload(client, (b"Forename,Surname,UPN,Photo Consent\n"
                     b"Josh,Smith,A1,yes\n"
                     b",Jones,A2,yes\n"
                     b"Josh,Smith,A1,yes\n"
                     b"Noah,Brown,A3,maybe\n"))
    job = _job()
    body = client.get(reverse("import_preview", args=[job.pk])).content.decode()
    assert "3 rows have problems" in body
    assert "No first name." in body
    assert "Same pupil as line 2." in body
    assert "Photo consent &#x27;maybe&#x27; is not one we know" in body
    response = client.post(reverse("import_preview", args=[job.pk]), {"apply": "1"}, follow=True)
    assert "3 rows have problems" in response.content.decode()
    assert Pupil.objects.count() == 0
    client.post(reverse("import_preview", args=[job.pk]), {"apply": "1", "skip_bad_rows": "1"})
    assert list(Pupil.objects.values_list("first_name", flat=True)) == ["Josh"]


def test_the_mapping_can_be_changed(client, school, helen):
    client.force_login(helen.user)
    _upload(client, b"Given,Family,Tutor\nJosh,Smith,4M\n")
    job = _job()
    body = client.get(reverse("import_preview", args=[job.pk])).content.decode()
    assert "Choose the column that holds the first name." in body
    client.post(reverse("import_preview", args=[job.pk]),
                {"first_name": "Given", "last_name": "Family", "group": "Tutor"})
    job.refresh_from_db()
    assert job.mapping == {"first_name": "Given", "last_name": "Family", "group": "Tutor"}
    client.post(reverse("import_preview", args=[job.pk]), {"apply": "1"})
    assert Pupil.objects.get().group == "4M"


def test_a_full_import_marks_missing_pupils_as_left_and_their_consent_lapses(
    client, school, helen
):
    gone = Pupil.objects.create(school=school, first_name="Old", last_name="Leaver",
                                external_id="Z9")
    ConsentRecord.objects.create(pupil=gone, status="granted")
    client.force_login(helen.user)
    _upload(client, SIMS.encode(), full=True)
    client.post(reverse("import_preview", args=[_job().pk]), {"apply": "1"})
    gone = Pupil.objects.with_consent().get(pk=gone.pk)
    assert gone.left_at is not None
    assert gone.consent == "none"
    assert Pupil.objects.current().count() == 2


def test_importing_twice_changes_nothing_the_second_time(client, school, helen):
    client.force_login(helen.user)
    for _ in range(2):
        _upload(client, SIMS.encode())
        client.post(reverse("import_preview", args=[_job().pk]), {"apply": "1"})
    assert Pupil.objects.count() == 2
    assert ConsentRecord.objects.count() == 2
    assert _job().summary == {"created": 0, "updated": 0, "consents": 0, "left": 0, "skipped": 0,
                              "widened": 0}


def test_a_large_file_imports_on_the_queue_with_progress(
    client, school, helen, django_capture_on_commit_callbacks
):
    rows = "".join(f"Pupil{n},Surname{n},U{n},yes\n" for n in range(600))
    client.force_login(helen.user)
    _upload(client, ("Forename,Surname,UPN,Photo Consent\n" + rows).encode())
    job = _job()
    broker = get_broker()  # the ORM broker, or Redis when REDIS_URL is set
    waiting = broker.queue_size()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("import_preview", args=[job.pk]), {"apply": "1"})
    assert response["Location"] == reverse("import_progress", args=[job.pk])
    job.refresh_from_db()
    assert (job.status, job.total) == ("queued", 600)
    assert Pupil.objects.count() == 0
    assert broker.queue_size() == waiting + 1  # waiting for the worker
    importer.run_job(job.pk)  # what the worker runs
    importer.run_job(job.pk)  # delivered twice: nothing more happens
    body = client.get(reverse("import_progress", args=[job.pk]),
                      headers={"HX-Request": "true"}).content.decode()
    assert "600 new pupils" in body
    assert Pupil.objects.count() == 600


def test_an_empty_or_binary_file_is_refused_with_its_name(client, school, helen):
    client.force_login(helen.user)
    response = _upload(client, b"   \n", name="blank.csv")
    assert "blank.csv: The file is empty." in response.content.decode()
    response = _upload(client, b"PK\x03\x04\x00\x00binary", name="pupils.xlsx")
    assert "pupils.xlsx: This is not a CSV file" in response.content.decode()
    assert not ImportJob.objects.exists()


def test_the_import_summary_says_one_pupil_and_two_rows():
    from schoolsocial.pupils.views import _summary_text

    assert _summary_text({"created": 1, "updated": 0, "consents": 1, "left": 0, "skipped": 1}) == (
        "Imported: 1 new pupil, 0 changed, 1 consent change, 0 marked as left, 1 row skipped.")
    assert _summary_text({"created": 2, "updated": 3, "consents": 0, "left": 1, "skipped": 2}) == (
        "Imported: 2 new pupils, 3 changed, 0 consent changes, 1 marked as left, "
        "2 rows skipped.")
