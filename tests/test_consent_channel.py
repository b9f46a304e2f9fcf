"""Consent per channel: a pupil's photo consent for the school website can differ from their
consent for social media, and every network this product posts to (X, Bluesky, Mastodon) is
social media, so one consent covers them all. A photo blocks only where its consent does not
reach. Recorded in the register, imported from the MIS, checked by the rules. In every season."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from schoolsocial.audit.models import AuditEvent
from schoolsocial.posts.checks import check_post
from schoolsocial.posts.models import Photo
from schoolsocial.pupils.models import ConsentRecord, ImportJob, Pupil
from tests.factories import make_post

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("season")]


@pytest.fixture
def josh(school) -> Pupil:
    return Pupil.objects.create(school=school, first_name="Josh", last_name="Smith",
                                group="Year 4")


def photo_post(tom, pupil):
    post = make_post(tom, text="Year 4 at the farm today.", networks=["x"])
    photo = Photo.objects.create(post=post, uploaded_by=tom.user, filename="farm.jpg",
                                 status="ready", alt_text="Children feeding lambs", faces=1,
                                 sha256="b" * 64)
    photo.pupils.add(pupil)
    return post


def consent_blocks(post) -> list[str]:
    return [f.message for f in check_post(post).blocks if f.rule == "photo_consent"]


def test_consent_for_the_website_only_does_not_reach_social_media(tom, josh):
    ConsentRecord.objects.create(pupil=josh, status="granted", channel="website",
                                 evidence="Form: website yes, social media not ticked")
    assert Pupil.objects.with_consent().get(pk=josh.pk).consent == "none"
    assert consent_blocks(photo_post(tom, josh))


def test_one_consent_for_every_channel_covers_every_network(tom, josh):
    ConsentRecord.objects.create(pupil=josh, status="granted", evidence="Signed form")
    post = photo_post(tom, josh)
    post.networks = ["x", "bluesky", "mastodon"]
    assert consent_blocks(post) == []


def test_withdrawing_for_the_website_leaves_social_media_consent_in_force(tom, josh):
    ConsentRecord.objects.create(pupil=josh, status="granted", evidence="Signed form")
    ConsentRecord.objects.create(pupil=josh, status="withdrawn", channel="website",
                                 evidence="Letter: not on the website please")
    assert consent_blocks(photo_post(tom, josh)) == []


def test_refusing_social_media_blocks_though_the_website_is_granted(tom, josh):
    ConsentRecord.objects.create(pupil=josh, status="granted", evidence="Signed form")
    ConsentRecord.objects.create(pupil=josh, status="refused", channel="social",
                                 evidence="Call from mum: no social media")
    ConsentRecord.objects.create(pupil=josh, status="granted", channel="website",
                                 evidence="Website still fine")
    assert Pupil.objects.with_consent().get(pk=josh.pk).consent == "refused"
    assert consent_blocks(photo_post(tom, josh))


def test_the_register_records_the_channel_and_audits_it(client, alan, josh):
    client.force_login(alan.user)
    client.post(reverse("pupil_detail", args=[josh.pk]), {
        "status": "granted", "scope": "any", "channel": "social", "valid_until": "",
        "evidence": "Form, September"})
    client.post(reverse("pupil_detail", args=[josh.pk]), {
        "status": "granted", "scope": "any", "valid_until": "", "evidence": "Form, again"})
    assert list(ConsentRecord.objects.order_by("id").values_list("channel", flat=True)) == [
        "social", "all"]
    page = client.get(reverse("pupil_detail", args=[josh.pk])).content.decode()
    assert "Social media (X, Bluesky, Mastodon)" in page
    first = AuditEvent.objects.filter(action="consent.recorded").order_by("id").first()
    assert first.details["channel"] == "social" and "social media" in first.summary


def test_the_mis_import_maps_a_consent_for_column(client, school, helen):
    client.force_login(helen.user)
    csv = ("Forename,Surname,UPN,Photo Consent,Consent For\n"
           "Josh,Smith,A1,Yes,Website\n"
           "Amelia,Jones,A2,Yes,Social media\n"
           "Noah,Brown,A3,Yes,\n"
           "Ava,Green,A4,Yes,Newspaper\n")
    client.post(reverse("import_upload"),
                {"file": SimpleUploadedFile("pupils.csv", csv.encode(), "text/csv")})
    job = ImportJob.objects.latest("id")
    assert job.mapping["consent_channel"] == "Consent For"
    preview = client.get(reverse("import_preview", args=[job.pk])).content.decode()
    assert "Consent for &#x27;Newspaper&#x27; is not one we know" in preview
    client.post(reverse("import_preview", args=[job.pk]), {"apply": "1", "skip_bad_rows": "1"})
    channels = dict(ConsentRecord.objects.values_list("pupil__first_name", "channel"))
    assert channels == {"Josh": "website", "Amelia": "social", "Noah": "all"}
    social = dict(Pupil.objects.with_consent().values_list("first_name", "consent_status"))
    assert social["Josh"] is None and social["Amelia"] == social["Noah"] == "granted"


def import_file(client, csv_text: str) -> ImportJob:
    client.post(reverse("import_upload"),
                {"file": SimpleUploadedFile("pupils.csv", csv_text.encode(), "text/csv")})
    return ImportJob.objects.latest("id")


def test_an_export_with_a_website_and_a_social_media_column_records_each(client, school, helen):
    client.force_login(helen.user)
    job = import_file(client, "Forename,Surname,UPN,Website Photo Consent,Social Media Consent\n"
                              "Josh,Smith,A1,Yes,No\n"
                              "Amelia,Jones,A2,No,Yes\n"
                              "Noah,Brown,A3,Yes,Yes\n"
                              "Ava,Green,A4,,\n")
    assert job.mapping["website_consent"] == "Website Photo Consent"
    assert job.mapping["social_consent"] == "Social Media Consent"
    assert "consent" not in job.mapping
    client.post(reverse("import_preview", args=[job.pk]), {"apply": "1"})
    records = sorted(ConsentRecord.objects.values_list("pupil__first_name", "channel", "status"))
    assert records == [("Amelia", "social", "granted"), ("Amelia", "website", "refused"),
                       ("Josh", "social", "refused"), ("Josh", "website", "granted"),
                       ("Noah", "social", "granted"), ("Noah", "website", "granted")]
    social = dict(Pupil.objects.with_consent().values_list("first_name", "consent_status"))
    assert social == {"Josh": "refused", "Amelia": "granted", "Noah": "granted", "Ava": None}


def test_a_second_import_changes_only_the_channel_whose_answer_changed(client, school, helen):
    client.force_login(helen.user)
    job = import_file(client, "Forename,Surname,UPN,Website Consent,Social Media Consent\n"
                              "Josh,Smith,A1,Yes,Yes\n")
    client.post(reverse("import_preview", args=[job.pk]), {"apply": "1"})
    job = import_file(client, "Forename,Surname,UPN,Website Consent,Social Media Consent\n"
                              "Josh,Smith,A1,Yes,Withdrawn\n")
    preview = client.get(reverse("import_preview", args=[job.pk])).content.decode()
    assert "Social media: Granted (any photo)" in preview  # the consent now
    assert "Social media: Withdrawn" in preview
    assert "Website: " not in preview  # unchanged, so not listed as a change
    client.post(reverse("import_preview", args=[job.pk]), {"apply": "1"})
    latest = ConsentRecord.objects.latest("id")
    assert (latest.channel, latest.status) == ("social", "withdrawn")
    assert ConsentRecord.objects.count() == 3
    assert Pupil.objects.with_consent().get(first_name="Josh").consent == "withdrawn"


def test_a_widening_in_either_column_must_be_ticked(client, school, helen):
    client.force_login(helen.user)
    job = import_file(client, "Forename,Surname,UPN,Website Consent,Social Media Consent\n"
                              "Josh,Smith,A1,Yes,No\n")
    client.post(reverse("import_preview", args=[job.pk]), {"apply": "1"})
    job = import_file(client, "Forename,Surname,UPN,Website Consent,Social Media Consent\n"
                              "Josh,Smith,A1,Yes,Yes\n")
    page = client.post(reverse("import_preview", args=[job.pk]), {"apply": "1"})
    assert "1 consent change allows more photos than before. Check" in page.content.decode()
    assert ConsentRecord.objects.count() == 2  # nothing written yet
    client.post(reverse("import_preview", args=[job.pk]), {"apply": "1", "widen_consent": "1"})
    assert Pupil.objects.with_consent().get(first_name="Josh").consent == "granted"


def test_a_bad_answer_in_one_column_is_reported_by_its_line_and_column(client, school, helen):
    client.force_login(helen.user)
    job = import_file(client, "Forename,Surname,UPN,Website Consent,Social Media Consent\n"
                              "Josh,Smith,A1,Yes,Maybe\n")
    preview = client.get(reverse("import_preview", args=[job.pk])).content.decode()
    assert "Photo consent for social media &#x27;Maybe&#x27; is not one we know" in preview
    client.post(reverse("import_preview", args=[job.pk]), {"apply": "1"})
    assert not ConsentRecord.objects.exists() and not Pupil.objects.exists()


def test_one_consent_column_and_the_two_channel_columns_together_are_refused(
        client, school, helen):
    client.force_login(helen.user)
    job = import_file(client, "Forename,Surname,Photo Consent,Website Consent,"
                              "Social Media Consent\nJosh,Smith,Yes,Yes,No\n")
    preview = client.get(reverse("import_preview", args=[job.pk])).content.decode()
    assert "not both" in preview
    client.post(reverse("import_preview", args=[job.pk]), {"apply": "1"})
    assert not Pupil.objects.exists()
