"""Posts ready for the publisher: approved for exactly what they say, due at a given time."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from schoolsocial.accounts.models import Membership
from schoolsocial.posts.models import Approval, Decision, Post
from schoolsocial.posts.states import State

LONDON = ZoneInfo("Europe/London")
# A Wednesday in term time, inside Droxford's posting hours (08:00-18:00)
WEDNESDAY_10AM = datetime(2026, 3, 11, 10, 0, tzinfo=LONDON)


def approved_post(author: Membership, approver: Membership, at: datetime = WEDNESDAY_10AM,
                  text: str = "Year 4 enjoyed their science lesson on magnets today.") -> Post:
    post = Post(school=author.school, author=author.user, text=text, category="learning",
                scheduled_at=at, state=State.SCHEDULED, submitted_at=at, decided_at=at)
    post.content_hash = post.compute_hash()
    post.save()
    Approval.objects.create(post=post, approver=approver.user, decision=Decision.APPROVE,
                            content_hash=post.content_hash)
    return post
