"""The Posts page: newest first, 25 to a page (keyset on id), filtered by state; authors see
their own posts only."""

from django.urls import reverse

from schoolsocial.posts.states import State
from tests.factories import make_post


def test_the_list_pages_newest_first_by_keyset(client, tom, helen):
    posts = [make_post(tom, text=f"Listed post number {n:02d}.") for n in range(30)]
    client.force_login(helen.user)
    first = client.get(reverse("post_list"))
    assert [p.pk for p in first.context["posts"]] == [p.pk for p in reversed(posts)][:25]
    assert first.context["next_before"] == posts[5].pk
    assert "Older posts" in first.content.decode()
    second = client.get(reverse("post_list"), {"before": first.context["next_before"]})
    assert [p.pk for p in second.context["posts"]] == [p.pk for p in reversed(posts[:5])]
    assert second.context["next_before"] is None


def test_the_list_filters_by_state(client, tom, helen):
    waiting = make_post(tom, State.SUBMITTED)
    make_post(tom, State.DRAFT)
    client.force_login(helen.user)
    response = client.get(reverse("post_list"), {"state": State.SUBMITTED})
    assert list(response.context["posts"]) == [waiting]


def test_an_author_sees_only_their_own_posts(client, tom, alan):
    mine = make_post(tom)
    make_post(alan)
    client.force_login(tom.user)
    assert list(client.get(reverse("post_list")).context["posts"]) == [mine]
