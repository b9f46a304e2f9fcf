"""A post's life in a real browser: the teacher drafts and sees a finding live, submits; the
headteacher approves with a written acknowledgement; the governor reads it in the audit log."""

import re

import pytest
from playwright.sync_api import expect

from schoolsocial.posts.models import Post
from schoolsocial.posts.states import State
from tests.e2e.conftest import shot, sign_in, sign_out
from tests.factories import local_input, next_school_day

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_a_post_goes_from_draft_to_scheduled_and_into_the_audit_log(
    page, school, tom, helen, greta
):
    sign_in(page, "tom")
    page.get_by_role("link", name="New post", exact=True).click()
    text = "Jessica and her group visited the library today. 📚"
    page.get_by_label("Post", exact=True).fill(text)
    live = page.locator("#live")
    expect(live).to_contain_text("51 / 280")  # 48 letters, a space, and the emoji counts 2
    expect(live.locator(".findings .warn")).to_contain_text("Jessica")
    page.get_by_label("Category").select_option("trip")
    page.get_by_label("Publish at").fill(local_input(next_school_day(hour=11)))
    shot(page, "1-teacher-sees-a-finding")
    page.get_by_role("button", name="Save and submit for approval").click()
    expect(page.get_by_role("status")).to_contain_text("Submitted")
    post = Post.objects.get()
    assert post.state == State.SUBMITTED
    sign_out(page)

    sign_in(page, "helen")
    page.get_by_role("link", name="Approvals").click()
    page.get_by_role("link", name=re.compile("Jessica and her group")).click()
    page.get_by_label(re.compile("Why is it acceptable")).fill("Jessica is our school librarian.")
    shot(page, "2-head-acknowledges-the-warning")
    page.get_by_role("button", name="Approve with these reasons").click()
    expect(page.get_by_role("status")).to_contain_text("Approved and scheduled")
    post.refresh_from_db()
    assert post.state == State.SCHEDULED
    sign_out(page)

    sign_in(page, "greta")
    page.get_by_role("link", name="Audit log", exact=True).click()
    table = page.locator("table")
    expect(table).to_contain_text("Approved")
    expect(table).to_contain_text("Submitted for approval")
    expect(table).to_contain_text("Draft created")
    expect(table).to_contain_text("Helen Example")
    shot(page, "3-governor-reads-the-audit-log")
    # governors never write
    assert page.get_by_role("link", name="New post", exact=True).count() == 0


def test_a_rejected_text_is_kept_on_the_page(page, school, tom):
    sign_in(page, "tom")
    page.goto(page.base + "/posts/new/")
    text = "Sports day " * 30
    page.get_by_label("Post", exact=True).fill(text)
    page.get_by_role("button", name="Save draft").click()
    expect(page.locator("#id_text_errors")).to_contain_text("too long for X")  # by the box
    expect(page.get_by_role("alert")).to_contain_text("too long for X")  # and at the top
    expect(page.get_by_label("Post", exact=True)).to_have_value(text)
    shot(page, "4-over-long-text-kept")
