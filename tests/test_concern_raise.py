"""Anyone who can see a post can raise a concern; the headteacher is e-mailed at once."""

from django.urls import reverse

from schoolsocial.audit.models import AuditEvent
from schoolsocial.governance.models import Concern
from schoolsocial.posts.states import State
from tests.factories import make_post


def test_a_governor_raises_a_concern_and_the_headteacher_is_emailed(
        client, school, tom, greta, helen, mailoutbox, django_capture_on_commit_callbacks):
    post = make_post(tom, State.SCHEDULED)
    client.force_login(greta.user)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("concern_raise", args=[post.pk]),
                               {"text": "The photo shows a child's face clearly."})
    assert response["Location"] == reverse("post_detail", args=[post.pk])
    concern = Concern.objects.get()
    assert (concern.raised_by, concern.post, concern.is_open) == (greta.user, post, True)
    assert [m.to for m in mailoutbox] == [["helen@example.org"]]
    assert "The photo shows a child's face clearly." in mailoutbox[0].body
    assert mailoutbox[0].alternatives[0][1] == "text/html"
    event = AuditEvent.objects.get(action="concern.raised")
    assert event.actor == greta.user and event.object_id == str(post.pk)


def test_an_author_raises_a_concern_on_their_own_post(client, school, tom, helen):
    post = make_post(tom)
    client.force_login(tom.user)
    client.post(reverse("concern_raise", args=[post.pk]), {"text": "I posted the wrong date."})
    assert Concern.objects.filter(raised_by=tom.user).exists()


def test_an_empty_concern_is_explained_and_not_saved(client, school, tom, greta):
    post = make_post(tom)
    client.force_login(greta.user)
    response = client.post(reverse("concern_raise", args=[post.pk]), {"text": "  "}, follow=True)
    assert "Say what worries you" in response.content.decode()
    assert not Concern.objects.exists()


def test_an_author_cannot_raise_one_on_a_post_they_cannot_see(client, school, tom):
    from tests.factories import make_member

    cara = make_member(school, "cara", "Cara", "author")
    post = make_post(tom)
    client.force_login(cara.user)
    response = client.post(reverse("concern_raise", args=[post.pk]), {"text": "Hmm"})
    assert response.status_code == 404
