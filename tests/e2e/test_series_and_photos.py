"""Issue 14, item 6 in a real browser, at 390x844 and at desktop size, through axe-core:
the series page lists the occurrences outside the posting hours and says what will happen to
each; and on the edit page the live check follows the worker's photo check without typing.

No clock is moved here (the browser's cookies keep real time): the series repeats on Sundays,
outside Droxford's Monday-to-Friday window whatever the date the test runs on."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from schoolsocial.posts.models import Photo, Post
from schoolsocial.posts.tasks import process_stored_photo
from schoolsocial.series.models import Series
from tests.e2e.conftest import DESKTOP, PHONE, shot, sign_in
from tests.e2e.test_phone_layout import OVERFLOW

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]
PHOTO = Path(__file__).resolve().parents[1] / "data" / "photos" / "astronaut.png"  # one face
SIZES = [pytest.param(PHONE, id="phone"), pytest.param(DESKTOP, id="desktop")]


@pytest.mark.parametrize("viewport", SIZES)
def test_the_series_page_says_what_happens_to_each_sunday(open_page, school, tom, viewport):
    today = timezone.localdate(timezone=school.tz)
    sunday = today + timedelta(days=6 - today.weekday() or 7)
    Series.objects.create(school=school, author=tom.user, title="Sunday notices",
                          text="Notices for {date}.", category="newsletter",
                          rule="FREQ=WEEKLY;BYDAY=SU", time="08:30", starts_on=sunday)
    page = open_page(viewport)
    sign_in(page, "tom")
    page.goto(page.base + "/series/")
    listed = page.locator("ul.awkward li")
    expect(listed.first).to_contain_text(f"{sunday:%A} {sunday.day} {sunday:%B} {sunday.year}, "
                                         "08:30")
    expect(listed.first).to_contain_text("Left as a draft (made ")
    expect(listed.first).to_contain_text("outside the posting hours 08:00–18:00 (Monday to Friday)")
    expect(page.locator("[id^=what-it-means-]")).to_contain_text(
        "Left as a draft: the post is made 14 days ahead but not sent for approval; Tom Example "
        "is told by e-mail")
    assert listed.count() == 10
    assert page.evaluate(OVERFLOW) == []
    shot(page, f"series-awkward-{viewport['width']}")


@pytest.mark.parametrize("viewport", SIZES)
def test_the_live_check_follows_the_photo_check_without_typing(
        open_page, settings, tmp_path, school, tom, viewport):
    settings.MEDIA_ROOT = tmp_path
    settings.Q_SYNC = False  # no worker: this test runs the worker's step when it chooses
    page = open_page(viewport)
    sign_in(page, "tom")
    page.goto(page.base + "/posts/new/")
    text = "Our visitor from the space agency told Year 5 about living in orbit."
    page.get_by_label("Post", exact=True).fill(text)
    page.get_by_label("Add photos").set_input_files(str(PHOTO))
    page.get_by_role("button", name="Save draft").click()
    page.wait_for_url("**/edit/")
    live = page.locator("#live")
    expect(live).to_contain_text("astronaut.png is still being checked")
    expect(page.locator("#photos")).to_contain_text("Being checked")
    shot(page, f"live-check-photo-pending-{viewport['width']}")

    photo = Photo.objects.get(post=Post.objects.get())
    process_stored_photo(photo.pk)  # the worker finishes; nobody touches the page

    expect(page.locator("#photos-checked")).to_contain_text("Photos checked")
    expect(live).to_contain_text("Say who is in photo 1 (astronaut.png)")
    expect(live).not_to_contain_text("still being checked")
    expect(page.locator("#photos")).to_contain_text("1 face found")
    expect(page.get_by_label("Post", exact=True)).to_have_value(text)
    requests = []
    page.on("request", lambda r: requests.append(r.url) if "/photos/" in r.url else None)
    page.wait_for_timeout(2500)
    assert not [url for url in requests if "status" in url]  # the poll has stopped
    assert page.evaluate(OVERFLOW) == []
    shot(page, f"live-check-photo-checked-{viewport['width']}")


@pytest.mark.parametrize("viewport", SIZES)
def test_check_the_dates_before_saving_a_series(open_page, school, tom, viewport):
    today = timezone.localdate(timezone=school.tz)
    page = open_page(viewport)
    sign_in(page, "tom")
    page.goto(page.base + "/series/new/")
    page.get_by_label("Title").fill("Sunday notices")
    page.get_by_label("Text", exact=True).fill("Notices for {date}.")
    page.get_by_label("How often").select_option("weekly")
    page.locator("#id_weekday").select_option("SU")
    page.get_by_label("First date").fill(f"{today + timedelta(days=1):%Y-%m-%d}")
    page.get_by_label("Time, in the school's time").fill("08:30")
    page.get_by_role("button", name="Check the dates").click()
    preview = page.locator("#series-preview")
    expect(preview).to_contain_text("The dates, if you save it")
    expect(preview.locator("ul.awkward li").first).to_contain_text(
        "outside the posting hours 08:00–18:00 (Monday to Friday)")
    assert not Series.objects.exists()
    assert page.evaluate(OVERFLOW) == []
    shot(page, f"series-check-the-dates-{viewport['width']}")
    page.get_by_role("button", name="Save the series").click()
    page.wait_for_url("**/series/")
    assert Series.objects.get().rule == "FREQ=WEEKLY;BYDAY=SU"
