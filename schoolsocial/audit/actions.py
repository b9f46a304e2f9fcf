"""The one registry of audit event names, each with the words governors read. Call sites name an
event by its constant (Event.POST_APPROVE); record() refuses a name that is not here, so every
event is named once (issue 13)."""

from django.db import models


class Event(models.TextChoices):
    """Every audit event: its name as stored, and the words governors read."""

    POST_CREATED = "post.created", "Draft created"
    POST_EDITED = "post.edited", "Post edited"
    POST_PHOTOS_CHANGED = "post.photos_changed", "Photos changed"
    POST_SUBMITTED = "post.submitted", "Submitted for approval"
    POST_WITHDRAWN = "post.withdrawn", "Withdrawn by the author"
    POST_APPROVE = "post.approve", "Approved"
    POST_REJECT = "post.reject", "Rejected"
    POST_REQUEST_CHANGES = "post.request_changes", "Changes requested"
    POST_RETURNED = "post.returned", "Returned to draft: photo consent changed"
    POST_RETURNED_TO_APPROVER = ("post.returned_to_approver",
                                 "Returned to the approver by the publisher")
    POST_PUBLISHED = "post.published", "Published"
    POST_PUBLISH_RETRY = "post.publish_retry", "Publishing delayed, will retry"
    POST_FAILED = "post.failed", "Publishing failed"
    POST_PUBLISH_FAILED = "post.publish_failed", "Publishing failed"
    POST_UNKNOWN = "post.unknown", "Publishing outcome unknown"
    POST_PUBLISH_UNKNOWN = "post.publish_unknown", "Publishing outcome unknown"
    POST_DELETED = "post.deleted", "Deleted from its networks"
    POST_DELETE_FAILED = "post.delete_failed", "Delete failed on a network: still there"
    POST_NETWORK_PUBLISHED = "post.network_published", "Published on another network"
    POST_NETWORK_RETRY = ("post.network_retry",
                          "Publishing on another network delayed, will retry")
    POST_NETWORK_UNKNOWN = "post.network_unknown", "Publishing outcome on another network unknown"
    POST_NETWORK_FAILED = "post.network_failed", "Publishing on another network failed"
    POST_NETWORK_RETRIED = "post.network_retried", "Sent again to another network"
    POST_DISMISSED = "post.dismissed", "Failed post dismissed: it will not be sent"
    POST_SENT_FOR_APPROVAL = ("post.sent_for_approval",
                              "Failed post sent back for approval, since it changed")
    CONSENT_RECORDED = "consent.recorded", "Photo consent recorded"
    PUPILS_IMPORTED = "pupils.imported", "Pupils imported"
    SCHOOL_SETTINGS_CHANGED = "school.settings_changed", "Settings changed"
    STAFF_ADDED = "staff.added", "Staff added"
    STAFF_ROLE_CHANGED = "staff.role_changed", "Role changed"
    STAFF_REMOVED = "staff.removed", "Staff removed"
    TRUST_EXECUTIVE_ADDED = "trust.executive_added", "Trust executive added"
    TRUST_EXECUTIVE_REMOVED = "trust.executive_removed", "Trust executive removed"
    AUTH_SIGNED_IN = "auth.signed_in", "Signed in"
    AUTH_SIGNED_OUT = "auth.signed_out", "Signed out"
    AUTH_SIGN_IN_FAILED = "auth.sign_in_failed", "Failed sign-in"
    AUDIT_VERIFIED = "audit.verified", "Audit chain checked"
    AUDIT_EXPORTED = "audit.exported", "Audit log exported"
    AUDIT_ANCHORED = "audit.anchored", "Audit hash e-mailed to governors"
    CONCERN_RAISED = "concern.raised", "Concern raised"
    CONCERN_RESOLVED = "concern.resolved", "Concern resolved"
    FOLLOW_PROPOSED = "follow.proposed", "Follow proposed"
    FOLLOW_APPROVED = "follow.approved", "Follow approved"
    FOLLOW_DECLINED = "follow.declined", "Follow declined"
    FOLLOW_MADE = "follow.made", "Account followed"
    FOLLOW_APPROVED_AFTER = "follow.approved_after", "Follow made on X approved"
    FOLLOW_UNDO_ASKED = "follow.undo_asked", "Follow to undo on X"
    FOLLOW_UNDONE = "follow.undone", "Account no longer followed"
    INBOUND_SEEN = "inbound.seen", "Mention marked as seen"
    INBOUND_HIDDEN = "inbound.hidden", "Reply hidden"
    INBOUND_OPENED = "inbound.opened", "Mention opened to block or report"
    FOLLOWER_FINE = "follower.fine", "Follower marked fine"
    FOLLOWER_BLOCK = "follower.block", "Follower to block"
    FOLLOWER_BLOCKED = "follower.blocked", "Follower blocked"
    FOLLOWER_REVIEW_DONE = "follower.review_done", "Followers reviewed"
    DUTY_DONE = "duty.done", "Duty done"
    DUTY_DIGEST_SENT = "duty.digest_sent", "Duty reminders e-mailed"
    DEMO_CREATED = "demo.created", "Demo data created"
    POST_PUBLISH_NOW = "post.publish_now", "Publish now approved"
    POST_RETRY = "post.retry", "Publishing retried"
    POST_RECONCILE_REQUESTED = "post.reconcile_requested", "Asked to look for it on X"
    QUEUE_PAUSED = "queue.paused", "Publishing paused"
    QUEUE_RESUMED = "queue.resumed", "Publishing resumed"
    SCHOOL_POLICY_CHANGED = "school.policy_changed", "Rules adjusted"
    SERIES_CREATED = "series.created", "Recurring post created"
    SERIES_PAUSED = "series.paused", "Recurring post paused"
    SERIES_RESUMED = "series.resumed", "Recurring post resumed"
    TERMS_ADDED = "terms.added", "Term dates added"
    TERMS_REMOVED = "terms.removed", "Term dates removed"
    X_CONNECTED = "x.connected", "X account connected"
    X_NO_CREDIT = "x.no_credit", "Publishing paused: no X credit"
    X_CREDIT_RESUMED = "x.credit_resumed", "Publishing resumed after X credit added"
    X_DISCONNECTED = "x.disconnected", "X account disconnected"
    NETWORK_CONNECTED = "network.connected", "Bluesky or Mastodon account connected"
    NETWORK_DISCONNECTED = "network.disconnected", "Bluesky or Mastodon account disconnected"
    AUTH_TWO_FACTOR_ON = "auth.two_factor_on", "Two-factor sign-in turned on"
    AUTH_TWO_FACTOR_PASSED = "auth.two_factor_passed", "Two-factor code accepted"
    AUTH_TWO_FACTOR_FAILED = "auth.two_factor_failed", "Wrong two-factor code"
    AUTH_RECOVERY_CODES_RENEWED = "auth.recovery_codes_renewed", "Recovery codes renewed"
    AUTH_PASSWORD_CHANGED = "auth.password_changed", "Password changed"
    AUTH_SCHOOL_SWITCHED = "auth.school_switched", "Switched school"


ACTIONS: dict[str, str] = dict(Event.choices)

# Groups the termly report counts.
DECISIONS = (Event.POST_APPROVE, Event.POST_REJECT, Event.POST_REQUEST_CHANGES)
CONSENT = (Event.CONSENT_RECORDED, Event.PUPILS_IMPORTED)
