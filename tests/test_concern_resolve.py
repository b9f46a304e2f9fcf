from django.urls import reverse
from django.utils import timezone

from schoolsocial.audit.models import AuditEvent
from schoolsocial.governance.models import Concern
from tests.factories import make_post


def _concern(school, tom, raiser) -> Concern:
    return Concern.objects.create(school=school, post=make_post(tom), raised_by=raiser,
                                  text="Too personal?", created_at=timezone.now())


def test_the_headteacher_resolves_a_concern_with_a_note(client, school, tom, helen, greta):
    concern = _concern(school, tom, greta.user)
    client.force_login(helen.user)
    response = client.post(reverse("concern_resolve", args=[concern.pk]),
                           {"note": "Spoke to the class teacher; the photo was removed."})
    assert response["Location"] == reverse("concerns")
    concern.refresh_from_db()
    assert concern.resolved_by == helen.user
    assert concern.resolution == "Spoke to the class teacher; the photo was removed."
    event = AuditEvent.objects.get(action="concern.resolved")
    assert event.details["note"] == concern.resolution


def test_a_resolution_needs_a_note(client, school, tom, helen, greta):
    concern = _concern(school, tom, greta.user)
    client.force_login(helen.user)
    response = client.post(reverse("concern_resolve", args=[concern.pk]), {"note": ""},
                           follow=True)
    assert "Write what was done" in response.content.decode()
    concern.refresh_from_db()
    assert concern.is_open


def test_resolving_twice_keeps_the_first_resolution(client, school, tom, helen, greta):
    concern = _concern(school, tom, greta.user)
    client.force_login(helen.user)
    client.post(reverse("concern_resolve", args=[concern.pk]), {"note": "First"})
    response = client.post(reverse("concern_resolve", args=[concern.pk]), {"note": "Second"},
                           follow=True)
    assert "already resolved" in response.content.decode()
    concern.refresh_from_db()
    assert concern.resolution == "First"
    assert AuditEvent.objects.filter(action="concern.resolved").count() == 1


def test_only_a_headteacher_resolves(client, school, tom, alan, greta):
    concern = _concern(school, tom, greta.user)
    client.force_login(alan.user)
    assert client.post(reverse("concern_resolve", args=[concern.pk]),
                       {"note": "Done"}).status_code == 403
