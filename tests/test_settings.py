from django.urls import reverse

from schoolsocial.audit.models import AuditEvent


def _form(**overrides):
    data = {"name": "Meon Valley", "x_handle": "MeonValley", "timezone": "Europe/London",
            "policy_preset": "droxford"}
    data.update(overrides)
    return data


def test_the_headteacher_changes_the_timezone_and_preset(client, school, helen):
    client.force_login(helen.user)
    response = client.post(reverse("school_settings"),
                           _form(timezone="Europe/Dublin", policy_preset="carlton", x_handle="@MV"))
    school.refresh_from_db()
    assert response.status_code == 302
    assert (school.timezone, school.policy_preset, school.x_handle) == (
        "Europe/Dublin", "carlton", "MV")
    event = AuditEvent.objects.get(action="school.settings_changed")
    assert event.details["changes"]["policy_preset"] == ["droxford", "carlton"]


def test_an_unknown_timezone_or_preset_is_a_field_error(client, school, helen):
    client.force_login(helen.user)
    response = client.post(reverse("school_settings"),
                           _form(timezone="Mars/Olympus", policy_preset="anything-goes"))
    school.refresh_from_db()
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()
    assert school.timezone == "Europe/London"
    assert not AuditEvent.objects.filter(action="school.settings_changed").exists()


def test_a_bad_x_handle_is_a_field_error(client, school, helen):
    client.force_login(helen.user)
    response = client.post(reverse("school_settings"), _form(x_handle="meon valley!"))
    assert "letters, digits and underscores" in response.content.decode()
