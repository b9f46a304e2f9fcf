from __future__ import annotations

from django import template

from schoolsocial.accounts import access
from schoolsocial.governance import duties
from schoolsocial.governance.models import Concern

register = template.Library()


@register.filter
def get_item(mapping: dict, key):
    return mapping.get(key)


@register.inclusion_tag("governance/_dashboard.html", takes_context=True)
def governance_dashboard(context) -> dict:
    """Open concerns and duties due, for the home page of whoever they concern."""
    member = context.get("member")
    out = {"can": context.get("can"), "open_concerns": [], "reminders": []}
    if member is None:
        return out
    if access.may(member, "view_all_concerns"):
        out["open_concerns"] = list(
            Concern.objects.filter(school_id=member.school_id, resolved_at=None)
            .select_related("post", "raised_by").order_by("created_at")[:10])
    if access.may(member, "view_duties"):
        out["reminders"] = [s for s in duties.statuses(member.school) if s.state != "done"]
    return out
