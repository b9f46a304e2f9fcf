import csv
import io
from datetime import timedelta

import time_machine
from django.core import signing
from django.urls import reverse

from schoolsocial.audit import exports
from schoolsocial.audit.log import record
from schoolsocial.audit.models import AuditEvent


def _csv(response) -> list[list[str]]:
    assert response.streaming
    return list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))


def _link(client, **filters) -> str:
    response = client.get(reverse("audit_log"), filters)
    return f"{reverse('audit_export')}?token={response.context['export_token']}"


def test_a_governor_exports_the_filtered_log_as_csv(client, school, tom, alan, greta):
    record(school, tom.user, "post.created", "Draft created: Magnets")
    record(school, alan.user, "post.approve", "Approved: Magnets", comment="Fine")
    client.force_login(greta.user)
    rows = _csv(client.get(_link(client, action="post.approve")))
    assert rows[0] == list(exports.COLUMNS)
    assert len(rows) == 2
    event = AuditEvent.objects.get(action="post.approve")
    assert rows[1][0] == str(event.pk)
    assert rows[1][3:6] == ["Alan Example", "post.approve", "Approved"]
    assert rows[1][9] == '{"comment": "Fine"}'
    assert rows[1][11] == event.hash


def test_the_export_streams_in_batches_newest_first(client, school, tom, greta, monkeypatch):
    monkeypatch.setattr(exports, "BATCH", 3)
    for n in range(7):
        record(school, tom.user, "post.created", f"Draft {n}")
    client.force_login(greta.user)
    rows = _csv(client.get(_link(client, q="draft")))
    assert [r[8] for r in rows[1:]] == [f"Draft {n}" for n in range(6, -1, -1)]


def test_the_export_is_recorded(client, school, greta):
    client.force_login(greta.user)
    _csv(client.get(_link(client, q="draft")))
    assert AuditEvent.objects.get(action="audit.exported").details == {
        "filters": {"q": "draft"}}


def test_a_cell_a_spreadsheet_would_run_is_kept_as_text(client, school, tom, greta):
    record(school, tom.user, "post.created", "=HYPERLINK(\"http://evil\")")
    client.force_login(greta.user)
    rows = _csv(client.get(_link(client, action="post.created")))
    assert rows[1][8] == "'=HYPERLINK(\"http://evil\")"


def test_a_forged_link_is_explained(client, school, greta):
    client.force_login(greta.user)
    token = exports.export_token(greta.user.pk, school.pk, {})
    response = client.get(reverse("audit_export"), {"token": token[:-3] + "abc"})
    assert response.status_code == 400
    assert "This export link is not valid" in response.content.decode()


def test_a_link_with_filters_changed_by_hand_is_forged(client, school, greta):
    client.force_login(greta.user)
    forged = signing.dumps({"u": greta.user.pk, "s": school.pk, "q": {}}, salt="other")
    response = client.get(reverse("audit_export"), {"token": forged})
    assert "not valid" in response.content.decode()


def test_an_expired_link_is_explained(client, school, greta):
    client.force_login(greta.user)
    with time_machine.travel(timedelta(minutes=-20)):
        link = _link(client)
    response = client.get(link)
    assert response.status_code == 400
    assert "This export link has expired: links work for 15 minutes" in response.content.decode()


def test_someone_elses_link_is_refused(client, school, greta, ian):
    client.force_login(greta.user)
    link = _link(client)
    client.force_login(ian.user)
    response = client.get(link)
    assert response.status_code == 400
    assert "made for someone else" in response.content.decode()


def test_a_link_without_a_token_is_explained(client, school, greta):
    client.force_login(greta.user)
    response = client.get(reverse("audit_export"))
    assert response.status_code == 400
    assert "incomplete" in response.content.decode()


def test_another_schools_events_are_never_exported(client, school, other_school, greta, oscar):
    record(other_school, oscar.user, "post.created", "Secret of the other school")
    client.force_login(greta.user)
    body = b"".join(client.get(_link(client)).streaming_content).decode()
    assert "Secret" not in body


def test_an_author_cannot_export(client, school, tom):
    client.force_login(tom.user)
    token = exports.export_token(tom.user.pk, school.pk, {})
    assert client.get(reverse("audit_export"), {"token": token}).status_code == 403
