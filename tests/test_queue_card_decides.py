"""The queue tells the approver enough to decide (issue 14, item 3): each card shows its photos'
thumbnails, who is tagged with their consent now, the exception and its reason; a post with no
findings is approved from its card, one with findings only from its page."""

from __future__ import annotations

import pytest
from django.urls import reverse

from schoolsocial.posts.models import Photo, Post
from schoolsocial.posts.states import State
from schoolsocial.pupils.models import ConsentRecord, Pupil
from tests.factories import make_post

pytestmark = pytest.mark.usefixtures("season")


def test_a_card_shows_photos_pupils_consent_and_the_exception(client, school, tom, alan):
    post = make_post(tom, State.SUBMITTED, exception="event",
                     exception_reason="The match ends after six.")
    amy = Pupil.objects.create(school=school, first_name="Amy", last_name="Jones")
    ConsentRecord.objects.create(pupil=amy, status="granted", evidence="Form")
    photo = Photo.objects.create(post=post, uploaded_by=tom.user, filename="match.jpg",
                                 status="ready", alt_text="The team", sha256="d" * 64)
    photo.pupils.add(amy)
    client.force_login(alan.user)
    page = client.get(reverse("queue")).content.decode()
    assert f'src="{reverse("photo_image", args=[photo.pk])}"' in page
    assert 'Amy Jones <span class="badge consent-granted">Granted</span>' in page
    assert "Exception: School event.</strong> The match ends after six." in page
    ConsentRecord.objects.create(pupil=amy, status="withdrawn", evidence="Call")
    page = client.get(reverse("queue")).content.decode()  # the cached card is not shown stale
    assert 'consent-withdrawn">Withdrawn' in page


def test_a_post_with_no_findings_is_approved_from_its_card(client, tom, alan):
    clean = make_post(tom, State.SUBMITTED)
    assert not clean.findings.get("findings")
    warned = make_post(tom, State.SUBMITTED, text="Year 4 enjoyed magnets with Mr Smith's class "
                       "today, see https://bit.ly/abc")
    client.force_login(alan.user)
    page = client.get(reverse("queue")).content.decode()
    assert f'action="{reverse("post_approve", args=[clean.pk])}"' in page
    if warned.findings.get("findings"):
        assert f'action="{reverse("post_approve", args=[warned.pk])}"' not in page
    client.post(reverse("post_approve", args=[clean.pk]), {"content_hash": clean.content_hash})
    assert Post.objects.get(pk=clean.pk).state == State.SCHEDULED


def test_an_author_sees_no_approve_button_on_their_own_post(client, alan, tom):
    own = make_post(alan, State.SUBMITTED)
    client.force_login(alan.user)
    page = client.get(reverse("queue")).content.decode()
    assert f'action="{reverse("post_approve", args=[own.pk])}"' not in page
