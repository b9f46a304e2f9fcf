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
