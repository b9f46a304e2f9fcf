from django.urls import reverse

from schoolsocial.audit.models import AuditEvent
from schoolsocial.governance.models import FollowRequest, FollowState


def test_a_teacher_proposes_an_account_with_a_reason(client, school, tom):
    client.force_login(tom.user)
    response = client.post(reverse("follows"), {"handle": "@NatGeoKids",
                                                "reason": "Science for Year 4"})
    assert response["Location"] == reverse("follows")
    follow = FollowRequest.objects.get()
    assert (follow.handle, follow.state, follow.proposed_by) == (
        "NatGeoKids", FollowState.PROPOSED, tom.user)
    assert AuditEvent.objects.get(action="follow.proposed").details["reason"] == \
        "Science for Year 4"
    assert "@NatGeoKids" in client.get(reverse("follows")).content.decode()


def test_a_bad_handle_or_no_reason_is_explained(client, school, tom):
    client.force_login(tom.user)
    response = client.post(reverse("follows"), {"handle": "not a handle!", "reason": ""})
    body = response.content.decode()
    assert response.status_code == 400
    assert "1 to 15 letters, digits or underscores" in body
    assert "This field is required" in body
    assert not FollowRequest.objects.exists()


def test_a_governor_reads_the_list_but_cannot_propose(client, school, greta):
    client.force_login(greta.user)
    assert client.get(reverse("follows")).status_code == 200
    response = client.post(reverse("follows"), {"handle": "NatGeoKids", "reason": "Science"})
    assert response.status_code == 403
    assert not FollowRequest.objects.exists()
