"""The middleware's one query for the signed-in user's memberships (accounts/rows.py) gives what
the ORM's select_related query gives, field for field, and only that user's rows.

Helen leads Meon Valley and is an approver at Other School, where X is held; Oscar is Other
School's headteacher and must never see Helen's rows or her two-factor state."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from schoolsocial.accounts.models import Membership, Role, Trust
from schoolsocial.accounts.rows import read_memberships
from schoolsocial.publishing.models import AccountHold


def values(instance) -> dict:
    return {field.attname: getattr(instance, field.attname)
            for field in instance._meta.concrete_fields}


@pytest.fixture
def helen_at_other_school(helen, other_school) -> Membership:
    other_school.policy_overrides = {"posting_hours": {"enabled": False}}
    other_school.queue_paused = True
    other_school.save(update_fields=("policy_overrides", "queue_paused"))
    AccountHold.objects.create(school=other_school, reason="Too many requests",
                               until=timezone.now() + timedelta(minutes=15))
    return Membership.objects.create(user=helen.user, school=other_school, role=Role.APPROVER)


def test_each_row_is_the_orms_membership_school_user_and_hold(helen, helen_at_other_school,
                                                              django_assert_num_queries):
    expected = list(Membership.objects.filter(user=helen.user)
                    .select_related("school", "school__x_hold", "user").order_by("school__name"))
    with django_assert_num_queries(1):
        rows = read_memberships(helen.user.pk)
        assert [row.school.name for row in rows] == ["Meon Valley", "Other School"]
        for row, orm in zip(rows, expected, strict=True):
            assert values(row) == values(orm)
            assert values(row.school) == values(orm.school)
            assert values(row.user) == values(orm.user)
        held = rows[1].school.x_hold
        assert values(held) == values(expected[1].school.x_hold)
        assert rows[1].school.policy_overrides == {"posting_hours": {"enabled": False}}
        assert rows[1].school.queue_paused is True and rows[0].school.queue_paused is False
        with pytest.raises(AccountHold.DoesNotExist):
            rows[0].school.x_hold  # noqa: B018 - read from the query: no hold, no second query


def test_two_factor_and_trust_flags_are_the_users_own(helen, helen_at_other_school, oscar):
    rows = read_memberships(helen.user.pk)
    assert [(row.has_two_factor, row.leads_trust) for row in rows] == [(False, False)] * 2
    TOTPDevice.objects.create(user=helen.user, name="Authenticator app", confirmed=False)
    assert not read_memberships(helen.user.pk)[0].has_two_factor  # not confirmed yet
    TOTPDevice.objects.create(user=helen.user, name="Authenticator app", confirmed=True)
    Trust.objects.create(name="Meon Trust").executives.add(helen.user)
    assert [(row.has_two_factor, row.leads_trust)
            for row in read_memberships(helen.user.pk)] == [(True, True)] * 2
    oscars = read_memberships(oscar.user.pk)
    assert [(row.pk, row.user.username) for row in oscars] == [(oscar.pk, "oscar")]
    assert (oscars[0].has_two_factor, oscars[0].leads_trust) == (False, False)


def test_a_user_in_no_school_has_no_rows(django_user_model):
    nobody = django_user_model.objects.create_user("nobody", password="pw-for-tests-only")
    assert read_memberships(nobody.pk) == []
