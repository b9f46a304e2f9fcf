"""One approved post to X, Bluesky and Mastodon: each network's publication its own record,
published exactly once, reconciled against that network's own timeline after an unknown
outcome, and one network failing holding or repeating none of the others. X through tweepy and
the fake X, Bluesky through atproto and the fake PDS, Mastodon through Mastodon.py and the fake
instance, with the fakes' injected faults: nothing is mocked."""

from __future__ import annotations

from datetime import timedelta

import pytest
from publishing_helpers import approved_post

from schoolsocial.audit.models import AuditEvent
from schoolsocial.posts.states import State
from schoolsocial.publishing.fake_networks import Fault, xrpc_error
from schoolsocial.publishing.models import NetworkAccount, NetworkPublication
from schoolsocial.publishing.network_tasks import (
    claim_publications,
    due_publication_reconciles,
    reconcile_publication,
)
from schoolsocial.publishing.tasks import publish_due, tick

pytestmark = pytest.mark.django_db

CREATE_RECORD = "POST /xrpc/com.atproto.repo.createRecord"
STATUSES = "POST /api/v1/statuses"
ALL = ("x", "bluesky", "mastodon")
Pub = NetworkPublication.State


def publish(x_publisher) -> None:
    publish_due(publisher=x_publisher, timeout=2)


def states(post) -> dict[str, str]:
    return dict(post.publications.values_list("network", "state"))


def test_one_approved_post_goes_once_to_each_chosen_network(
        fake_x, x_publisher, pds, instance, connected, tom, alan, at_ten):
    post = approved_post(tom, alan, networks=ALL)
    publish(x_publisher)
    publish(x_publisher)  # a second pass sends nothing again
    post.refresh_from_db()
    assert post.state == State.PUBLISHED and len(fake_x.timeline()) == 1
    [bsky] = pds.posts()
    [toot] = instance.statuses()
    assert bsky.value["text"] == toot.text == post.text
    assert states(post) == {"bluesky": Pub.PUBLISHED, "mastodon": Pub.PUBLISHED}
    by_network = {p.network: p for p in post.publications.all()}
    assert by_network["bluesky"].remote_id == bsky.uri
    assert by_network["mastodon"].remote_id == toot.id
    events = AuditEvent.objects.filter(action="post.network_published")
    assert sorted(e.details["network"] for e in events) == ["bluesky", "mastodon"]


def test_an_x_only_post_makes_no_other_publication(fake_x, x_publisher, pds, instance,
                                                   connected, tom, alan, at_ten):
    post = approved_post(tom, alan)
    publish(x_publisher)
    assert post.publications.count() == 0 and pds.posts() == [] and instance.statuses() == []


def test_bluesky_losing_its_answer_is_found_on_its_author_feed_and_not_sent_twice(
        fake_x, x_publisher, pds, instance, connected, tom, alan, at_ten):
    post = approved_post(tom, alan, networks=ALL)
    pds.queue(Fault.drop_after_write(match=CREATE_RECORD))
    publish(x_publisher)
    post.refresh_from_db()
    # X and Mastodon went on their own; Bluesky's outcome is not known
    assert post.state == State.PUBLISHED
    assert states(post) == {"bluesky": Pub.UNKNOWN, "mastodon": Pub.PUBLISHED}
    publish(x_publisher)
    assert len(pds.requests_to("POST", "/xrpc/com.atproto.repo.createRecord")) == 1
    at_ten.shift(timedelta(seconds=6))
    [publication_id] = due_publication_reconciles()
    assert reconcile_publication(publication_id, timeout=2) == "published"
    [bsky] = pds.posts()
    assert post.publications.get(network="bluesky").remote_id == bsky.uri
    assert len(instance.statuses()) == 1 and len(fake_x.timeline()) == 1


def test_an_unknown_outcome_not_on_the_timeline_fails_after_three_looks(
        fake_x, x_publisher, pds, instance, connected, tom, alan, at_ten):
    post = approved_post(tom, alan, networks=("x", "mastodon"))
    instance.queue(Fault.drop_before_write(match=STATUSES))
    publish(x_publisher)
    assert states(post) == {"mastodon": Pub.UNKNOWN}
    outcomes = []
    for wait in (6, 31, 91):
        at_ten.shift(timedelta(seconds=wait))
        outcomes += [reconcile_publication(pk, timeout=2) for pk in due_publication_reconciles()]
    assert outcomes == ["later", "later", "failed"]
    publication = post.publications.get()
    assert "does not show this post" in publication.last_error
    assert instance.statuses() == []


def test_a_revoked_mastodon_token_fails_only_mastodon(fake_x, x_publisher, pds, instance,
                                                      connected, tom, alan, at_ten):
    post = approved_post(tom, alan, networks=ALL)
    instance.revoke(instance.default_account)
    publish(x_publisher)
    post.refresh_from_db()
    assert post.state == State.PUBLISHED and len(pds.posts()) == 1
    mastodon = post.publications.get(network="mastodon")
    assert mastodon.state == Pub.FAILED and "connect Mastodon again" in mastodon.last_error
    [event] = AuditEvent.objects.filter(action="post.network_failed")
    assert event.details["network"] == "mastodon"


def test_x_refusing_the_keys_holds_neither_bluesky_nor_mastodon(
        fake_x, x_publisher, pds, instance, connected, tom, alan, at_ten):
    post = approved_post(tom, alan, networks=ALL)
    fake_x.queue(Fault.unauthorized())
    publish(x_publisher)
    post.refresh_from_db()
    assert post.state == State.FAILED
    assert states(post) == {"bluesky": Pub.PUBLISHED, "mastodon": Pub.PUBLISHED}
    assert len(pds.posts()) == 1 and len(instance.statuses()) == 1


def test_a_bluesky_rate_limit_delays_bluesky_alone_and_sends_it_once_later(
        fake_x, x_publisher, pds, instance, connected, tom, alan, at_ten):
    post = approved_post(tom, alan, networks=ALL)
    pds.queue(xrpc_error(503, "InternalServerError", match="POST /xrpc/com.atproto.server"))
    publish(x_publisher)
    bluesky = post.publications.get(network="bluesky")
    assert bluesky.state == Pub.WAITING and bluesky.retry_at is not None
    assert post.publications.get(network="mastodon").state == Pub.PUBLISHED
    at_ten.move_to(bluesky.retry_at + timedelta(seconds=1))
    publish(x_publisher)
    assert states(post) == {"bluesky": Pub.PUBLISHED, "mastodon": Pub.PUBLISHED}
    assert len(pds.posts()) == 1 and len(instance.statuses()) == 1
    assert len(fake_x.timeline()) == 1


def test_a_network_disconnected_before_sending_fails_with_what_to_do(
        fake_x, x_publisher, pds, instance, connected, school, tom, alan, at_ten):
    post = approved_post(tom, alan, networks=ALL)
    NetworkAccount.objects.filter(school=school, network="bluesky").delete()
    publish(x_publisher)
    bluesky = post.publications.get(network="bluesky")
    assert bluesky.state == Pub.FAILED and "no longer connected" in bluesky.last_error
    assert pds.posts() == [] and len(instance.statuses()) == 1


def test_a_post_sent_back_to_the_approver_goes_to_no_network(
        fake_x, x_publisher, pds, instance, connected, tom, alan, at_ten):
    post = approved_post(tom, alan, networks=ALL)
    post.text = "Changed after approval."
    post.save(update_fields=("text",))  # the approval no longer covers it
    publish(x_publisher)
    post.refresh_from_db()
    assert post.state == State.SUBMITTED and fake_x.timeline() == []
    assert pds.posts() == [] and instance.statuses() == []
    assert set(states(post).values()) == {Pub.WAITING}
    at_ten.shift(timedelta(minutes=6))  # dormant, not a lost claim: never claimed again
    assert claim_publications() == []


def test_a_tick_hands_each_networks_publication_to_the_cluster(
        pds, instance, connected, tom, alan, at_ten, settings):
    settings.PUBLISHER = "memory"
    post = approved_post(tom, alan, networks=ALL)
    queued: list[tuple] = []
    tick(lambda func, *args: queued.append((func, *args)))  # claims X: the networks are due
    tick(lambda func, *args: queued.append((func, *args)))
    [batch] = [args[0] for func, *args in queued
               if func == "schoolsocial.publishing.network_tasks.send_publications"]
    assert sorted(post.publications.get(pk=pk).network for pk, _ in batch) == [
        "bluesky", "mastodon"]
