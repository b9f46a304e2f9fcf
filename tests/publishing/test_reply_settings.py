"""Who may reply: each school's policy sets X's reply_settings (default: only accounts the
post mentions), shown on the Rules page with its clause, in the composer's preview, and sent
with every post. The fake X checks the value as X does, and refuses a reply the author of the
post replied to did not summon (X since 23 February 2026)."""

from __future__ import annotations

import pytest
from django.urls import reverse
from publishing_helpers import approved_post

from schoolsocial.publishing.backends import Payload, TransportError
from schoolsocial.publishing.tasks import publish_due

pytestmark = pytest.mark.django_db


def sent_settings(fake_x) -> list:
    return [r.json.get("reply_settings") for r in fake_x.requests_to("POST", "/2/tweets")]


def test_every_post_goes_with_the_default_only_mentioned_accounts(fake_x, x_publisher, tom,
                                                                  alan, at_ten):
    approved_post(tom, alan)
    publish_due(publisher=x_publisher)
    assert sent_settings(fake_x) == ["mentionedUsers"]
    [tweet] = fake_x.timeline()
    assert fake_x.reply_settings[tweet.id] == "mentionedUsers"


def test_the_headteacher_changes_it_on_the_rules_page(fake_x, x_publisher, tom, alan, helen,
                                                     at_ten, client, school):
    client.force_login(helen.user)
    page = client.get(reverse("rules")).content.decode()
    assert "Who may reply to our posts on X:</strong> Only accounts the post mentions" in page
    assert "will not reply to any &#x27;mentions&#x27; or &#x27;replies&#x27;" in page
    school.policy_overrides = {"reply": {"who_may_reply": "following"}}
    school.save(update_fields=("policy_overrides",))
    approved_post(tom, alan, text="Harvest festival is next Friday.")
    publish_due(publisher=x_publisher)
    assert sent_settings(fake_x) == ["following"]
    assert "Only accounts the school&#x27;s account follows" in \
        client.get(reverse("rules")).content.decode()


def test_everyone_sends_no_reply_settings(fake_x, x_publisher, tom, alan, at_ten, school):
    school.policy_overrides = {"reply": {"who_may_reply": "everyone"}}
    school.save(update_fields=("policy_overrides",))
    approved_post(tom, alan)
    publish_due(publisher=x_publisher)
    assert sent_settings(fake_x) == [None]


def test_the_preview_says_who_can_reply(client, tom):
    client.force_login(tom.user)
    page = client.post(reverse("live_check"), {"text": "Hello"}).content.decode()
    assert "Who can reply: Only accounts the post mentions" in page


def test_the_outbox_keeps_the_setting(tom, alan, at_ten, settings):
    settings.PUBLISHER = "outbox"
    from schoolsocial.publishing.models import OutboxTweet

    approved_post(tom, alan)
    publish_due()
    assert OutboxTweet.objects.get().reply_settings == "mentionedUsers"


def test_the_fake_x_refuses_a_value_x_does_not_know(fake_x, x_publisher):
    with pytest.raises(TransportError, match="reply_settings"):
        x_publisher.publish(Payload("Hello", reply_settings="friends"))


def test_the_fake_x_refuses_a_reply_nobody_summoned(fake_x, x_publisher):
    stranger = fake_x.add_user("stranger", "Stranger")
    theirs = fake_x.mention(stranger, "Lovely weather today")
    with pytest.raises(TransportError, match="not been mentioned"):
        x_publisher.publish(Payload("Thanks!", reply_to=theirs.id))
    summoned = fake_x.mention(stranger, "@forefieldprimary when is the fete?")
    assert x_publisher.publish(Payload("On Saturday.", reply_to=summoned.id)).tweet_id
