"""Issue 12, item 7: no self-approval by switching presets. Who may approve a post comes from
the policy in force when it was submitted (and the one in force now); a change that widens who
may approve is shown to governors on their home page."""

from __future__ import annotations

from django.urls import reverse

from schoolsocial.accounts.models import Role
from schoolsocial.posts.states import State
from tests.factories import make_member, make_post


def _settings(client, school, preset):
    return client.post(reverse("school_settings"), {
        "name": school.name, "x_handle": school.x_handle, "timezone": school.timezone,
        "policy_preset": preset})


def _submit(client, member):
    post = make_post(member)
    client.force_login(member.user)
    assert client.post(reverse("post_submit", args=[post.pk])).status_code == 302
    post.refresh_from_db()
    assert post.state == State.SUBMITTED
    return post


def test_switching_to_a_self_approving_preset_after_submitting_gives_no_right_to_approve(
    client, other_school, oscar
):
    gwen = make_member(other_school, "gwen", "Gwen", Role.GOVERNOR)
    post = _submit(client, oscar)  # Highfield: the headteacher may not approve their own
    assert (post.submitted_preset, post.self_approval_allowed) == ("highfield", False)
    assert _settings(client, other_school, "droxford").status_code == 302
    response = client.post(reverse("post_approve", args=[post.pk]))
    assert response.status_code == 403
    post.refresh_from_db()
    assert post.state == State.SUBMITTED
    body = client.get(reverse("post_detail", args=[post.pk])).content.decode()
    assert f'action="{reverse("post_approve", args=[post.pk])}"' not in body
    _settings(client, other_school, "highfield")
    client.force_login(gwen.user)
    body = client.get(reverse("dashboard")).content.decode()
    assert "Who may approve posts: changes in the last 120 days" in body
    assert ("Oscar Example: The policy preset changed from highfield to droxford, which lets "
            "the headteacher approve their own posts.") in body
    assert "Posts the headteacher approved themselves" not in body


def test_a_post_submitted_under_a_self_approving_preset_is_approved_and_governors_see_it(
    client, school, helen, greta
):
    post = _submit(client, helen)  # Droxford allows the headteacher to
    assert post.self_approval_allowed is True
    client.post(reverse("post_approve", args=[post.pk]))
    post.refresh_from_db()
    assert post.state == State.SCHEDULED
    client.force_login(greta.user)
    body = client.get(reverse("dashboard")).content.decode()
    assert "Posts the headteacher approved themselves" in body
    assert "Helen Example: <a href=\"" + reverse("post_detail", args=[post.pk]) in body


def test_switching_to_a_stricter_preset_after_submitting_stops_self_approval(
    client, school, helen
):
    post = _submit(client, helen)
    _settings(client, school, "highfield")
    assert client.post(reverse("post_approve", args=[post.pk])).status_code == 403


def test_making_someone_an_approver_is_shown_to_governors(client, school, helen, tom, greta):
    client.force_login(helen.user)
    client.post(reverse("staff_role", args=[tom.pk]), {"role": Role.APPROVER})
    client.force_login(greta.user)
    body = client.get(reverse("dashboard")).content.decode()
    assert "Tom Example: author → approver: they may now approve posts." in body


def test_an_authors_home_page_does_not_show_the_changes(client, school, helen, tom):
    client.force_login(helen.user)
    client.post(reverse("staff_role", args=[tom.pk]), {"role": Role.APPROVER})
    client.force_login(tom.user)
    assert "Who may approve posts" not in client.get(reverse("dashboard")).content.decode()
