"""Every main page, as each role, through axe-core (tests/e2e/conftest.py runs it on every page a
browser test reaches and fails on serious or critical violations, and on anything the Content
Security Policy blocks). Also the two-factor set-up and code pages, and the trust overview."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from schoolsocial.accounts.models import Membership, Role, Trust
from schoolsocial.posts.states import State
from schoolsocial.pupils.models import Pupil
from tests.e2e.conftest import shot, sign_in, sign_out
from tests.factories import make_post

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PAGES = ["/", "/posts/new/", "/queue/", "/posts/{post}/", "/calendar/", "/audit/",
         "/pupils/", "/accounts/settings/", "/accounts/staff/", "/accounts/two-factor/"]


def test_every_main_page_as_every_role_passes_axe(page, school, other_school, helen, alan, tom,
                                                  ian, greta):
    post = make_post(tom, State.SUBMITTED)
    Pupil.objects.create(school=school, first_name="Josh", last_name="Smith", year="Year 4")
    # Helen also governs another school: the switcher shows, and she leads the trust.
    Membership.objects.create(user=helen.user, school=other_school, role=Role.GOVERNOR)
    trust = Trust.objects.create(name="Meon Learning Trust")
    trust.executives.add(helen.user)
    trust.schools.add(school, other_school)
    for member in (helen, alan, tom, ian, greta):
        sign_in(page, member.user.username)
        for path in PAGES:
            page.goto(page.base + path.format(post=post.pk))
            expect(page.locator("main h1").first).to_be_visible()
        sign_out(page)
    assert not page.axe.problems, "\n".join(page.axe.problems)
    assert len(page.axe.checked) >= len(PAGES)


def test_two_factor_set_up_and_switching_school_pass_axe(page, school, other_school, helen, tom,
                                                        settings):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from tests.test_two_factor import code_for

    settings.OTP_TOTP_THROTTLE_FACTOR = 0  # the wrong code below would delay the right one
    Membership.objects.create(user=tom.user, school=other_school, role=Role.AUTHOR)
    sign_in(page, "tom")
    page.goto(page.base + "/accounts/two-factor/")
    expect(page.locator("figure.qr svg")).to_be_visible()
    shot(page, "two-factor-set-up")
    page.get_by_label("Code from the app").fill("000000")
    page.get_by_role("button", name="Turn on two-factor sign-in").click()
    expect(page.get_by_role("alert")).to_contain_text("did not match")
    page.axe.check()
    device = TOTPDevice.objects.get(user=tom.user)
    page.get_by_label("Code from the app").fill(code_for(device))
    page.get_by_role("button", name="Turn on two-factor sign-in").click()
    expect(page.get_by_role("heading", name="Your recovery codes")).to_be_visible()
    page.axe.check()
    shot(page, "two-factor-recovery-codes")
    page.get_by_role("link", name="I have kept them: continue").click()
    page.wait_for_url(page.base + "/")
    page.get_by_label("School").select_option(label="Other School (Author)")
    page.get_by_role("button", name="Switch").click()
    expect(page.get_by_role("status")).to_contain_text("You are now working in Other School")
    page.axe.check()
    shot(page, "switched-school")
    assert not page.axe.problems, "\n".join(page.axe.problems)


def test_the_trust_overview_passes_axe(page, school, other_school, helen, tom):
    trust = Trust.objects.create(name="Meon Learning Trust")
    trust.executives.add(helen.user)
    trust.schools.add(school, other_school)
    make_post(tom, State.SUBMITTED)
    sign_in(page, "helen")
    page.get_by_role("link", name="Trust").click()
    page.wait_for_url("**/accounts/trust/")
    row = page.get_by_role("row", name="Meon Valley")
    expect(row).to_contain_text("1")
    shot(page, "trust-overview")
    assert not page.axe.problems, "\n".join(page.axe.problems)
