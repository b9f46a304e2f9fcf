from datetime import datetime

from django.urls import reverse

from schoolsocial.audit.models import AuditEvent
from schoolsocial.posts.states import State
from tests.factories import LONDON, make_post


def _current(client) -> dict:
    """What the form would post unchanged: every field at its initial value."""
    form = client.get(reverse("rules")).context["form"]
    data = {}
    for name, field in form.fields.items():
        value = form.initial.get(name, field.initial)
        if value is False or value is None:
            continue
        if hasattr(value, "strftime"):
            value = value.strftime("%H:%M")
        data[name] = "on" if value is True else value
    return data


def test_everyone_reads_the_rules_with_the_clause_behind_each(client, school, tom):
    client.force_login(tom.user)
    body = client.get(reverse("rules")).content.decode()
    assert "Posting hours" in body
    assert "between the hours of 8am and 6pm between Monday and Friday" in body
    assert "Children&#x27;s names" in body
    assert "Save the rules" not in body  # only the headteacher adjusts


def test_the_headteacher_shortens_the_posting_day_and_posts_are_checked_against_it(
    client, school, helen, tom
):
    client.force_login(helen.user)
    data = _current(client)
    data["posting_hours__end"] = "17:00"
    response = client.post(reverse("rules"), data)
    school.refresh_from_db()
    assert response.status_code == 302
    assert school.policy_overrides == {"posting_hours": {"end": "17:00"}}
    assert AuditEvent.objects.get(action="school.policy_changed").details["after"] == {
        "posting_hours": {"end": "17:00"}}
    late = make_post(tom, scheduled_at=datetime(2030, 3, 5, 17, 30, tzinfo=LONDON))
    assert [f.rule for f in late.report.blocks] == ["posting_hours"]


def test_saving_unchanged_rules_stores_no_overrides(client, school, helen):
    client.force_login(helen.user)
    client.post(reverse("rules"), _current(client))
    school.refresh_from_db()
    assert school.policy_overrides == {}


def test_a_value_outside_what_the_rule_allows_is_a_field_error(client, school, helen):
    client.force_login(helen.user)
    data = _current(client)
    data["length__limit"] = "400"
    response = client.post(reverse("rules"), data)
    school.refresh_from_db()
    assert response.status_code == 400
    assert "Ensure this value is less than or equal to 280" in response.content.decode()
    assert school.policy_overrides == {}


def test_childrens_names_cannot_be_switched_off(client, school, helen, tom):
    client.force_login(helen.user)
    data = _current(client)
    assert "child_name__enabled" not in data
    data["child_name__enabled"] = ""  # a forged field is ignored
    client.post(reverse("rules"), data)
    school.refresh_from_db()
    assert "child_name" not in school.policy_overrides


def test_a_teacher_cannot_change_the_rules(client, school, tom):
    client.force_login(tom.user)
    response = client.post(reverse("rules"), {"posting_hours__end": "23:00"})
    school.refresh_from_db()
    assert response.status_code == 403
    assert school.policy_overrides == {}


def test_choosing_another_preset_drops_the_old_adjustments(client, school, helen):
    school.policy_overrides = {"posting_hours": {"end": "17:00"}}
    school.save(update_fields=("policy_overrides",))
    client.force_login(helen.user)
    client.post(reverse("school_settings"), {"name": school.name, "x_handle": "",
                                             "timezone": "Europe/London",
                                             "policy_preset": "carlton"})
    school.refresh_from_db()
    assert (school.policy_preset, school.policy_overrides) == ("carlton", {})
    post = make_post(helen, State.DRAFT, text="Year 4 had a gr8 day at the farm.")
    assert [f.rule for f in post.report.findings] == ["text_speak"]  # Carlton's rules now
