"""The compose page and its live check read the school's network accounts once a request: the
form's choices, the networks preselected on a new draft, the previews and the page's list of
connected networks all use the form's read (the live check runs on every pause in typing).
Tom is an author; the school has connected Bluesky."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from schoolsocial.publishing.models import NetworkAccount
from schoolsocial.publishing.networks.accounts import seal
from schoolsocial.publishing.networks.bluesky import BlueskyCredentials

pytestmark = pytest.mark.django_db


@pytest.fixture
def bluesky(school) -> None:
    NetworkAccount.objects.create(
        school=school, network="bluesky", connected_as="@meonvalley.bsky.social",
        address="https://bsky.social", credentials_encrypted=seal(BlueskyCredentials(
            "meonvalley.bsky.social", "app-pass-word-here")))


def account_reads(queries) -> int:
    return sum('FROM "publishing_networkaccount"' in q["sql"] for q in queries)


@pytest.mark.parametrize("chosen", [{}, {"networks": ["x"]}], ids=["default", "x-ticked"])
def test_the_live_check_reads_the_accounts_once(client, tom, bluesky, chosen):
    client.force_login(tom.user)
    data = {"text": "Our choir sang beautifully at the harvest assembly this morning.",
            "category": "learning"} | chosen
    with CaptureQueriesContext(connection) as queries:
        response = client.post(reverse("live_check"), data)
    assert response.status_code == 200
    assert account_reads(queries.captured_queries) == 1


def test_the_compose_page_reads_the_accounts_once(client, tom, bluesky):
    client.force_login(tom.user)
    with CaptureQueriesContext(connection) as queries:
        page = client.get(reverse("compose")).content.decode()
    assert account_reads(queries.captured_queries) == 1
    assert "Bluesky @meonvalley.bsky.social" in page


def test_the_accounts_read_are_the_orms_and_only_this_schools(school, other_school, connected):
    from schoolsocial.posts.networks import accounts

    NetworkAccount.objects.create(school=other_school, network="bluesky", connected_as="@other",
                                  address="https://bsky.social", credentials_encrypted="x")
    read = accounts(school)
    expected = NetworkAccount.objects.filter(school=school).order_by("network")
    assert list(read) == ["bluesky", "mastodon"]
    for account, orm in zip(read.values(), expected, strict=True):
        assert {f.attname: getattr(account, f.attname) for f in orm._meta.concrete_fields} == {
            f.attname: getattr(orm, f.attname) for f in orm._meta.concrete_fields}
        assert account.school is school  # no query to reach it
    assert read["mastodon"].max_length == 500
    assert [a.connected_as for a in accounts(other_school).values()] == ["@other"]
