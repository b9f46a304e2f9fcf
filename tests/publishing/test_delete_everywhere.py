"""Delete takes a published post down from every network it is on: X through tweepy and the
fake X, Bluesky's deleteRecord through atproto and the fake PDS, Mastodon's status delete
through Mastodon.py and the fake instance. Each network's result is recorded on its own record,
one network failing (a 500 injected into its fake) stops none of the others, and trying again
asks only the network that failed. Nothing is mocked. In every season of tests/seasons.py."""

from __future__ import annotations

import pytest
from publishing_helpers import approved_post

from schoolsocial.audit.models import AuditEvent
from schoolsocial.posts.states import State, TransitionError
from schoolsocial.publishing.deleting import do_delete_everywhere
from schoolsocial.publishing.fake_networks import Fault, mastodon_error, xrpc_error
from schoolsocial.publishing.models import NetworkAccount
from schoolsocial.publishing.tasks import publish_due

pytestmark = pytest.mark.django_db

ALL = ("x", "bluesky", "mastodon")
DELETE_RECORD = "POST /xrpc/com.atproto.repo.deleteRecord"
DELETE_STATUS = "DELETE /api/v1/statuses/"


def published_everywhere(x_publisher, tom, alan, networks=ALL):
    post = approved_post(tom, alan, networks=networks)
    publish_due(publisher=x_publisher, timeout=2)
    post.refresh_from_db()
    return post


def delete(alan, post, x_publisher):
    return do_delete_everywhere(alan, post, x_publisher, timeout=2)


def by_network(post) -> dict:
    return {p.network: p for p in post.publications.all()}


def test_it_deletes_from_x_bluesky_and_mastodon_and_records_each(
        fake_x, x_publisher, pds, instance, connected, tom, alan, at_ten):
    post = published_everywhere(x_publisher, tom, alan)
    assert len(fake_x.timeline()) == len(pds.posts()) == len(instance.statuses()) == 1
    outcome = delete(alan, post, x_publisher)
    assert outcome.down == ["X", "Bluesky", "Mastodon"] and outcome.failed == {}
    assert fake_x.timeline() == [] and pds.posts() == [] and instance.statuses() == []
    post.refresh_from_db()
    assert post.removed_at is not None and post.live_networks == []
    assert all(p.removed_at and not p.removal_error for p in post.publications.all())
    assert post.status == ("removed", "Deleted from X, Bluesky, Mastodon")
    [event] = AuditEvent.objects.filter(action="post.deleted")
    assert event.summary.startswith("Deleted from X, Bluesky, Mastodon")
    assert event.details["networks"] == ["X", "Bluesky", "Mastodon"]
    assert set(event.details["remote_ids"]) == {"bluesky", "mastodon"}


def test_mastodon_failing_to_delete_leaves_the_others_deleted_and_can_be_tried_again(
        fake_x, x_publisher, pds, instance, connected, tom, alan, at_ten):
    post = published_everywhere(x_publisher, tom, alan)
    instance.queue(mastodon_error(500, "Internal server error", match=DELETE_STATUS))
    outcome = delete(alan, post, x_publisher)
    assert outcome.down == ["X", "Bluesky"] and list(outcome.failed) == ["Mastodon"]
    assert "still on Mastodon" in outcome.failure() and "try Delete again" in outcome.failure()
    assert fake_x.timeline() == [] and pds.posts() == [] and len(instance.statuses()) == 1
    post.refresh_from_db()
    mastodon = by_network(post)["mastodon"]
    assert mastodon.removed_at is None and mastodon.removal_error
    assert post.live_networks == ["mastodon"] and post.status[1] == "Deleted from X, Bluesky"
    failed = AuditEvent.objects.get(action="post.delete_failed")
    assert failed.details["networks"] == ["Mastodon"] and "Mastodon" in failed.summary
    assert AuditEvent.objects.get(action="post.deleted").details["networks"] == ["X", "Bluesky"]

    again = delete(alan, post, x_publisher)  # only Mastodon is asked this time
    assert again.down == ["Mastodon"] and again.failed == {}
    assert len(fake_x.requests_to("DELETE", "/2/tweets/")) == 1
    assert len(pds.requests_to("POST", "/xrpc/com.atproto.repo.deleteRecord")) == 1
    assert instance.statuses() == []
    mastodon.refresh_from_db()
    assert mastodon.removed_at is not None and mastodon.removal_error == ""


def test_bluesky_failing_to_delete_stops_neither_x_nor_mastodon(
        fake_x, x_publisher, pds, instance, connected, tom, alan, at_ten):
    post = published_everywhere(x_publisher, tom, alan)
    pds.queue(xrpc_error(500, "InternalServerError", match=DELETE_RECORD))
    outcome = delete(alan, post, x_publisher)
    assert outcome.down == ["X", "Mastodon"] and list(outcome.failed) == ["Bluesky"]
    assert len(pds.posts()) == 1 and instance.statuses() == [] and fake_x.timeline() == []
    assert by_network(post)["bluesky"].removal_error


def test_x_failing_to_delete_leaves_the_post_published_on_x_and_down_elsewhere(
        fake_x, x_publisher, pds, instance, connected, tom, alan, at_ten):
    post = published_everywhere(x_publisher, tom, alan)
    fake_x.queue(Fault.server_error(503, match="DELETE /2/tweets/"))
    outcome = delete(alan, post, x_publisher)
    assert list(outcome.failed) == ["X"] and outcome.down == ["Bluesky", "Mastodon"]
    post.refresh_from_db()
    assert post.removed_at is None and post.state == State.PUBLISHED
    assert len(fake_x.timeline()) == 1 and post.live_networks == ["x"]


def test_a_post_x_refused_is_deleted_from_the_networks_it_went_out_on(
        fake_x, x_publisher, pds, instance, connected, tom, alan, at_ten):
    fake_x.queue(Fault.unauthorized())
    post = published_everywhere(x_publisher, tom, alan)
    assert post.state == State.FAILED and post.live_networks == ["bluesky", "mastodon"]
    outcome = delete(alan, post, x_publisher)
    assert outcome.down == ["Bluesky", "Mastodon"]
    assert fake_x.requests_to("DELETE", "/2/tweets/") == []
    assert pds.posts() == [] and instance.statuses() == []


def test_a_status_already_gone_is_marked_as_deleted_and_said(
        fake_x, x_publisher, pds, instance, connected, tom, alan, at_ten):
    post = published_everywhere(x_publisher, tom, alan, networks=("x", "mastodon"))
    [toot] = instance.statuses()
    toot.deleted = True  # someone deleted it on the instance itself
    outcome = delete(alan, post, x_publisher)
    assert outcome.down == ["X", "Mastodon"] and outcome.gone == ["Mastodon"]
    event = AuditEvent.objects.get(action="post.deleted")
    assert "Marked as deleted on Mastodon (it was already gone)" in event.summary


def test_a_network_disconnected_since_says_to_connect_it_again(
        fake_x, x_publisher, pds, instance, connected, school, tom, alan, at_ten):
    post = published_everywhere(x_publisher, tom, alan, networks=("x", "bluesky"))
    NetworkAccount.objects.filter(school=school, network="bluesky").delete()
    outcome = delete(alan, post, x_publisher)
    assert outcome.down == ["X"] and "connect it again in Settings" in outcome.failed["Bluesky"]
    assert len(pds.posts()) == 1


def test_a_post_down_everywhere_has_nothing_left_to_delete(
        fake_x, x_publisher, pds, instance, connected, tom, alan, at_ten):
    post = published_everywhere(x_publisher, tom, alan)
    delete(alan, post, x_publisher)
    with pytest.raises(TransitionError):
        delete(alan, post, x_publisher)
    assert AuditEvent.objects.filter(action="post.deleted").count() == 1


def test_a_connection_lost_while_deleting_says_deleting_again_is_safe(
        fake_x, x_publisher, pds, instance, connected, tom, alan, at_ten):
    post = published_everywhere(x_publisher, tom, alan, networks=("x", "bluesky"))
    pds.queue(Fault.drop_after_write(match=DELETE_RECORD))
    outcome = delete(alan, post, x_publisher)
    assert "deleting twice is safe" in outcome.failed["Bluesky"]
    again = delete(alan, post, x_publisher)  # it was in fact deleted: asking again is fine
    assert again.down == ["Bluesky"] and pds.posts() == []


def test_a_revoked_app_password_says_to_connect_again(
        fake_x, x_publisher, pds, instance, connected, tom, alan, at_ten):
    post = published_everywhere(x_publisher, tom, alan, networks=("x", "bluesky"))
    pds.revoke(pds.default_account)
    outcome = delete(alan, post, x_publisher)
    assert outcome.down == ["X"] and "connect Bluesky again in Settings" in outcome.failed[
        "Bluesky"]
