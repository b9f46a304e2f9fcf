"""One permission answer per post (issue 13): what each member may do with a post in each state,
and the post's page offers exactly that."""

from __future__ import annotations

import pytest
from django.urls import reverse

from schoolsocial.posts.models import Approval
from schoolsocial.posts.permissions import PostPermissions
from schoolsocial.posts.states import State
from tests.factories import make_post

pytestmark = pytest.mark.django_db

ACTIONS = ("edit", "submit", "withdraw", "decide", "publish_now", "retry", "check_x",
           "delete_from_x", "send_for_approval", "dismiss")
# state -> (what Tom, the author, may do; what Alan, an approver, may do)
EXPECTED = {
    State.DRAFT: ({"edit", "submit"}, set()),
    State.CHANGES_REQUESTED: ({"edit"}, set()),  # edited first: then it is a draft
    State.SUBMITTED: ({"edit", "withdraw"}, {"decide"}),
    State.SCHEDULED: ({"edit", "withdraw"}, {"publish_now"}),
    State.FAILED: ({"edit"}, {"retry", "dismiss"}),  # approved for what it says (see below)
    State.UNKNOWN: (set(), {"check_x"}),
    State.PUBLISHED: (set(), {"delete_from_x"}),
    State.REJECTED: (set(), set()),
    State.PUBLISHING: (set(), set()),
    State.DISMISSED: (set(), set()),
}
BUTTONS = {"submit": "Submit for approval", "withdraw": "Withdraw to draft",
           "decide": "Your decision", "publish_now": "Publish now", "retry": "Try again",
           "check_x": "Check X now", "send_for_approval": "Approve again",
           "dismiss": "Dismiss"}


def _allowed(member, post) -> set[str]:
    perms = PostPermissions(member, post)
    return {action for action in ACTIONS if getattr(perms, f"can_{action}")}


@pytest.mark.parametrize("state", list(EXPECTED))
def test_each_member_may_do_what_the_post_s_state_allows(client, tom, alan, greta, state):
    post = make_post(tom, state, tweet_id="outbox-1" if state == State.PUBLISHED else None)
    if state == State.FAILED:
        Approval.objects.create(post=post, approver=alan.user, decision="approve",
                                content_hash=post.compute_hash())
    author, approver = EXPECTED[state]
    assert _allowed(tom, post) == author
    assert _allowed(alan, post) == approver
    assert _allowed(greta, post) == set()  # a governor reads, never acts
    for member, allowed in ((tom, author), (alan, approver)):
        client.force_login(member.user)
        page = client.get(reverse("post_detail", args=[post.pk])).content.decode()
        for action, button in BUTTONS.items():
            assert (button in page) == (action in allowed), (member.user.username, action)


def test_an_approver_s_own_post_is_never_theirs_to_decide(alan):
    post = make_post(alan, State.SUBMITTED)
    perms = PostPermissions(alan, post)
    assert perms.can_withdraw and not perms.can_decide and not perms.decides
