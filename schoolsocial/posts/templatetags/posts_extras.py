from __future__ import annotations

from django import template
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

register = template.Library()


@register.filter
def highlighted(text: str, report) -> SafeString:
    """The text with every finding's span marked, for the preview."""
    spans = sorted(
        (f.start, f.end, f.severity)
        for f in (report.findings if report else ())
        if f.start is not None and f.end is not None and 0 <= f.start < f.end <= len(text)
    )
    parts, at = [], 0
    for start, end, severity in spans:
        if start < at:
            continue  # overlapping spans: the first one marks the text
        parts.append(escape(text[at:start]))
        parts.append(f'<mark class="finding-{severity}">{escape(text[start:end])}</mark>')
        at = end
    parts.append(escape(text[at:]))
    return mark_safe("".join(parts))  # noqa: S308 - every piece of text above is escaped


@register.inclusion_tag("posts/_state.html")
def state_badge(post):
    return {"post": post}


# (URLconf, script prefix, page name) -> its address: the header reverses fifteen names on every
# page, and the patterns never change while the process runs
_NAV_URLS: dict[tuple[str | None, str, str], str] = {}


def _nav_url(url_name: str) -> str:
    from django.urls import get_script_prefix, get_urlconf, reverse

    key = (get_urlconf(), get_script_prefix(), url_name)
    url = _NAV_URLS.get(key)
    if url is None:
        url = _NAV_URLS[key] = reverse(url_name)
    return url


@register.simple_tag(takes_context=True)
def nav_link(context, url_name: str, label: str) -> SafeString:
    """A header link to a named page, marked as the current page when it is the one shown."""
    match = getattr(context.get("request"), "resolver_match", None)
    current = ' aria-current="page"' if match and match.url_name == url_name else ""
    return format_html('<a href="{}"{}>{}</a>', _nav_url(url_name), mark_safe(current), label)  # noqa: S308


@register.simple_tag(takes_context=True)
def post_permissions(context, post):
    """`{% post_permissions post as perms %}`: what the signed-in member may do with `post`."""
    from schoolsocial.accounts.access import current_membership
    from schoolsocial.posts.permissions import PostPermissions

    return PostPermissions(current_membership(context["request"]), post)


@register.filter
def in_words(names) -> str:
    """["X", "Bluesky"] -> "X and Bluesky", as the Delete buttons name a post's networks."""
    from schoolsocial.posts.networks import in_words as join

    return join(list(names))
