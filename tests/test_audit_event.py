from django.urls import reverse

from schoolsocial.audit.log import record
from tests.factories import make_post


def test_a_governor_reads_an_event_with_its_hashes_and_a_readable_diff(client, school, tom, greta):
    post = make_post(tom)
    first = record(school, tom.user, "post.created", "Draft created", post)
    edit = record(school, tom.user, "post.edited", "Draft edited", post,
                  changes={"text": ["Magnets", "Magnets and <b>iron</b>"]}, was="draft")
    client.force_login(greta.user)
    response = client.get(reverse("audit_event", args=[edit.pk]))
    body = response.content.decode()
    assert response.status_code == 200
    assert edit.hash in body and first.hash in body
    assert "<del>Magnets</del>" in body
    assert "<ins>Magnets and &lt;b&gt;iron&lt;/b&gt;</ins>" in body
    assert reverse("audit_event", args=[first.pk]) in body  # the event before
    assert reverse("post_detail", args=[post.pk]) in body


def test_findings_are_listed(client, school, tom, greta):
    event = record(school, tom.user, "post.submitted", "Submitted",
                   findings=[{"rule": "spelling", "message": "Check 'magnetts'"}])
    client.force_login(greta.user)
    body = client.get(reverse("audit_event", args=[event.pk])).content.decode()
    assert "spelling: Check &#x27;magnetts&#x27;" in body


def test_another_schools_event_is_not_found(client, school, other_school, greta, oscar):
    theirs = record(other_school, oscar.user, "post.created", "Theirs")
    client.force_login(greta.user)
    assert client.get(reverse("audit_event", args=[theirs.pk])).status_code == 404


def test_an_author_may_not_read_events(client, school, tom):
    event = record(school, tom.user, "post.created", "Mine")
    client.force_login(tom.user)
    assert client.get(reverse("audit_event", args=[event.pk])).status_code == 403


def test_a_summary_is_cut_between_words(tom):
    from schoolsocial.audit.log import shorten
    from schoolsocial.posts.states import State
    from tests.factories import make_post

    post = make_post(tom, State.DRAFT, text="Year 4 enjoyed their science lesson on magnets "
                                            "and electricity today.")
    assert str(post) == "Year 4 enjoyed their science lesson on magnets…"
    assert shorten("Short enough.", 50) == "Short enough."
    assert shorten("x" * 80, 50) == "x" * 49 + "…"  # one long word: cut, as nothing else can be
