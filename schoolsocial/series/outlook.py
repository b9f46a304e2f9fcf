"""What will happen to a series' coming occurrences, said ahead of time in plain words.

The same tests decide as when the time comes: generate() skips a date outside term; a post it
makes is checked by the school's rules at its own time, as do_submit() and the one gate
(posts/gate.py) check it, so a "Must fix" finding leaves it a draft for its author and a
"Check" finding sends it to the approvers, who must give a written reason to approve it.
An occurrence is *awkward* when it falls outside term, outside the posting hours or on a bank
holiday: the series page lists those apart, so nobody is surprised on the day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.utils import timezone

from policies.policy import Policy, RuleConfig
from policies.rules.hours import describe_window
from policies.timeutil import bank_holidays, in_window
from schoolsocial.posts.checks import SchoolFacts, rules_report
from schoolsocial.posts.models import Post
from schoolsocial.posts.networks import default_networks
from schoolsocial.series.models import Occurrence, Series, in_term
from schoolsocial.series.tasks import HORIZON, LEAD

AHEAD = timedelta(days=120)  # how far ahead the series page looks
_EXCEPTIONS = {"event": "a school event", "urgent": "urgent news"}


@dataclass(frozen=True)
class Outlook:
    when: datetime  # aware, in the school's timezone
    what: str  # what will happen (or has happened) to it and why, in a line
    awkward: bool = False  # outside term, outside the posting hours or on a bank holiday
    post: Post | None = None  # the post made for it, once made
    then: str = ""  # what that means, said once under the list: "Left as a draft: its post..."

    @property
    def sentence(self) -> str:
        """The line and its meaning together (an e-mail, a test, a log)."""
        return f"{self.what} {self.then}".strip()


def notes(found: list[Outlook]) -> list[str]:
    """Each meaning once, in the order first met: the list's lines stay short."""
    return list(dict.fromkeys(o.then for o in found if o.then))


def outlook(series: Series, now: datetime | None = None, *, limit: int = 5,
            awkward_limit: int = 10, ahead: timedelta = AHEAD,
            school_facts: SchoolFacts | None = None) -> tuple[list[Outlook], list[Outlook]]:
    """The next `limit` occurrences of the series from `now`, and the next `awkward_limit`
    awkward ones within `ahead`, each with what will happen to it. `school_facts`: the school's
    policy, roster and staff, read once for all its series."""
    now = now or timezone.now()
    tz = series.school.tz
    facts = school_facts or SchoolFacts.of(series.school)
    hours = facts.policy.rule("posting_hours")
    terms = list(series.school.terms.all())
    networks = default_networks(series.school)  # as generate() makes its posts: read once
    made = {}
    if series.pk:
        made = {o.occurs_at: o for o in Occurrence.objects.filter(
            series=series, occurs_at__gte=now).select_related("post")}
    coming: list[Outlook] = []
    odd: list[Outlook] = []
    for when in series.times_between(now, now + ahead):
        local = timezone.localtime(when, tz)
        problem = _hours_problem(hours, local, series.school.timezone)
        awkward = (bool(problem) or not in_term(local.date(), terms)) and len(odd) < awkward_limit
        if len(coming) >= limit and not awkward:
            continue  # the rules are asked only of the occurrences shown
        one = _one(series, local, problem, terms, made.get(when), now, facts, networks)
        if len(coming) < limit:
            coming.append(one)
        if awkward:
            odd.append(one)
        if len(coming) >= limit and len(odd) >= awkward_limit:
            break
    return coming, odd


def _one(series: Series, when: datetime, hours: str, terms, occurrence: Occurrence | None,
         now: datetime, facts: SchoolFacts, networks: list[str]) -> Outlook:
    moved = _moved(series, when)
    if not in_term(when.date(), terms):
        return Outlook(when, "Skipped: outside term.", True,
                       then="Skipped: no post is made for a date outside the school's terms.")
    if occurrence is not None:
        return Outlook(when, _made(occurrence) + moved, bool(hours), occurrence.post)
    if series.paused:
        return Outlook(when, "Not made while the series is paused." + moved, bool(hours))
    if when - now < LEAD:
        return Outlook(when, "Not made: too close to its time for anyone to approve it." + moved,
                       bool(hours))
    what, then = _foreseen(series, when, hours, now, facts, networks)
    return Outlook(when, what + moved, bool(hours), then=then)


def _foreseen(series: Series, when: datetime, hours: str, now: datetime,
              facts: SchoolFacts, networks: list[str]) -> tuple[str, str]:
    """What generate() will do with it, asked of the school's rules now, at its time: the line,
    and what it means."""
    draft = Post(school=series.school, author=series.author, text=series.render(when),
                 category=series.category, scheduled_at=when, networks=networks)
    report = rules_report(draft, [], when=when, school_facts=facts)
    made = (f"made {HORIZON.days} days ahead" if when - now > HORIZON
            else "made within the hour")
    if report.blocks:
        hours_blocks = any(finding.rule == "posting_hours" for finding in report.blocks)
        others = [f.message for f in report.blocks if f.rule != "posting_hours"]
        why = "; ".join(([hours] if hours_blocks and hours else []) + others)
        told = " is told by e-mail and" if series.author.email else ""
        return (f"Left as a draft ({made}): {why}.",
                f"Left as a draft: the post is made {HORIZON.days} days ahead but not sent for "
                f"approval; {series.author.display_name()}{told} can "
                f"{_remedy(facts.policy)}, then submit it. A draft is never published.")
    if report.warnings and hours:
        return (f"Needs an approver's reason ({made}): {hours}.",
                f"Needs an approver's reason: the post is made {HORIZON.days} days ahead and "
                "sent for approval with a warning; it goes out at its time only if an approver "
                "accepts the warning with a written reason.")
    return f"Sent for approval ({made}).", ""


def _remedy(policy: Policy) -> str:
    hours = policy.rule("posting_hours")
    offered = [_EXCEPTIONS[e] for e in hours.params["exceptions"] if e in _EXCEPTIONS] \
        if hours else []
    if not offered:
        return "move it to another time"
    return f"move it to another time or mark it as {' or '.join(offered)} with a reason"


def _hours_problem(hours: RuleConfig | None, when: datetime, tz: str) -> str:
    """'Friday 25 December is a bank holiday' or 'outside the posting hours 08:00–18:00
    (Monday to Friday)', or '' when the posting hours allow it (or the school has none)."""
    if hours is None or in_window(when, hours.params, tz):
        return ""
    params = hours.params
    if params["exclude_bank_holidays"] and when.date() in bank_holidays(when.year):
        return f"{when:%A} {when.day} {when:%B} is a bank holiday"
    days = describe_window(params).split(f", {params['start']} to ")[0]
    return f"outside the posting hours {params['start']}–{params['end']} ({days})"


def _made(occurrence: Occurrence) -> str:
    if occurrence.problem:
        return occurrence.problem
    if occurrence.post is None:
        return "No post was made for it."
    return f"Post made: {occurrence.post.status[1].lower()}."


def _moved(series: Series, when: datetime) -> str:
    """Said of an occurrence whose wall-clock time the clocks skip that night."""
    local = when.astimezone(UTC).astimezone(series.school.tz)
    if local.time().replace(second=0, microsecond=0) == series.time.replace(second=0,
                                                                           microsecond=0):
        return ""
    return (f" At {local:%H:%M}, not {series.time:%H:%M}: the clocks go forward that night, "
            f"so {series.time:%H:%M} does not exist.")
