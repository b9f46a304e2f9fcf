"""The roster the rules engine checks against is cached per school (posts/checks.py) and rebuilt
when anything in it changes: a pupil, a leaver, or a consent record, however it was written."""

from schoolsocial.posts.checks import roster_for
from schoolsocial.pupils.models import ConsentRecord, Pupil


def consent_of(school, pupil) -> str:
    return roster_for(school).pupils[str(pupil.pk)].consent


def test_a_new_consent_record_is_seen_by_the_next_check(school, helen):
    josh = Pupil.objects.create(school=school, first_name="Josh", last_name="Smith")
    assert consent_of(school, josh) == "none"
    ConsentRecord.objects.create(pupil=josh, status="granted", recorded_by=helen.user)
    assert consent_of(school, josh) == "granted"
    ConsentRecord.objects.create(pupil=josh, status="withdrawn", recorded_by=helen.user)
    assert consent_of(school, josh) == "withdrawn"


def test_the_roster_is_reused_while_nothing_changes_and_rebuilt_after_a_change(school):
    Pupil.objects.create(school=school, first_name="Amelia", last_name="Hughes")
    first = roster_for(school)
    assert roster_for(school) is first
    Pupil.objects.create(school=school, first_name="Oliver", last_name="Brown")
    assert roster_for(school) is not first


def test_a_rebuild_reads_the_roster_in_a_fixed_number_of_queries(school, django_assert_num_queries):
    """However many pupils: the version, the pupils with their consent, the class names;
    never a query per pupil for a field the roster reads."""
    Pupil.objects.bulk_create(
        Pupil(school=school, first_name=f"Pupil{n}", last_name="Hughes", group=f"{n % 6 + 1}B")
        for n in range(40))
    with django_assert_num_queries(3):
        roster = roster_for(school)
    assert {pupil.group for pupil in roster.pupils.values()} == {f"{n}B" for n in range(1, 7)}


def test_the_version_sees_a_leaver_an_edit_and_a_consent_record(school, helen):
    """A pupil leaving, renamed, or with a new consent record: each rebuilds the roster."""
    amelia = Pupil.objects.create(school=school, first_name="Amelia", last_name="Hughes")
    first = roster_for(school)
    amelia.first_name = "Amelie"
    amelia.save()
    renamed = roster_for(school)
    assert renamed is not first
    assert renamed.pupils[str(amelia.pk)].first_name == "Amelie"
    ConsentRecord.objects.create(pupil=amelia, status="refused", recorded_by=helen.user)
    refused = roster_for(school)
    assert refused is not renamed and refused.pupils[str(amelia.pk)].consent == "refused"
    Pupil.objects.filter(pk=amelia.pk).update(left_at="2026-07-22T12:00:00Z")
    assert str(amelia.pk) not in roster_for(school).pupils


def test_staff_names_are_this_schools_members_with_both_names(school, other_school, tom, oscar):
    from django.contrib.auth import get_user_model

    from schoolsocial.accounts.models import Membership
    from schoolsocial.posts.checks import staff_names

    assert staff_names(school) == ("Tom Example",)
    nameless = get_user_model().objects.create_user("office", first_name="", last_name="Desk")
    Membership.objects.create(user=nameless, school=school, role="author")
    helen = get_user_model().objects.create_user("helen", first_name="Helen", last_name="Ames")
    Membership.objects.create(user=helen, school=school, role="headteacher")
    assert staff_names(school) == ("Helen Ames", "Tom Example")  # sorted, no half names
    assert staff_names(other_school) == ("Oscar Example",)
