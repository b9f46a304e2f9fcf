from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from schoolsocial.audit.models import AuditEvent
from schoolsocial.governance.models import DutyDone


def test_the_page_lists_the_schools_duties_with_the_policys_words(client, school, greta):
    client.force_login(greta.user)
    body = client.get(reverse("duties")).content.decode()
    assert "Change the X account password" in body
    assert "on a termly basis" in body
    assert "Mark done" not in body  # a governor reads, never changes


def test_an_approver_marks_a_duty_done_by_name(client, school, alan):
    client.force_login(alan.user)
    response = client.post(reverse("duty_done"), {"duty": "password",
                                                  "password-note": "New password in the safe"})
    assert response["Location"] == reverse("duties")
    done = DutyDone.objects.get()
    assert (done.duty, done.done_by, done.note) == ("password", alan.user,
                                                    "New password in the safe")
    event = AuditEvent.objects.get(action="duty.done")
    assert event.actor == alan.user
    assert event.summary == "Change the X account password: done by Alan Example"
    page = client.get(reverse("duties")).content.decode()
    assert "Last done" in page and "by Alan Example" in page


def test_a_review_needs_the_next_review_date(client, school, helen):
    school.policy_preset = "carlton"
    school.save(update_fields=("policy_preset",))
    client.force_login(helen.user)
    missing = client.post(reverse("duty_done"), {"duty": "review"}, follow=True)
    assert "Give the date of the next review" in missing.content.decode()
    next_year = (timezone.localdate() + timedelta(days=365)).isoformat()
    client.post(reverse("duty_done"), {"duty": "review", "review-next_due": next_year})
    assert DutyDone.objects.get().next_due.isoformat() == next_year


def test_a_duty_the_policy_does_not_have_is_explained(client, school, helen):
    client.force_login(helen.user)
    response = client.post(reverse("duty_done"), {"duty": "followers"}, follow=True)
    assert "does not apply to this school" in response.content.decode()
    assert not DutyDone.objects.exists()


def test_reminders_show_on_the_dashboard_until_done(client, school, alan):
    client.force_login(alan.user)
    assert "Change the X account password" in client.get(reverse("dashboard")).content.decode()
    client.post(reverse("duty_done"), {"duty": "password"}, follow=True)  # shows the message
    dashboard = client.get(reverse("dashboard")).content.decode()
    assert "Change the X account password" not in dashboard


def test_an_author_sees_no_duties(client, school, tom):
    client.force_login(tom.user)
    assert "The policy&#x27;s duties" not in client.get(reverse("dashboard")).content.decode()
    assert client.get(reverse("duties")).status_code == 403
