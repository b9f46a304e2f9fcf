"""One answer to "what may this member do with this post now?", as Wagtail's page permission
tester gives for a page: views, templates and actions ask it, and no template compares a state.

The role half comes from accounts/access.py (who may edit or decide a post at all); the state
half from states.py (which transition may start from the post's state).
"""

from __future__ import annotations

from functools import cached_property

from schoolsocial.accounts import access
from schoolsocial.accounts.models import Membership
from schoolsocial.posts import networks
from schoolsocial.posts.models import Post
from schoolsocial.posts.states import EDITABLE, TRANSITIONS, State


def _from(transition: str, state: str) -> bool:
    return state in TRANSITIONS[transition][0]


class PostPermissions:
    """What `member` may do with `post` in its current state."""

    def __init__(self, member: Membership | None, post: Post):
        self.member, self.post = member, post

    # Whatever the state: the post's author, and those who decide it.
    @cached_property
    def can_view(self) -> bool:
        return self.member is not None and access.may_view_post(self.member, self.post)

    @cached_property
    def authors(self) -> bool:
        return self.can_view and access.may_edit_post(self.member, self.post)

    @cached_property
    def decides(self) -> bool:
        """Approves, rejects, sends back; publishes now (never an approver's own post)."""
        return self.can_view and access.may_decide_post(self.member, self.post)

    def _publishes(self) -> bool:
        return self.can_view and access.may(self.member, "manage_publishing")

    # In the post's state.
    @property
    def can_edit(self) -> bool:
        return self.authors and self.post.state in EDITABLE

    @property
    def can_submit(self) -> bool:
        return self.authors and _from("submit", self.post.state)

    @property
    def can_withdraw(self) -> bool:
        return self.authors and _from("withdraw", self.post.state)

    @property
    def can_decide(self) -> bool:
        return self.decides and _from("approve", self.post.state)

    @property
    def can_publish_now(self) -> bool:
        return self._publishes() and self.decides and self.post.state == State.SCHEDULED

    @cached_property
    def needs_approving_again(self) -> bool:
        """A failed post that changed after its approval: Try again could never succeed
        (posts/gate.py), so it goes back to the approvers instead."""
        return self.post.state == State.FAILED and not self.post.approvals.filter(
            decision="approve", content_hash=self.post.compute_hash()).exists()

    @property
    def can_retry(self) -> bool:
        return (self._publishes() and _from("retry", self.post.state)
                and not self.needs_approving_again)

    @property
    def can_send_for_approval(self) -> bool:
        return (self._publishes() and _from("send_for_approval", self.post.state)
                and self.needs_approving_again)

    @property
    def can_dismiss(self) -> bool:
        return self._publishes() and _from("dismiss", self.post.state)

    @property
    def can_retry_network(self) -> bool:
        """Send a network's failed publication again (the post's own state does not matter)."""
        return self._publishes()

    @property
    def can_check_x(self) -> bool:
        return self._publishes() and self.post.state == State.UNKNOWN

    @property
    def can_delete_from_x(self) -> bool:
        """Delete: the post is on at least one network (X, or another it went out on)."""
        return (self.can_view and access.may(self.member, "delete_from_x")
                and bool(self.delete_from))

    @cached_property
    def delete_from(self) -> list[str]:
        """The networks Delete would take it down from, as a reader names them, X first."""
        return self.post.live_labels

    @property
    def delete_label(self) -> str:
        """"Delete from X and Bluesky": the button's words, naming where the post is."""
        return " ".join(("Delete from", networks.in_words(self.delete_from)))

    # What the page says about the state (no template compares one).
    @property
    def edit_returns_to_draft(self) -> bool:
        """Saving a change sends it back to draft, to be approved again."""
        return self.post.state in EDITABLE - {State.DRAFT, State.CHANGES_REQUESTED}

    @property
    def changes_requested(self) -> bool:
        return self.post.state == State.CHANGES_REQUESTED

    @cached_property
    def changes_request(self):
        """The approver's request for changes the author is working on (sent back, or edited
        since and not yet submitted again): the top of the author's pages shows it."""
        if self.post.pk is None or self.post.state not in (State.DRAFT, State.CHANGES_REQUESTED):
            return None
        last = self.post.approvals.select_related("approver").first()
        return last if last is not None and last.decision == "changes" else None

    @property
    def returned_note(self) -> str:
        """Why a consent change sent the post back to draft (posts/consent.py), else ""."""
        return self.post.last_error if self.post.state == State.DRAFT else ""

    @property
    def back_with_approvers(self) -> bool:
        """Sent back by the publish-time check (listed under 'did not go out')."""
        return self.post.state == State.SUBMITTED

    @property
    def failed(self) -> bool:
        return self.post.state == State.FAILED

    @property
    def outcome_unknown(self) -> bool:
        return self.post.state == State.UNKNOWN
