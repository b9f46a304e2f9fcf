"""Every URL, for every role, in the user's own school and from another school.

A new URL without a row here fails test_every_url_has_a_row, so no page escapes the table.
"""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core.files.base import ContentFile
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone
from PIL import Image

from schoolsocial.accounts.models import Membership, Role
from schoolsocial.audit.log import record
from schoolsocial.governance.models import Concern, FollowRequest
from schoolsocial.inbound.models import Followed, Follower, Mention
from schoolsocial.mail.models import Email
from schoolsocial.posts.models import Photo
from schoolsocial.posts.states import State
from schoolsocial.publishing.models import OutboxTweet
from schoolsocial.pupils.models import ImportJob, Pupil
from schoolsocial.series.models import Series, TermDates
from tests.factories import make_member, make_post

ROLES = [Role.HEADTEACHER, Role.APPROVER, Role.AUTHOR, Role.MONITOR, Role.GOVERNOR]
H, A, T, M, G = ROLES
ALL = {H: 200, A: 200, T: 200, M: 200, G: 200}


def only(status_for_allowed: int, *allowed: str) -> dict[str, int]:
    return {role: status_for_allowed if role in allowed else 403 for role in ROLES}


# url name -> (method, which object it takes, expected status for each role in the own school).
# From another school, every URL that takes an object answers 404 whatever the role.
TABLE: dict[str, tuple[str, str | None, dict[str, int]]] = {
    "dashboard": ("get", None, ALL),
    "post_list": ("get", None, ALL),
    "compose": ("get", None, only(200, H, A, T)),
    "live_check": ("post", None, only(200, H, A, T)),
    "post_detail": ("get", "submitted", {H: 200, A: 200, T: 200, M: 200, G: 200}),
    "post_edit": ("get", "draft", {H: 403, A: 403, T: 200, M: 403, G: 403}),
    "post_submit": ("post", "draft", {H: 403, A: 403, T: 302, M: 403, G: 403}),
    "post_withdraw": ("post", "submitted", {H: 403, A: 403, T: 302, M: 403, G: 403}),
    "post_approve": ("post", "submitted", {H: 302, A: 302, T: 403, M: 403, G: 403}),
    "post_reject": ("post", "submitted", {H: 302, A: 302, T: 403, M: 403, G: 403}),
    "post_request_changes": ("post", "submitted", {H: 302, A: 302, T: 403, M: 403, G: 403}),
    "queue": ("get", None, only(200, H, A, M)),
    "calendar": ("get", None, ALL),
    "audit_log": ("get", None, only(200, H, M, G)),
    "school_settings": ("get", None, only(200, H)),
    "staff": ("get", None, only(200, H)),
    "staff_role": ("post", "membership", only(302, H)),
    "staff_remove": ("post", "membership", only(302, H)),
    "rules": ("get", None, ALL),
    "change_password": ("get", None, ALL),
    "notifications": ("get", None, ALL),
    "push_off": ("post", None, {r: 302 for r in ROLES}),
    "push_on": ("post", None, {r: 400 for r in ROLES}),  # no subscription sent
    "post_delete_from_x": ("post", "published", {H: 302, A: 302, T: 403, M: 403, G: 403}),
    "pupil_register": ("get", None, only(200, H, A, M)),
    "pupil_detail": ("get", "pupil", only(200, H, A, M)),
    "import_upload": ("get", None, only(200, H)),
    "import_preview": ("get", "job", only(200, H)),
    "import_progress": ("get", "job", only(200, H)),
    "import_retry": ("post", "job", only(302, H)),  # not failed: back to its progress page
    "photo_upload": ("post", "draft", {H: 403, A: 403, T: 302, M: 403, G: 403}),
    "photo_status": ("get", "draft", {H: 200, A: 200, T: 200, M: 200, G: 200}),
    "photo_tag": ("get", "photo", {H: 403, A: 403, T: 200, M: 403, G: 403}),
    "photo_remove": ("post", "photo", {H: 403, A: 403, T: 302, M: 403, G: 403}),
    "photo_image": ("get", "photo", {H: 200, A: 200, T: 200, M: 200, G: 200}),
    "audit_event": ("get", "event", only(200, H, M, G)),
    "audit_export": ("get", None, only(400, H, M, G)),  # 400: no signed token in the link
    "audit_verify": ("post", None, only(200, H, M, G)),
    "audit_report": ("get", None, only(200, H, M, G)),
    "concerns": ("get", None, ALL),
    "concern_raise": ("post", "submitted", {H: 302, A: 302, T: 302, M: 302, G: 302}),
    "concern_resolve": ("post", "concern", only(302, H)),
    "follows": ("get", None, ALL),
    "follow_approve": ("post", "follow", only(302, H)),
    "follow_decline": ("post", "follow", only(302, H)),
    "duties": ("get", None, only(200, H, A, M, G)),
    "duty_done": ("post", None, only(302, H, A)),
    "email_retry": ("post", "email", only(302, H)),  # issue 12: an e-mail that could not go
    # publishing (issue 5)
    "outbox": ("get", None, ALL),
    "outbox_status": ("get", "outbox_tweet", ALL),
    "publishing": ("get", None, only(200, H, A)),
    "queue_pause": ("post", None, only(302, H, A)),
    "queue_resume": ("post", None, only(302, H, A)),
    "post_retry": ("post", "failed", {H: 302, A: 302, T: 403, M: 403, G: 403}),
    "post_retry_bluesky": ("post", "published", {H: 302, A: 302, T: 403, M: 403, G: 403}),
    "post_retry_mastodon": ("post", "published", {H: 302, A: 302, T: 403, M: 403, G: 403}),
    "post_send_for_approval": ("post", "failed", {H: 302, A: 302, T: 403, M: 403, G: 403}),
    "post_dismiss": ("post", "failed", {H: 302, A: 302, T: 403, M: 403, G: 403}),
    "post_reconcile": ("post", "unknown", {H: 302, A: 302, T: 403, M: 403, G: 403}),
    "post_publish_now": ("post", "scheduled", {H: 302, A: 302, T: 403, M: 403, G: 403}),
    "resume_after_credit": ("post", None, only(302, H)),  # issue 15: X credit added
    "x_account": ("get", None, only(200, H)),
    "x_connect": ("post", None, only(302, H)),  # no consumer keys here: back with a message
    "x_callback": ("get", None, only(302, H)),  # no attempt started: back with a message
    "x_keys": ("post", None, only(400, H)),  # no keys in the form
    "x_disconnect": ("post", None, only(302, H)),
    "networks": ("get", None, only(200, H)),
    "bluesky_connect": ("post", None, only(400, H)),  # no handle in the form
    "mastodon_connect": ("post", None, only(400, H)),  # no address in the form
    "mastodon_authorise": ("post", None, only(400, H)),  # no address in the form
    "mastodon_callback": ("get", None, only(302, H)),  # no state: back to Networks, said why
    "bluesky_disconnect": ("post", None, only(302, H)),
    "mastodon_disconnect": ("post", None, only(302, H)),
    "series_list": ("get", None, ALL),
    "series_create": ("get", None, only(200, H, A, T)),
    "series_pause": ("post", "series", {H: 302, A: 302, T: 302, M: 403, G: 403}),  # Tom's own
    "term_dates": ("get", None, only(200, H)),
    "term_remove": ("post", "term", only(302, H)),
    # the account's other side (issue 15)
    "inbox": ("get", None, only(200, H, A, M)),
    "mention_seen": ("post", "mention", only(302, H, A, M)),
    "mention_hide": ("post", "mention", only(302, H, A)),
    "mention_concern": ("post", "mention", only(302, H, A, M)),
    "mention_open": ("post", "mention", only(200, H, A, M)),  # a page linking to the network
    "followers": ("get", None, only(200, H, A, M)),
    "follower_verdict": ("post", "follower", only(302, H, A)),
    "followers_finish": ("post", None, only(302, H, A)),
    "followed_approve": ("post", "followed", only(302, H)),
    "followed_undo": ("post", "followed", only(302, H)),
    # security and several schools (issue 7); headteachers and approvers have an app set up
    "two_factor_setup": ("get", None, ALL),  # verified: the "it is on" page
    "two_factor_verify": ("get", None, {r: 302 for r in ROLES}),  # already verified: onwards
    "two_factor_recovery_codes": ("post", None, {H: 200, A: 200, T: 302, M: 302, G: 302}),
    "switch_school": ("post", None, {r: 404 for r in ROLES}),  # no school_id of theirs sent
    "trust_overview": ("get", None, {r: 403 for r in ROLES}),  # nobody here leads a trust
}
PUBLIC = {"login", "logout", "manifest", "service_worker"}  # read before anyone signs in


def _names(patterns, prefix="") -> set[str]:
    names = set()
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            names |= _names(pattern.url_patterns)
        elif isinstance(pattern, URLPattern) and pattern.name:
            names.add(pattern.name)
    return names


def test_every_url_has_a_row():
    assert _names(get_resolver().url_patterns) - PUBLIC == set(TABLE)


@pytest.fixture
def objects(school, tom, settings, tmp_path):
    """One of each object a URL takes, all Meon Valley's: Tom's posts, a photo, a pupil..."""
    settings.MEDIA_ROOT = tmp_path
    colleague = make_member(school, "colleague", "Cara", Role.AUTHOR)
    draft = make_post(tom)
    photo = Photo(post=draft, uploaded_by=tom.user, filename="class.jpg", status="ready")
    photo.image.save("class.jpg", ContentFile(tiny_jpeg()), save=True)
    pupil = Pupil.objects.create(school=school, first_name="Josh", last_name="Smith")
    job = ImportJob.objects.create(school=school, created_by=tom.user, filename="pupils.csv",
                                   text="Forename,Surname\nJosh,Smith\n", encoding="UTF-8",
                                   mapping={"first_name": "Forename", "last_name": "Surname"})
    return {
        "draft": draft.pk,
        "submitted": make_post(tom, State.SUBMITTED).pk,
        "published": make_post(tom, State.PUBLISHED, tweet_id="outbox-1").pk,
        "membership": colleague.pk,
        "photo": photo.pk,
        "pupil": pupil.pk,
        "job": job.pk,
        "event": record(school, tom.user, "post.created", "An event to read").pk,
        "concern": Concern.objects.create(school=school, post=draft, raised_by=tom.user,
                                          text="Is this too personal?",
                                          created_at=timezone.now()).pk,
        "follow": FollowRequest.objects.create(school=school, handle="NatGeoKids",
                                               reason="Science for children",
                                               proposed_by=tom.user,
                                               created_at=timezone.now()).pk,
        "failed": make_post(tom, State.FAILED, text="Sports day is on Friday.").pk,
        "unknown": make_post(tom, State.UNKNOWN, text="Book fair this week.").pk,
        "scheduled": make_post(tom, State.SCHEDULED, text="Harvest festival next week.").pk,
        "outbox_tweet": OutboxTweet.objects.create(school=school, text="Hello from the outbox").pk,
        "series": Series.objects.create(
            school=school, author=tom.user, title="Newsletter", text="This week's newsletter",
            rule="FREQ=WEEKLY;BYDAY=FR", time=dt.time(15, 30), starts_on=dt.date(2026, 1, 2)).pk,
        "email": Email.objects.create(school=school, kind="concern", subject="A concern",
                                      to=["helen@example.org"], text="A concern",
                                      status="failed").pk,
        "term": TermDates.objects.create(school=school, name="Spring",
                                         starts_on=dt.date(2026, 1, 5),
                                         ends_on=dt.date(2026, 3, 27)).pk,
        "mention": Mention.objects.create(school=school, x_id="1900", author_x_id="77",
                                          author_handle="aparent", text="@MeonValley Lovely!",
                                          url="https://x.com/aparent/status/1900",
                                          reply_to="outbox-1").pk,
        "follower": Follower.objects.create(school=school, x_id="78", handle="pta").pk,
        "followed": Followed.objects.create(school=school, x_id="79", handle="PizzaDeals").pk,
        None: None,
    }


def tiny_jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 8), "navy").save(out, "JPEG")
    return out.getvalue()


def _request(client, name: str, obj_id):
    method, kind, _ = TABLE[name]
    arg = {"membership": "membership_id", "photo": "photo_id", "pupil": "pupil_id",
           "job": "job_id", "event": "event_id", "email": "email_id",
           "concern": "concern_id", "follow": "follow_id", "outbox_tweet": "tweet_id",
           "series": "series_id", "term": "term_id", "mention": "mention_id",
           "follower": "follower_id", "followed": "followed_id"}.get(kind, "post_id")
    url = reverse(name, kwargs={arg: obj_id} if kind else None)
    data = {"text": "Hello", "comment": "Please add the year group.", "role": Role.MONITOR,
            "ack_0": "Checked"}
    return client.post(url, data) if method == "post" else client.get(url)


CASES = [(name, role) for name in TABLE for role in ROLES]


@pytest.mark.parametrize(("name", "role"), CASES)
def test_own_school(client, school, tom, objects, name, role):
    user = tom.user if role == Role.AUTHOR else make_member(school, f"u-{role}", "U", role).user
    client.force_login(user)
    response = _request(client, name, objects[TABLE[name][1]])
    assert response.status_code == TABLE[name][2][role]


@pytest.mark.parametrize(("name", "role"), [c for c in CASES if TABLE[c[0]][1]])
def test_another_schools_object_is_404(client, other_school, objects, name, role):
    outsider = make_member(other_school, f"o-{role}", "O", role)
    client.force_login(outsider.user)
    response = _request(client, name, objects[TABLE[name][1]])
    assert response.status_code == 404


def test_an_author_cannot_see_another_authors_post(client, school, tom):
    cara: Membership = make_member(school, "cara", "Cara", Role.AUTHOR)
    post = make_post(tom)
    client.force_login(cara.user)
    assert client.get(reverse("post_detail", args=[post.pk])).status_code == 404
