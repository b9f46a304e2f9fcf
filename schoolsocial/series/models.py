"""Recurring posts: a series with an RFC 5545 rule, and the school's term dates it keeps to."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from dateutil.rrule import rrule, rrulestr
from django.conf import settings
from django.db import models

from schoolsocial.posts.models import Category

# A rule may say how often, never the time: the time is a wall-clock field of its own.
FREQUENCIES = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
REFUSED_PARTS = ("BYHOUR", "BYMINUTE", "BYSECOND", "DTSTART")


class RuleError(ValueError):
    """An RRULE that cannot be used, in words for the person who typed it."""


def parse_rule(text: str, start: datetime) -> rrule:
    """The rule from `FREQ=WEEKLY;BYDAY=FR` (an optional `RRULE:` prefix is allowed), starting
    at the naive local `start`."""
    body = text.strip().removeprefix("RRULE:").strip()
    if not body:
        raise RuleError("Enter a rule, for example FREQ=WEEKLY;BYDAY=FR (every Friday).")
    if "\n" in body or "\r" in body:
        raise RuleError("Enter one RRULE line only, without DTSTART or EXDATE lines.")
    parts = {part.partition("=")[0].strip().upper() for part in body.split(";") if part}
    refused = sorted(parts.intersection(REFUSED_PARTS))
    if refused:
        raise RuleError(f"Leave {', '.join(refused)} out of the rule: the first date and the "
                        f"time are set in their own fields.")
    frequency = next((part.partition("=")[2].strip().upper() for part in body.split(";")
                      if part.partition("=")[0].strip().upper() == "FREQ"), "")
    if frequency not in FREQUENCIES:
        raise RuleError("The rule needs FREQ=DAILY, WEEKLY, MONTHLY or YEARLY (at most one post "
                        "a day).")
    try:
        rule = rrulestr(f"RRULE:{body}", dtstart=start)
    except (ValueError, TypeError, KeyError, IndexError) as error:
        raise RuleError(f"This is not a rule the calendar standard (RFC 5545) understands: "
                        f"{error}.") from None
    if not isinstance(rule, rrule):
        raise RuleError("Enter one RRULE line only.")
    try:
        first = rule.after(start, inc=True)
    except (ValueError, TypeError) as error:
        raise RuleError(f"This rule cannot be used: {error}.") from None
    if first is None:
        raise RuleError("This rule never happens on or after the first date.")
    return rule


class TermDates(models.Model):
    """One term. When a school has term dates, occurrences outside every term are skipped."""

    school = models.ForeignKey("accounts.School", models.CASCADE, related_name="terms")
    name = models.CharField(max_length=100)
    starts_on = models.DateField("First day")
    ends_on = models.DateField("Last day")

    class Meta:
        ordering = ("starts_on", "id")
        verbose_name_plural = "term dates"
        constraints = [models.CheckConstraint(
            condition=models.Q(ends_on__gte=models.F("starts_on")),
            name="term_ends_after_it_starts")]

    def __str__(self) -> str:
        return f"{self.name} ({self.starts_on:%d %b %Y} to {self.ends_on:%d %b %Y})"


def in_term(day: date, terms: list[TermDates]) -> bool:
    return not terms or any(term.starts_on <= day <= term.ends_on for term in terms)


class Series(models.Model):
    school = models.ForeignKey("accounts.School", models.CASCADE, related_name="series")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, models.PROTECT, related_name="+")
    title = models.CharField(max_length=100)
    text = models.TextField(help_text="The post. {date} becomes the day, e.g. Friday 13 March.")
    category = models.CharField(max_length=16, choices=Category.choices,
                                default=Category.NEWSLETTER)
    rule = models.CharField("Repeat rule (RFC 5545 RRULE)", max_length=500)
    time = models.TimeField("Time, in the school's time")
    starts_on = models.DateField("First date")
    paused = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name_plural = "series"
        ordering = ("title", "id")

    def __str__(self) -> str:
        return self.title

    def times_between(self, after: datetime, until: datetime) -> list[datetime]:
        """Aware times in [after, until]. The rule runs on the school's wall clock and each
        occurrence is localised on its own, so 15:30 stays 15:30 across the clock changes."""
        tz = self.school.tz
        start = datetime.combine(self.starts_on, self.time)
        rule = parse_rule(self.rule, start)
        naive_after = after.astimezone(tz).replace(tzinfo=None) - timedelta(hours=3)
        naive_until = until.astimezone(tz).replace(tzinfo=None) + timedelta(hours=3)
        # Through UTC and back: a wall-clock time the clocks skip (01:30 on the spring-forward
        # night) comes out as the instant it means (02:30 BST), not as a time that never shows.
        found = (moment.replace(tzinfo=tz).astimezone(UTC).astimezone(tz)
                 for moment in rule.between(naive_after, naive_until, inc=True))
        return [moment for moment in found if after <= moment <= until]

    def render(self, when: datetime) -> str:
        day = when.astimezone(self.school.tz)
        return self.text.replace("{date}", f"{day:%A} {day.day} {day:%B}")


class Occurrence(models.Model):
    """One time of a series, made into a post once (unique on series and time)."""

    series = models.ForeignKey(Series, models.CASCADE, related_name="occurrences")
    occurs_at = models.DateTimeField()
    post = models.ForeignKey("posts.Post", models.SET_NULL, null=True, blank=True,
                             related_name="+")
    problem = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ("occurs_at",)
        constraints = [models.UniqueConstraint(fields=("series", "occurs_at"),
                                               name="one_post_per_occurrence")]

    def __str__(self) -> str:
        return f"{self.series} at {self.occurs_at:%Y-%m-%d %H:%M}"
