from django.core.management import call_command

from schoolsocial.accounts.models import Membership, School, User
from schoolsocial.audit.models import AuditEvent
from schoolsocial.posts.models import Post
from schoolsocial.posts.states import State
from schoolsocial.pupils.models import Pupil


def _counts():
    return [m.objects.count() for m in (School, User, Membership, Pupil, Post, AuditEvent)]


def test_it_creates_the_demo_school_once(db, capsys):
    call_command("seed_demo")
    school = School.objects.get()
    assert (school.timezone, school.policy_preset) == ("Europe/London", "droxford")
    assert set(User.objects.values_list("username", flat=True)) == {
        "head", "teacher", "ict", "governor"}
    assert Pupil.objects.filter(school=school).count() == 60
    consents = {p.consent for p in Pupil.objects.with_consent()}
    assert consents == {"granted", "refused", "none"}
    assert set(Post.objects.values_list("state", flat=True)) == set(State.values)
    assert User.objects.get(username="teacher").check_password("school-social-demo")
    first = _counts()
    call_command("seed_demo")
    assert _counts() == first
    assert "already there; nothing changed" in capsys.readouterr().out


def test_the_demo_head_signs_in_with_the_printed_recovery_code(db, capsys):
    import re

    from django.test import Client
    from django.urls import reverse

    call_command("seed_demo")
    call_command("seed_demo", "--sign-in")
    out = capsys.readouterr().out
    assert out.strip().splitlines()[-1].startswith("Sign in as head with the same password")
    code = re.search(r"recovery code ([0-9a-f]{7}-[0-9a-f]{7}) \(10 left", out).group(1)
    browser = Client()
    browser.post(reverse("login"), {"username": "head", "password": "school-social-demo"})
    assert browser.get(reverse("dashboard"))["Location"].startswith(reverse("two_factor_verify"))
    assert browser.post(reverse("two_factor_verify"), {"code": code}).status_code == 302
    assert browser.get(reverse("dashboard")).status_code == 200
    call_command("seed_demo", "--sign-in")
    after = capsys.readouterr().out
    assert "(9 left" in after and code not in after


def test_demo_pupils_have_one_name_each_and_staged_failures_say_so(db):
    call_command("seed_demo")
    names = list(Pupil.objects.values_list("first_name", flat=True))
    assert len(names) == len(set(names)) == 60
    assert len(set(Pupil.objects.values_list("group", flat=True))) == 4
    for post in Post.objects.filter(state__in=[State.FAILED, State.UNKNOWN]):
        assert post.last_error.startswith("Demo example, not a real attempt:")
