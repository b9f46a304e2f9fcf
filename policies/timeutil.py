"""Wall-clock times in a school's timezone, the posting window, and the clock changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from policies.policy import DAYS, Policy

__all__ = [
    "UTC",
    "ClockChangeError",
    "bank_holidays",
    "in_window",
    "localize",
    "next_allowed_time",
    "zone",
]


class ClockChangeError(ValueError):
    """A wall-clock time that does not exist, or happens twice, in the school's timezone."""


@cache
def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown timezone {name!r}") from None


def localize(naive: datetime, tz: str) -> datetime:
    """The aware time a clock on the school's wall shows; ClockChangeError if the clocks skip it
    (spring forward) or show it twice (autumn back)."""
    if naive.tzinfo is not None:
        raise ValueError("localize() takes a time without a timezone")
    info = zone(tz)
    first = naive.replace(tzinfo=info, fold=0)
    second = naive.replace(tzinfo=info, fold=1)
    stamp = f"{naive:%H:%M on %A} {naive.day} {naive:%B %Y}"
    if first.utcoffset() != second.utcoffset():
        round_trip = first.astimezone(UTC).astimezone(info).replace(tzinfo=None)
        if round_trip != naive:
            raise ClockChangeError(
                f"{stamp} does not exist in {tz}: the clocks go forward that night and skip "
                "it. Choose another time."
            )
        raise ClockChangeError(
            f"{stamp} happens twice in {tz}: the clocks go back that night. "
            "Choose a time outside the repeated hour."
        )
    return first


@cache
def bank_holidays(year: int) -> frozenset[date]:
    """England and Wales bank holidays for the year (the `holidays` package, offline)."""
    import holidays

    return frozenset(holidays.country_holidays("GB", subdiv="ENG", years=year))


def _hhmm(value: str) -> time:
    hours, minutes = value.split(":")
    return time(int(hours), int(minutes))


def _wall(day: date, at: time, info: ZoneInfo) -> datetime:
    """The instant a wall clock shows `at` on `day`; inside a spring gap, the first moment after."""
    moment = datetime.combine(day, at).replace(tzinfo=info)
    return moment.astimezone(UTC).astimezone(info)


def window_on(day: date, params: dict, info: ZoneInfo) -> tuple[datetime, datetime] | None:
    """The posting window on a local date, or None when no post may go out that day."""
    if DAYS[day.weekday()] not in params["days"]:
        return None
    if params["exclude_bank_holidays"] and day in bank_holidays(day.year):
        return None
    return _wall(day, _hhmm(params["start"]), info), _wall(day, _hhmm(params["end"]), info)


def in_window(when: datetime, params: dict, tz: str) -> bool:
    info = zone(tz)
    local = when.astimezone(info)
    window = window_on(local.date(), params, info)
    return window is not None and window[0] <= local <= window[1]


def next_allowed_time(when: datetime, policy: Policy, tz: str = "Europe/London") -> datetime:
    """`when` if a post may go out then, else the start of the next posting window (aware, in
    the school's timezone). The compose page offers it when posting_hours blocks."""
    info = zone(tz)
    local = when.astimezone(info)
    config = policy.rule("posting_hours")
    if config is None:
        return local
    for offset in range(370):
        day = local.date() + timedelta(days=offset)
        window = window_on(day, config.params, info)
        if window is None or local > window[1]:
            continue
        return max(local, window[0])
    raise ValueError("the posting window never opens: check the posting days")
