"""The headteacher approves or declines. X's 2026 API has no follow write for self-serve apps,
so nothing is sent to X: an approved account waits as "approved, to follow" with a link for the
headteacher to follow it on X by hand, until the worker sees it in the following list."""

import pytest
from django.urls import reverse
from django.utils import timezone
from django_q.brokers import get_broker

from schoolsocial.audit.models import AuditEvent
from schoolsocial.governance.models import FollowRequest, FollowState


@pytest.fixture
def proposal(school, tom) -> FollowRequest:
    return FollowRequest.objects.create(school=school, handle="NatGeoKids", reason="Science",
                                        proposed_by=tom.user, created_at=timezone.now())


def test_the_headteacher_approves_and_nothing_is_sent_to_x(
        client, school, helen, proposal, django_capture_on_commit_callbacks):
    client.force_login(helen.user)
    broker = get_broker()
    waiting = broker.queue_size()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("follow_approve", args=[proposal.pk]),
                               {"note": "Good science"}, follow=True)
    assert broker.queue_size() == waiting  # no follow task: X has no follow write
    proposal.refresh_from_db()
    assert proposal.state == FollowState.APPROVED
    assert (proposal.decided_by, proposal.decision_note) == (helen.user, "Good science")
    page = response.content.decode()
    assert "@NatGeoKids approved. Follow it on X" in page
    assert 'href="https://x.com/intent/follow?screen_name=NatGeoKids"' in page
    assert "Follow @NatGeoKids on X" in page
    assert AuditEvent.objects.filter(action="follow.approved").exists()


def test_only_the_headteacher_sees_the_follow_link(client, school, tom, proposal):
    FollowRequest.objects.filter(pk=proposal.pk).update(state=FollowState.APPROVED)
    client.force_login(tom.user)
    page = client.get(reverse("follows")).content.decode()
    assert "@NatGeoKids" in page and "Follow @NatGeoKids on X" not in page


def test_a_declined_account_has_no_follow_link(client, school, helen, proposal):
    client.force_login(helen.user)
    client.post(reverse("follow_decline", args=[proposal.pk]), {"note": "Personal account"})
    proposal.refresh_from_db()
    assert proposal.state == FollowState.DECLINED
    assert "Follow @NatGeoKids on X" not in client.get(reverse("follows")).content.decode()


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
