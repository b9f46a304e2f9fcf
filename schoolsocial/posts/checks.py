"""The ORM side of the rules engine: build a draft's facts, run the engine, keep the report."""

from __future__ import annotations

from django.db.models import Count, Max

import policies
from schoolsocial.accounts.models import School
from schoolsocial.pupils.models import Pupil

# school id -> (roster stamp, Roster). The matcher is built once per roster version, not per
# draft: the live check on the compose page runs on every keystroke pause.
_ROSTERS: dict[int, tuple[tuple, policies.Roster]] = {}


def roster_for(school: School) -> policies.Roster:
    current = Pupil.objects.filter(school=school, left_at=None)
    stamp = tuple(current.aggregate(n=Count("id"), changed=Max("updated_at")).values())
    cached = _ROSTERS.get(school.pk)
    if cached and cached[0] == stamp:
        return cached[1]
    roster = policies.Roster(
        (pupil.roster_entry() for pupil in current.only(*Pupil.ROSTER_FIELDS)),
        class_names=set(current.exclude(group="").values_list("group", flat=True)),
    )
    _ROSTERS[school.pk] = (stamp, roster)
    return roster


def draft_facts(post) -> policies.Draft:
    return policies.Draft(
        text=post.text,
        when=post.scheduled_at,
        exception=post.exception or None,
        exception_reason=post.exception_reason,
        category=post.category,
    )


def check_post(post) -> policies.Report:
    """Run the school's policy over the post as it stands and store the report on it."""
    report = policies.check(draft_facts(post), post.school.policy(), roster_for(post.school))
    post.findings = report.to_dict()
    return report
