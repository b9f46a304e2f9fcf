"""A post that does not go to X: a school with only Bluesky and/or Mastodon connected, or a post
whose author unticked X. It is composed with the school's connected networks preselected,
published at its time on each chosen network (and never on X), its own state following its
publications: published when all are out, partly published (naming which failed, each retried
alone) when some failed, failed when all failed; reconciled on the network's own timeline after
an unknown outcome; deleted, listed and reported by the networks it went out on. Bluesky through
atproto and the fake PDS, Mastodon through Mastodon.py and the fake instance, X through tweepy
and the fake X, with the fakes' injected faults: nothing is mocked. Every season of
tests/seasons.py (winter, British Summer Time, the Mondays after both clock changes, Berlin)."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from django.urls import reverse
from publishing_helpers import approved_post

from schoolsocial.audit import report as termly
from schoolsocial.audit.models import AuditEvent
from schoolsocial.posts.models import Post
from schoolsocial.posts.states import State
from schoolsocial.publishing.actions import do_retry, do_retry_network
from schoolsocial.publishing.fake_networks import Fault, mastodon_error, xrpc_error
from schoolsocial.publishing.models import AccountHold, Delivery, NetworkAccount
from schoolsocial.publishing.network_tasks import due_publication_reconciles, reconcile_publication
from schoolsocial.publishing.networks.accounts import seal
from schoolsocial.publishing.networks.mastodon import MastodonCredentials
from schoolsocial.publishing.tasks import publish_due, tick
from tests.seasons import ten_am

pytestmark = pytest.mark.django_db

CREATE_RECORD = "POST /xrpc/com.atproto.repo.createRecord"
STATUSES = "POST /api/v1/statuses"
BOTH = ("bluesky", "mastodon")


@pytest.fixture
def no_x(settings) -> None:
    """The real X publisher, and the school has connected no X account."""
    settings.PUBLISHER = "x"


@pytest.fixture
def mastodon_account(school, instance) -> NetworkAccount:
    return NetworkAccount.objects.create(
        school=school, network="mastodon", connected_as="@forefieldprimary", address=instance.url,
        max_length=500, credentials_encrypted=seal(MastodonCredentials(
            instance.url, instance.default_account.access_token, 500, instance.version)))


def publish(x_publisher=None) -> None:
    publish_due(publisher=x_publisher, timeout=2)
    publish_due(publisher=x_publisher, timeout=2)  # a second pass sends nothing again


def states(post) -> dict[str, str]:
    return dict(post.publications.values_list("network", "state"))


def ticked(page: str) -> set[str]:
    return {m.group(1) for m in re.finditer(r'<input[^>]*value="(\w+)"[^>]*checked', page)
            if 'name="networks"' in m.group(0)}


def test_a_bluesky_only_school_has_bluesky_preselected_and_x_offered_as_not_connected(
        client, tom, bluesky_account, no_x):
    client.force_login(tom.user)
    page = client.get(reverse("compose")).content.decode()
    assert ticked(page) == {"bluesky"}
    assert "X (not connected)" in page and 'id="no-network"' not in page


def test_a_school_with_no_network_says_so_and_keeps_the_draft(client, tom, no_x):
    client.force_login(tom.user)
    page = client.get(reverse("compose")).content.decode()
    assert "No network is connected for the school yet" in page
    assert ticked(page) == {"x"}
    response = client.post(reverse("compose"), {
        "text": "Year 4 enjoyed their science lesson on magnets today.", "category": "learning",
        "networks": ["x"], "networks_shown": "1"})
    post = Post.objects.get()
    assert response.status_code == 302 and post.state == State.DRAFT
    assert any("X is not connected" in f["message"] for f in post.findings["findings"])


def test_a_bluesky_only_post_goes_out_at_its_time_on_bluesky_alone(
        client, pds, bluesky_account, fake_x, tom, alan, at_ten, no_x):
    post = approved_post(tom, alan, networks=("bluesky",))
    at_ten.move_to(ten_am() - timedelta(seconds=30))
    publish()
    assert pds.posts() == [] and post.publications.count() == 0
    at_ten.move_to(ten_am() + timedelta(seconds=1))
    publish()
    post.refresh_from_db()
    [bsky] = pds.posts()
    assert post.state == State.PUBLISHED and post.status == ("published", "Published")
    assert post.published_at >= ten_am() and post.last_error == ""
    assert post.publications.get().remote_id == bsky.uri
    assert not fake_x.requests and not Delivery.objects.filter(post=post).exists()
    [event] = AuditEvent.objects.filter(action="post.published")
    assert event.details["networks"] == ["bluesky"] and "Bluesky" in event.summary
    rows = termly.build(post.school, date(2000, 1, 1), date(2100, 1, 1)).tables["networks"]
    assert ("X", 0, 0) in rows and ("Bluesky", 1, 0) in rows
    client.force_login(tom.user)
    page = client.get(reverse("post_detail", args=[post.pk])).content.decode()
    assert 'class="handle"' not in page  # the preview names no X account for a post not on X


def test_a_mastodon_only_post_goes_out_on_mastodon_alone(
        instance, mastodon_account, fake_x, tom, alan, at_ten, no_x):
    post = approved_post(tom, alan, networks=("mastodon",))
    publish()
    post.refresh_from_db()
    [toot] = instance.statuses()
    assert post.state == State.PUBLISHED and toot.text == post.text
    assert not fake_x.requests and post.network_labels == ["Mastodon"]
    assert post.live_labels == ["Mastodon"]


def test_x_unticked_goes_to_the_others_and_x_being_held_holds_nothing(
        fake_x, x_publisher, pds, instance, connected, school, tom, alan, at_ten):
    AccountHold.objects.create(school=school, reason="X's rate limit",
                               until=ten_am() + timedelta(hours=1))
    x_post = approved_post(tom, alan, text="Our choir sang beautifully at assembly today.")
    post = approved_post(tom, alan, networks=BOTH)
    publish(x_publisher)
    post.refresh_from_db()
    x_post.refresh_from_db()
    assert post.state == State.PUBLISHED and states(post) == {
        "bluesky": "published", "mastodon": "published"}
    assert x_post.state == State.SCHEDULED  # X's hold keeps X's post back, and only it
    assert fake_x.timeline() == [] and len(pds.posts()) == 1 and len(instance.statuses()) == 1


def test_one_of_two_failing_is_partly_published_and_that_one_is_tried_again_alone(
        client, pds, instance, connected, tom, alan, at_ten, no_x):
    post = approved_post(tom, alan, networks=BOTH)
    instance.queue(mastodon_error(422, "Validation failed: the instance refused it",
                                  match=STATUSES))
    publish()
    post.refresh_from_db()
    assert post.state == State.PUBLISHED
    assert post.status == ("partly", "Partly published: Mastodon failed")
    assert post.last_error.startswith("Not published on Mastodon:")
    assert list(Post.objects.did_not_go_out()) == [post]
    client.force_login(alan.user)
    page = client.get(reverse("post_detail", args=[post.pk])).content.decode()
    assert "Partly published: Mastodon failed" in page and "Try Mastodon again" in page
    listed = client.get(reverse("publishing")).content.decode()
    assert "Partly published: Mastodon failed" in listed and "Try Mastodon again" in listed

    to_bluesky = len(pds.requests_to("POST", "/xrpc/com.atproto.repo.createRecord"))
    do_retry_network(alan, post, "mastodon")
    publish()
    post.refresh_from_db()
    assert post.status == ("published", "Published") and post.last_error == ""
    assert states(post) == {"bluesky": "published", "mastodon": "published"}
    assert len(pds.requests_to("POST", "/xrpc/com.atproto.repo.createRecord")) == to_bluesky
    assert len(pds.posts()) == 1 and len(instance.statuses()) == 1
    assert list(Post.objects.did_not_go_out()) == []
    assert AuditEvent.objects.filter(action="post.published").count() == 1


def test_every_network_failing_fails_the_post_and_try_again_sends_it(
        pds, instance, connected, tom, alan, at_ten, no_x, mailoutbox,
        django_capture_on_commit_callbacks):
    post = approved_post(tom, alan, networks=BOTH)
    pds.queue(xrpc_error(400, "InvalidRequest", "Record refused", match=CREATE_RECORD))
    instance.queue(mastodon_error(422, "Validation failed", match=STATUSES))
    with django_capture_on_commit_callbacks(execute=True):
        publish()
    post.refresh_from_db()
    assert post.state == State.FAILED and post.status == ("failed", "Failed")
    assert "Bluesky" in post.last_error and "Mastodon" in post.last_error
    assert AuditEvent.objects.filter(action="post.publish_failed").count() == 1
    [mail] = mailoutbox  # the approvers are told, once
    assert "Bluesky" in mail.body and "Mastodon" in mail.body
    do_retry(alan, post)
    publish()
    post.refresh_from_db()
    assert post.state == State.PUBLISHED and post.status == ("published", "Published")
    assert len(pds.posts()) == 1 and len(instance.statuses()) == 1


def test_a_network_retried_alone_after_every_one_failed_publishes_the_post(
        pds, instance, connected, tom, alan, at_ten, no_x):
    post = approved_post(tom, alan, networks=BOTH)
    pds.queue(xrpc_error(400, "InvalidRequest", "Record refused", match=CREATE_RECORD))
    instance.queue(mastodon_error(422, "Validation failed", match=STATUSES))
    publish()
    do_retry_network(alan, post, "bluesky")
    publish()
    post.refresh_from_db()
    assert post.state == State.PUBLISHED
    assert post.status == ("partly", "Partly published: Mastodon failed")


def test_an_unknown_outcome_on_bluesky_is_found_on_its_feed_and_settles_the_post(
        pds, bluesky_account, tom, alan, at_ten, no_x):
    post = approved_post(tom, alan, networks=("bluesky",))
    pds.queue(Fault.drop_after_write(match=CREATE_RECORD))
    publish()
    post.refresh_from_db()
    assert post.state == State.PUBLISHING and states(post) == {"bluesky": "unknown"}
    assert post.status == ("unknown", "Outcome unknown on Bluesky")  # its badge, everywhere
    at_ten.shift(timedelta(seconds=6))
    [publication_id] = due_publication_reconciles()
    assert reconcile_publication(publication_id, timeout=2) == "published"
    post.refresh_from_db()
    assert post.state == State.PUBLISHED and len(pds.posts()) == 1
    assert post.status == ("published", "Published")


def test_an_unknown_outcome_not_on_mastodon_fails_the_post_after_three_looks(
        instance, mastodon_account, tom, alan, at_ten, no_x):
    post = approved_post(tom, alan, networks=("mastodon",))
    instance.queue(Fault.drop_before_write(match=STATUSES))
    publish()
    outcomes = []
    for wait in (6, 31, 91):
        at_ten.shift(timedelta(seconds=wait))
        outcomes += [reconcile_publication(pk, timeout=2) for pk in due_publication_reconciles()]
    assert outcomes == ["later", "later", "failed"]
    post.refresh_from_db()
    assert post.state == State.FAILED and instance.statuses() == []


def test_a_post_without_x_changed_after_approval_goes_back_to_the_approver(
        pds, instance, connected, tom, alan, at_ten, no_x):
    post = approved_post(tom, alan, networks=BOTH)
    post.text = "Changed after approval."
    post.save(update_fields=("text",))
    publish()
    post.refresh_from_db()
    assert post.state == State.SUBMITTED and post.last_error
    assert pds.posts() == [] and instance.statuses() == []
    assert list(Post.objects.did_not_go_out()) == [post]


def test_a_post_without_x_is_deleted_from_each_network_it_is_on(
        client, pds, instance, connected, tom, alan, at_ten, no_x):
    post = approved_post(tom, alan, networks=BOTH)
    publish()
    client.force_login(alan.user)
    asked = client.get(reverse("post_delete_from_x", args=[post.pk])).content.decode()
    assert "Delete from Bluesky and Mastodon" in asked
    done = client.post(reverse("post_delete_from_x", args=[post.pk]), follow=True)
    assert "Deleted from Bluesky, Mastodon." in done.content.decode()
    assert pds.posts() == [] and instance.statuses() == []
    post.refresh_from_db()
    assert post.live_networks == []
    assert post.status == ("removed", "Deleted from Bluesky, Mastodon")
    rows = termly.build(post.school, date(2000, 1, 1), date(2100, 1, 1)).tables["networks"]
    assert ("Bluesky", 1, 1) in rows and ("Mastodon", 1, 1) in rows and ("X", 0, 0) in rows


def test_the_outbox_shows_a_post_without_x_with_each_networks_version(
        client, pds, instance, connected, tom, alan, at_ten, no_x):
    post = approved_post(tom, alan, networks=BOTH)
    publish()
    client.force_login(alan.user)
    page = client.get(reverse("outbox")).content.decode()
    assert "Not sent to X" in page and f'id="without-x-{post.pk}"' in page
    assert 'id="version-bluesky"' in page and 'id="version-mastodon"' in page
    assert "On Bluesky" in page and "On Mastodon" in page
    assert "Not sent to X" not in client.get(reverse("outbox") + "?before=1").content.decode()


def test_the_dispatcher_hands_a_post_without_x_to_its_networks_in_the_same_tick(
        pds, instance, connected, tom, alan, at_ten, no_x):
    post = approved_post(tom, alan, networks=BOTH)
    queued: list[tuple] = []
    assert tick(lambda func, *args: queued.append((func, *args))) == 0  # no X claim
    assert [func for func, *_ in queued] == [
        "schoolsocial.publishing.network_tasks.send_publications"]
    [batch] = [args[0] for _, *args in queued]
    assert sorted(post.publications.get(pk=pk).network for pk, _ in batch) == list(BOTH)
    post.refresh_from_db()
    assert post.state == State.PUBLISHING
