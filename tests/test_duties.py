"""Which duties a school has (from its preset) and where each stands on a given day."""

from datetime import UTC, date, datetime

import pytest
from django.utils import timezone

from schoolsocial.governance import duties
from schoolsocial.governance.models import DutyDone
from tests.factories import LONDON


def _done(school, member, key: str, on: date, next_due: date | None = None) -> DutyDone:
    return DutyDone.objects.create(school=school, duty=key, done_by=member.user,
                                   done_at=datetime(on.year, on.month, on.day, 9, tzinfo=LONDON),
                                   next_due=next_due)


def _state(school, key: str, today: date) -> tuple[str, date]:
    found = {s.duty.key: s for s in duties.statuses(school, today)}[key]
    return found.state, found.due_by


@pytest.mark.parametrize(("preset", "keys"), [
    ("droxford", ["password", "monitoring", "consent"]),
    ("highfield", ["consent"]),
    ("carlton", ["followers", "review", "consent"]),
    ("unsworth", ["password", "monitoring", "review", "consent"]),
    ("forefield", ["review", "consent"]),
])
def test_each_preset_has_its_policys_duties(school, preset, keys):
    school.policy_preset = preset
    assert [d.key for d in duties.duties_for(school)] == keys


def test_a_duty_never_done_is_due_in_the_schools_first_period_and_overdue_after(school):
    school.created_at = datetime(2025, 9, 20, 12, tzinfo=UTC)  # in the autumn term
    assert _state(school, "password", date(2025, 10, 1)) == ("due", date(2025, 12, 31))
    assert _state(school, "password", date(2026, 1, 10)) == ("overdue", date(2026, 3, 31))


def test_droxford_changes_the_password_termly(school, helen):
    school.created_at = datetime(2025, 3, 1, 12, tzinfo=UTC)  # a term before
    assert _state(school, "password", date(2025, 10, 1)) == ("overdue", date(2025, 12, 31))
    _done(school, helen, "password", date(2025, 9, 20))
    assert _state(school, "password", date(2025, 10, 1)) == ("done", date(2026, 3, 31))
    # A new term: due again, and not yet overdue since it was done last term.
    assert _state(school, "password", date(2026, 1, 10)) == ("due", date(2026, 3, 31))
    assert _state(school, "password", date(2026, 4, 10))[0] == "overdue"


def test_unsworth_changes_it_monthly(school, helen):
    school.policy_preset = "unsworth"
    _done(school, helen, "password", date(2025, 10, 30))
    assert _state(school, "password", date(2025, 10, 31)) == ("done", date(2025, 11, 30))
    assert _state(school, "password", date(2025, 11, 1)) == ("due", date(2025, 11, 30))
    assert _state(school, "password", date(2025, 12, 1))[0] == "overdue"


def test_carlton_checks_followers_weekly(school, alan):
    school.policy_preset = "carlton"
    _done(school, alan, "followers", date(2025, 11, 3))  # a Monday
    assert _state(school, "followers", date(2025, 11, 9)) == ("done", date(2025, 11, 16))
    assert _state(school, "followers", date(2025, 11, 10)) == ("due", date(2025, 11, 16))
    assert _state(school, "followers", date(2025, 11, 17))[0] == "overdue"


def test_the_policy_review_follows_the_date_given_at_the_last_review(school, helen):
    school.policy_preset = "carlton"
    assert _state(school, "review", date(2025, 1, 1)) == ("overdue", date(2022, 9, 1))
    _done(school, helen, "review", date(2025, 1, 2), next_due=date(2026, 1, 31))
    assert _state(school, "review", date(2025, 6, 1)) == ("done", date(2026, 1, 31))
    assert _state(school, "review", date(2026, 1, 5)) == ("due", date(2026, 1, 31))
    assert _state(school, "review", date(2026, 2, 1))[0] == "overdue"


def test_consent_is_renewed_each_september(school, alan):
    assert _state(school, "consent", date(2025, 9, 10)) == ("due", date(2025, 9, 30))
    assert _state(school, "consent", date(2025, 10, 1)) == ("overdue", date(2025, 9, 30))
    _done(school, alan, "consent", date(2025, 9, 15))
    assert _state(school, "consent", date(2026, 6, 1)) == ("done", date(2026, 9, 30))
    assert _state(school, "consent", date(2026, 9, 2)) == ("due", date(2026, 9, 30))


def test_today_is_the_schools_day(school, helen):
    """23:30 on 31 December in London is still the autumn term there."""
    _done(school, helen, "password", date(2025, 12, 31))
    last = DutyDone.objects.get()
    DutyDone.objects.filter(pk=last.pk).update(
        done_at=datetime(2025, 12, 31, 23, 30, tzinfo=LONDON))
    today = timezone.localdate(datetime(2026, 1, 1, 0, 30, tzinfo=LONDON), timezone=LONDON)
    assert _state(school, "password", today)[0] == "due"
