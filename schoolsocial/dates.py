"""The dates a page accepts: a year a school can mean, so year 1 or 9999 typed into a field or
a URL is a clear error rather than an arithmetic overflow (a week before 1 January of year 1)."""

from __future__ import annotations

from datetime import date, datetime

from django import forms
from django.core.exceptions import ValidationError

EARLIEST = date(2000, 1, 1)
LATEST = date(2099, 12, 31)
RANGE_MESSAGE = (f"Choose a date between {EARLIEST:%-d %B %Y} and {LATEST:%-d %B %Y}: "
                 "{value} is outside the years the school's records can hold.")


def check_date_in_range(value: date | datetime | None) -> None:
    """A validator for date and datetime fields."""
    if value is None:
        return
    day = value.date() if isinstance(value, datetime) else value
    if not EARLIEST <= day <= LATEST:
        raise ValidationError(RANGE_MESSAGE.format(value=f"{day:%d/%m/}{day.year:04d}"),
                              code="out_of_range")


def parse_date(text: str) -> date:
    """A date in a URL (?week=2026-12-07); ValidationError with a message if it is not one."""
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise ValidationError(f"{text[:40]!r} is not a date: use the form 2026-12-07.",
                              code="invalid") from None
    check_date_in_range(day)
    return day


class DateField(forms.DateField):
    default_validators = [check_date_in_range]
