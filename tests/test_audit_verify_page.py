from django.db import connection
from django.urls import reverse

from schoolsocial.audit.log import record
from schoolsocial.audit.models import AuditEvent


def test_a_governor_checks_the_chain_and_sees_it_intact(client, school, tom, greta):
    record(school, tom.user, "post.created", "One")
    client.force_login(greta.user)
    response = client.post(reverse("audit_verify"))
    body = response.content.decode()
    assert response.status_code == 200
    assert "The chain is intact" in body
    assert "All 2 events were checked" in body  # Greta's sign-in and the draft
    check = AuditEvent.objects.get(action="audit.verified")
    assert check.actor == greta.user and check.details["intact"] is True


def test_the_first_broken_link_is_shown_with_a_link_to_it(client, school, tom, greta):
    client.force_login(greta.user)
    victim = record(school, tom.user, "post.created", "One")
    record(school, tom.user, "post.created", "Two")
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET session_replication_role = replica")
        cursor.execute("DELETE FROM audit_auditevent WHERE id = %s", [victim.pk])
        if connection.vendor == "postgresql":
            cursor.execute("SET session_replication_role = DEFAULT")
    body = client.post(reverse("audit_verify")).content.decode()
    assert "The chain is broken" in body
    assert "1 event before event" in body and "deleted from the log" in body
    assert reverse("audit_event", args=[victim.pk + 1]) in body


def test_the_result_page_reloaded_shows_the_last_check_and_checks_nothing(client, school, greta):
    client.force_login(greta.user)
    assert "The chain has not been checked yet." in client.get(
        reverse("audit_verify")).content.decode()
    client.post(reverse("audit_verify"))
    response = client.get(reverse("audit_verify"))
    body = response.content.decode()
    assert response.status_code == 200
    assert "Last checked" in body and "The chain was intact: 1 event checked" in body
    assert "checked by Greta Example" in body
    assert AuditEvent.objects.filter(action="audit.verified").count() == 1  # GET checks nothing


def test_another_school_is_not_checked(client, school, other_school, greta, oscar):
    record(other_school, oscar.user, "post.created", "Theirs")
    client.force_login(greta.user)
    assert "The one event was checked" in client.post(reverse("audit_verify")).content.decode()
