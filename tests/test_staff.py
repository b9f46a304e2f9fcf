from django.http import HttpRequest
from django.urls import reverse

from schoolsocial.accounts.models import Membership, Role, User
from schoolsocial.audit.models import AuditEvent


def test_the_headteacher_adds_a_governor_who_can_then_sign_in(client, school, helen):
    client.force_login(helen.user)
    response = client.post(reverse("staff"), {
        "username": "gwen", "first_name": "Gwen", "last_name": "Ash", "email": "",
        "role": Role.GOVERNOR, "password": "a-long-first-password-7"})
    assert response.status_code == 302
    gwen = User.objects.get(username="gwen")
    assert Membership.objects.get(user=gwen).role == Role.GOVERNOR
    assert AuditEvent.objects.filter(action="staff.added").exists()
    # django-axes throttles by address, so it needs the request that Client.login does not pass
    assert client.login(request=HttpRequest(), username="gwen", password="a-long-first-password-7")


def test_a_taken_username_and_a_weak_password_are_field_errors(client, school, helen, tom):
    client.force_login(helen.user)
    response = client.post(reverse("staff"), {
        "username": "TOM", "first_name": "T", "last_name": "T", "role": Role.AUTHOR,
        "password": "123"})
    body = response.content.decode()
    assert response.status_code == 400
    assert "Someone already has that username." in body
    assert "too short" in body
    assert User.objects.count() == 2


def test_changing_a_role_is_audited(client, school, helen, tom):
    client.force_login(helen.user)
    client.post(reverse("staff_role", args=[tom.pk]), {"role": Role.APPROVER})
    tom.refresh_from_db()
    assert tom.role == Role.APPROVER
    event = AuditEvent.objects.get(action="staff.role_changed")
    assert (event.details["old"], event.details["new"]) == ("author", "approver")


def test_the_last_headteacher_cannot_be_demoted_or_removed(client, school, helen):
    client.force_login(helen.user)
    response = client.post(reverse("staff_role", args=[helen.pk]), {"role": Role.AUTHOR},
                           follow=True)
    helen.refresh_from_db()
    assert helen.role == Role.HEADTEACHER
    assert "The school needs a headteacher" in response.content.decode()
    client.post(reverse("staff_remove", args=[helen.pk]))
    assert Membership.objects.filter(pk=helen.pk).exists()


def test_removing_staff_takes_away_their_access(client, school, helen, tom):
    client.force_login(helen.user)
    client.post(reverse("staff_remove", args=[tom.pk]))
    assert not Membership.objects.filter(pk=tom.pk).exists()
    client.force_login(tom.user)
    assert client.get(reverse("compose")).status_code == 403


def _trust(*schools):
    from schoolsocial.accounts.models import Trust

    trust = Trust.objects.create(name="Meon Learning Trust")
    for school in schools:
        school.trust = trust
        school.save(update_fields=("trust",))
    return trust


def test_a_colleague_from_the_trust_gets_a_role_here_and_can_switch_to_it(
    client, school, other_school, helen, oscar
):
    _trust(school, other_school)
    client.force_login(helen.user)
    page = client.get(reverse("staff")).content.decode()
    assert "Add a colleague from Meon Learning Trust" in page
    assert "Oscar Example (Other School)" in page
    response = client.post(reverse("staff"), {"colleague-user": oscar.user.pk,
                                              "colleague-role": Role.APPROVER})
    assert response.status_code == 302
    added = Membership.objects.get(user=oscar.user, school=school)
    assert added.role == Role.APPROVER
    assert AuditEvent.objects.get(school=school, action="staff.added").summary == (
        "Oscar Example added as approver from another school of the trust")
    client.force_login(oscar.user)
    client.post(reverse("switch_school"), {"school_id": school.pk})
    assert client.get(reverse("queue")).status_code == 200  # approvers see the queue here


def test_only_the_trusts_own_staff_can_be_added_as_colleagues(client, school, other_school,
                                                              helen, oscar):
    client.force_login(helen.user)
    assert "Add a colleague" not in client.get(reverse("staff")).content.decode()  # no trust
    response = client.post(reverse("staff"), {"colleague-user": oscar.user.pk,
                                              "colleague-role": Role.HEADTEACHER})
    assert response.status_code == 400
    assert "Meon Valley is not in a trust" in response.content.decode()
    assert not Membership.objects.filter(user=oscar.user, school=school).exists()
    _trust(school)  # a trust, but Oscar's school is not in it
    response = client.post(reverse("staff"), {"colleague-user": oscar.user.pk,
                                              "colleague-role": Role.HEADTEACHER})
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()
    assert not Membership.objects.filter(user=oscar.user, school=school).exists()


def test_someone_already_here_is_not_offered_again(client, school, other_school, helen, oscar):
    _trust(school, other_school)
    Membership.objects.create(user=oscar.user, school=school, role=Role.GOVERNOR)
    client.force_login(helen.user)
    assert "already has a role here" in client.get(reverse("staff")).content.decode()


def test_anyone_changes_their_own_password_and_it_is_audited(school, tom):
    from django.test import Client

    from schoolsocial.audit.models import AuditEvent

    browser = Client()
    browser.force_login(tom.user)
    wrong = browser.post(reverse("change_password"), {
        "old_password": "not-it", "new_password1": "a-new-long-pass-2026",
        "new_password2": "a-new-long-pass-2026"})
    assert wrong.status_code == 400
    assert "Your old password was entered incorrectly" in wrong.content.decode()
    done = browser.post(reverse("change_password"), {
        "old_password": "pw-for-tests-only", "new_password1": "a-new-long-pass-2026",
        "new_password2": "a-new-long-pass-2026"}, follow=True)
    assert "Your password is changed." in done.content.decode()  # and still signed in
    tom.user.refresh_from_db()
    assert tom.user.check_password("a-new-long-pass-2026")
    event = AuditEvent.objects.get(action="auth.password_changed")
    assert event.actor == tom.user and "changed their password" in event.summary
