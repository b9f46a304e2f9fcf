"""The headteacher approves or declines; an approved account is followed through the publisher
backend when the backend can follow, and otherwise waits as "approved, to follow"."""

import pytest
from django.urls import reverse
from django.utils import timezone
from django_q.brokers import get_broker

from schoolsocial.audit.models import AuditEvent
from schoolsocial.governance.actions import follow_approved
from schoolsocial.governance.models import FollowRequest, FollowState
from schoolsocial.publishing.backends import MemoryPublisher


@pytest.fixture
def proposal(school, tom) -> FollowRequest:
    return FollowRequest.objects.create(school=school, handle="NatGeoKids", reason="Science",
                                        proposed_by=tom.user, created_at=timezone.now())


def test_the_headteacher_approves_and_the_follow_goes_to_the_worker(
        client, school, helen, proposal, django_capture_on_commit_callbacks):
    client.force_login(helen.user)
    broker = get_broker()
    waiting = broker.queue_size()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("follow_approve", args=[proposal.pk]),
                               {"note": "Good science"}, follow=True)
    assert broker.queue_size() == waiting + 1  # X is called by the worker, never the request
    proposal.refresh_from_db()
    assert proposal.state == FollowState.APPROVED
    assert (proposal.decided_by, proposal.decision_note) == (helen.user, "Good science")
    assert "@NatGeoKids approved, to be followed." in response.content.decode()
    assert AuditEvent.objects.filter(action="follow.approved").exists()


def test_an_approved_account_is_followed_through_the_publisher(school, helen, proposal):
    FollowRequest.objects.filter(pk=proposal.pk).update(state=FollowState.APPROVED)
    MemoryPublisher.reset()
    assert follow_approved(proposal.pk, publisher=MemoryPublisher(school)) == "followed"
    assert ("follow", "NatGeoKids") in MemoryPublisher.calls
    proposal.refresh_from_db()
    assert proposal.state == FollowState.FOLLOWED and proposal.followed_at is not None
    assert AuditEvent.objects.filter(action="follow.made").exists()


def test_a_declined_account_is_never_followed(client, school, helen, proposal):
    client.force_login(helen.user)
    client.post(reverse("follow_decline", args=[proposal.pk]), {"note": "Personal account"})
    proposal.refresh_from_db()
    assert proposal.state == FollowState.DECLINED
    MemoryPublisher.reset()
    assert follow_approved(proposal.pk, publisher=MemoryPublisher(school)) == "skipped"
    assert MemoryPublisher.calls == []


def test_a_decision_is_made_once(client, school, helen, proposal):
    client.force_login(helen.user)
    client.post(reverse("follow_decline", args=[proposal.pk]))
    response = client.post(reverse("follow_approve", args=[proposal.pk]), follow=True)
    assert "already decided" in response.content.decode()
    proposal.refresh_from_db()
    assert proposal.state == FollowState.DECLINED


def test_an_approver_cannot_decide(client, school, alan, proposal):
    client.force_login(alan.user)
    assert client.post(reverse("follow_approve", args=[proposal.pk])).status_code == 403
