"""The Inbox: mentions and replies flagged first with what was found; hide a reply on X, mark
as seen, raise a concern, open on X to block or report, each audited; nothing is ever replied
to. Only the monitor, approvers and headteacher see it, and only their own school's."""

from __future__ import annotations

import pytest
from django.core import mail
from django.urls import reverse

from schoolsocial.audit.models import AuditEvent
from schoolsocial.governance.models import Concern
from schoolsocial.inbound.models import Mention, MentionStatus
from schoolsocial.publishing.backends import Payload, XPublisher
from tests.clients import continue_link

pytestmark = pytest.mark.django_db


def mention(school, n: int, text: str, *, flagged: bool = False, reply_to: str = "",
            **fields) -> Mention:
    findings = [{"rule": "child_name", "severity": "block",
                 "message": "“Josh” is the first name of a pupil on your roster."}] \
        if flagged else []
    return Mention.objects.create(school=school, x_id=str(1000 + n), author_x_id="7",
                                  author_handle="parent", author_name="A Parent", text=text,
                                  url=f"https://x.com/parent/status/{1000 + n}",
                                  reply_to=reply_to, findings=findings, flagged=flagged,
                                  **fields)


def test_flagged_come_first_with_what_was_found(client, school, ian):
    mention(school, 1, "@MeonValley lovely day")
    mention(school, 2, "@MeonValley well done Josh", flagged=True)
    client.force_login(ian.user)
    page = client.get(reverse("inbox")).content.decode()
    assert page.index("well done Josh") < page.index("lovely day")
    assert "is the first name of a pupil on your roster" in page
    assert "1 flagged" in page
    buttons = [b.split(">", 1)[1].split("<", 1)[0] for b in page.split("<button")[1:]]
    assert not [b for b in buttons if b.startswith("Reply")]  # the policies forbid replying


def test_authors_and_governors_do_not_see_it(client, school, tom, greta):
    for person in (tom, greta):
        client.force_login(person.user)
        assert client.get(reverse("inbox")).status_code == 403


def test_another_schools_mention_is_404(client, school, other_school, oscar):
    theirs = mention(school, 1, "@MeonValley hello")
    client.force_login(oscar.user)
    assert client.post(reverse("mention_seen", args=[theirs.pk])).status_code == 404


def test_mark_as_seen_is_audited_and_moves_it_down(client, school, ian):
    row = mention(school, 1, "@MeonValley lovely day")
    client.force_login(ian.user)
    client.post(reverse("mention_seen", args=[row.pk]))
    row.refresh_from_db()
    assert (row.status, row.handled_by) == (MentionStatus.SEEN, ian.user)
    assert AuditEvent.objects.filter(action="inbound.seen", actor=ian.user).exists()
    page = client.get(reverse("inbox")).content.decode()
    assert "Nothing to look at." in page and "Seen</strong> by Ian" in page


def test_hiding_a_reply_calls_x_and_is_audited(client, school, alan, settings, fake_x,
                                              credentials):
    ours = XPublisher(school, credentials, api_base_url=fake_x.url)
    posted = ours.publish(Payload("Sports day is on Friday."))
    ours.close()
    theirs = fake_x.mention(fake_x.add_user("troll"), "@forefieldprimary rubbish",
                            in_reply_to=posted.tweet_id)
    row = mention(school, 1, theirs.text, reply_to=posted.tweet_id)
    Mention.objects.filter(pk=row.pk).update(x_id=theirs.id)
    settings.PUBLISHER = "x"
    settings.X_API_BASE_URL = fake_x.url
    school.connect_x(credentials, "forefieldprimary")
    client.force_login(alan.user)
    response = client.post(reverse("mention_hide", args=[row.pk]), follow=True)
    assert "Hidden on X" in response.content.decode()
    assert theirs.id in fake_x.hidden
    [put] = fake_x.requests_to("PUT", f"/2/tweets/{theirs.id}/hidden")
    assert put.json == {"hidden": True}
    row.refresh_from_db()
    assert row.status == MentionStatus.HIDDEN
    assert AuditEvent.objects.filter(action="inbound.hidden", actor=alan.user).exists()


def test_a_mention_that_is_not_a_reply_cannot_be_hidden(client, school, alan):
    row = mention(school, 1, "@MeonValley you are useless")
    client.force_login(alan.user)
    page = client.post(reverse("mention_hide", args=[row.pk]), follow=True).content.decode()
    assert "X lets the school hide only replies to its own posts" in page
    row.refresh_from_db()
    assert row.status == MentionStatus.NEW
    assert not AuditEvent.objects.filter(action="inbound.hidden").exists()


def test_the_monitor_may_not_hide(client, school, ian):
    row = mention(school, 1, "@MeonValley hi", reply_to="outbox-1")
    client.force_login(ian.user)
    assert client.post(reverse("mention_hide", args=[row.pk])).status_code == 403


def test_open_on_x_is_recorded_then_links_to_x(client, school, ian):
    """A page with a link, not a redirect: the CSP's form-action 'self' covers the redirects a
    form's POST leads to, so a browser would stop a redirect to x.com."""
    row = mention(school, 1, "@MeonValley you are useless")
    client.force_login(ian.user)
    response = client.post(reverse("mention_open", args=[row.pk]))
    assert response.status_code == 200 and continue_link(response, "X") == row.url
    assert "@MeonValley you are useless" in response.content.decode()
    assert AuditEvent.objects.filter(action="inbound.opened", actor=ian.user).exists()


def test_a_concern_reaches_the_headteacher_and_the_concerns_page(
        client, school, ian, helen, django_capture_on_commit_callbacks):
    row = mention(school, 1, "@MeonValley Is that Josh Smith?", flagged=True)
    client.force_login(ian.user)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("mention_concern", args=[row.pk]),
                    {"text": "A parent named a pupil in public."})
    concern = Concern.objects.get()
    assert concern.mention == row and concern.post is None
    [email] = mail.outbox
    assert email.to == [helen.user.email] and "a mention on X" in email.subject
    assert "Is that Josh Smith?" in email.body
    client.force_login(helen.user)
    page = client.get(reverse("concerns")).content.decode()
    assert "@parent on X: @MeonValley Is that Josh Smith?" in page


def test_an_empty_concern_is_refused_with_a_reason(client, school, ian):
    row = mention(school, 1, "@MeonValley hi")
    client.force_login(ian.user)
    page = client.post(reverse("mention_concern", args=[row.pk]), {"text": " "},
                       follow=True).content.decode()
    assert "Say what worries you" in page and not Concern.objects.exists()


def test_a_read_that_stopped_is_explained_on_the_page(client, school, ian):
    from schoolsocial.inbound.models import ReadState, Stream

    ReadState.objects.create(school=school, stream=Stream.MENTIONS, token="A",
                             last_error="X had a problem of its own (503); it will be tried "
                                        "again shortly.")
    client.force_login(ian.user)
    page = client.get(reverse("inbox")).content.decode()
    assert "The last read from X stopped:" in page and "(503)" in page
