import pytest
from django.urls import reverse

from schoolsocial.accounts.models import Role
from schoolsocial.audit.models import AuditEvent
from schoolsocial.posts.models import Approval
from schoolsocial.posts.states import State
from tests.factories import make_member, make_post

# Composed, approved and checked in every season of tests/seasons.py.
pytestmark = pytest.mark.usefixtures("season")


def test_an_approver_approves_a_clean_post(client, tom, alan):
    post = make_post(tom, State.SUBMITTED)
    client.force_login(alan.user)
    response = client.post(reverse("post_approve", args=[post.pk]))
    post.refresh_from_db()
    assert response.status_code == 302
    assert post.state == State.SCHEDULED
    approval = Approval.objects.get(post=post)
    assert approval.content_hash == post.content_hash
    assert AuditEvent.objects.filter(action="post.approve", actor=alan.user).exists()


def test_approving_a_post_with_a_warning_needs_a_written_reason(client, school, tom, alan):
    # Jessica is not on the roster: likely a child's name, so a warning to acknowledge.
    post = make_post(tom, State.SUBMITTED, text="Jessica and her group visited the library.")
    client.force_login(alan.user)
    response = client.post(reverse("post_approve", args=[post.pk]), follow=True)
    post.refresh_from_db()
    assert [f.rule for f in post.report.warnings] == ["child_name"]
    assert post.state == State.SUBMITTED
    assert "Give a reason for accepting the warning" in response.content.decode()

    client.post(reverse("post_approve", args=[post.pk]), {"ack_0": "Jessica is our librarian."})
    post.refresh_from_db()
    assert post.state == State.SCHEDULED
    approval = Approval.objects.get(post=post)
    assert approval.acknowledged[0]["rule"] == "child_name"
    assert approval.acknowledged[0]["reason"] == "Jessica is our librarian."
    event = AuditEvent.objects.get(action="post.approve")
    assert event.details["acknowledged"] == approval.acknowledged


def test_a_draft_cannot_be_approved(client, tom, alan):
    post = make_post(tom, State.DRAFT)
    client.force_login(alan.user)
    response = client.post(reverse("post_approve", args=[post.pk]))
    post.refresh_from_db()
    assert response.status_code == 409
    assert "This post is draft, so it cannot be approved now." in response.content.decode()
    assert post.state == State.DRAFT
    assert not Approval.objects.exists()


def test_an_approver_cannot_approve_their_own_post(client, alan):
    post = make_post(alan, State.SUBMITTED)
    client.force_login(alan.user)
    response = client.post(reverse("post_approve", args=[post.pk]))
    post.refresh_from_db()
    assert response.status_code == 403
    assert "never their own" in response.content.decode()
    assert post.state == State.SUBMITTED


def test_a_headteacher_approves_their_own_post_where_the_policy_allows(client, helen, school):
    assert school.policy().headteacher_may_self_approve  # Droxford: "Only the Headteacher..."
    post = make_post(helen, State.SUBMITTED)
    client.force_login(helen.user)
    client.post(reverse("post_approve", args=[post.pk]))
    post.refresh_from_db()
    assert post.state == State.SCHEDULED


def test_a_headteacher_cannot_approve_their_own_post_where_the_policy_does_not(
    client, other_school
):
    head = make_member(other_school, "hilda", "Hilda", Role.HEADTEACHER)
    assert not other_school.policy().headteacher_may_self_approve
    post = make_post(head, State.SUBMITTED)
    client.force_login(head.user)
    assert client.post(reverse("post_approve", args=[post.pk])).status_code == 403


def test_requesting_changes_needs_a_comment_and_sends_it_to_the_author(client, tom, alan):
    post = make_post(tom, State.SUBMITTED)
    client.force_login(alan.user)
    response = client.post(reverse("post_request_changes", args=[post.pk]), {"comment": " "},
                           follow=True)
    post.refresh_from_db()
    assert post.state == State.SUBMITTED
    assert "Say what needs to change" in response.content.decode()
    client.post(reverse("post_request_changes", args=[post.pk]),
                {"comment": "Use the year group, not the child's name."})
    post.refresh_from_db()
    assert post.state == State.CHANGES_REQUESTED
    client.force_login(tom.user)
    body = client.get(reverse("post_edit", args=[post.pk])).content.decode()
    assert "Use the year group, not the child&#x27;s name." in body


def test_a_rejected_post_stays_rejected(client, tom, alan):
    post = make_post(tom, State.SUBMITTED)
    client.force_login(alan.user)
    client.post(reverse("post_reject", args=[post.pk]), {"comment": "Not for our account."})
    post.refresh_from_db()
    assert post.state == State.REJECTED
    assert client.post(reverse("post_approve", args=[post.pk])).status_code == 409
