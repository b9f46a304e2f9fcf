"""The actions an audit event can record, with the words governors read."""

ACTIONS: dict[str, str] = {
    "post.created": "Draft created",
    "post.edited": "Post edited",
    "post.submitted": "Submitted for approval",
    "post.withdrawn": "Withdrawn by the author",
    "post.approve": "Approved",
    "post.reject": "Rejected",
    "post.request_changes": "Changes requested",
    "post.returned": "Returned to the approver",
    "post.published": "Published",
    "post.failed": "Publishing failed",
    "post.unknown": "Publishing outcome unknown",
    "post.deleted": "Deleted from X",
    "school.settings_changed": "Settings changed",
    "staff.added": "Staff added",
    "staff.role_changed": "Role changed",
    "staff.removed": "Staff removed",
    "demo.created": "Demo data created",
}
