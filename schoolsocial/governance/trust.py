"""The trust page for an executive headteacher: each school's queue, failures, open concerns and
overdue duties (read-only). Here rather than in accounts/, which imports nothing above it."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.contrib.auth.decorators import login_required
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from policies.networks import LIMITS
from schoolsocial.accounts import access
from schoolsocial.accounts.models import School
from schoolsocial.governance import duties
from schoolsocial.posts.states import State
from schoolsocial.publishing.models import NetworkAccount, NetworkPublication


@dataclass
class SchoolFigures:
    school: School
    awaiting_approval: int
    failed: int
    outcome_unknown: int
    open_concerns: int
    overdue_duties: int
    networks: list[str] = field(default_factory=lambda: ["X"])  # where its posts go
    failed_elsewhere: list[tuple[str, int]] = field(default_factory=list)  # (network, failed)


def figures(trust) -> list[SchoolFigures]:
    schools = trust.schools.order_by("name").annotate(
        awaiting=Count("posts", filter=Q(posts__state=State.SUBMITTED)),
        failed_posts=Count("posts", filter=Q(posts__state=State.FAILED)),
        unknown_posts=Count("posts", filter=Q(posts__state=State.UNKNOWN)),
    )
    concerns = dict(
        trust.schools.annotate(n=Count("concerns", filter=Q(concerns__resolved_at=None)))
        .values_list("pk", "n")
    )
    connected, failed = _networks(trust)
    return [
        SchoolFigures(school, school.awaiting, school.failed_posts, school.unknown_posts,
                      concerns.get(school.pk, 0),
                      sum(status.state == "overdue" for status in duties.statuses(school)),
                      ["X", *connected.get(school.pk, [])], failed.get(school.pk, []))
        for school in schools
    ]


def _networks(trust) -> tuple[dict[int, list[str]], dict[int, list[tuple[str, int]]]]:
    """Each school's connected networks besides X, and its failed copies on each (a post
    failing on Bluesky is not a failed post: X may have taken it), in two queries."""
    connected: dict[int, list[str]] = {}
    accounts = NetworkAccount.objects.filter(school__trust=trust).order_by("network")
    for school_id, network in accounts.values_list("school_id", "network"):
        connected.setdefault(school_id, []).append(LIMITS[network].label)
    failed: dict[int, list[tuple[str, int]]] = {}
    rows = (NetworkPublication.objects
            .filter(post__school__trust=trust, state=NetworkPublication.State.FAILED)
            .values_list("post__school_id", "network").annotate(n=Count("id"))
            .order_by("post__school_id", "network"))
    for school_id, network, n in rows:
        failed.setdefault(school_id, []).append((LIMITS[network].label, n))
    return connected, failed


@login_required
def trust_overview(request: HttpRequest) -> HttpResponse:
    trusts = access.access_trusts(request)
    rows = [(trust, figures(trust)) for trust in trusts]
    return render(request, "accounts/trust.html", {"rows": rows})
