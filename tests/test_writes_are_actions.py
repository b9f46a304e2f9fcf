"""Every write is a do_* (issue 13): the headteacher guard under a row lock, X called outside any
database transaction, and the accounts and series actions audited."""

from __future__ import annotations

import threading
import time
from datetime import date
from datetime import time as clock

import pytest
from django.core.exceptions import ValidationError
from django.db import connection, transaction

from schoolsocial.accounts import actions as accounts
from schoolsocial.accounts.models import Membership, Role
from schoolsocial.audit.models import AuditEvent
from schoolsocial.posts.states import State
from schoolsocial.publishing.backends import OutboxPublisher, Payload
from schoolsocial.publishing.deleting import do_delete_everywhere
from schoolsocial.series import actions as series
from tests.factories import make_member, make_post


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_headteachers_demoting_each_other_at_once_leave_the_school_one(school, helen):
    hana = make_member(school, "hana", "Hana", Role.HEADTEACHER)
    first_done, outcomes = threading.Event(), {}

    def demote(actor: Membership, target: Membership, hold: bool) -> None:
        try:
            with transaction.atomic():
                accounts.do_change_role(actor, target, Role.APPROVER)
                outcomes[target.user.username] = "demoted"
                if hold:  # keep the first transaction open while the second one runs
                    first_done.set()
                    time.sleep(0.5)
        except ValidationError as error:
            outcomes[target.user.username] = error.messages[0]
        finally:
            first_done.set()
            connection.close()

    first = threading.Thread(target=demote, args=(helen, hana, True))
    first.start()
    first_done.wait(10)
    second = threading.Thread(target=demote, args=(hana, helen, False))
    second.start()
    for thread in (first, second):
        thread.join(30)
    assert outcomes == {"hana": "demoted", "helen": accounts.LAST_HEADTEACHER}
    assert Membership.objects.filter(school=school, role=Role.HEADTEACHER).count() == 1
    assert AuditEvent.objects.filter(action="staff.role_changed").count() == 1


@pytest.mark.django_db
def test_the_last_headteacher_cannot_be_removed_by_the_action_either(school, helen):
    with pytest.raises(ValidationError, match="The school needs a headteacher"):
        accounts.do_remove_staff(helen, helen)
    assert Membership.objects.filter(pk=helen.pk).exists()
    assert not AuditEvent.objects.filter(action="staff.removed").exists()


class WatchedOutbox(OutboxPublisher):
    """The outbox, noting whether a transaction was open while X was asked to delete."""

    in_transaction: list[bool] = []

    def delete(self, tweet_id: str) -> bool:
        self.in_transaction.append(connection.in_atomic_block)
        return super().delete(tweet_id)


@pytest.mark.django_db(transaction=True)
def test_delete_asks_x_outside_any_transaction(school, tom, alan):
    publisher = WatchedOutbox(school)
    published = publisher.publish(Payload(text="Sports day was great!"))
    post = make_post(tom, State.PUBLISHED, text="Sports day was great!",
                     tweet_id=published.tweet_id)
    do_delete_everywhere(alan, post, publisher)
    post.refresh_from_db()
    assert WatchedOutbox.in_transaction == [False]
    assert post.removed_at is not None
    assert AuditEvent.objects.get(action="post.deleted").details["was_there"] is True


@pytest.mark.django_db
def test_term_dates_and_a_paused_series_are_audited_by_their_actions(school, helen, tom):
    term = series.do_add_term(helen, {"name": "Autumn", "starts_on": date(2026, 9, 3),
                                      "ends_on": date(2026, 12, 18)})
    made, _ = series.do_create_series(tom, {
        "title": "Friday news", "text": "This week at Meon Valley.", "category": "news",
        "rule": "FREQ=WEEKLY;BYDAY=FR", "starts_on": date(2026, 9, 4), "time": clock(15)})
    assert series.do_pause_series(tom, made, True) is True
    assert series.do_pause_series(tom, made, True) is False  # already paused: nothing to say
    series.do_remove_term(helen, term)
    ours = AuditEvent.objects.filter(action__regex=r"^(terms|series)\.").order_by("id")
    assert list(ours.values_list("action", flat=True)) == [
        "terms.added", "series.created", "series.paused", "terms.removed"]
