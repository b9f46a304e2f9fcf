"""do_*: consent changes, each audited. What a change means for posts in flight is the posts'
to say: the one call from pupils/ to posts/ is the recheck (posts/consent.py)."""

from __future__ import annotations

from datetime import date

from django.db import transaction

from schoolsocial.accounts.models import Membership
from schoolsocial.audit.actions import Event
from schoolsocial.audit.log import record
from schoolsocial.posts.consent import recheck_posts_showing
from schoolsocial.pupils.models import Channel, ConsentRecord, Pupil


@transaction.atomic
def do_record_consent(
    member: Membership,
    pupil: Pupil,
    *,
    status: str,
    scope: str,
    valid_until: date | None,
    evidence: str,
    channel: str = Channel.ALL,
) -> tuple[ConsentRecord, list]:
    """The record, and the posts it sent back to draft (the page lists them)."""
    consent = ConsentRecord.objects.create(
        pupil=pupil, status=status, scope=scope, channel=channel, valid_until=valid_until,
        evidence=evidence, recorded_by=member.user,
    )
    where = "" if channel == Channel.ALL else f", {consent.get_channel_display().lower()}"
    record(
        member.school, member.user, Event.CONSENT_RECORDED,
        f"Photo consent for {pupil}: {consent.get_status_display().lower()} "
        f"({consent.get_scope_display().lower()}{where})", pupil,
        status=status, scope=scope, channel=channel,
        valid_until=valid_until.isoformat() if valid_until else None,
        evidence=evidence,
    )
    returned = recheck_posts_showing([pupil.pk], member.user,
                                     f"photo consent for {pupil} changed")
    return consent, returned
