"""Wall-clock times in a school's timezone, refusing the ones the clock changes make ambiguous."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo


class ClockChangeError(ValueError):
    """A local time that does not exist, or happens twice, in the school's timezone."""


def localize(naive: datetime, tz: str) -> datetime:
    zone = ZoneInfo(tz)
    early, late = naive.replace(tzinfo=zone, fold=0), naive.replace(tzinfo=zone, fold=1)
    if early.utcoffset() != late.utcoffset():
        text = naive.strftime("%H:%M on %-d %B %Y")
        # Round-tripping through UTC shows whether the wall time exists at all.
        if early.astimezone(timezone.utc).astimezone(zone).replace(tzinfo=None) != naive:
            raise ClockChangeError(
                f"{text} does not exist: the clocks go forward an hour then. "
                "Choose a time an hour later or earlier."
            )
        raise ClockChangeError(
            f"{text} happens twice: the clocks go back an hour then. Choose another time."
        )
    return early


def as_local(when: datetime, tz: str) -> datetime:
    return when.astimezone(ZoneInfo(tz))


__all__ = ["ClockChangeError", "as_local", "localize", "timedelta"]
