from django.urls import reverse

from schoolsocial.audit.models import AuditEvent
from schoolsocial.posts.models import Photo
from schoolsocial.posts.states import State
from schoolsocial.pupils.models import ConsentRecord, Pupil
from tests.factories import make_post


def _pupil(school, first="Josh", last="Smith", group="Year 4"):
    return Pupil.objects.create(school=school, first_name=first, last_name=last, group=group)


def _consent(client, pupil, status, scope="any", evidence="Signed form, September"):
    return client.post(reverse("pupil_detail", args=[pupil.pk]),
                       {"status": status, "scope": scope, "valid_until": "", "evidence": evidence})


def test_no_record_means_no_consent(client, school, alan):
    _pupil(school)
    client.force_login(alan.user)
    body = client.get(reverse("pupil_register")).content.decode()
    assert "Smith, Josh" in body
    assert "Not returned" in body


def test_consent_changes_are_appended_and_audited(client, school, alan):
    josh = _pupil(school)
    client.force_login(alan.user)
    _consent(client, josh, "granted")
    _consent(client, josh, "withdrawn", evidence="Letter from mum, 3 March")
    assert list(ConsentRecord.objects.filter(pupil=josh).values_list("status", flat=True)
                .order_by("id")) == ["granted", "withdrawn"]
    body = client.get(reverse("pupil_detail", args=[josh.pk])).content.decode()
    assert "Letter from mum, 3 March" in body and "Signed form, September" in body
    assert AuditEvent.objects.filter(action="consent.recorded").count() == 2
    assert Pupil.objects.with_consent().get(pk=josh.pk).consent == "withdrawn"


def test_a_withdrawal_needs_evidence(client, school, alan):
    josh = _pupil(school)
    client.force_login(alan.user)
    response = _consent(client, josh, "withdrawn", evidence="")
    assert response.status_code == 400
    assert "Note how the parent told the school" in response.content.decode()
    assert not ConsentRecord.objects.exists()


def test_the_register_filters_by_class(client, school, ian):
    _pupil(school, "Amelia", "Jones", "Year 3")
    _pupil(school, "Noah", "Brown", "Year 5")
    client.force_login(ian.user)
    body = client.get(reverse("pupil_register"), {"group": "Year 5"}).content.decode()
    assert "Brown, Noah" in body and "Jones, Amelia" not in body


def _photo_of(post, pupil):
    photo = Photo.objects.create(post=post, uploaded_by=post.author, filename="trip.jpg",
                                 status="ready", alt_text="Children at the farm", faces=1,
                                 sha256="a" * 64)
    photo.pupils.add(pupil)
    return photo


def test_withdrawing_consent_sends_scheduled_posts_back_to_draft_at_once(
    client, school, tom, alan, mailoutbox, django_capture_on_commit_callbacks
):
    josh = _pupil(school)
    ConsentRecord.objects.create(pupil=josh, status="granted", evidence="Form")
    scheduled = make_post(tom, State.SCHEDULED, text="Year 4 at the farm today.")
    _photo_of(scheduled, josh)
    untouched = make_post(tom, State.SCHEDULED, text="Year 4 baked bread today.")
    client.force_login(alan.user)
    with django_capture_on_commit_callbacks(execute=True):
        _consent(client, josh, "withdrawn", evidence="Phone call from dad, 4 March")
    scheduled.refresh_from_db()
    untouched.refresh_from_db()
    assert scheduled.state == State.DRAFT
    assert untouched.state == State.SCHEDULED
    assert [f.rule for f in scheduled.report.blocks] == ["photo_consent"]
    assert AuditEvent.objects.filter(action="post.returned", object_id=str(scheduled.pk)).exists()
    assert len(mailoutbox) == 1
    assert set(mailoutbox[0].to) == {"tom@example.org", "alan@example.org"}


def test_published_posts_showing_the_pupil_are_listed_with_a_delete_button(
    client, school, tom, alan
):
    josh = _pupil(school)
    published = make_post(tom, State.PUBLISHED, text="Sports day!", tweet_id="outbox-9")
    _photo_of(published, josh)
    client.force_login(alan.user)
    body = client.get(reverse("pupil_detail", args=[josh.pk])).content.decode()
    assert "Published posts showing Josh" in body
    assert reverse("post_delete_from_x", args=[published.pk]) in body


def test_the_consent_form_offers_only_real_choices(client, school, alan):
    josh = _pupil(school)
    client.force_login(alan.user)
    body = client.get(reverse("pupil_detail", args=[josh.pk])).content.decode()
    assert "---------" not in body
    assert 'name="status" value="granted"' in body and 'name="scope" value="group"' in body
