"""The policies' duties: which apply to a school (by its policy preset), and where each stands.

    password  Droxford: "change the Twitter account password on a termly basis";
              Unsworth: "... on a monthly basis".
    followers Carlton: "Weekly checks will take place by a member of the SLT to check recent
              followers."
    monitoring Droxford, Unsworth: senior leaders "monitor followers and block any who appear
              to not be school focused" (no frequency given: the product asks weekly).
    Finishing a review on the Followers page marks `followers` and `monitoring` done.
    review    Carlton (next review due by September 2022), Unsworth (date of review
              01.08.2023), Forefield ("reviewed again in 2024"): by the review date; whoever
              marks it done gives the next one.
    consent   every school: photo consent renewed each September, for the new school year.

A periodic duty is done when it was done in the current period; due when not yet, but it was
done in the period before (or never, and the school started using School Social this period);
overdue when it was not done in that one either.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.utils import timezone

from schoolsocial.audit.report import term_of


@dataclass(frozen=True)
class Duty:
    key: str
    title: str
    period: str  # week, month, term, september, review
    clause: str


PASSWORD_TERMLY = Duty("password", "Change the X account password", "term",
                       "The school will change the Twitter account password on a termly basis.")
PASSWORD_MONTHLY = Duty("password", "Change the X account password", "month",
                        "The school will change the Twitter account password on a monthly basis.")
FOLLOWERS = Duty("followers", "Check the account's new followers", "week",
                 "Weekly checks will take place by a member of the SLT to check recent followers.")
MONITORING = Duty("monitoring", "Monitor followers and block any not school focused", "week",
                  "Senior leaders monitor followers and block any who appear to not be school "
                  "focused.")
REVIEW = Duty("review", "Review the social media policy", "review",
              "The policy is reviewed by its review date.")
CONSENT = Duty("consent", "Renew photo consent for the new school year", "september",
               "Photo consent is renewed each September.")

BY_PRESET: dict[str, tuple[Duty, ...]] = {
    "droxford": (PASSWORD_TERMLY, MONITORING, CONSENT),
    "highfield": (CONSENT,),
    "carlton": (FOLLOWERS, REVIEW, CONSENT),
    "unsworth": (PASSWORD_MONTHLY, MONITORING, REVIEW, CONSENT),
    "forefield": (REVIEW, CONSENT),
}
FOLLOWER_DUTIES = ("followers", "monitoring")  # done by finishing a review of the followers
# The review date each policy states, until someone records a review and gives the next one.
FIRST_REVIEW = {"carlton": date(2022, 9, 1), "unsworth": date(2023, 8, 1),
                "forefield": date(2024, 12, 31)}
REVIEW_WARNING = timedelta(days=30)


@dataclass(frozen=True)
class Status:
    duty: Duty
    state: str  # done, due, overdue
    due_by: date
    last: object | None  # the latest DutyDone

    @property
    def label(self) -> str:
        return {"done": "Done", "due": "Due", "overdue": "Overdue"}[self.state]


def duties_for(school) -> tuple[Duty, ...]:
    return BY_PRESET.get(school.policy_preset, (CONSENT,))


def period(kind: str, day: date) -> tuple[date, date]:
    """The first and last day of the week, month, term or school year containing `day`."""
    if kind == "week":
        start = day - timedelta(days=day.weekday())
        return start, start + timedelta(days=6)
    if kind == "month":
        start = day.replace(day=1)
        return start, (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    if kind == "term":
        term = term_of(day)
        return term.start, term.end
    year = day.year if day.month >= 9 else day.year - 1  # september: the school year
    return date(year, 9, 1), date(year + 1, 8, 31)


def status(duty: Duty, school, last, today: date | None = None) -> Status:
    today = today or timezone.localdate(timezone=school.tz)
    done_on = timezone.localdate(last.done_at, timezone=school.tz) if last else None
    if duty.period == "review":
        due = (last.next_due if last and last.next_due
               else FIRST_REVIEW.get(school.policy_preset, today))
        state = "overdue" if today > due else "due" if due - today <= REVIEW_WARNING else "done"
        return Status(duty, state, due, last)
    start, end = period(duty.period, today)
    if duty.period == "september":
        deadline = date(start.year, 9, 30)
        if done_on and done_on >= start:
            return Status(duty, "done", date(start.year + 1, 9, 30), last)
        return Status(duty, "due" if today <= deadline else "overdue", deadline, last)
    if done_on and done_on >= start:
        return Status(duty, "done", period(duty.period, end + timedelta(days=1))[1], last)
    previous_start = period(duty.period, start - timedelta(days=1))[0]
    if done_on is None:  # never done: due in the period the school started, overdue after
        joined = timezone.localdate(school.created_at, timezone=school.tz) if (
            school.created_at) else today
        state = "due" if joined >= start else "overdue"
    else:
        state = "due" if done_on >= previous_start else "overdue"
    return Status(duty, state, end, last)


def statuses(school, today: date | None = None) -> list[Status]:
    from schoolsocial.governance.models import DutyDone

    latest = {}
    for done in (DutyDone.objects.filter(school=school).select_related("done_by")
                 .order_by("duty", "-done_at")):
        latest.setdefault(done.duty, done)
    return [status(duty, school, latest.get(duty.key), today) for duty in duties_for(school)]


def find(school, key: str) -> Duty | None:
    return next((duty for duty in duties_for(school) if duty.key == key), None)
