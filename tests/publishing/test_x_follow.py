"""Follows in 2026: the product never calls X's follow endpoint (removed from self-serve tiers),
the fake X refuses it as X does, and the worker confirms an approved follow from the account's
following list (an owned read), through tweepy against the fake X."""

import pytest
import requests
from django.utils import timezone

from schoolsocial.audit.models import AuditEvent
from schoolsocial.governance.models import FollowRequest, FollowState
from schoolsocial.inbound.models import Followed, Stream
from schoolsocial.inbound.reading import read_school
from schoolsocial.publishing.backends import XPublisher

pytestmark = pytest.mark.django_db


def test_the_fake_x_refuses_a_follow_write_as_x_does(fake_x, x_publisher):
    account = fake_x.default_account
    response = x_publisher.session.post(
        f"{fake_x.url}/2/users/{account.user_id}/following", json={"target_user_id": "12"},
        auth=x_publisher.auth)
    assert response.status_code == 403
    assert response.json()["type"] == "https://api.x.com/2/problems/client-forbidden"
    assert fake_x.following_of.get(account.user_id) is None


def test_the_x_publisher_has_no_follow_write(x_publisher):
    assert not hasattr(x_publisher, "follow")


@pytest.fixture
def approved(school, tom):
    return FollowRequest.objects.create(school=school, handle="NatGeoKids", reason="Science",
                                        proposed_by=tom.user, created_at=timezone.now(),
                                        state=FollowState.APPROVED)


def test_an_approved_follow_done_on_x_by_hand_is_confirmed_from_the_following_list(
        fake_x, credentials, school, approved):
    natgeo = fake_x.add_user("natgeokids", "Nat Geo Kids")
    publisher = XPublisher(school, credentials, api_base_url=fake_x.url)
    read_school(school, publisher, timezone.now(), (Stream.FOLLOWING,))
    approved.refresh_from_db()
    assert approved.state == FollowState.APPROVED  # not yet followed on X

    fake_x.follow_by_hand(fake_x.default_account, natgeo)
    later = timezone.now() + timezone.timedelta(hours=2)
    read_school(school, publisher, later, (Stream.FOLLOWING,))
    approved.refresh_from_db()
    assert approved.state == FollowState.FOLLOWED and approved.followed_at == later
    assert Followed.objects.get(school=school).follow == approved
    assert AuditEvent.objects.filter(action="follow.made").count() == 1
    assert fake_x.requests_to("POST", "/2/users/") == []  # never a follow write
    publisher.close()


def test_a_follow_nobody_approved_is_listed_for_the_headteacher(
        fake_x, credentials, school, helen, client):
    fake_x.follow_by_hand(fake_x.default_account, fake_x.add_user("PizzaDeals", "Pizza Deals"))
    publisher = XPublisher(school, credentials, api_base_url=fake_x.url)
    read_school(school, publisher, timezone.now(), (Stream.FOLLOWING,))
    publisher.close()
    client.force_login(helen.user)
    page = client.get("/governance/follows/").content.decode()
    assert "Followed on X, not approved" in page and "@PizzaDeals" in page


def test_the_fake_x_would_have_refused_tweepys_follow_too(fake_x, x_publisher):
    with pytest.raises(requests.HTTPError):
        response = x_publisher.session.post(
            f"{fake_x.url}/2/users/{fake_x.default_account.user_id}/following",
            json={"target_user_id": "99"}, auth=x_publisher.auth)
        response.raise_for_status()
