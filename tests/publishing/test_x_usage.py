"""Each school sees its X use this month and an estimated cost at the rates in settings; the
composer says when a link makes a post about thirteen times dearer."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.urls import reverse
from publishing_helpers import approved_post

from schoolsocial.publishing import usage
from schoolsocial.publishing.models import UsageKind, XUsage
from schoolsocial.publishing.tasks import publish_due

pytestmark = pytest.mark.django_db


def test_posts_and_posts_with_links_are_counted_and_costed(fake_x, x_publisher, tom, alan,
                                                          helen, at_ten, client):
    approved_post(tom, alan, text="The choir sang beautifully.")
    approved_post(tom, alan, text="Our newsletter: https://meonvalley.example/news")
    publish_due(publisher=x_publisher)
    usage.count(helen.school, UsageKind.OWNED_READ, 250)
    month = usage.this_month(helen.school)
    assert (month.of(UsageKind.POST), month.of(UsageKind.POST_WITH_LINK),
            month.of(UsageKind.OWNED_READ)) == (1, 1, 250)
    assert month.cost == Decimal("0.015") + Decimal("0.20") + Decimal("0.250")
    client.force_login(helen.user)
    page = client.get(reverse("publishing")).content.decode()
    assert "Posts with a link" in page and "$0.47" in page
    assert fake_x.spent == Decimal("0.215")  # what the fake X charged for the same two posts


def test_the_rates_come_from_settings(settings, school):
    settings.X_RATES = {**settings.X_RATES, "post": Decimal("0.02")}
    usage.count(school, UsageKind.POST, 3)
    assert usage.this_month(school).cost == Decimal("0.06")


def test_a_new_month_starts_from_nothing_in_the_schools_time(school, time_machine):
    import datetime as dt

    from tests.seasons import zone

    time_machine.move_to(dt.datetime(2026, 4, 30, 23, 30, tzinfo=zone()))
    usage.count(school, UsageKind.POST)
    time_machine.move_to(dt.datetime(2026, 5, 1, 0, 30, tzinfo=zone()))
    usage.count(school, UsageKind.POST)
    assert sorted(XUsage.objects.values_list("month", "count")) == [
        (dt.date(2026, 4, 1), 1), (dt.date(2026, 5, 1), 1)]


def test_another_schools_use_is_not_shown(school, other_school, helen, client):
    usage.count(other_school, UsageKind.POST_WITH_LINK, 9)
    client.force_login(helen.user)
    assert usage.this_month(school).cost == 0
    assert "$0.00" in client.get(reverse("publishing")).content.decode()


def test_the_composer_says_a_link_costs_about_thirteen_times_more(client, tom):
    client.force_login(tom.user)
    plain = client.post(reverse("live_check"), {"text": "Sports day is on Friday."})
    assert "times more" not in plain.content.decode()
    linked = client.post(reverse("live_check"),
                         {"text": "Sports day details: https://meonvalley.example/sports"})
    page = linked.content.decode()
    assert "about 13 times more" in page and "on the school&#x27;s website" in page
