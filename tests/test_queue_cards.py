"""The approvals queue serves each card from the cache (posts/cards.py), and a card never shows
anything stale: new findings, a renamed author, a new timezone or an edit each show at once."""

from __future__ import annotations

from django.core.cache import cache
from django.template.loader import get_template
from django.urls import reverse
from django.utils.html import escape

from schoolsocial.posts.cards import TEMPLATE, card_key, template_version
from schoolsocial.posts.checks import recheck
from schoolsocial.posts.states import State
from schoolsocial.pupils.models import Pupil
from tests.factories import make_post


def queue_page(client) -> str:
    return client.get(reverse("queue")).content.decode()


def test_a_card_is_served_from_the_cache_once_rendered(client, tom, alan):
    post = make_post(tom, State.SUBMITTED, text="Year 5 visited the castle today.")
    client.force_login(alan.user)
    assert "Year 5 visited the castle today." in queue_page(client)
    key = card_key(post, template_version(get_template(TEMPLATE)))
    assert "Year 5 visited the castle today." in cache.get(key)
    cache.set(key, "<article>what the cache holds</article>")
    assert "what the cache holds" in queue_page(client)


def test_new_findings_show_at_once(client, tom, alan, school):
    post = make_post(tom, State.SUBMITTED, text="Well done Amelia Hughes for her painting.")
    client.force_login(alan.user)
    assert "Must fix" not in queue_page(client)
    Pupil.objects.create(school=school, first_name="Amelia", last_name="Hughes")
    recheck(post)
    post.save()
    assert post.report.verdict == "block"
    page = queue_page(client)
    assert "Must fix" in page
    assert all(escape(finding.message) in page for finding in post.report.findings)


def test_a_renamed_author_shows_at_once(client, tom, alan):
    make_post(tom, State.SUBMITTED)
    client.force_login(alan.user)
    assert "By Tom Example" in queue_page(client)
    tom.user.last_name = "Exampleton"
    tom.user.save()
    assert "By Tom Exampleton" in queue_page(client)


def test_times_follow_a_change_of_the_schools_timezone(client, tom, alan, school):
    post = make_post(tom, State.SUBMITTED)
    post.submitted_at = post.submitted_at.replace(year=2026, month=1, day=15, hour=12, minute=30)
    post.save()
    client.force_login(alan.user)
    assert "submitted Thu 15 Jan, 12:30" in queue_page(client)  # London in winter: UTC
    school.timezone = "Europe/Paris"
    school.save()
    assert "submitted Thu 15 Jan, 13:30" in queue_page(client)


def test_an_edited_post_shows_its_new_text(client, tom, alan):
    post = make_post(tom, State.SUBMITTED, text="The choir sang at the care home.")
    client.force_login(alan.user)
    assert "The choir sang at the care home." in queue_page(client)
    post.text = "The choir sang carols at the care home."
    recheck(post)
    post.save()
    page = queue_page(client)
    assert "The choir sang carols at the care home." in page
    assert "The choir sang at the care home." not in page
