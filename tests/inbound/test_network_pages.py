"""The Inbox and Followers with Bluesky and Mastodon: each item names its network, opens at its
own address, offers only what its network can do (a reply hidden on Bluesky through the thread's
threadgate; none on Mastodon, with the reason), and a revoked app password or token is said on
the page. Times are the school's, in every season."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from schoolsocial.audit.models import AuditEvent
from schoolsocial.governance.models import Concern
from schoolsocial.inbound.models import Follower, Mention, MentionStatus
from schoolsocial.inbound.reading import read_networks
from schoolsocial.posts.models import Post
from schoolsocial.publishing.backends import Payload
from schoolsocial.publishing.models import NetworkPublication
from schoolsocial.publishing.networks.accounts import publisher_for_account
from tests.clients import continue_link

pytestmark = pytest.mark.django_db


def read(school, minutes: int = 0) -> int:
    return read_networks(school, timezone.now() + timedelta(minutes=minutes), timeout=2)


def our_bluesky_post(pds, account) -> tuple:
    with publisher_for_account(account) as publisher:
        made = publisher.publish(Payload("Sports day is on Friday."))
    return next(r for r in pds.posts() if r.uri == made.tweet_id), made


def test_bluesky_and_mastodon_items_name_their_network_and_what_each_can_do(
        client, school, alan, pds, instance, bluesky_account, mastodon_account):
    post, _ = our_bluesky_post(pds, bluesky_account)
    pds.mention(pds.add_user("troll.bsky.social", "A Troll"), "rubbish", reply_to=post)
    with publisher_for_account(mastodon_account) as publisher:
        toot = instance.toots[publisher.publish(Payload("Sports day is on Friday.")).tweet_id]
    instance.mention(instance.add_user("grump@else.example", "A Grump"),
                     "@forefieldprimary rubbish too", in_reply_to=toot)
    read(school)
    client.force_login(alan.user)
    page = client.get(reverse("inbox")).content.decode()
    sky = Mention.objects.get(network="bluesky")
    toot_row = Mention.objects.get(network="mastodon")
    sky_card = page.split(f'id="mention-{sky.pk}"')[1].split("</article>")[0]
    toot_card = page.split(f'id="mention-{toot_row.pk}"')[1].split("</article>")[0]
    assert '<span class="badge">Bluesky</span>' in sky_card
    assert "Hide reply on Bluesky" in sky_card and "Open on Bluesky to block or report" in sky_card
    assert '<span class="badge">Mastodon</span>' in toot_card
    assert "Hide reply" not in toot_card and "Open on Mastodon to block or report" in toot_card
    assert "Mastodon has no way to hide a reply" in toot_card
    assert "Posts on X, Bluesky and Mastodon that mention" in page
    assert "Read from Bluesky at" in page and "Read from Mastodon at" in page


def test_hiding_a_bluesky_reply_puts_it_in_the_threadgate_and_is_audited(
        client, school, alan, pds, bluesky_account):
    post, _ = our_bluesky_post(pds, bluesky_account)
    reply = pds.mention(pds.add_user("troll.bsky.social"), "rubbish", reply_to=post)
    read(school)
    row = Mention.objects.get()
    assert row.reply_to == post.uri
    client.force_login(alan.user)
    page = client.post(reverse("mention_hide", args=[row.pk]), follow=True).content.decode()
    assert "Hidden on Bluesky" in page
    assert pds.hidden_replies(post) == [reply.uri]
    row.refresh_from_db()
    assert row.status == MentionStatus.HIDDEN
    event = AuditEvent.objects.get(action="inbound.hidden")
    assert event.actor == alan.user and "Reply hidden on Bluesky" in event.summary
    assert "Hidden on Bluesky</strong> by Alan" in page


def test_a_mastodon_reply_cannot_be_hidden_and_the_reason_is_given(
        client, school, alan, instance, mastodon_account):
    row = Mention.objects.create(school=school, network="mastodon", x_id="5", author_x_id="7",
                                 author_handle="grump@else.example", text="rubbish",
                                 url="https://else.example/@grump/5", reply_to="4")
    client.force_login(alan.user)
    page = client.post(reverse("mention_hide", args=[row.pk]), follow=True).content.decode()
    assert "Mastodon has no way to hide a reply" in page
    row.refresh_from_db()
    assert row.status == MentionStatus.NEW
    assert not AuditEvent.objects.filter(action="inbound.hidden").exists()
    assert not instance.requests_to("PUT", "/")


def test_open_goes_to_the_post_on_its_own_network(client, school, ian, pds, instance,
                                                  bluesky_account, mastodon_account):
    parent = pds.add_user("parent.bsky.social")
    made = pds.mention(parent, "@forefieldprimary.bsky.social hello")
    toot = instance.mention(instance.add_user("parent@else.example"), "@forefieldprimary hi")
    read(school)
    client.force_login(ian.user)
    sky = Mention.objects.get(network="bluesky")
    response = client.post(reverse("mention_open", args=[sky.pk]))
    assert continue_link(response, "Bluesky") == \
        f"https://bsky.app/profile/parent.bsky.social/post/{made.rkey}"
    masto = Mention.objects.get(network="mastodon")
    response = client.post(reverse("mention_open", args=[masto.pk]))
    assert continue_link(response, "Mastodon") == f"{instance.url}/@parent@else.example/{toot.id}"
    summaries = list(AuditEvent.objects.filter(action="inbound.opened")
                     .values_list("summary", flat=True))
    assert any("Opened on Bluesky" in s for s in summaries)
    assert any("Opened on Mastodon" in s for s in summaries)


def test_a_bluesky_address_that_is_not_bluesky_is_not_followed(client, school, ian):
    row = Mention.objects.create(school=school, network="bluesky", x_id="at://did:plc:a/p/1",
                                 author_x_id="did:plc:a", author_handle="a.bsky.social",
                                 text="hi", url="https://evil.example/phish")
    client.force_login(ian.user)
    page = client.post(reverse("mention_open", args=[row.pk]), follow=True).content.decode()
    assert "This mention has no address on Bluesky to open." in page


def test_a_revoked_app_password_and_token_are_said_on_both_pages(
        client, school, alan, pds, instance, bluesky_account, mastodon_account):
    pds.revoke(pds.default_account)
    instance.revoke(instance.default_account)
    read(school)
    client.force_login(alan.user)
    for name in ("inbox", "followers"):
        page = client.get(reverse(name)).content.decode()
        assert "The last read from Bluesky stopped:" in page
        assert "did not accept the school&#x27;s app password" in page
        assert "make a new app password and connect Bluesky again in Settings" in page
        assert "The last read from Mastodon stopped:" in page
        assert "did not accept the school&#x27;s access token" in page


def test_times_are_shown_in_the_schools_timezone(client, school, ian, season):
    posted = datetime(season.day.year, season.day.month, season.day.day, 8, 5, tzinfo=UTC)
    Mention.objects.create(school=school, network="bluesky", x_id="at://did:plc:a/p/1",
                           author_x_id="did:plc:a", author_handle="a.bsky.social",
                           text="morning", url="https://bsky.app/profile/a/post/1",
                           posted_at=posted)
    client.force_login(ian.user)
    page = client.get(reverse("inbox")).content.decode()
    local = posted.astimezone(season.zone)
    assert f"{local:%-d %b}, {local:%H:%M}" in page
    assert local.hour != 8 or season.zone.utcoffset(posted) == timedelta(0)


def test_a_concern_about_a_bluesky_reply_names_the_post_and_the_network(
        client, school, ian, helen, pds, bluesky_account, django_capture_on_commit_callbacks):
    from tests.factories import State, make_post

    _, made = our_bluesky_post(pds, bluesky_account)
    ours = make_post(helen, State.PUBLISHED, text="Sports day is on Friday.")
    NetworkPublication.objects.create(post=ours, network="bluesky", remote_id=made.tweet_id,
                                      state=NetworkPublication.State.PUBLISHED)
    post = next(r for r in pds.posts() if r.uri == made.tweet_id)
    pds.mention(pds.add_user("p.bsky.social"), "Is that Josh Smith?", reply_to=post)
    read(school)
    row = Mention.objects.get()
    client.force_login(ian.user)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("mention_concern", args=[row.pk]), {"text": "A pupil is named."})
    concern = Concern.objects.get()
    assert concern.post == Post.objects.get(pk=ours.pk) and concern.mention == row
    assert "@p.bsky.social on Bluesky: Is that Josh Smith?" in concern.about


def test_followers_from_each_network_link_to_their_profile(client, school, alan, pds, instance,
                                                           bluesky_account, mastodon_account):
    pds.follow(pds.add_user("fan.bsky.social", "Sky Fan", bio="Parent"))
    instance.follow(instance.add_user("fan@else.example", "Toot Fan", note="Parent"))
    read(school)
    client.force_login(alan.user)
    sky = Follower.objects.get(network="bluesky")
    toot = Follower.objects.get(network="mastodon")
    for row in (sky, toot):
        client.post(reverse("follower_verdict", args=[row.pk]), {"verdict": "block"})
    page = client.get(reverse("followers")).content.decode()
    assert 'href="https://bsky.app/profile/fan.bsky.social"' in page
    assert "Block @fan.bsky.social on Bluesky" in page
    assert f'href="{instance.url}/@fan@else.example"' in page
    assert "Block @fan@else.example on Mastodon" in page
    assert "Accounts that started following the school's account on X, Bluesky and Mastodon" \
        in page
    client.post(reverse("follower_verdict", args=[sky.pk]), {"verdict": "blocked"})
    assert AuditEvent.objects.filter(summary__contains="on Bluesky: blocked on Bluesky").exists()


def test_another_schools_network_items_are_not_seen(client, school, other_school, oscar):
    Mention.objects.create(school=school, network="bluesky", x_id="at://did:plc:a/p/1",
                           author_x_id="did:plc:a", author_handle="secret.bsky.social",
                           text="ours only", url="https://bsky.app/profile/a/post/1")
    client.force_login(oscar.user)
    assert "ours only" not in client.get(reverse("inbox")).content.decode()
    row = Mention.objects.get()
    assert client.post(reverse("mention_open", args=[row.pk])).status_code == 404


def test_reading_twice_shows_each_once(client, school, ian, pds, bluesky_account):
    pds.mention(pds.add_user("parent.bsky.social"), "only once please")
    read(school)
    read(school, minutes=30)
    assert Mention.objects.filter(network="bluesky").count() == 1
    client.force_login(ian.user)
    assert client.get(reverse("inbox")).content.decode().count("only once please") == 1
