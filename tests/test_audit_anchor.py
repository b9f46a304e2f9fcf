"""Issue 12, item 6: the audit chain's latest hash is anchored outside the database (e-mailed to
the governors weekly, printed in the termly report), and a check against an anchor detects that
the newest events were deleted, which leaves a shorter chain that still verifies."""

from __future__ import annotations

from datetime import datetime
from io import StringIO
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core import mail
from django.core.management import CommandError, call_command
from django.db import connection
from django.urls import reverse

from schoolsocial.audit.log import record
from schoolsocial.audit.models import AuditEvent

LONDON = ZoneInfo("Europe/London")
WINTER = datetime(2026, 12, 7, 7, 30, tzinfo=LONDON)
SUMMER = datetime(2027, 6, 7, 7, 30, tzinfo=LONDON)


def _anchor(django_capture_on_commit_callbacks) -> AuditEvent:
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_audit_anchor", stdout=StringIO())
    return AuditEvent.objects.get(action="audit.anchored")


def _delete_newest(school, n: int) -> None:
    """What someone with the database's password could do (on PostgreSQL, past the trigger)."""
    ids = list(AuditEvent.objects.filter(school=school).order_by("-seq")
               .values_list("id", flat=True)[:n])
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET session_replication_role = replica")
        cursor.execute("DELETE FROM audit_auditevent WHERE id IN "  # noqa: S608 - ids are ints
                       f"({','.join(map(str, ids))})")
        if connection.vendor == "postgresql":
            cursor.execute("SET session_replication_role = DEFAULT")


def _verify(*args) -> tuple[str, int]:
    out = StringIO()
    try:
        call_command("audit_verify", *args, stdout=out)
    except CommandError as error:
        return out.getvalue() + str(error), error.returncode
    return out.getvalue(), 0


@pytest.mark.parametrize("now", [WINTER, SUMMER], ids=["winter", "bst"])
def test_the_governors_are_emailed_the_latest_hash_and_the_sending_is_audited(
    school, tom, greta, helen, django_capture_on_commit_callbacks, now
):
    record(school, tom.user, "post.created", "One")
    record(school, tom.user, "post.created", "Two")
    with time_machine.travel(now, tick=False):
        event = _anchor(django_capture_on_commit_callbacks)
    assert event.seq == 3 and event.details["previous_position"] == 2
    assert event.details["intact"] is True
    [message] = mail.outbox
    assert message.to == ["greta@example.org"]  # the governors only
    assert message.subject == "Meon Valley: this week's audit log anchor"
    assert f"Position: {event.seq}\n  Hash:     {event.hash}" in message.body
    assert f"Written:  {now:%-d %B %Y} 07:30" in message.body  # the school's clock, not UTC
    assert (f"manage.py audit_verify --school {school.pk} --expect-position 3 "
            f"--expect-hash {event.hash}") in message.body


def test_deleting_the_newest_events_is_detected_against_the_anchor(
    school, tom, greta, django_capture_on_commit_callbacks
):
    for n in range(3):
        record(school, tom.user, "post.created", f"Event {n}")
    event = _anchor(django_capture_on_commit_callbacks)
    record(school, tom.user, "post.created", "After the anchor")
    args = ("--school", str(school.pk), "--expect-position", str(event.seq),
            "--expect-hash", event.hash)
    out, code = _verify(*args)
    assert code == 0 and "intact, 5 events" in out
    _delete_newest(school, 3)  # the anchor event and the ones either side
    out, code = _verify("--school", str(school.pk))
    assert code == 0 and "intact, 2 events" in out  # without the anchor: no sign of it
    out, code = _verify(*args)
    assert code == 1
    assert ("BROKEN after 2 good events. The log ends at position 2, but the anchor says "
            "position 4 was written: the newest 2 events were deleted.") in out


def test_an_emptied_table_is_detected_against_the_anchor(
    school, tom, greta, django_capture_on_commit_callbacks
):
    record(school, tom.user, "post.created", "One")
    event = _anchor(django_capture_on_commit_callbacks)
    _delete_newest(school, 2)
    out, code = _verify("--school", str(school.pk), "--expect-position", str(event.seq),
                        "--expect-hash", event.hash)
    assert code == 1 and "The log ends at position 0" in out


def test_a_rewritten_log_does_not_end_in_the_anchored_hash(
    school, tom, greta, django_capture_on_commit_callbacks
):
    record(school, tom.user, "post.created", "One")
    event = _anchor(django_capture_on_commit_callbacks)
    _delete_newest(school, 1)
    record(school, tom.user, "post.created", "A different event in the anchor's place")
    out, code = _verify("--school", str(school.pk), "--expect-position", "2",
                        "--expect-hash", event.hash)
    assert code == 1
    assert f"The event at position 2 does not have the anchored hash {event.hash[:16]}…" in out


@pytest.mark.parametrize("args, message", [
    (("--expect-position", "3"), "Give both --expect-position and --expect-hash"),
    (("--expect-position", "3", "--expect-hash", "a" * 64), "give --school too"),
    (("--school", "1", "--expect-position", "3", "--expect-hash", "xyz"),
     "64 hexadecimal characters"),
])
def test_the_anchor_options_are_checked(school, args, message):
    out, code = _verify(*args)
    assert code == 1 and message in out


def test_the_check_page_takes_an_anchor(client, school, tom, greta,
                                        django_capture_on_commit_callbacks):
    record(school, tom.user, "post.created", "One")
    event = _anchor(django_capture_on_commit_callbacks)
    client.force_login(greta.user)
    body = client.post(reverse("audit_verify"), {"position": event.seq, "hash": event.hash}
                       ).content.decode()
    assert "The chain is intact" in body and "The anchor at position 2 matches" in body
    assert "The log's own record of the last anchor: position 2" in body
    # The anchor and every event after it (the sign-in and the check just recorded).
    _delete_newest(school, AuditEvent.objects.filter(seq__gte=event.seq).count())
    body = client.post(reverse("audit_verify"), {"position": event.seq, "hash": event.hash}
                       ).content.decode()
    assert "The chain is broken" in body and "the newest 1 event was deleted" in body
    response = client.post(reverse("audit_verify"), {"position": "2", "hash": "not-a-hash"})
    assert response.status_code == 400
    assert "The hash is the 64 letters and digits" in response.content.decode()
    response = client.post(reverse("audit_verify"), {"position": "2"})
    assert "Give both the position and the hash" in response.content.decode()


def test_the_termly_report_prints_the_last_anchor(client, school, tom, greta,
                                                  django_capture_on_commit_callbacks):
    event = _anchor(django_capture_on_commit_callbacks)
    client.force_login(greta.user)
    body = client.get(reverse("audit_report")).content.decode()
    assert (f"The last anchor e-mailed to the governors: position {event.seq}, hash "
            f'<code class="hash">{event.hash}</code>') in body


def test_a_school_without_governors_is_not_anchored(school, tom):
    out = StringIO()
    call_command("send_audit_anchor", stdout=out)
    assert "Meon Valley: no governor with an e-mail address to anchor to." in out.getvalue()
    assert not AuditEvent.objects.filter(action="audit.anchored").exists()
