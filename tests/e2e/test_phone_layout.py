"""Every role's pages at 390x844 (a phone) and at desktop size, through axe-core (the conftest's
AxeWatch fails the test on serious or critical violations and on anything the Content Security
Policy blocks), with a screenshot of each in artifacts/e2e/. At 390 px nothing may run off the
right edge and the header may take at most a quarter of the first screen; on compose the live
check comes before the buttons; Tag and describe shows the photo first and finds pupils."""

from __future__ import annotations

import io
import re

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone
from PIL import Image
from playwright.sync_api import expect

from schoolsocial.audit.models import AuditEvent
from schoolsocial.governance.models import Concern
from schoolsocial.posts.models import Photo
from schoolsocial.posts.states import State
from schoolsocial.pupils.models import Consent, ConsentRecord, Pupil
from tests.e2e.conftest import DESKTOP, PHONE, open_menu, shot, sign_in, sign_out
from tests.factories import make_post

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

# Every element whose right edge is beyond the viewport, and the document's own width: what a
# person on a phone would have to scroll sideways to read. Hidden and zero-size boxes are not
# seen, and a box clipped by a scrolling or clipping ancestor within the viewport is not either.
OVERFLOW = """() => {
  const width = window.innerWidth, out = [];
  if (document.documentElement.scrollWidth > width) {
    out.push("the page is " + document.documentElement.scrollWidth + " px wide");
  }
  const clipped = (el) => {
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      const style = getComputedStyle(a);
      if (style.overflowX !== "visible" || style.clip !== "auto" && style.clip !== "") {
        if (a.getBoundingClientRect().right <= width + 0.5) return true;
      }
    }
    return false;
  };
  for (const el of document.body.querySelectorAll("*")) {
    const box = el.getBoundingClientRect();
    if (box.width < 1 || box.height < 1 || box.right <= width + 0.5) continue;
    if (!el.checkVisibility({visibilityProperty: true}) || clipped(el)) continue;
    const classes = typeof el.className === "string" && el.className ?
      "." + el.className.split(" ").join(".") : "";
    const name = el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + classes;
    out.push(name + " ends at " + Math.round(box.right) + " px: " +
      (el.textContent || "").trim().slice(0, 40));
    if (out.length > 8) break;
  }
  return out;
}"""


def _fill_the_school(school, helen, tom, ian):
    """Enough of everything that every page has rows, long words and buttons to lay out."""
    long_text = ("Year 6 visited the Weald and Downland Living Museum for their Tudors topic "
                 "and cooked pottage over an open fire: https://example.org/a-very-long-link")
    posts = {state: make_post(tom, state, text=f"{long_text} ({state})") for state in (
        State.DRAFT, State.SUBMITTED, State.SCHEDULED, State.PUBLISHED, State.FAILED)}
    pupils = []
    for group, names in (("Oak", ["Amelia Hughes", "Oliver Grant"]),
                         ("Ash", ["Isla Patel", "Noah Fernández-Whitmore"])):
        for name in names:
            first, last = name.split(" ")
            pupil = Pupil.objects.create(school=school, first_name=first, last_name=last,
                                         group=group, year="Year 4")
            ConsentRecord.objects.create(pupil=pupil, status=Consent.GRANTED,
                                         recorded_by=helen.user, evidence="Paper form")
            pupils.append(pupil)
    image = io.BytesIO()
    Image.new("RGB", (640, 480), (90, 140, 200)).save(image, "JPEG")
    photo = Photo.objects.create(post=posts[State.DRAFT], uploaded_by=tom.user,
                                 filename="museum-kitchen.jpg", status=Photo.Status.READY,
                                 faces=2, width=640, height=480,
                                 image=ContentFile(image.getvalue(), "museum-kitchen.jpg"))
    # what changed, on the page (issue 14, item 5): an open concern holds the scheduled post
    Concern.objects.create(school=school, post=posts[State.SCHEDULED], raised_by=ian.user,
                           text="Is the museum happy with photos?", created_at=timezone.now())
    return posts, pupils, photo


def _pages_for(page, posts, pupil, photo, username) -> list[str]:
    """The header's links for this person (every page their role reaches from the menu), and
    the pages one level down: a post, its edit page, a pupil, an audit event, Tag and describe."""
    open_menu(page)
    if page.viewport_size == PHONE:
        assert page.evaluate(OVERFLOW) == [], f"the open menu runs off the edge for {username}"
        shot(page, f"phone-{username}-menu-open")
    hrefs = page.locator("header nav a, header .account a").evaluate_all(
        "links => links.map(a => a.getAttribute('href'))")
    extra = [f"/posts/{posts[State.SUBMITTED].pk}/", f"/posts/{posts[State.PUBLISHED].pk}/",
             f"/posts/{posts[State.SCHEDULED].pk}/", f"/posts/{posts[State.FAILED].pk}/"]
    if username in ("tom",):
        extra += [f"/posts/{posts[State.DRAFT].pk}/edit/", f"/photos/{photo.pk}/"]
    if username in ("helen", "alan"):
        extra += ["/accounts/staff/", "/pupils/import/", f"/pupils/{pupil.pk}/"]
        extra.append(f"/posts/{posts[State.PUBLISHED].pk}/delete-from-x/")  # asks first
    if username in ("helen", "ian", "greta"):
        event = AuditEvent.objects.order_by("-id").first()
        extra.append(f"/audit/{event.pk}/")
    return list(dict.fromkeys(hrefs + extra))


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_every_role_s_pages_fit_the_screen_and_pass_axe(open_page, viewport, school, helen,
                                                        alan, tom, ian, greta, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    posts, pupils, photo = _fill_the_school(school, helen, tom, ian)
    page = open_page(viewport)
    size = "phone" if viewport is PHONE else "desktop"
    visited = 0
    for member in (helen, alan, tom, ian, greta):
        username = member.user.username
        sign_in(page, username)
        for path in _pages_for(page, posts, pupils[0], photo, username):
            page.goto(page.base + path)
            expect(page.locator("main h1").first).to_be_visible()
            visited += 1
            name = f"{size}-{username}-" + (re.sub(r"[^a-z0-9]+", "-", path).strip("-") or "home")
            shot(page, name)
            if viewport is PHONE:
                header = page.locator("header.site").bounding_box()
                assert header["height"] <= PHONE["height"] / 4, (
                    f"the header on {path} as {username} is {header['height']} px high")
                assert page.evaluate(OVERFLOW) == [], f"{path} as {username} runs off the edge"
        sign_out(page)
    assert visited >= 60  # five roles, each with a dozen or more pages


def test_the_phone_menu_opens_without_javascript_and_reaches_every_page(browser, live_server,
                                                                       school, tom):
    """With JavaScript off the menu still opens (it is a <details>) and its links work."""
    context = browser.new_context(viewport=PHONE, java_script_enabled=False, locale="en-GB")
    page = context.new_page()
    page.base = live_server.url
    try:
        page.goto(page.base + "/accounts/login/")
        page.get_by_label("Username").fill("tom")
        page.get_by_label("Password").fill("pw-for-tests-only")
        page.get_by_role("button", name="Sign in").click()
        nav = page.get_by_role("navigation", name="Main")
        expect(nav).to_be_hidden()
        page.locator("header summary").click()
        expect(nav).to_be_visible()
        shot(page, "phone-menu-open-without-javascript")
        nav.get_by_role("link", name="Calendar").click()
        page.wait_for_url("**/calendar/**")
        expect(page.locator("main h1")).to_contain_text("Week of")
    finally:
        context.close()


def test_on_a_phone_the_live_check_is_under_the_text_and_a_refusal_is_in_view(open_page, school,
                                                                            tom):
    page = open_page(PHONE)
    sign_in(page, "tom")
    open_menu(page)
    page.get_by_role("link", name="New post", exact=True).click()
    box = page.get_by_label("Post", exact=True)
    box.fill("Jessica and her group visited the library today.")
    live = page.locator("#live")
    expect(live.locator(".findings .warn")).to_contain_text("Jessica")
    buttons = page.locator("#post-form .actions")
    order = live.evaluate("(live, buttons) => live.compareDocumentPosition(buttons)",
                          buttons.element_handle())
    assert order & 4, "the live check comes after the buttons in the page"  # FOLLOWING
    assert live.bounding_box()["y"] > box.bounding_box()["y"]
    assert live.bounding_box()["y"] + 10 < buttons.bounding_box()["y"]
    # Right under the box: nothing of the form (category, time) lies between the two.
    between = page.locator("#post-form .field").evaluate_all(
        """(fields, [box, live]) => fields.filter(f =>
            box.compareDocumentPosition(f) & 4 && f.compareDocumentPosition(live) & 4).length""",
        [box.element_handle(), live.element_handle()])
    assert between == 0
    count = live.locator("#char-count").bounding_box()
    assert count["y"] < PHONE["height"], "the character count is below the first screen"
    shot(page, "phone-compose-live-check")

    box.fill("Sports day " * 30)
    page.get_by_role("button", name="Save draft").click()
    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("too long for X")
    top = summary.bounding_box()
    assert 0 <= top["y"] and top["y"] + top["height"] <= PHONE["height"]
    assert page.evaluate(OVERFLOW) == []
    shot(page, "phone-compose-refused")


def test_tag_and_describe_shows_the_photo_first_and_finds_pupils(open_page, school, helen, tom,
                                                                 ian, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    posts, pupils, photo = _fill_the_school(school, helen, tom, ian)
    # Tom has tagged Ash before: Ash comes first although Oak sorts first.
    earlier = Photo.objects.create(post=posts[State.SUBMITTED], uploaded_by=tom.user,
                                   filename="earlier.jpg", status=Photo.Status.READY)
    earlier.pupils.add(pupils[2])
    page = open_page(PHONE)
    sign_in(page, "tom")
    page.goto(page.base + f"/photos/{photo.pk}/")
    image = page.get_by_role("img", name="The photo being tagged")
    form = page.locator("main form")
    assert image.bounding_box()["y"] < form.bounding_box()["y"]
    groups = page.locator(".pupil-group h2").all_inner_texts()
    assert groups[0].startswith("Ash") and "you tag this class" in groups[0]
    assert groups[1].startswith("Oak")
    for label in page.locator(".pupil-picker li").all():
        assert label.bounding_box()["height"] >= 44  # a finger's width
    page.get_by_label("Find a pupil").fill("isla")
    expect(page.get_by_label(re.compile("^Isla Patel"))).to_be_visible()
    expect(page.get_by_label(re.compile("^Amelia Hughes"))).to_be_hidden()
    expect(page.locator("#pupil-shown")).to_have_text("1 pupil shown")
    page.get_by_label(re.compile("^Isla Patel")).check()
    page.get_by_label("Find a pupil").fill("")
    page.get_by_label("Class").select_option("Oak")
    expect(page.get_by_label(re.compile("^Amelia Hughes"))).to_be_visible()
    expect(page.get_by_label(re.compile("^Noah"))).to_be_hidden()
    expect(page.get_by_label(re.compile("^Isla Patel"))).to_be_visible()  # ticked: kept in view
    shot(page, "phone-tag-and-describe")
    page.get_by_label(re.compile("Describe the photo")).fill("Children cooking pottage.")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("status")).to_contain_text("museum-kitchen.jpg saved")
    assert list(photo.pupils.all()) == [pupils[2]]
