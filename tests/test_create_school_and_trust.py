"""Setting up a school and a trust from the command line (README "Deploying"): the first
headteacher, the trust's executives, each audited; bad input refused by name, nothing made."""

import pytest
from django.core.management import CommandError, call_command

from schoolsocial.accounts.models import Membership, School, Trust, User
from schoolsocial.audit.models import AuditEvent


@pytest.fixture
def jane(db) -> User:
    return User.objects.create_user("jmorgan", password="pw-for-tests-only", first_name="Jane",
                                    last_name="Morgan")


def create(*args, **options) -> str:
    from io import StringIO

    out = StringIO()
    call_command("create_school", *args, stdout=out, **options)
    return out.getvalue()


def test_a_school_is_created_with_its_first_headteacher_in_a_new_trust(jane):
    said = create("Meon Valley Primary", head="jmorgan", preset="droxford",
                  trust="Meon Learning Trust")
    school = School.objects.get(name="Meon Valley Primary")
    assert (school.policy_preset, school.timezone, school.trust.name) == (
        "droxford", "Europe/London", "Meon Learning Trust")
    assert Membership.objects.get(school=school).role == "headteacher"
    assert Membership.objects.get(school=school).user == jane
    assert AuditEvent.objects.get(school=school).action == "staff.added"
    assert "Jane Morgan is its headteacher" in said


def test_a_second_school_joins_the_same_trust(jane):
    create("Meon Valley Primary", head="jmorgan", preset="droxford", trust="Meon Learning Trust")
    create("Droxford Juniors", head="jmorgan", preset="highfield", trust="Meon Learning Trust")
    trust = Trust.objects.get()
    assert sorted(trust.schools.values_list("name", flat=True)) == [
        "Droxford Juniors", "Meon Valley Primary"]
    assert Membership.objects.filter(user=jane).count() == 2


@pytest.mark.parametrize(("args", "options", "message"), [
    (["Meon"], {"head": "nobody", "preset": "droxford"}, "No account is called 'nobody'"),
    (["Meon"], {"head": "jmorgan", "preset": "droxford", "timezone": "Mars/Olympus"},
     "'Mars/Olympus' is not a timezone"),
    (["  "], {"head": "jmorgan", "preset": "droxford"}, "Give the school a name."),
])
def test_bad_input_is_refused_by_name_and_nothing_is_made(jane, args, options, message):
    with pytest.raises(CommandError, match=message):
        create(*args, **options)
    assert not School.objects.exists() and not Trust.objects.exists()


def test_an_unknown_preset_is_refused(jane):
    with pytest.raises(CommandError, match="invalid choice: 'nowhere'"):
        call_command("create_school", "Meon", "--head", "jmorgan", "--preset", "nowhere")
    assert not School.objects.exists()


def test_a_second_school_of_the_same_name_is_refused(jane):
    create("Meon Valley Primary", head="jmorgan", preset="droxford")
    with pytest.raises(CommandError, match="already a school called 'meon valley primary'"):
        create("meon valley primary", head="jmorgan", preset="droxford")
    assert School.objects.count() == 1


def test_a_trusts_executives_are_named_and_removed_and_each_school_logs_it(jane):
    create("Meon Valley Primary", head="jmorgan", preset="droxford", trust="Meon Learning Trust")
    create("Droxford Juniors", head="jmorgan", preset="highfield", trust="Meon Learning Trust")
    call_command("trust", "Meon Learning Trust", executive=["jmorgan"])
    trust = Trust.objects.get()
    assert list(trust.executives.all()) == [jane]
    added = AuditEvent.objects.filter(action="trust.executive_added")
    assert sorted(e.school.name for e in added) == ["Droxford Juniors", "Meon Valley Primary"]
    call_command("trust", "Meon Learning Trust", executive=["jmorgan"])  # again: no change
    assert added.count() == 2
    call_command("trust", "Meon Learning Trust", remove_executive=["jmorgan"])
    assert not trust.executives.exists()
    assert AuditEvent.objects.filter(action="trust.executive_removed").count() == 2


def test_an_unknown_trust_or_account_is_refused(jane):
    with pytest.raises(CommandError, match="No trust is called 'Nowhere Trust'"):
        call_command("trust", "Nowhere Trust", executive=["jmorgan"])
    create("Meon Valley Primary", head="jmorgan", preset="droxford", trust="Meon Learning Trust")
    with pytest.raises(CommandError, match="No account is called 'ghost'"):
        call_command("trust", "Meon Learning Trust", executive=["jmorgan", "ghost"])
    assert not Trust.objects.get().executives.exists()
