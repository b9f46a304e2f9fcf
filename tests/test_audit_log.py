from datetime import datetime, timedelta

import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from schoolsocial.audit.log import record
from tests.factories import LONDON


def _events(school, actor, n, action="post.created", at=None):
    """Events are append-only (and chained), so their times are set with the clock."""
    for i in range(n):
        if at:
            with time_machine.travel(at + timedelta(minutes=i), tick=False):
                record(school, actor, action, f"{action} number {i}")
        else:
            record(school, actor, action, f"{action} number {i}")


def test_a_governor_reads_the_log_newest_first(client, school, tom, greta):
    _events(school, tom.user, 3)
    client.force_login(greta.user)
    body = client.get(reverse("audit_log")).content.decode()
    assert body.index("post.created number 2") < body.index("post.created number 0")
    assert "Tom Example" in body


def test_the_log_pages_by_keyset(client, school, tom, greta):
    client.force_login(greta.user)  # signing in is an event too: before the 60
    _events(school, tom.user, 60)
    first = client.get(reverse("audit_log"))
    assert len(first.context["events"]) == 50
    second = client.get(reverse("audit_log"), {"before": first.context["next_before"]})
    assert [e.summary for e in second.context["events"]][-2:] == [
        "post.created number 0", "Greta Example signed in"]
    assert len(second.context["events"]) == 11
    assert second.context["next_before"] is None


def test_filters_by_user_action_and_dates_in_the_schools_timezone(client, school, tom, alan, greta):
    _events(school, tom.user, 2, "post.created", datetime(2026, 5, 1, 9, tzinfo=LONDON))
    _events(school, alan.user, 2, "post.approve", datetime(2026, 5, 2, 0, 30, tzinfo=LONDON))
    _events(school, alan.user, 1, "post.approve", datetime(2026, 5, 3, 9, tzinfo=LONDON))
    client.force_login(greta.user)
    by_alan = client.get(reverse("audit_log"), {"actor": alan.user.pk})
    assert {e.actor_id for e in by_alan.context["events"]} == {alan.user.pk}
    approvals = client.get(reverse("audit_log"), {"action": "post.approve"})
    assert len(approvals.context["events"]) == 3
    # 00:30 on 2 May in London is 23:30 on 1 May in UTC: it belongs to 2 May.
    on_2_may = client.get(reverse("audit_log"), {"start": "2026-05-02", "end": "2026-05-02"})
    assert [e.summary for e in on_2_may.context["events"]] == [
        "post.approve number 1", "post.approve number 0"]


def test_a_date_range_the_wrong_way_round_is_explained(client, school, greta):
    client.force_login(greta.user)
    response = client.get(reverse("audit_log"), {"start": "2026-05-03", "end": "2026-05-01"})
    assert response.status_code == 400
    assert "swap them round" in response.content.decode()


def test_an_unknown_filter_value_is_explained(client, school, greta):
    client.force_login(greta.user)
    response = client.get(reverse("audit_log"), {"action": "post.teleported", "actor": "x"})
    body = response.content.decode()
    assert response.status_code == 400
    assert "the log does not know that one." in body
    assert "that person is not on the school&#x27;s staff." in body
    assert response.context["events"] == []


def test_a_governor_sees_only_their_own_schools_events(client, school, other_school, greta, oscar):
    record(other_school, oscar.user, "post.created", "Secret of the other school")
    client.force_login(greta.user)
    assert "Secret of the other school" not in client.get(reverse("audit_log")).content.decode()


def test_the_log_runs_the_same_number_of_queries_however_long_it_is(
    client, school, tom, greta, django_assert_num_queries
):
    _events(school, tom.user, 3)
    client.force_login(greta.user)
    client.get(reverse("audit_log"))
    with CaptureQueriesContext(connection) as few:  # sessions, sign-in checks, then the log
        client.get(reverse("audit_log"), {"action": "post.created", "start": "2020-01-01"})
    _events(school, tom.user, 80)
    with django_assert_num_queries(len(few.captured_queries)):
        client.get(reverse("audit_log"), {"action": "post.created", "start": "2020-01-01"})


def test_search_finds_events_by_words_in_their_summary(client, school, tom, greta):
    record(school, tom.user, "post.created", "Draft created: Year 4 magnets lesson")
    record(school, tom.user, "post.created", "Draft created: Harvest festival")
    record(school, tom.user, "post.created", "Draft created: Year 6 magnetic fields")
    client.force_login(greta.user)
    found = client.get(reverse("audit_log"), {"q": "magnet"})
    assert [e.summary for e in found.context["events"]] == [
        "Draft created: Year 6 magnetic fields", "Draft created: Year 4 magnets lesson"]
    both = client.get(reverse("audit_log"), {"q": "YEAR magnets"})
    assert [e.summary for e in both.context["events"]] == ["Draft created: Year 4 magnets lesson"]
    none = client.get(reverse("audit_log"), {"q": "zebra"})
    assert none.context["events"] == []
    assert "No events match." in none.content.decode()


def test_search_combines_with_the_other_filters(client, school, tom, alan, greta):
    record(school, tom.user, "post.created", "Draft created: Choir concert")
    record(school, alan.user, "post.approve", "Approved: Choir concert")
    client.force_login(greta.user)
    response = client.get(reverse("audit_log"), {"q": "choir", "actor": alan.user.pk})
    assert [e.summary for e in response.context["events"]] == ["Approved: Choir concert"]


def test_search_with_punctuation_alone_is_explained(client, school, greta):
    client.force_login(greta.user)
    response = client.get(reverse("audit_log"), {"q": "!!!"})
    assert response.status_code == 400
    assert "punctuation alone matches nothing" in response.content.decode()


def test_search_quotes_and_operators_are_only_words(client, school, tom, greta):
    record(school, tom.user, "post.created", 'Draft created: "NEAR" OR AND')
    client.force_login(greta.user)
    response = client.get(reverse("audit_log"), {"q": '"near" OR) (AND*'})
    assert response.status_code == 200
    assert len(response.context["events"]) == 1


def test_the_export_link_carries_the_filters(client, school, greta):
    from schoolsocial.audit.exports import check_export_token

    client.force_login(greta.user)
    response = client.get(reverse("audit_log"), {"q": "magnets", "action": "post.approve"})
    token = response.context["export_token"]
    assert check_export_token(token, greta.user.pk, school.pk) == {
        "q": "magnets", "action": "post.approve"}
