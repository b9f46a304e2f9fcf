from datetime import date, datetime, timedelta

import time_machine
from django.urls import reverse

from schoolsocial.audit.log import record
from schoolsocial.audit.report import recent_terms, term_of
from tests.factories import LONDON


def _at(when: datetime, school, actor, action: str, summary: str, obj=None, **details):
    with time_machine.travel(when, tick=False):
        return record(school, actor, action, summary, obj, **details)


def test_terms_run_autumn_spring_summer():
    assert term_of(date(2025, 10, 3)).key == "2025-autumn"
    assert term_of(date(2026, 2, 1)).end == date(2026, 3, 31)
    assert [t.key for t in recent_terms(date(2026, 5, 1), 3)] == [
        "2026-summer", "2026-spring", "2025-autumn"]


def test_the_report_counts_and_charts_the_term(client, school, tom, alan, greta):
    monday = datetime(2025, 9, 8, 10, tzinfo=LONDON)
    _at(datetime(2025, 7, 1, tzinfo=LONDON), school, None, "post.published", "Last term")
    _at(monday, school, tom.user, "post.submitted", "Submitted: Magnets", None,
        findings=[{"rule": "spelling", "message": "x"}, {"rule": "text_speak", "message": "y"}])
    # A post's approval is matched with its own submission: 2 hours later.
    _at(monday, school, tom.user, "post.submitted", "Submitted", _Obj(7))
    _at(monday + timedelta(hours=2), school, alan.user, "post.approve", "Approved", _Obj(7))
    _at(monday + timedelta(days=1), school, None, "post.published", "Published", _Obj(7))
    _at(monday + timedelta(days=8), school, alan.user, "post.reject", "Rejected", _Obj(8))
    _at(monday + timedelta(days=9), school, alan.user, "consent.recorded", "Consent",
        status="withdrawn")
    client.force_login(greta.user)
    with time_machine.travel(datetime(2025, 11, 1, 12, tzinfo=LONDON)):
        response = client.get(reverse("audit_report"))
    report = response.context["report"]
    assert response.status_code == 200
    assert response.context["title"] == "Autumn term 2025 (September to December)"
    assert report.counts["post.published"] == 1
    assert report.tables["posts"][1] == ("8 Sep", 1)
    assert report.tables["decisions"] == [("Approved", 1), ("Rejected", 1),
                                          ("Changes requested", 0)]
    assert dict(report.tables["findings"]) == {"Spelling": 1, "Text language": 1}  # names
    assert report.median_wait == timedelta(hours=2)
    assert report.tables["consent"][1] == ("Refused or withdrawn", 1)
    body = response.content.decode()
    assert body.count("<svg") == 5
    assert "2 h 00 min" in body
    assert report.head.hash in body


def test_a_period_of_dates_instead_of_a_term(client, school, greta):
    client.force_login(greta.user)
    response = client.get(reverse("audit_report"), {"start": "2025-09-01", "end": "2025-09-30"})
    assert response.context["title"] == "1 September 2025 to 30 September 2025"


def test_bad_periods_are_explained(client, school, greta):
    client.force_login(greta.user)
    backwards = client.get(reverse("audit_report"), {"start": "2025-09-30", "end": "2025-09-01"})
    assert backwards.status_code == 400
    assert "swap them round" in backwards.content.decode()
    half = client.get(reverse("audit_report"), {"start": "2025-09-30"})
    assert "Give both dates" in half.content.decode()
    unknown = client.get(reverse("audit_report"), {"term": "1999-winter"})
    assert unknown.status_code == 400
    assert "that one is not known" in unknown.content.decode()


def test_an_author_has_no_report(client, school, tom):
    client.force_login(tom.user)
    assert client.get(reverse("audit_report")).status_code == 403


class _Obj:
    """Stands in for a post: record() needs only its model name and pk."""

    class _meta:  # noqa: N801
        model_name = "post"

    def __init__(self, pk: int):
        self.pk = pk


def test_the_decisions_chart_colours_rejections_red_and_approvals_green():
    from schoolsocial.audit import charts

    svg = charts.columns("Decisions", ["1 Sep"], [
        charts.Series("Approved", [2], charts.OK), charts.Series("Rejected", [1], charts.BLOCK)])
    assert f'fill="{charts.OK}"><title>1 Sep: Approved 2' in svg
    assert f'fill="{charts.BLOCK}"><title>1 Sep: Rejected 1' in svg
    assert charts.OK == "#1b6b3a" and charts.BLOCK == "#a1261b"  # app.css's --ok and --block
