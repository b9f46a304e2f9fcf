"""Every transition of a post's life from every state: where it may go and where it may not."""

import pytest

from schoolsocial.posts.states import State, TransitionError, target

S = State
ALLOWED = {
    ("edit", S.DRAFT): S.DRAFT,
    ("edit", S.CHANGES_REQUESTED): S.DRAFT,
    ("edit", S.SUBMITTED): S.DRAFT,
    ("edit", S.SCHEDULED): S.DRAFT,
    ("edit", S.FAILED): S.DRAFT,
    ("submit", S.DRAFT): S.SUBMITTED,
    ("withdraw", S.SUBMITTED): S.DRAFT,
    ("withdraw", S.SCHEDULED): S.DRAFT,
    ("return_to_draft", S.SUBMITTED): S.DRAFT,  # a consent change it no longer passes
    ("return_to_draft", S.SCHEDULED): S.DRAFT,
    ("approve", S.SUBMITTED): S.SCHEDULED,
    ("reject", S.SUBMITTED): S.REJECTED,
    ("request_changes", S.SUBMITTED): S.CHANGES_REQUESTED,
    ("claim", S.SCHEDULED): S.PUBLISHING,
    ("hold", S.PUBLISHING): S.SCHEDULED,  # a concern raised after the claim
    ("return_to_approver", S.SCHEDULED): S.SUBMITTED,
    ("return_to_approver", S.PUBLISHING): S.SUBMITTED,
    ("publish_succeeded", S.PUBLISHING): S.PUBLISHED,
    ("publish_succeeded", S.UNKNOWN): S.PUBLISHED,
    ("publish_failed", S.PUBLISHING): S.FAILED,
    ("publish_failed", S.UNKNOWN): S.FAILED,
    ("publish_outcome_unknown", S.PUBLISHING): S.UNKNOWN,
    ("resend", S.UNKNOWN): S.PUBLISHING,
    ("retry", S.FAILED): S.SCHEDULED,
    ("network_published", S.FAILED): S.PUBLISHED,  # no X; one network's own retry went out
}
TRANSITIONS = sorted({name for name, _ in ALLOWED})
EVERY = [(name, state) for name in TRANSITIONS for state in State]


@pytest.mark.parametrize(("transition", "state"), EVERY)
def test_transition_goes_where_the_design_says_or_is_refused(transition, state):
    expected = ALLOWED.get((transition, state))
    if expected is None:
        with pytest.raises(TransitionError, match="cannot be"):
            target(transition, state)
    else:
        assert target(transition, state) == expected


def test_published_and_rejected_posts_cannot_move_except_by_reconcile():
    for state in (S.PUBLISHED, S.REJECTED):
        assert [name for name in TRANSITIONS if (name, state) in ALLOWED] == []


def test_the_refusal_says_what_state_the_post_is_in():
    with pytest.raises(TransitionError, match="This post is published, so it cannot be edited"):
        target("edit", S.PUBLISHED)
