"""Say what changed (issue 14, item 5): a consent change lists the posts it returned and the
published posts to review; the draft says "Returned: consent withdrawn"; a Rules change shows the
values in force and the audit event says before and after in words; a request for changes heads
the author's pages, and the post goes back only once it has changed."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import timezone

from schoolsocial.audit.models import AuditEvent
from schoolsocial.posts.models import Approval, Photo, Post
from schoolsocial.posts.states import State
from schoolsocial.pupils.models import ConsentRecord, Pupil
from tests.factories import local_input, make_post
from tests.test_rules_page import _current

pytestmark = pytest.mark.usefixtures("season")


def _photo_of(post, pupil):
    photo = Photo.objects.create(post=post, uploaded_by=post.author, filename="farm.jpg",
                                 status="ready", alt_text="Children at the farm", faces=1,
                                 sha256="b" * 64)
    photo.pupils.add(pupil)


def test_withdrawing_consent_lists_what_it_returned_and_what_to_take_down(
        client, school, tom, alan):
    josh = Pupil.objects.create(school=school, first_name="Josh", last_name="Smith",
                                group="Year 4")
    ConsentRecord.objects.create(pupil=josh, status="granted", evidence="Form")
    returned = make_post(tom, State.SCHEDULED, text="Year 4 at the farm today.")
    _photo_of(returned, josh)
    published = make_post(tom, State.PUBLISHED, text="Sports day winners.",
                          published_at=timezone.now(), tweet_id="outbox-77",
                          tweet_url="https://example.org/x")
    _photo_of(published, josh)
    client.force_login(alan.user)
    page = client.post(reverse("pupil_detail", args=[josh.pk]),
                       {"status": "withdrawn", "scope": "any", "valid_until": "",
                        "evidence": "Phone call from mum"}, follow=True).content.decode()
    assert "1 post went back to draft (returned: consent withdrawn)" in page
    assert "“Year 4 at the farm today.” by Tom Example" in page
    assert "1 published post shows Josh" in page
    returned.refresh_from_db()
    assert returned.state == State.DRAFT and returned.status[1] == "Returned: consent withdrawn"

    client.force_login(tom.user)
    home = client.get(reverse("dashboard")).content.decode()
    assert "Returned: consent withdrawn" in home
    edit = client.get(reverse("post_edit", args=[returned.pk])).content.decode()
    assert "Returned: consent withdrawn. Photo consent for Josh Smith changed" in edit
    # an edit clears the note: the author has acted on it
    data = {"text": "Year 4 at the farm today.", "category": "trip",
            "scheduled_at": local_input(returned.scheduled_at), "exception": "",
            "exception_reason": ""}
    client.post(reverse("post_edit", args=[returned.pk]), data)
    returned.refresh_from_db()
    assert returned.last_error == "" and returned.status[1] == "Draft"


def test_a_rules_change_says_what_is_in_force_and_the_audit_says_it_in_words(
        client, school, helen):
    client.force_login(helen.user)
    page = client.get(reverse("rules")).content.decode()
    assert "<dt>Latest time (HH:MM)</dt><dd>18:00</dd>" in page
    data = _current(client)
    data["posting_hours__end"] = "17:00"
    page = client.post(reverse("rules"), data, follow=True).content.decode()
    assert "Posting hours: Latest time (HH:MM): now 17:00 (was 18:00)" in page
    assert "<dt>Latest time (HH:MM)</dt><dd>17:00</dd>" in page
    event = AuditEvent.objects.get(action="school.policy_changed")
    assert event.details["changes"] == {"Posting hours: Latest time (HH:MM)": ["18:00", "17:00"]}
    assert "Latest time (HH:MM) 18:00 → 17:00" in event.summary
    shown = client.get(reverse("audit_event", args=[event.pk])).content.decode()
    assert "<del>18:00</del>" in shown and "<ins>17:00</ins>" in shown
    assert "{" not in shown.split('id="details-h"')[1].split("</section>")[0]  # no JSON


def test_a_request_for_changes_heads_the_authors_pages_and_submit_waits_for_an_edit(
        client, school, tom, alan):
    post = make_post(tom, State.CHANGES_REQUESTED)
    Approval.objects.create(post=post, approver=alan.user, decision="changes",
                            comment="Please say which class.", content_hash=post.content_hash)
    client.force_login(tom.user)
    detail = client.get(reverse("post_detail", args=[post.pk])).content.decode()
    assert detail.index("Alan Example asked for changes") < detail.index("Policy check")
    assert "Please say which class." in detail and "Submit for approval" not in detail
    data = {"text": post.text, "category": post.category,
            "scheduled_at": local_input(post.scheduled_at), "exception": "",
            "exception_reason": "", "submit": "1"}
    page = client.post(reverse("post_edit", args=[post.pk]), data, follow=True).content.decode()
    assert "cannot go back unchanged" in page
    assert Post.objects.get(pk=post.pk).state == State.CHANGES_REQUESTED

    data["text"] = "Year 4 (Oak class) enjoyed their science lesson on magnets today."
    client.post(reverse("post_edit", args=[post.pk]),
                {**{k: v for k, v in data.items() if k != "submit"}, "save": "1"})
    post.refresh_from_db()
    assert post.state == State.DRAFT
    detail = client.get(reverse("post_detail", args=[post.pk])).content.decode()
    assert "You have edited it since" in detail and "Submit for approval" in detail
    client.post(reverse("post_submit", args=[post.pk]))
    assert Post.objects.get(pk=post.pk).state == State.SUBMITTED
