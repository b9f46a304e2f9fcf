from __future__ import annotations

from datetime import timedelta

from django import template

register = template.Library()


@register.filter
def get(mapping, key):
    return mapping.get(key, 0) if mapping else 0


@register.filter
def hours(value: timedelta) -> str:
    minutes = int(value.total_seconds() // 60)
    if minutes < 60:
        return f"{minutes} min"
    if minutes < 48 * 60:
        return f"{minutes // 60} h {minutes % 60:02d} min"
    return f"{minutes // 1440} days"
