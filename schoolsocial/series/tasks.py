"""Each occurrence of a series becomes a post ahead of time: drafted, checked and submitted for
approval as if its author had written it, HORIZON ahead, so the approvers see it in their queue
days before it is due. Runs hourly (migration 0002) and when a series is created or resumed;
running it twice creates nothing twice (one Occurrence per series and time, unique)."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from functools import partial

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from schoolsocial.accounts import access
from schoolsocial.accounts.models import Membership
from schoolsocial.posts import actions, notifications
from schoolsocial.posts.networks import default_networks
from schoolsocial.series.models import Occurrence, RuleError, Series, in_term

logger = logging.getLogger(__name__)

HORIZON = timedelta(days=14)
# Closer than this to its time, an occurrence is not made into a post: nobody could approve it.
LEAD = timedelta(minutes=30)
LEFT_AS_DRAFT = "Left as a draft, not sent for approval:"


def generate(series: Series, now: datetime | None = None) -> list[Occurrence]:
    """Make the posts for the series' occurrences in the next HORIZON that have none yet."""
    now = now or timezone.now()
    if series.paused:
        return []
    try:
        times = series.times_between(now + LEAD, now + HORIZON)
    except RuleError:
        logger.warning("Series %s has a rule that no longer parses", series.pk)
        return []
    terms = list(series.school.terms.all())
    done = set(series.occurrences.filter(occurs_at__in=times).values_list("occurs_at", flat=True))
    made = []
    for when in times:
        if when in done or not in_term(timezone.localdate(when, series.school.tz), terms):
            continue
        occurrence = _make(series, when)
        if occurrence is not None:
            made.append(occurrence)
    return made


def _make(series: Series, when: datetime) -> Occurrence | None:
    try:
        with transaction.atomic():
            occurrence = Occurrence.objects.create(series=series, occurs_at=when)
            member = Membership.objects.select_related("school", "user").filter(
                school_id=series.school_id, user_id=series.author_id).first()
            if member is None or not access.may(member, "create_post"):
                occurrence.problem = ("No post made: the series' author can no longer write "
                                      "posts. Pause the series, or start a new one.")
                occurrence.save(update_fields=("problem",))
                return occurrence
            occurrence.post = actions.do_create_post(member, {
                "text": series.render(when), "category": series.category, "scheduled_at": when,
                # the school's default set, as compose preselects it: X only if connected
                "networks": default_networks(series.school),
            })
            try:
                actions.do_submit(member, occurrence.post)
            except ValidationError as error:
                blocks = [finding.message for finding in occurrence.post.report.blocks]
                why = " ".join(blocks) or error.messages[0]
                told = f" {member.user.display_name()} was told by e-mail." \
                    if member.user.email else ""
                occurrence.problem = f"{LEFT_AS_DRAFT} {why}{told}"
                transaction.on_commit(partial(notifications.notify_series_draft,
                                              occurrence.post.pk, " ".join(blocks)), robust=True)
            occurrence.save(update_fields=("post", "problem"))
            return occurrence
    except IntegrityError:  # another run made it first
        return None


def generate_all(now: datetime | None = None) -> int:
    """The scheduled task: every running series of every school."""
    made = 0
    for series in Series.objects.filter(paused=False).select_related("school"):
        made += len(generate(series, now))
    return made
