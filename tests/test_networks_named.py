"""The calendar, the queue cards, the audit log, the termly report and the trust overview name
the networks a post goes to or went to. The school has connected Bluesky and Mastodon; Tom is
an author, Alan an approver, Greta a governor, Helen the headteacher who leads the trust. In
every season of tests/seasons.py."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import timezone

from schoolsocial.accounts.models import Trust
from schoolsocial.audit.log import record
from schoolsocial.posts import actions
from schoolsocial.posts.states import State
from schoolsocial.publishing.models import NetworkAccount, NetworkPublication
from tests.factories import make_post

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("season")]


@pytest.fixture
def connected(school) -> None:
    for network, handle in (("bluesky", "@meonvalley.bsky.social"),
                            ("mastodon", "@meonvalley@schools.social")):
        NetworkAccount.objects.create(school=school, network=network, connected_as=handle,
                                      address="https://example.invalid", max_length=500,
                                      credentials_encrypted="sealed")


def test_the_calendar_names_each_posts_networks_on_its_local_day(client, tom, connected):
    post = make_post(tom, State.SCHEDULED, text="Harvest festival at 2pm",
                     networks=["x", "bluesky", "mastodon"])
    make_post(tom, State.SCHEDULED, text="Only on X")
    client.force_login(tom.user)
    day = timezone.localdate(post.scheduled_at)
    response = client.get(reverse("calendar"), {"week": day.isoformat()})
    [entry] = [p for d in response.context["days"] for p in d["posts"]
               if p.text == "Harvest festival at 2pm"]
    assert response.context["days"][day.weekday()]["posts"][0].pk == entry.pk
    body = response.content.decode()
    assert body.count('class="small muted networks-named">X, Bluesky, Mastodon</span>') == 1


def test_the_queue_card_names_the_networks_it_will_go_to(client, tom, alan, connected):
    make_post(tom, State.SUBMITTED, networks=["x", "mastodon"])
    client.force_login(alan.user)
    assert "to X, Mastodon" in client.get(reverse("queue")).content.decode()


def test_submission_and_approval_are_logged_with_the_networks(client, tom, alan, greta,
                                                              connected):
    post = make_post(tom, State.DRAFT, networks=["x", "bluesky"])
    actions.do_submit(tom, post)
    post.refresh_from_db()
    actions.do_decide(alan, post, "approve", "", post.content_hash, {})
    client.force_login(greta.user)
    body = client.get(reverse("audit_log")).content.decode()
    assert body.count('class="small muted networks-named">(X, Bluesky)</span>') == 2


def test_an_event_that_names_its_network_is_not_repeated(client, school, tom, greta):
    post = make_post(tom, State.PUBLISHED)
    record(school, None, "post.network_published", f"Published on Bluesky: {post}", post,
           network="bluesky")
    client.force_login(greta.user)
    body = client.get(reverse("audit_log")).content.decode()
    assert "Published on Bluesky" in body and "(Bluesky)" not in body


def test_the_termly_report_counts_each_networks_copies_and_deletions(client, school, tom,
                                                                     greta):
    post = make_post(tom, State.PUBLISHED)
    record(school, None, "post.published", f"Published: {post}", post)
    for network in ("bluesky", "mastodon"):
        record(school, None, "post.network_published", f"Published on {network}", post,
               network=network)
    record(school, None, "post.deleted", "Deleted from X, Bluesky", post,
           networks=["X", "Bluesky"])
    record(school, None, "post.deleted", "Deleted from X", post)  # before Delete named them
    client.force_login(greta.user)
    today = timezone.localdate()
    response = client.get(reverse("audit_report"),
                          {"start": today.replace(day=1).isoformat(), "end": today.isoformat()})
    assert response.context["report"].tables["networks"] == [
        ("X", 1, 2), ("Bluesky", 1, 1), ("Mastodon", 1, 0)]
    assert 'id="report-networks"' in response.content.decode()


def test_the_trust_overview_names_each_schools_networks_and_failed_copies(
        client, school, other_school, helen, tom, connected):
    trust = Trust.objects.create(name="Meon Learning Trust")
    trust.executives.add(helen.user)
    trust.schools.add(school, other_school)
    post = make_post(tom, State.PUBLISHED, networks=["x", "bluesky", "mastodon"])
    NetworkPublication.objects.create(post=post, network="bluesky", state="failed",
                                      last_error="Bluesky refused the app password")
    NetworkPublication.objects.create(post=post, network="mastodon", state="published",
                                      remote_id="1")
    client.force_login(helen.user)
    response = client.get(reverse("trust_overview"))
    [(_, rows)] = response.context["rows"]
    ours = next(row for row in rows if row.school == school)
    theirs = next(row for row in rows if row.school == other_school)
    assert ours.networks == ["X", "Bluesky", "Mastodon"] and theirs.networks == ["X"]
    assert ours.failed_elsewhere == [("Bluesky", 1)] and theirs.failed_elsewhere == []
    body = response.content.decode()
    assert '<td data-label="Posts to">X, Bluesky, Mastodon</td>' in body
    assert "· Bluesky 1" in body
