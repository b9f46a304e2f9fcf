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


def test_the_schools_own_contact_details_pass_the_personal_data_rule(client, school, helen, tom):
    from schoolsocial.posts.checks import check_post
    from tests.factories import make_post

    client.force_login(helen.user)
    response = client.post(reverse("school_settings"), _form(
        public_contacts="01632 960 123\n  office@meonvalley.example  "))
    assert response.status_code == 302
    school.refresh_from_db()
    assert school.public_contact_list == ("01632 960 123", "office@meonvalley.example")
    post = make_post(tom, text="Questions? Call the office on 01632 960123.")
    assert check_post(post).findings == ()
    other = make_post(tom, text="Questions? Call Mrs Smith on 07700 900 461.")
    assert [f.rule for f in check_post(other).blocks] == ["personal_data"]


def test_a_contact_line_that_is_neither_number_nor_address_is_a_field_error(client, helen):
    client.force_login(helen.user)
    response = client.post(reverse("school_settings"), _form(public_contacts="the office"))
    assert response.status_code == 400
    assert "is neither a phone number nor an e-mail address" in response.content.decode()


def test_staff_names_are_adults_not_pupils(school, tom):
    from schoolsocial.posts.checks import check_post
    from schoolsocial.pupils.models import Pupil
    from tests.factories import make_post

    Pupil.objects.create(school=school, first_name="Tom", last_name="Example")
    post = make_post(tom, text="Tom Example ran the school marathon for charity.")
    assert [f for f in check_post(post).findings if f.rule == "child_name"] == []


def test_the_uk_time_zones_come_first_and_once(client, school, helen):
    client.force_login(helen.user)
    body = client.get(reverse("school_settings")).content.decode()
    uk = body.index('<optgroup label="The UK">')
    assert uk < body.index('value="Europe/Jersey"') < body.index('<optgroup label="Elsewhere">')
    assert body.index('value="Europe/Dublin"') > body.index('<optgroup label="Elsewhere">')
    assert body.count('value="Europe/London"') == 1
