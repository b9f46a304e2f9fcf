"""The seasons every dated test lives through: a winter day (GMT), a summer day (British Summer
Time), the Mondays after the two clock-change weekends, and a school whose offset is not zero in
winter (Europe/Berlin, +01:00).

`season` (tests/conftest.py) travels to 14:00 on the season's day and points `next_school_day()`,
`local_input()` and the `school` fixture at its timezone. Modules opt in with
`pytestmark = pytest.mark.usefixtures("season")`; tests/publishing does so for all its tests.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")
BERLIN = ZoneInfo("Europe/Berlin")
UTC = ZoneInfo("UTC")


@dataclass(frozen=True)
class Season:
    name: str
    zone: ZoneInfo
    day: date  # a school day (Mon-Fri, not a bank holiday)

    @property
    def now(self) -> datetime:
        """When a test starts (its clients sign in then): 14:00 on the school day, so that a
        test may travel back to the morning or on to the evening within one session."""
        return self.at(14)

    def at(self, hour: int, minute: int = 0, days: int = 0) -> datetime:
        """A wall-clock time on the season's school day (or `days` after it), in its zone."""
        return datetime.combine(self.day + timedelta(days=days), time(hour, minute),
                                tzinfo=self.zone)


SEASONS = (
    Season("winter", LONDON, date(2026, 3, 11)),
    Season("summer", LONDON, date(2026, 6, 17)),
    # The clocks go forward at 01:00 GMT on Sunday 29 March 2026, back at 02:00 BST on Sunday
    # 25 October: the first school day after each. tests/test_through_the_year.py composes and
    # approves before each change and publishes after it.
    Season("spring-forward", LONDON, date(2026, 3, 30)),
    Season("fall-back", LONDON, date(2026, 10, 26)),
    Season("berlin-winter", BERLIN, date(2026, 1, 14)),
)

# Outside a season (tests that do not opt in): London, the real date.
CURRENT: Season | None = None


def zone() -> ZoneInfo:
    return CURRENT.zone if CURRENT else LONDON


def ten_am(days: int = 0) -> datetime:
    """10:00 on the season's school day: inside every preset's posting hours."""
    season = CURRENT or SEASONS[0]
    return season.at(10, days=days)
