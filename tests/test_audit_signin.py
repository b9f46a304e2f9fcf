"""Sign-in, sign-out and failed sign-ins are audit events in every school of the person."""

from django.urls import reverse

from schoolsocial.accounts.models import Membership, Role
from schoolsocial.audit import chain
from schoolsocial.audit.models import AuditEvent


def test_signing_in_and_out_is_recorded(client, school, tom):
    client.post(reverse("login"), {"username": "tom", "password": "pw-for-tests-only"},
                REMOTE_ADDR="192.0.2.7")
    client.post(reverse("logout"))
    events = list(AuditEvent.objects.filter(school=school).order_by("seq"))
    assert [e.action for e in events] == ["auth.signed_in", "auth.signed_out"]
    assert events[0].actor == tom.user
    assert events[0].summary == "Tom Example signed in"
    assert events[0].details == {"ip": "192.0.2.7"}
    assert chain.verify(school.pk).intact


def test_a_wrong_password_is_recorded_without_the_password(client, school, tom):
    client.post(reverse("login"), {"username": "tom", "password": "guess-one"})
    event = AuditEvent.objects.get(action="auth.sign_in_failed")
    assert event.actor is None
    assert (event.object_type, event.object_id) == ("user", str(tom.user.pk))
    assert event.details["username"] == "tom"
    assert "guess-one" not in str(event.details) + event.summary


def test_an_unknown_username_is_not_put_in_any_school(client, school, tom):
    client.post(reverse("login"), {"username": "mallory", "password": "guess"})
    assert not AuditEvent.objects.exists()


def test_a_person_in_two_schools_is_recorded_in_both(client, school, other_school, tom):
    Membership.objects.create(user=tom.user, school=other_school, role=Role.GOVERNOR)
    client.post(reverse("login"), {"username": "tom", "password": "pw-for-tests-only"})
    assert set(AuditEvent.objects.filter(action="auth.signed_in")
               .values_list("school_id", flat=True)) == {school.pk, other_school.pk}
