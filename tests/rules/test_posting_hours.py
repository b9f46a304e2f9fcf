from __future__ import annotations

from datetime import UTC, datetime

import pytest
from rules_helpers import LONDON, findings_of

from policies import ClockChangeError, Draft, check, load_policy, localize, next_allowed_time

DROXFORD = load_policy("droxford")


def hours(when: datetime, **facts) -> list[tuple[str, str | None]]:
    return findings_of("posting_hours", "School news", "droxford", when=when, **facts)


@pytest.mark.parametrize(
    ("when", "allowed"),
    [
        (datetime(2025, 6, 4, 8, 0, tzinfo=LONDON), True),  # Wednesday, opening minute
        (datetime(2025, 6, 4, 18, 0, tzinfo=LONDON), True),  # closing minute
        (datetime(2025, 6, 4, 18, 1, tzinfo=LONDON), False),
        (datetime(2025, 6, 4, 7, 59, tzinfo=LONDON), False),
        (datetime(2025, 6, 7, 10, 0, tzinfo=LONDON), False),  # Saturday
        (datetime(2025, 5, 26, 10, 0, tzinfo=LONDON), False),  # Spring bank holiday
        (datetime(2025, 12, 25, 10, 0, tzinfo=LONDON), False),  # Christmas Day, a Thursday
        # 07:30 UTC in summer is 08:30 in London: inside. In winter 07:30 UTC is 07:30: outside.
        (datetime(2025, 6, 4, 7, 30, tzinfo=UTC), True),
        (datetime(2025, 1, 8, 7, 30, tzinfo=UTC), False),
        # The first Monday after the clocks go forward, and after they go back.
        (datetime(2025, 3, 31, 7, 30, tzinfo=UTC), True),
        (datetime(2025, 10, 27, 7, 30, tzinfo=UTC), False),
    ],
)
def test_the_window_is_read_in_the_schools_timezone(when, allowed):
    assert (hours(when) == []) is allowed


def test_a_blocked_time_suggests_the_next_allowed_one():
    report = check(Draft("News", when=datetime(2025, 6, 6, 19, 0, tzinfo=LONDON)), DROXFORD)
    message = report.blocks[0].message
    assert "19:00 on Friday 6 June 2025 is outside the posting hours" in message
    assert "Schedule it for 08:00 on Monday 9 June 2025" in message


def test_bank_holidays_can_be_allowed():
    bank_holiday = datetime(2025, 5, 26, 10, 0, tzinfo=LONDON)
    report = check(Draft("News", when=bank_holiday), DROXFORD)
    assert "is a bank holiday" in report.blocks[0].message
    allowed = load_policy("droxford", {"posting_hours": {"exclude_bank_holidays": False}})
    assert check(Draft("News", when=bank_holiday), allowed).verdict == "pass"


@pytest.mark.parametrize(
    ("exception", "reason", "expected"),
    [
        ("event", "Football match result against Meon Valley", []),
        ("urgent", "Snow: the school is closed tomorrow", []),
        ("event", "", [("block", None)]),
        ("urgent", "snow", [("block", None)]),
    ],
)
def test_exceptions_need_a_reason(exception, reason, expected):
    saturday = datetime(2025, 6, 7, 11, 0, tzinfo=LONDON)
    assert hours(saturday, exception=exception, exception_reason=reason) == expected


def test_an_exception_the_school_does_not_allow_still_blocks():
    policy = load_policy("droxford", {"posting_hours": {"exceptions": ["urgent"]}})
    draft = Draft(
        "Match report",
        when=datetime(2025, 6, 7, 11, 0, tzinfo=LONDON),
        exception="event",
        exception_reason="Football match result",
    )
    assert "does not allow" in check(draft, policy).blocks[0].message


def test_highfield_posts_at_any_time():
    assert (
        findings_of(
            "posting_hours", "News", "highfield", when=datetime(2025, 6, 7, 23, 0, tzinfo=LONDON)
        )
        == []
    )


def test_localize_rejects_a_time_the_clocks_skip():
    with pytest.raises(ClockChangeError, match="does not exist in Europe/London"):
        localize(datetime(2025, 3, 30, 1, 30), "Europe/London")


def test_localize_rejects_a_time_that_happens_twice():
    with pytest.raises(ClockChangeError, match="happens twice in Europe/London"):
        localize(datetime(2025, 10, 26, 1, 30), "Europe/London")


def test_localize_gives_the_offset_in_force():
    assert localize(datetime(2025, 7, 1, 9, 0), "Europe/London").utcoffset().seconds == 3600
    assert localize(datetime(2025, 1, 1, 9, 0), "Europe/London").utcoffset().seconds == 0


def test_a_naive_draft_time_inside_the_spring_gap_is_a_clear_block():
    draft = Draft("News", when=datetime(2025, 3, 30, 1, 30))
    assert "does not exist" in check(draft, DROXFORD).blocks[0].message


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        (datetime(2025, 6, 4, 12, 0, tzinfo=LONDON), datetime(2025, 6, 4, 12, 0, tzinfo=LONDON)),
        (datetime(2025, 6, 4, 6, 0, tzinfo=LONDON), datetime(2025, 6, 4, 8, 0, tzinfo=LONDON)),
        (datetime(2025, 6, 6, 18, 30, tzinfo=LONDON), datetime(2025, 6, 9, 8, 0, tzinfo=LONDON)),
        # Friday before the Spring bank holiday: next is Tuesday.
        (datetime(2025, 5, 23, 19, 0, tzinfo=LONDON), datetime(2025, 5, 27, 8, 0, tzinfo=LONDON)),
        # Saturday night before the clocks go forward: Monday 08:00 BST.
        (datetime(2025, 3, 29, 23, 0, tzinfo=UTC), datetime(2025, 3, 31, 8, 0, tzinfo=LONDON)),
    ],
)
def test_next_allowed_time(when, expected):
    found = next_allowed_time(when, DROXFORD, "Europe/London")
    assert found == expected
    assert found.utcoffset() == expected.utcoffset()
