"""The worker's Bluesky sends share the account's session: the school's posts of a morning sign
in once, and an expired session costs one sign-in, never a second copy of a post. X through
tweepy and the fake X, Bluesky through atproto and the fake PDS: nothing is mocked."""

from __future__ import annotations

import pytest
from publishing_helpers import approved_post

from schoolsocial.publishing.models import NetworkPublication
from schoolsocial.publishing.tasks import publish_due

pytestmark = pytest.mark.django_db


def test_a_schools_posts_to_bluesky_sign_in_once(fake_x, x_publisher, pds, bluesky_account,
                                                 tom, alan, at_ten):
    posts = [approved_post(tom, alan, text=f"Notice number {n} for parents.",
                           networks=("x", "bluesky")) for n in range(3)]
    publish_due(publisher=x_publisher, timeout=2)
    assert sorted(r.value["text"] for r in pds.posts()) == sorted(p.text for p in posts)
    assert pds.calls("createSession") == 1


def test_an_expired_session_signs_in_again_and_each_post_goes_once(
        fake_x, x_publisher, pds, bluesky_account, tom, alan, at_ten):
    approved_post(tom, alan, text="The first notice for parents.", networks=("x", "bluesky"))
    publish_due(publisher=x_publisher, timeout=2)
    pds.expire_sessions()
    approved_post(tom, alan, text="The second notice for parents.", networks=("x", "bluesky"))
    publish_due(publisher=x_publisher, timeout=2)
    texts = [r.value["text"] for r in pds.posts()]
    assert sorted(texts) == ["The first notice for parents.", "The second notice for parents."]
    assert pds.calls("createSession") == 2
    assert set(NetworkPublication.objects.values_list("state", flat=True)) == {
        NetworkPublication.State.PUBLISHED}
