"""do_*: recurring posts and the school's term dates, each in one transaction with its audit
event. Posts a series makes are made once the series is committed (tasks.generate)."""

from __future__ import annotations

from django.db import transaction

from schoolsocial.accounts.models import Membership
from schoolsocial.audit.actions import Event
from schoolsocial.audit.log import record
from schoolsocial.series.models import Series, TermDates
from schoolsocial.series.tasks import generate


def do_create_series(member: Membership, data: dict) -> tuple[Series, list]:
    """The series (the form's cleaned data), and the posts it made for the next days."""
    with transaction.atomic():
        series = Series.objects.create(school=member.school, author=member.user, **data)
        record(member.school, member.user, Event.SERIES_CREATED,
               f"Recurring post created: {series}", series, rule=series.rule,
               time=series.time.isoformat(), starts_on=series.starts_on.isoformat())
    return series, generate(series)


def do_pause_series(member: Membership, series: Series, paused: bool) -> bool:
    """Pause or resume; False if it already was. Resuming makes the posts due meanwhile."""
    with transaction.atomic():
        series = Series.objects.select_for_update().get(pk=series.pk)
        if series.paused == paused:
            return False
        series.paused = paused
        series.save(update_fields=("paused",))
        verb = "paused" if paused else "resumed"
        record(member.school, member.user, f"series.{verb}", f"Recurring post {verb}: {series}",
               series)
    if not paused:
        generate(series)
    return True


@transaction.atomic
def do_add_term(member: Membership, data: dict) -> TermDates:
    term = TermDates.objects.create(school=member.school, **data)
    record(member.school, member.user, Event.TERMS_ADDED, f"Term dates added: {term}", term)
    return term


@transaction.atomic
def do_remove_term(member: Membership, term: TermDates) -> None:
    record(member.school, member.user, Event.TERMS_REMOVED, f"Term dates removed: {term}", term)
    term.delete()
