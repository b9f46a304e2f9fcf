"""Issue 12, item 1: an import never writes one child's consent onto another.

A UPN decides and a different UPN is a different child; a name without a UPN is used only when it
is on the roster once and the class agrees; every consent change is listed before and after, and
one that allows more photos is applied only when ticked.
"""

from __future__ import annotations

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from schoolsocial.audit.models import AuditEvent
from schoolsocial.pupils.models import ConsentRecord, ImportJob, Pupil

HEADER = "Forename,Surname,Reg Group,UPN,Photo Consent\n"


def _pupil(school, first, last, group, upn="", consent="refused", **fields) -> Pupil:
    pupil = Pupil.objects.create(school=school, first_name=first, last_name=last, group=group,
                                 external_id=upn, **fields)
    ConsentRecord.objects.create(pupil=pupil, status=consent, evidence="form")
    return pupil


def _consent(pupil: Pupil) -> tuple[str, str, str]:
    pupil = Pupil.objects.with_consent().get(pk=pupil.pk)
    return pupil.group, pupil.external_id, pupil.consent


def _preview(client, csv: str, full=False) -> tuple[ImportJob, str]:
    data = {"file": SimpleUploadedFile("pupils.csv", csv.encode(), "text/csv")}
    if full:
        data["full"] = "on"
    client.post(reverse("import_upload"), data)
    job = ImportJob.objects.latest("id")
    return job, client.get(reverse("import_preview", args=[job.pk])).content.decode()


def _apply(client, job, **ticks) -> str:
    data = {"apply": "1", **{k: "1" for k in ticks}}
    return client.post(reverse("import_preview", args=[job.pk]), data, follow=True
                       ).content.decode()


def test_a_new_child_with_the_name_of_a_pupil_in_another_class_is_a_new_child(
    client, school, helen
):
    josh = _pupil(school, "Josh", "Smith", "6B", "A100", consent="refused")
    client.force_login(helen.user)
    job, body = _preview(client, HEADER + "Josh,Smith,R1,B200,yes\n")
    assert "Every row is fine" in body
    assert "consent change" not in body  # Josh in 6B is not this row
    _apply(client, job)
    assert _consent(josh) == ("6B", "A100", "refused")
    new = Pupil.objects.with_consent().get(external_id="B200")
    assert (new.group, new.consent) == ("R1", "granted")


def test_a_name_without_a_upn_in_another_class_is_a_problem_naming_both_pupils(
    client, school, helen
):
    josh = _pupil(school, "Josh", "Smith", "6B", "A100", consent="refused")
    client.force_login(helen.user)
    job, body = _preview(client, "Forename,Surname,Reg Group,Photo Consent\nJosh,Smith,R1,yes\n")
    assert "1 row has problems" in body
    assert ("Josh Smith (in R1 in this file) has the name of Josh Smith (in 6B, pupil number "
            "A100) but not the class") in body
    body = _apply(client, job, skip_bad_rows=True)
    assert _consent(josh) == ("6B", "A100", "refused")
    assert Pupil.objects.count() == 1


def test_two_children_with_one_name_keep_their_own_consent_on_reimport(client, school, helen):
    a = _pupil(school, "Josh", "Smith", "3A", "A1", consent="granted")
    b = _pupil(school, "Josh", "Smith", "5C", "A2", consent="refused")
    client.force_login(helen.user)
    # Listed in the other order, with their numbers: each row is its own child.
    job, body = _preview(client, HEADER + "Josh,Smith,5C,A2,no\nJosh,Smith,3A,A1,yes\n")
    assert "Every row is fine" in body and "consent change" not in body
    _apply(client, job)
    assert (_consent(a), _consent(b)) == (("3A", "A1", "granted"), ("5C", "A2", "refused"))
    # Without numbers neither row can say which child it is.
    job, body = _preview(client, "Forename,Surname,Reg Group,Photo Consent\n"
                                 "Josh,Smith,5C,yes\nJosh,Smith,3A,no\n")
    assert "2 rows have problems" in body
    assert ("has the name of 2 pupils: Josh Smith (in 3A, pupil number A1), Josh Smith (in 5C, "
            "pupil number A2)") in body
    _apply(client, job, skip_bad_rows=True)
    assert (_consent(a), _consent(b)) == (("3A", "A1", "granted"), ("5C", "A2", "refused"))


def test_a_unique_name_in_the_same_class_is_matched_and_keeps_its_number(client, school, helen):
    amy = _pupil(school, "Amy", "Jones", "4M", "C1", consent="granted")
    client.force_login(helen.user)
    job, body = _preview(client, "Forename,Surname,Reg Group,Photo Consent\nAmy,Jones,4M,no\n")
    assert "1 other consent change" in body
    assert "Granted (any photo)" in body and "Refused" in body
    _apply(client, job)
    assert _consent(amy) == ("4M", "C1", "refused")
    assert Pupil.objects.count() == 1


def test_a_pupil_recorded_without_a_number_takes_the_files_number_if_the_class_agrees(
    client, school, helen
):
    noah = _pupil(school, "Noah", "Brown", "2K", consent="none")
    client.force_login(helen.user)
    job, body = _preview(client, HEADER + "Noah,Brown,2K,D9,no\n")
    _apply(client, job)
    assert _consent(noah) == ("2K", "D9", "refused")


def test_a_change_that_widens_consent_is_shown_apart_and_needs_a_tick(client, school, helen):
    refused = _pupil(school, "Ava", "Hill", "1A", "E1", consent="refused")
    withdrawn = _pupil(school, "Ben", "Hill", "1A", "E2", consent="withdrawn")
    none = _pupil(school, "Cal", "Hill", "1A", "E3", consent="none")
    granted = _pupil(school, "Dee", "Hill", "1A", "E4", consent="granted")
    client.force_login(helen.user)
    job, body = _preview(client, HEADER + "Ava,Hill,1A,E1,yes\nBen,Hill,1A,E2,yes\n"
                                          "Cal,Hill,1A,E3,yes\nDee,Hill,1A,E4,no\n")
    widen = body[body.index('id="widen-h"'):body.index('id="change-h"')]
    assert "3 consent changes allow more photos than before" in widen
    for name, before in (("Ava Hill", "Refused"), ("Ben Hill", "Withdrawn"),
                         ("Cal Hill", "Not returned")):
        assert (f'<td data-label="Pupil">{name} (1A)</td><td data-label="Consent now">{before}</td>'
                f'<td data-label="After the import"><strong>Granted (any photo)') in widen
    assert "Dee Hill" not in widen
    others = body[body.index('id="change-h"'):body.index('id="rows-h"')]
    assert ('<td data-label="Pupil">Dee Hill (1A)</td><td data-label="Consent now">Granted (any '
            'photo)</td><td data-label="After the import">Refused</td>') in others
    body = _apply(client, job)
    assert "3 consent changes allow more photos than before. Check each one" in body
    assert [_consent(p)[2] for p in (refused, withdrawn, none, granted)] == [
        "refused", "withdrawn", "none", "granted"]  # nothing written, not even Dee's refusal
    _apply(client, job, widen_consent=True)
    assert [_consent(p)[2] for p in (refused, withdrawn, none, granted)] == [
        "granted", "granted", "granted", "refused"]
    event = AuditEvent.objects.get(action="pupils.imported")
    assert "3 allowing more photos, confirmed" in event.summary


def test_a_wider_scope_is_a_widening_too(client, school, helen):
    eve = Pupil.objects.create(school=school, first_name="Eve", last_name="Ng", group="2B",
                               external_id="F1")
    ConsentRecord.objects.create(pupil=eve, status="granted", scope="group")
    client.force_login(helen.user)
    job, body = _preview(client, "Forename,Surname,Reg Group,UPN,Photo Consent,Consent Scope\n"
                                 "Eve,Ng,2B,F1,yes,any\n")
    assert "1 consent change allows more photos than before" in body
    assert "Granted (group photos only)" in body


def test_a_full_import_does_not_mark_as_left_a_pupil_a_skipped_row_may_be(client, school, helen):
    josh = _pupil(school, "Josh", "Smith", "6B", "A100", consent="refused")
    gone = _pupil(school, "Old", "Leaver", "6B", "Z9", consent="granted")
    client.force_login(helen.user)
    job, _ = _preview(client, "Forename,Surname,Reg Group,Photo Consent\nJosh,Smith,R1,yes\n",
                      full=True)
    _apply(client, job, skip_bad_rows=True)
    josh.refresh_from_db()
    gone.refresh_from_db()
    assert josh.left_at is None and gone.left_at is not None


def test_two_rows_that_are_one_roster_pupil_are_a_problem(client, school, helen):
    _pupil(school, "Amy", "Jones", "4M", "C1", consent="granted")
    client.force_login(helen.user)
    # The second row has no number but is Amy by name and class, who the first row already is.
    _, body = _preview(client, HEADER + "Amy,Jones,4M,C1,yes\nAmy,Jones,4M,,yes\n")
    assert "Same pupil as line 2: Amy Jones (in 4M, pupil number C1)." in body
