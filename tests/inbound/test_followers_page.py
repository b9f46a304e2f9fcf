"""The Followers page: senior leaders mark each new follower fine or to block (with a link to
block on X and the outcome recorded); finishing a review records the policy's follower duty
(Carlton's weekly check, Droxford's and Unsworth's monitoring) with who did it."""

from __future__ import annotations

import pytest
from django.urls import reverse

from schoolsocial.audit.models import AuditEvent
from schoolsocial.governance import duties
from schoolsocial.governance.models import DutyDone
from schoolsocial.inbound.models import Follower, FollowerReview, FollowerVerdict

pytestmark = pytest.mark.django_db


def follower(school, handle: str, signals=()) -> Follower:
    return Follower.objects.create(school=school, x_id=str(abs(hash(handle)) % 10**12),
                                   handle=handle, name=handle.title(), signals=list(signals))


def test_new_followers_show_their_signs(client, school, alan):
    follower(school, "hot_deals", ["Adult or gambling words in the bio (“18+”)"])
    client.force_login(alan.user)
    page = client.get(reverse("followers")).content.decode()
    assert "@hot_deals" in page and "Adult or gambling words in the bio" in page


def test_a_verdict_is_audited_and_to_block_links_to_x(client, school, alan):
    row = follower(school, "hot_deals")
    client.force_login(alan.user)
    client.post(reverse("follower_verdict", args=[row.pk]), {"verdict": "block"})
    row.refresh_from_db()
    assert (row.verdict, row.verdict_by) == (FollowerVerdict.BLOCK, alan.user)
    page = client.get(reverse("followers")).content.decode()
    assert 'href="https://x.com/hot_deals"' in page and "Block @hot_deals on X" in page
    client.post(reverse("follower_verdict", args=[row.pk]), {"verdict": "blocked"})
    row.refresh_from_db()
    assert row.verdict == FollowerVerdict.BLOCKED
    assert list(AuditEvent.objects.filter(action__startswith="follower.").values_list(
        "action", flat=True).order_by("seq")) == ["follower.block", "follower.blocked"]


def test_an_unknown_verdict_is_refused(client, school, alan):
    row = follower(school, "pta")
    client.force_login(alan.user)
    page = client.post(reverse("follower_verdict", args=[row.pk]), {"verdict": "maybe"},
                       follow=True).content.decode()
    assert "Choose fine, to block, or blocked on X." in page
    row.refresh_from_db()
    assert row.verdict == ""


def test_a_review_needs_every_new_follower_decided(client, school, alan):
    follower(school, "pta")
    client.force_login(alan.user)
    page = client.post(reverse("followers_finish"), follow=True).content.decode()
    assert "1 new follower still needs a verdict" in page
    assert not FollowerReview.objects.exists()


@pytest.mark.parametrize(("preset", "duty"), [("droxford", "monitoring"),
                                              ("unsworth", "monitoring"),
                                              ("carlton", "followers")])
def test_finishing_a_review_records_the_policys_duty(client, school, alan, preset, duty):
    school.policy_preset = preset
    school.save(update_fields=("policy_preset",))
    fine, blocked = follower(school, "pta"), follower(school, "hot_deals")
    client.force_login(alan.user)
    client.post(reverse("follower_verdict", args=[fine.pk]), {"verdict": "fine"})
    client.post(reverse("follower_verdict", args=[blocked.pk]), {"verdict": "block"})
    client.post(reverse("followers_finish"))
    review = FollowerReview.objects.get()
    assert (review.done_by, review.reviewed, review.to_block) == (alan.user, 2, 1)
    done = DutyDone.objects.get(school=school)
    assert (done.duty, done.done_by) == (duty, alan.user)
    status = {s.duty.key: s for s in duties.statuses(school)}[duty]
    assert status.state == "done"
    assert "No new followers since the last review." in \
        client.get(reverse("followers")).content.decode()


def test_a_school_without_a_follower_duty_still_records_the_review(client, school, alan):
    school.policy_preset = "highfield"
    school.save(update_fields=("policy_preset",))
    row = follower(school, "pta")
    client.force_login(alan.user)
    client.post(reverse("follower_verdict", args=[row.pk]), {"verdict": "fine"})
    client.post(reverse("followers_finish"))
    assert FollowerReview.objects.count() == 1 and not DutyDone.objects.exists()


def test_the_monitor_sees_but_does_not_decide(client, school, ian):
    row = follower(school, "pta")
    client.force_login(ian.user)
    assert client.get(reverse("followers")).status_code == 200
    assert client.post(reverse("follower_verdict", args=[row.pk]),
                       {"verdict": "fine"}).status_code == 403
