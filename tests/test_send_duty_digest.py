from datetime import datetime, timedelta
from io import StringIO

import time_machine
from django.core.management import call_command
from django_q.models import Schedule

from schoolsocial.audit.models import AuditEvent
from schoolsocial.governance.models import DutyDone
from tests.factories import LONDON

OCTOBER = datetime(2025, 10, 6, 7, tzinfo=LONDON)


def _run() -> str:
    out = StringIO()
    call_command("send_duty_digest", stdout=out)
    return out.getvalue()


def test_it_emails_the_duties_due_to_who_may_mark_them_done(
        school, helen, alan, tom, greta, mailoutbox, django_capture_on_commit_callbacks):
    type(school).objects.filter(pk=school.pk).update(created_at=OCTOBER.replace(year=2024))
    with time_machine.travel(OCTOBER), django_capture_on_commit_callbacks(execute=True):
        out = _run()
    assert "Duty digests sent: 1." in out
    [mail] = mailoutbox
    assert sorted(mail.to) == ["alan@example.org", "helen@example.org"]
    assert "Change the X account password: overdue" in mail.body
    assert "Renew photo consent for the new school year: overdue, by 30 September 2025" \
        in mail.body
    assert mail.alternatives[0][1] == "text/html"
    assert AuditEvent.objects.get(action="duty.digest_sent").details["recipients"] == 2


def test_the_same_reminder_is_sent_once_a_week_not_every_day(
        school, helen, mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        for day in range(8):
            with time_machine.travel(OCTOBER + timedelta(days=day)):
                _run()
    assert len(mailoutbox) == 2  # 6 October and a week later, 13 October


def test_a_change_in_what_is_due_sends_at_once(
        school, helen, mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        with time_machine.travel(OCTOBER):
            _run()
            DutyDone.objects.create(school=school, duty="consent", done_by=helen.user,
                                    done_at=OCTOBER)
        with time_machine.travel(OCTOBER + timedelta(days=1)):
            _run()
    assert len(mailoutbox) == 2
    assert "Renew photo consent" in mailoutbox[0].body
    assert "Renew photo consent" not in mailoutbox[1].body


def test_nothing_is_sent_when_every_duty_is_done(school, helen, mailoutbox):
    with time_machine.travel(OCTOBER):
        for key in ("password", "monitoring", "consent"):  # Droxford's duties
            DutyDone.objects.create(school=school, duty=key, done_by=helen.user,
                                    done_at=OCTOBER)
        assert "Duty digests sent: 0." in _run()
    assert mailoutbox == []


def test_the_worker_runs_it_every_morning(db):
    schedule = Schedule.objects.get(func="schoolsocial.governance.tasks.send_duty_digest")
    assert schedule.schedule_type == Schedule.DAILY and schedule.repeats == -1
