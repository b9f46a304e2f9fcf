"""The termly report for the governing body, computed from the audit log of one period."""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.db.models import Count

from policies.networks import LIMITS
from policies.policy import RULE_SPECS
from schoolsocial.audit import charts
from schoolsocial.audit.actions import CONSENT, DECISIONS, Event
from schoolsocial.audit.models import AuditEvent
from schoolsocial.audit.queries import filtered

TERMS = (("autumn", "Autumn", 9, 12), ("spring", "Spring", 1, 3), ("summer", "Summer", 4, 8))
WAIT_BUCKETS = ((timedelta(hours=1), "Under 1 hour"), (timedelta(hours=4), "1 to 4 hours"),
                (timedelta(days=1), "4 to 24 hours"), (timedelta(days=3), "1 to 3 days"),
                (None, "Over 3 days"))


@dataclass(frozen=True)
class Term:
    key: str
    label: str
    start: date
    end: date


def term_of(day: date) -> Term:
    for key, name, first, last in TERMS:
        if first <= day.month <= last:
            end = (date(day.year + (last == 12), last % 12 + 1, 1) - timedelta(days=1))
            months = f"{date(2000, first, 1):%B} to {date(2000, last, 1):%B}"
            return Term(f"{day.year}-{key}", f"{name} term {day.year} ({months})",
                        date(day.year, first, 1), end)
    raise ValueError(day)  # pragma: no cover - every month is in a term


def recent_terms(today: date, n: int = 6) -> list[Term]:
    terms, day = [], today
    for _ in range(n):
        term = term_of(day)
        terms.append(term)
        day = term.start - timedelta(days=1)
    return terms


@dataclass
class Report:
    start: date
    end: date
    counts: Counter = field(default_factory=Counter)
    weeks: list[date] = field(default_factory=list)
    charts: dict = field(default_factory=dict)
    tables: dict = field(default_factory=dict)
    median_wait: timedelta | None = None
    head: AuditEvent | None = None


def build(school, start: date, end: date) -> Report:
    tz = school.tz
    report = Report(start, end)
    events = AuditEvent.objects.filter(school=school)
    period = filtered(events, {"start": start, "end": end}, school)
    report.counts = Counter(dict(period.values_list("action").annotate(n=Count("id"))
                                 .values_list("action", "n")))
    monday = start - timedelta(days=start.weekday())
    while monday <= end:
        report.weeks.append(monday)
        monday += timedelta(days=7)
    labels = [f"{w:%-d %b}" for w in report.weeks]

    def per_week(actions, split=None) -> dict[str, list[int]]:
        rows = period.filter(action__in=actions).values_list("created_at", "action", "details")
        out: dict[str, list[int]] = {}
        for at, action, details in rows.iterator(chunk_size=2_000):
            day = at.astimezone(tz).date()
            index = (day - report.weeks[0]).days // 7
            key = split(action, details) if split else action
            out.setdefault(key, [0] * len(report.weeks))[index] += 1
        return out

    published = per_week([Event.POST_PUBLISHED]).get(Event.POST_PUBLISHED, [0] * len(labels))
    report.charts["posts"] = charts.columns(
        "Posts published per week", labels, [charts.Series("Published", published)])
    report.tables["posts"] = list(zip(labels, published, strict=True))
    report.tables["networks"] = _networks(period, report.counts)

    decided = per_week(DECISIONS)
    names = {Event.POST_APPROVE: "Approved", Event.POST_REQUEST_CHANGES: "Changes requested",
             Event.POST_REJECT: "Rejected"}
    colours = {Event.POST_APPROVE: charts.OK, Event.POST_REQUEST_CHANGES: charts.WARN,
               Event.POST_REJECT: charts.BLOCK}  # as the states' badges: never Rejected in green
    series = [charts.Series(names[a], decided.get(a, [0] * len(labels)), colours[a])
              for a in DECISIONS]
    report.charts["decisions"] = charts.columns("Approvals and rejections per week", labels,
                                                series)
    report.tables["decisions"] = [(s.name, sum(s.values)) for s in series]

    findings: Counter = Counter()
    submitted = period.filter(action=Event.POST_SUBMITTED).values_list("details", flat=True)
    for details in submitted.iterator(chunk_size=2_000):
        findings.update(f.get("rule", "?") for f in details.get("findings", [])
                        if isinstance(f, dict))
    top = [(rule_title(rule), n) for rule, n in findings.most_common(12)]
    report.charts["findings"] = charts.bars("Policy findings on submission, per rule",
                                            [r for r, _ in top], [n for _, n in top])
    report.tables["findings"] = top

    waits = _waits(school, period, start, tz)
    buckets = Counter()
    for wait in waits:
        buckets[next(label for limit, label in WAIT_BUCKETS if limit is None or wait < limit)] += 1
    wait_labels = [label for _, label in WAIT_BUCKETS]
    report.charts["waits"] = charts.bars("Time from submission to approval", wait_labels,
                                         [buckets[label] for label in wait_labels])
    report.tables["waits"] = [(label, buckets[label]) for label in wait_labels]
    report.median_wait = statistics.median(waits) if waits else None

    def consent_kind(action: str, details: dict) -> str:
        if action == Event.PUPILS_IMPORTED:
            return "Imported"
        return {"granted": "Granted"}.get(details.get("status"), "Refused or withdrawn")

    consent = per_week(CONSENT, consent_kind)
    kinds = ["Granted", "Refused or withdrawn", "Imported"]
    series = [charts.Series(k, consent.get(k, [0] * len(labels))) for k in kinds]
    report.charts["consent"] = charts.columns("Consent changes per week", labels, series)
    report.tables["consent"] = [(s.name, sum(s.values)) for s in series]
    report.head = events.filter(seq__isnull=False).order_by("-seq").first()
    return report


def _networks(period, counts: Counter) -> list[tuple[str, int, int]]:
    """(network, posts published there, posts deleted from there) in the period, X first;
    a network only where something happened on it. A deletion recorded before Delete named
    its networks was from X, and so was a publication that names no networks (a post that
    does not go to X names the ones it went out on: network_tasks.settle)."""
    not_on_x = period.filter(action=Event.POST_PUBLISHED, details__has_key="networks").count()
    published = Counter({LIMITS["x"].label: counts[Event.POST_PUBLISHED] - not_on_x})
    others = period.filter(action=Event.POST_NETWORK_PUBLISHED).values_list("details", flat=True)
    for details in others.iterator(chunk_size=2_000):
        row = LIMITS.get(details.get("network", ""))
        published[row.label if row else "Other"] += 1
    deleted: Counter = Counter()
    for details in period.filter(action=Event.POST_DELETED).values_list("details", flat=True):
        deleted.update(details.get("networks") or [LIMITS["x"].label])
    names = [row.label for row in LIMITS.values()]
    names += sorted((set(published) | set(deleted)) - set(names))
    return [(name, published[name], deleted[name]) for name in names
            if name == LIMITS["x"].label or published[name] or deleted[name]]


def _waits(school, period, start: date, tz) -> list[timedelta]:
    """For each approval in the period, the time since the post's latest submission."""
    since = datetime.combine(start - timedelta(days=60), time.min, tzinfo=tz)
    approvals = list(period.filter(action=Event.POST_APPROVE)
                     .values_list("object_id", "created_at"))
    if not approvals:
        return []
    submitted: dict[str, list[datetime]] = {}
    wanted = {oid for oid, _ in approvals}
    rows = (AuditEvent.objects.filter(school=school, action=Event.POST_SUBMITTED,
                                      created_at__gte=since,
                                      created_at__lte=max(at for _, at in approvals))
            .values_list("object_id", "created_at"))
    for oid, at in rows.iterator(chunk_size=2_000):
        if oid in wanted:
            submitted.setdefault(oid, []).append(at)
    waits = []
    for oid, approved_at in approvals:
        before = [at for at in submitted.get(oid, []) if at <= approved_at]
        if before:
            waits.append(approved_at - max(before))
    return waits


def rule_title(rule: str) -> str:
    """A rule's name as the Rules page gives it (posting_hours: its title), not its key."""
    spec = RULE_SPECS.get(rule)
    return spec.title if spec else rule.replace("_", " ").capitalize()
