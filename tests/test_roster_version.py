"""The roster version the live check caches its roster under (pupils/triggers.py) changes in
the same transaction as every write of a pupil or a consent record, however it was written, and
only for that pupil's school: a change is in the very next live check, never in another
school's.

Tom writes at Meon Valley, whose pupil Amelia Hughes is; Oscar is Other School's headteacher
and must never see her on his roster."""

from __future__ import annotations

import pytest
from django.db import connection, transaction
from django.urls import reverse

from schoolsocial.posts.checks import roster_for
from schoolsocial.pupils.models import ConsentRecord, Pupil, RosterVersion

TEXT = "Well done to Amelia Hughes for her brilliant reading today."
ON_ROSTER = "is the full name of a pupil on your roster"


def version(school) -> int | None:
    return RosterVersion.objects.filter(school=school).values_list("version", flat=True).first()


def live(client, member) -> str:
    client.force_login(member.user)
    return client.post(reverse("live_check"), {"text": TEXT, "category": "learning"}
                       ).content.decode()


@pytest.fixture
def amelia(school) -> Pupil:
    return Pupil.objects.create(school=school, first_name="Amelia", last_name="Hughes")


def test_a_new_pupil_is_in_the_next_live_check_and_a_leaver_is_gone_from_it(client, tom, school):
    assert ON_ROSTER not in live(client, tom)
    amelia = Pupil.objects.create(school=school, first_name="Amelia", last_name="Hughes")
    assert ON_ROSTER in live(client, tom)
    Pupil.objects.filter(pk=amelia.pk).update(left_at="2026-07-22T12:00:00Z")
    assert ON_ROSTER not in live(client, tom)


def test_another_schools_pupil_is_never_on_the_roster(client, tom, oscar, school, other_school):
    assert ON_ROSTER not in live(client, oscar)
    Pupil.objects.create(school=school, first_name="Amelia", last_name="Hughes")
    assert ON_ROSTER in live(client, tom)
    assert ON_ROSTER not in live(client, oscar)
    Pupil.objects.create(school=other_school, first_name="Amelia", last_name="Hughes")
    assert ON_ROSTER in live(client, oscar)


def _create(school, amelia):
    Pupil.objects.create(school=school, first_name="Oliver", last_name="Brown")


def _save(school, amelia):
    amelia.known_as = ["Millie"]
    amelia.save()


def _update(school, amelia):
    Pupil.objects.filter(pk=amelia.pk).update(group="4M")


def _bulk_create(school, amelia):
    Pupil.objects.bulk_create([Pupil(school=school, first_name="Isla", last_name="Ward"),
                               Pupil(school=school, first_name="Noah", last_name="Ward")])


def _bulk_update(school, amelia):
    amelia.last_name = "Hughes-Ward"
    Pupil.objects.bulk_update([amelia], ["last_name"])


def _delete(school, amelia):
    amelia.delete()


def _consent(school, amelia):
    ConsentRecord.objects.create(pupil=amelia, status="granted", evidence="Form")


def _bulk_consent(school, amelia):
    ConsentRecord.objects.bulk_create([ConsentRecord(pupil=amelia, status="refused")])


def _consent_deleted(school, amelia):
    ConsentRecord.objects.filter(pupil=amelia).delete()


def _raw_sql(school, amelia):
    with connection.cursor() as cursor:
        cursor.execute("UPDATE pupils_pupil SET first_name = %s WHERE id = %s",
                       ["Amelie", amelia.pk])


WRITES = [_create, _save, _update, _bulk_create, _bulk_update, _delete, _consent, _bulk_consent,
          _consent_deleted, _raw_sql]


@pytest.mark.parametrize("write", WRITES, ids=lambda write: write.__name__.strip("_"))
def test_every_kind_of_write_changes_the_version_of_its_school_only(write, school, other_school,
                                                                    amelia):
    ConsentRecord.objects.create(pupil=amelia, status="none")  # something for _consent_deleted
    Pupil.objects.create(school=other_school, first_name="Grace", last_name="Patel")
    before, others = version(school), version(other_school)
    roster = roster_for(school)
    assert roster_for(school) is roster  # nothing written: the cached roster is reused
    write(school, amelia)
    assert version(school) != before
    assert version(other_school) == others
    assert roster_for(school) is not roster


def test_the_rebuilt_roster_shows_the_write(school, amelia):
    assert roster_for(school).pupils[str(amelia.pk)].consent == "none"
    ConsentRecord.objects.create(pupil=amelia, status="granted", evidence="Form")
    assert roster_for(school).pupils[str(amelia.pk)].consent == "granted"
    with connection.cursor() as cursor:
        cursor.execute("UPDATE pupils_pupil SET first_name = %s WHERE id = %s",
                       ["Amelie", amelia.pk])
    assert roster_for(school).pupils[str(amelia.pk)].first_name == "Amelie"


def test_a_pupil_moved_to_another_school_changes_both_versions(school, other_school, amelia):
    Pupil.objects.create(school=other_school, first_name="Grace", last_name="Patel")
    before = version(school), version(other_school)
    Pupil.objects.filter(pk=amelia.pk).update(school=other_school)
    after = version(school), version(other_school)
    assert after[0] != before[0] and after[1] != before[1]
    assert str(amelia.pk) in roster_for(other_school).pupils
    assert str(amelia.pk) not in roster_for(school).pupils


def test_the_version_changes_in_the_writes_own_transaction(school, amelia):
    before = version(school)
    with pytest.raises(RuntimeError), transaction.atomic():
        ConsentRecord.objects.create(pupil=amelia, status="granted")
        assert version(school) != before  # already, before the commit
        raise RuntimeError("rolled back")
    assert version(school) == before
    assert roster_for(school).pupils[str(amelia.pk)].consent == "none"


def test_a_whole_school_import_changes_the_version(client, school, helen, amelia):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from schoolsocial.pupils.models import ImportJob

    roster = roster_for(school)
    before = version(school)
    client.force_login(helen.user)
    csv = b"Forename,Surname,Photo Consent\nAmelia,Hughes,No\nOliver,Brown,Yes\n"
    client.post(reverse("import_upload"),
                {"file": SimpleUploadedFile("pupils.csv", csv, "text/csv")})
    client.post(reverse("import_preview", args=[ImportJob.objects.latest("id").pk]),
                {"apply": "1"})
    assert version(school) != before
    rebuilt = roster_for(school)
    assert rebuilt is not roster
    assert {(p.first_name, p.consent) for p in rebuilt.pupils.values()} == {
        ("Amelia", "refused"), ("Oliver", "granted")}
