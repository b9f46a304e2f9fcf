"""Following an account: the x backend through tweepy against the fake X, and the governance
flow that calls it once the headteacher approves."""

import pytest
from django.utils import timezone

from schoolsocial.audit.models import AuditEvent
from schoolsocial.governance.actions import follow_approved
from schoolsocial.governance.models import FollowRequest, FollowState
from schoolsocial.publishing.backends import TransportError, XPublisher


def test_it_looks_the_handle_up_and_follows_it(fake_x, x_publisher):
    x_publisher.follow("@NatGeoKids")
    [lookup] = fake_x.requests_to("GET", "/2/users/by/username/NatGeoKids")
    [sent] = fake_x.requests_to("POST", f"/2/users/{fake_x.default_account.user_id}/following")
    assert lookup.status == 200
    assert sent.json["target_user_id"].isdigit()
    assert fake_x.default_account.following == {sent.json["target_user_id"]}


def test_an_unknown_handle_is_a_clear_permanent_error(fake_x, x_publisher):
    with pytest.raises(TransportError, match="X has no account called @missing_kid") as error:
        x_publisher.follow("missing_kid")
    assert error.value.permanent
    assert fake_x.default_account.following == set()


@pytest.fixture
def approved(school, tom):
    return FollowRequest.objects.create(school=school, handle="NatGeoKids", reason="Science",
                                        proposed_by=tom.user, created_at=timezone.now(),
                                        state=FollowState.APPROVED)


def test_an_approved_follow_is_made_through_the_x_backend(fake_x, credentials, school, approved):
    publisher = XPublisher(school, credentials, api_base_url=fake_x.url)
    assert follow_approved(approved.pk, publisher=publisher) == "followed"
    approved.refresh_from_db()
    assert approved.state == FollowState.FOLLOWED
    assert len(fake_x.default_account.following) == 1
    assert AuditEvent.objects.filter(action="follow.made").exists()


def test_a_follow_x_refuses_stays_approved_with_the_reason(fake_x, credentials, school, tom):
    follow = FollowRequest.objects.create(school=school, handle="missing_author",
                                          reason="Books", proposed_by=tom.user,
                                          created_at=timezone.now(), state=FollowState.APPROVED)
    publisher = XPublisher(school, credentials, api_base_url=fake_x.url)
    assert follow_approved(follow.pk, publisher=publisher) == "failed"
    follow.refresh_from_db()
    assert follow.state == FollowState.APPROVED
    assert follow.last_error == "X has no account called @missing_author."
