"""The Inbox's and Followers' reads of Bluesky and Mastodon through the real SDKs (atproto's
listNotifications and getFollowers; Mastodon.py's notifications and account_followers) against
the fake servers, pages and all."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from schoolsocial.publishing.backends import Payload, TransportError
from schoolsocial.publishing.fake_networks import BskyRecord, Fault


def test_bluesky_mentions_and_replies_come_newest_first_with_nothing_else(pds, bluesky):
    parent = pds.add_user("parent.bsky.social", "A Parent", bio="Proud mum")
    ours = bluesky.publish(Payload("Sports day is on Friday."))
    school_post = next(r for r in pds.posts() if r.uri == ours.tweet_id)
    first = pds.mention(parent, "@forefieldprimary.bsky.social lovely assembly")
    pds.notify("like", parent)  # not a mention: not listed
    reply = pds.mention(parent, "Can't wait!", reply_to=school_post, images=1)
    page = bluesky.mentions()
    assert [m.id for m in page.items] == [reply.uri, first.uri]
    newest = page.items[0]
    assert newest.reply_to == school_post.uri and newest.has_media
    assert newest.author.username == "parent.bsky.social" and newest.author.name == "A Parent"
    assert newest.url == f"https://bsky.app/profile/parent.bsky.social/post/{reply.rkey}"
    assert page.items[1].reply_to is None and not page.items[1].has_media
    asked = pds.requests_to("GET", "/xrpc/app.bsky.notification.listNotifications")[-1]
    assert sorted(asked.every("reasons")) == ["mention", "reply"]
    assert page.next_token is None


def test_bluesky_a_reply_to_someone_elses_post_is_a_mention_not_a_reply_of_ours(pds, bluesky):
    other = pds.add_user("other.bsky.social")
    theirs = pds.mention(other, "hello world", to=other)
    pds.mention(other, "@forefieldprimary.bsky.social look", reply_to=theirs)
    assert bluesky.mentions().items[0].reply_to is None


def test_bluesky_mentions_stop_at_what_was_read_and_page_with_the_cursor(pds, bluesky):
    parent = pds.add_user("parent.bsky.social")
    for n in range(60):
        pds.mention(parent, f"number {n}")
    first = bluesky.mentions()
    assert len(first.items) == 50 and first.next_token
    rest = bluesky.mentions(token=first.next_token)
    assert [m.text for m in rest.items] == [f"number {n}" for n in range(9, -1, -1)]
    since = first.items[0].mark
    pds.mention(parent, "a new one")
    again = bluesky.mentions(since_id=since)
    assert [m.text for m in again.items][0] == "a new one"
    assert "number 0" not in [m.text for m in again.items] and again.next_token is None


def test_bluesky_followers_are_listed_newest_first_by_pages(pds, bluesky):
    made = datetime.now(UTC) - timedelta(days=3)
    for n in range(120):
        pds.follow(pds.add_user(f"f{n}.bsky.social", f"F {n}", avatar=n % 2 == 0,
                                created_at=made))
    page = bluesky.followers()
    assert page.items[0].username == "f119.bsky.social" and len(page.items) == 100
    assert page.items[0].created_at is not None and page.items[0].has_picture is False
    rest = bluesky.followers(page.next_token)
    assert rest.items[-1].username == "f0.bsky.social" and rest.next_token is None


def test_bluesky_hides_a_reply_through_the_root_posts_threadgate(pds, bluesky):
    parent = pds.add_user("parent.bsky.social")
    ours = bluesky.publish(Payload("Sports day is on Friday."))
    post = next(r for r in pds.posts() if r.uri == ours.tweet_id)
    one = pds.mention(parent, "rude one", reply_to=post)
    two = pds.mention(parent, "rude two", reply_to=one, root=post)
    assert bluesky.hide_reply(one.uri, post.uri)
    assert bluesky.hide_reply(two.uri, post.uri)
    assert bluesky.hide_reply(two.uri, post.uri)  # again: listed once
    assert pds.hidden_replies(post) == [one.uri, two.uri]
    assert "allow" not in pds.threadgate(post)  # who may reply is left as it was
    assert not bluesky.hide_reply(one.uri, "at://did:plc:someoneelse/app.bsky.feed.post/x")


def test_bluesky_hiding_keeps_the_schools_reply_setting(pds):
    from schoolsocial.publishing.networks.bluesky import BlueskyCredentials, BlueskyPublisher

    account = pds.default_account
    publisher = BlueskyPublisher(BlueskyCredentials(account.handle, account.app_password,
                                                    pds.url), timeout=(2, 2),
                                 replies="following")
    try:
        ours = publisher.publish(Payload("Only those we follow may reply."))
        post = next(r for r in pds.posts() if r.uri == ours.tweet_id)
        reply = pds.mention(pds.add_user("p.bsky.social"), "hm", reply_to=post)
        assert publisher.hide_reply(reply.uri, post.uri)
    finally:
        publisher.close()
    gate = pds.threadgate(post)
    assert gate["hiddenReplies"] == [reply.uri]
    assert gate["allow"] == [{"$type": "app.bsky.feed.threadgate#followingRule"}]


@pytest.mark.parametrize("network, server, words", [
    ("bluesky", "pds", "app password"), ("mastodon", "instance", "access token")])
@pytest.mark.parametrize("read", ["mentions", "followers"])
def test_a_revoked_key_says_so(request, network, server, words, read):
    fake = request.getfixturevalue(server)
    publisher = request.getfixturevalue(network)
    fake.revoke(fake.default_account)
    with pytest.raises(TransportError) as caught:
        getattr(publisher, read)()
    assert caught.value.permanent and words in caught.value.message


def test_bluesky_a_5xx_on_the_notifications_is_transient(pds, bluesky):
    pds.queue(Fault.respond(502, {"error": "UpstreamFailure"},
                            match="GET /xrpc/app.bsky.notification.listNotifications"))
    with pytest.raises(TransportError) as caught:
        bluesky.mentions()
    assert not caught.value.permanent


def test_mastodon_mentions_of_type_mention_newest_first(instance, mastodon):
    parent = instance.add_user("parent@other.example", "A Parent")
    ours = mastodon.publish(Payload("Sports day is on Friday."))
    toot = instance.toots[ours.tweet_id]
    first = instance.mention(parent, "@forefieldprimary lovely assembly")
    instance.notify("favourite", parent)
    instance.follow(instance.add_user("fan"))  # a follow notification: not a mention
    reply = instance.mention(parent, "@forefieldprimary can't wait", in_reply_to=toot, media=1)
    page = mastodon.mentions()
    assert [m.id for m in page.items] == [reply.id, first.id]
    assert page.items[0].reply_to == toot.id and page.items[0].has_media
    assert page.items[0].text == "@forefieldprimary can't wait"
    assert page.items[0].author.username == "parent@other.example"
    assert page.items[0].url == f"{instance.url}/@parent@other.example/{reply.id}"
    assert page.items[1].reply_to is None
    asked = instance.requests_to("GET", "/api/v1/notifications")[-1]
    assert asked.every("types[]") == ["mention"]
    assert int(page.items[0].mark) > int(page.items[1].mark)


def test_mastodon_mentions_page_by_link_header_and_since_id(instance, mastodon):
    parent = instance.add_user("parent")
    for n in range(45):
        instance.mention(parent, f"number {n}")
    first = mastodon.mentions()
    assert len(first.items) == 40 and first.next_token
    rest = mastodon.mentions(token=first.next_token)
    assert [m.text for m in rest.items] == [f"number {n}" for n in range(4, -1, -1)]
    assert rest.next_token is None
    instance.mention(parent, "a new one")
    assert [m.text for m in mastodon.mentions(since_id=first.items[0].mark).items] == [
        "a new one"]


def test_mastodon_followers_newest_first_by_pages(instance, mastodon):
    for n in range(90):
        instance.follow(instance.add_user(f"f{n}", f"F {n}", note="Hello <there>",
                                          avatar=n != 89, locked=n == 89))
    page = mastodon.followers()
    assert len(page.items) == 80 and page.next_token
    newest = page.items[0]
    assert newest.username == "f89" and not newest.has_picture and newest.protected
    assert newest.description == "Hello <there>" and newest.url == f"{instance.url}/@f89"
    rest = mastodon.followers(page.next_token)
    assert rest.items[-1].username == "f0" and rest.next_token is None


def test_bluesky_never_unhides_a_reply_to_make_room(pds, bluesky):
    ours = bluesky.publish(Payload("Sports day is on Friday."))
    post = next(r for r in pds.posts() if r.uri == ours.tweet_id)
    full = [f"at://did:plc:x/app.bsky.feed.post/{n}" for n in range(300)]
    gate = f"at://{pds.default_account.did}/app.bsky.feed.threadgate/{post.rkey}"
    with pds._lock:  # the post already has 300 replies hidden
        pds.records[gate] = BskyRecord(gate, "bafy", pds.default_account.did, post.rkey, {
            "$type": "app.bsky.feed.threadgate", "post": post.uri, "hiddenReplies": full,
            "createdAt": "2026-01-01T00:00:00.000Z"}, datetime.now(UTC))
    reply = pds.mention(pds.add_user("p.bsky.social"), "one more", reply_to=post)
    with pytest.raises(TransportError) as caught:
        bluesky.hide_reply(reply.uri, post.uri)
    assert "at most 300 replies" in caught.value.message
    assert pds.hidden_replies(post) == full
