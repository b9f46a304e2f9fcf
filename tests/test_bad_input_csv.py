"""Bad input, counted: CSV files for the pupil import (issue 12). Each case is a distinct bad
file; each gets its own message (on upload, on the column mapping, or as a row problem that stops
the import until the user skips the row), and nothing is half-imported: the roster is exactly as
it was."""

from __future__ import annotations

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from schoolsocial.pupils.models import ConsentRecord, ImportJob, Pupil

H = "Forename,Surname,Reg Group,UPN,Photo Consent\n"
HS = "Forename,Surname,Reg Group,UPN,Photo Consent,Consent Scope,Consent Expiry\n"

UPLOAD_CASES = [  # refused as a whole on upload: no job is made
    ("empty", b"", "The file is empty (0 bytes): export it again."),
    ("blank-lines", b"\n\n  \r\n", "The file is empty."),
    ("spaces", b"    ", "The file is empty."),
    ("header-only", H.encode(), "The file has only its header line"),
    ("header-only-crlf", H.replace("\n", "\r\n").encode(), "The file has only its header line"),
    ("xlsx", b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(50), "This is not a CSV file"),
    ("nul-in-text", b"Forename,Surname\nJosh\x00,Smith\n", "This is not a CSV file"),
    ("undecodable", b"Forename,Surname\nJ\x81sh,Sm\x8dth\n", "is not text we can read (byte"),
    ("huge-cell", (H + "Josh,\"" + "x" * 140_000 + "\",4M,A9,yes\n").encode(),
     "a cell is longer than 131,072 characters"),
    ("unclosed-quote", (H + 'Josh,"Smith,4M,A9,yes\n' + "y" * 140_000).encode(),
     "a cell is longer than 131,072 characters"),
    ("too-big", b"Forename,Surname\n" + b"Josh,Smith\n" * 500_000,
     "the most we read is 5 MB"),
]
MAPPING_CASES = [  # read, but no column can be the first name or surname
    ("no-known-columns", b"Given,Family,Tutor\nJosh,Smith,4M\n",
     "Choose the column that holds the first name."),
    ("no-surname", b"Forename,Class\nJosh,4M\n", "Choose the column that holds the surname."),
    ("one-column", b"Name\nJosh Smith\n", "Choose the column that holds the first name."),
]
ROW_CASES = [  # a row problem: nothing is written until the row is fixed or skipped
    ("no-first-name", H + ",Smith,4M,Z1,yes\n", "No first name."),
    ("no-surname-value", H + "Josh,,4M,Z1,yes\n", "No surname."),
    ("blank-names", H + " , ,4M,Z1,yes\n", "No first name."),
    ("consent-maybe", H + "Zoe,Ng,4M,Z1,maybe\n", "Photo consent &#x27;maybe&#x27; is not one"),
    ("consent-number", H + "Zoe,Ng,4M,Z1,1\n", "Photo consent &#x27;1&#x27; is not one we know"),
    ("consent-ticked", H + "Zoe,Ng,4M,Z1,✓\n", "Photo consent &#x27;✓&#x27; is not one we know"),
    ("consent-dash", H + "Zoe,Ng,4M,Z1,-\n", "Photo consent &#x27;-&#x27; is not one we know"),
    ("scope-unknown", HS + "Zoe,Ng,4M,Z1,yes,faces only,\n",
     "Consent scope &#x27;faces only&#x27; is not one we know"),
    ("date-words", HS + "Zoe,Ng,4M,Z1,yes,any,next summer\n",
     "&#x27;next summer&#x27; is not a date (use 31/08/2027)."),
    ("date-30-feb", HS + "Zoe,Ng,4M,Z1,yes,any,30/02/2027\n",
     "&#x27;30/02/2027&#x27; is not a date"),
    ("date-us-order", HS + "Zoe,Ng,4M,Z1,yes,any,08/31/2027\n", "&#x27;08/31/2027&#x27; is not"),
    ("date-month-13", HS + "Zoe,Ng,4M,Z1,yes,any,2027-13-01\n", "&#x27;2027-13-01&#x27; is not"),
    ("long-surname", H + f"Zoe,{'N' * 150},4M,Z1,yes\n",
     "The surname is 150 characters long; the most we keep is 100."),
    ("long-first-name", H + f"{'Z' * 101},Ng,4M,Z1,yes\n",
     "The first name is 101 characters long; the most we keep is 100."),
    ("long-upn", H + f"Zoe,Ng,4M,{'U' * 80},yes\n",
     "The pupil number (upn or admission number) is 80 characters long; the most we keep is 64."),
    ("long-class", H + f"Zoe,Ng,{'4' * 120},Z1,yes\n",
     "The class or registration group is 120 characters long; the most we keep is 100."),
    ("long-year", "Forename,Surname,Year\n" + f"Zoe,Ng,{'Y' * 41}\n",
     "The year group is 41 characters long; the most we keep is 40."),
    ("long-known-as", "Forename,Preferred Forename,Surname\n" + f"Zoe,{'K' * 101},Ng\n",
     "The known-as name is 101 characters long"),
    ("same-upn-twice", H + "Zoe,Ng,4M,Z1,yes\nZac,Ng,4M,Z1,yes\n", "Same pupil as line 2."),
    ("same-name-class-twice", "Forename,Surname,Reg Group\nZoe,Ng,4M\nzoe,NG,4m\n",
     "Same pupil as line 2."),
    ("twins-no-upn", "Forename,Surname,Reg Group,Photo Consent\nJosh,Smith,3A,yes\n",
     "has the name of 2 pupils: Josh Smith (in 3A, pupil number A1), Josh Smith (in 5C"),
    ("name-other-class", "Forename,Surname,Reg Group,Photo Consent\nAmy,Jones,6B,yes\n",
     "Amy Jones (in 6B in this file) has the name of Amy Jones (in 4M, pupil number C1) but "
     "not the class"),
    ("name-no-class", "Forename,Surname,Photo Consent\nAmy,Jones,yes\n",
     "Amy Jones (with no class in this file) has the name of Amy Jones (in 4M"),
    ("upn-and-name-same-pupil", H + "Amy,Jones,4M,C1,no\nAmy,Jones,4M,,no\n",
     "Same pupil as line 2: Amy Jones (in 4M, pupil number C1)."),
    ("unnumbered-twin-other-class", H + "Noah,Brown,3C,N7,no\n",
     "Noah Brown (in 3C in this file) has the name of Noah Brown (in 2K, no pupil number)"),
    ("semicolon-bad-consent", b"Forename;Surname;Photo Consent\nZoe;Ng;perhaps\n".decode(),
     "Photo consent &#x27;perhaps&#x27; is not one we know"),
    ("tab-missing-name", "Forename\tSurname\tUPN\n\tNg\tZ1\n", "No first name."),
    ("cr-only-bad-consent", (H + "Zoe,Ng,4M,Z1,dunno\n").replace("\n", "\r"),
     "Photo consent &#x27;dunno&#x27; is not one we know"),
]


@pytest.fixture
def roster(school):
    """Amy (refused), twins of one name, and Noah recorded without a pupil number."""
    pupils = [Pupil.objects.create(school=school, first_name=first, last_name=last, group=g,
                                   external_id=n)
              for first, last, g, n in (("Amy", "Jones", "4M", "C1"), ("Josh", "Smith", "3A", "A1"),
                                 ("Josh", "Smith", "5C", "A2"), ("Noah", "Brown", "2K", ""))]
    for pupil in pupils:
        ConsentRecord.objects.create(pupil=pupil, status="refused", evidence="form")
    return pupils


def _snapshot(school) -> list:
    return (list(Pupil.objects.filter(school=school).order_by("pk").values_list(
        "first_name", "last_name", "group", "external_id", "left_at"))
        + list(ConsentRecord.objects.order_by("pk").values_list("pupil_id", "status")))


def _upload(client, content: bytes, full=False):
    data = {"file": SimpleUploadedFile("pupils.csv", content, "text/csv")}
    if full:
        data["full"] = "on"
    return client.post(reverse("import_upload"), data)


def test_there_are_at_least_forty_distinct_bad_csv_files():
    files = [c[1] for c in UPLOAD_CASES + MAPPING_CASES] + [c[1] for c in ROW_CASES]
    assert len(files) >= 40 and len(set(files)) == len(files)


@pytest.mark.parametrize("content, message", [c[1:] for c in UPLOAD_CASES],
                         ids=[c[0] for c in UPLOAD_CASES])
def test_a_file_that_cannot_be_read_is_refused_on_upload(client, school, helen, roster,
                                                         content, message):
    before = _snapshot(school)
    client.force_login(helen.user)
    response = _upload(client, content)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not ImportJob.objects.exists()
    assert _snapshot(school) == before


@pytest.mark.parametrize("content, message", [c[1:] for c in MAPPING_CASES],
                         ids=[c[0] for c in MAPPING_CASES])
def test_a_file_without_the_name_columns_asks_for_them(client, school, helen, roster,
                                                       content, message):
    before = _snapshot(school)
    client.force_login(helen.user)
    _upload(client, content)
    job = ImportJob.objects.get()
    assert message in client.get(reverse("import_preview", args=[job.pk])).content.decode()
    response = client.post(reverse("import_preview", args=[job.pk]), {"apply": "1"})
    assert message in response.content.decode()
    assert _snapshot(school) == before


@pytest.mark.parametrize("full", [False, True], ids=["partial", "full-list"])
@pytest.mark.parametrize("text, message", [c[1:] for c in ROW_CASES],
                         ids=[c[0] for c in ROW_CASES])
def test_a_row_problem_stops_the_import_and_nothing_is_half_imported(
    client, school, helen, roster, text, message, full
):
    before = _snapshot(school)
    client.force_login(helen.user)
    _upload(client, text.encode() if isinstance(text, str) else text, full=full)
    job = ImportJob.objects.get()
    body = client.get(reverse("import_preview", args=[job.pk])).content.decode()
    assert message in body
    body = client.post(reverse("import_preview", args=[job.pk]), {"apply": "1"},
                       follow=True).content.decode()
    assert re.search(r"(1 row has|\d+ rows have) problems\. Fix the file and upload it again", body)
    assert message in body
    assert _snapshot(school) == before  # not one row of the file written, nobody marked as left
    job.refresh_from_db()
    assert job.status == "preview"


def test_crlf_and_cr_only_line_endings_import_the_same(client, school, helen):
    client.force_login(helen.user)
    for ending, upn in (("\r\n", "W1"), ("\r", "M1")):
        _upload(client, (H + f"Zoe,Ng,4M,{upn},no\n").replace("\n", ending).encode())
        job = ImportJob.objects.latest("id")
        assert "Every row is fine" in client.get(
            reverse("import_preview", args=[job.pk])).content.decode()
        client.post(reverse("import_preview", args=[job.pk]), {"apply": "1"})
    assert sorted(Pupil.objects.values_list("external_id", flat=True)) == ["M1", "W1"]
