"""What the outbox publisher reads for a school with no X account: a few mentions, replies and
followers of the kinds a school meets, so the Inbox and Followers pages work on a fresh install
(`make run`). The same every time for a school, so a read repeated adds nothing."""

from __future__ import annotations

import hashlib
from datetime import timedelta

from django.utils import timezone

from schoolsocial.publishing.backends import RemoteMention, RemoteUser

FIRST_ID = 9_000_000_000_000_000_000


def _pupil_name(school) -> str:
    from schoolsocial.pupils.models import Pupil

    pupil = Pupil.objects.filter(school=school).current().order_by("id").first()
    return f"{pupil.first_name} {pupil.last_name}" if pupil else "Josh Smith"


def _id(school, n: int) -> str:
    return str(FIRST_ID + n)


def _user(key: str, name: str, bio: str = "", *, days_old: int = 2000, picture: bool = True,
          protected: bool = False) -> RemoteUser:
    number = int(hashlib.sha256(key.encode()).hexdigest()[:12], 16)
    return RemoteUser(str(number), key, name, bio, timezone.now() - timedelta(days=days_old),
                      picture, protected)


def _latest_post(school) -> str | None:
    """The tweet id the demo's replies answer: the school's latest published post."""
    from schoolsocial.posts.models import Post

    latest = (Post.objects.filter(school=school).exclude(tweet_id="")
              .exclude(tweet_id=None).order_by("-published_at", "-id").first())
    return latest.tweet_id if latest else None


def mentions(school, since_id: str | None = None) -> list[RemoteMention]:
    handle = (school.x_handle or "school").lstrip("@")
    ours = _latest_post(school)
    now = timezone.now()
    parent = _user("proud_parent_22", "A proud parent", "Mum of two, school governor")
    neighbour = _user("village_news", "Village News", "Local news for the valley")
    angry = _user("angry_anon_991", "anon", days_old=3, picture=False)
    rows = [
        (1, parent, f"@{handle} Thank you for sharing the photos from sports day, the "
                    f"children loved it!", ours),
        (2, parent, f"@{handle} Brilliant! Is that {_pupil_name(school)} in the front row?",
         ours),
        (3, neighbour, f"@{handle} Can someone ring me on 07700 900123 about the trip?", None),
        (4, angry, f"@{handle} This school is a joke and the teachers are useless idiots",
         ours),
        (5, neighbour, f"@{handle} Bravo à tous 👏🏽 — très bien ! «Spectacle» ❤️ 日本語も",
         None),
    ]
    found = [RemoteMention(_id(school, n), text, user.id, user, now - timedelta(hours=6 - n),
                           reply_to, f"/outbox/#mention-{n}")
             for n, user, text, reply_to in rows]
    found.reverse()  # newest first, as X lists them
    if since_id:
        found = [m for m in found if int(m.id) > int(since_id)]
    return found


def followers(school) -> list[RemoteUser]:
    first, _, last = _pupil_name(school).partition(" ")
    return [
        _user("meonvalleypta", "Meon Valley PTA", "Friends of the school: fairs, discos, "
                                                  "the summer fete."),
        _user("user88127346", "user88127346", days_old=5, picture=False),
        _user("hot_deals_18", "Hot Deals", "18+ adult content, DM for links"),
        _user(f"{first.lower()}_{last.lower()}2016", f"{first} {last}", "I like football"),
        _user("hantslibraries", "Hampshire Libraries", "Books, rhyme times and more."),
    ]


def following(school) -> list[RemoteUser]:
    """The approved follows, as if the headteacher had followed them on X, and one nobody
    approved, so the Follows page shows both."""
    from schoolsocial.governance.models import FollowRequest, FollowState

    approved = FollowRequest.objects.filter(
        school=school, state__in=(FollowState.APPROVED, FollowState.FOLLOWED))
    return [_user(f.handle, f.handle) for f in approved] + [
        _user("pizza_offers_uk", "Pizza Offers UK", "Deals every day")]
