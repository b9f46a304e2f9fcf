"""Posts ready for the publisher: approved for exactly what they say, due at a given time."""

from __future__ import annotations

from datetime import datetime

from schoolsocial.accounts.models import Membership
from schoolsocial.posts.models import Approval, Decision, Post
from schoolsocial.posts.states import State
from tests.seasons import ten_am


def approved_post(author: Membership, approver: Membership, at: datetime | None = None,
                  text: str = "Year 4 enjoyed their science lesson on magnets today.",
                  networks: tuple[str, ...] = ("x",)) -> Post:
    """Approved for `at` (10:00 on the season's school day), as the compose form spells the
    time: in the school's timezone."""
    at = at or ten_am()
    post = Post(school=author.school, author=author.user, text=text, category="learning",
                scheduled_at=at, state=State.SCHEDULED, submitted_at=at, decided_at=at,
                networks=list(networks))
    post.content_hash = post.compute_hash()
    post.save()
    Approval.objects.create(post=post, approver=approver.user, decision=Decision.APPROVE,
                            content_hash=post.content_hash)
    return post
