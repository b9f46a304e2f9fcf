"""Isolation between schools: every URL that takes an object id, found from the URL resolver (so a
new one cannot be forgotten), tried with the ids of another school's objects by every role,
answers 404 to GET and to POST (or 405 to the method it does not take), and changes nothing."""

from __future__ import annotations

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.urls.converters import IntConverter

from schoolsocial.accounts.models import Membership, Role
from schoolsocial.posts.models import Post
from tests.factories import make_member
from tests.test_access_table import objects  # noqa: F401 - the fixture: one of each, Meon Valley's

ROLES = list(Role)
# The id a URL takes -> the kinds of Meon Valley object (tests/test_access_table.objects) to try.
KINDS: dict[str, tuple[str, ...]] = {
    "post_id": ("draft", "submitted", "scheduled", "published", "failed", "unknown"),
    "photo_id": ("photo",),
    "pupil_id": ("pupil",),
    "job_id": ("job",),
    "membership_id": ("membership",),
    "event_id": ("event",),
    "concern_id": ("concern",),
    "follow_id": ("follow",),
    "tweet_id": ("outbox_tweet",),
    "series_id": ("series",),
    "term_id": ("term",),
    "email_id": ("email",),
    "mention_id": ("mention",),
    "follower_id": ("follower",),
    "followed_id": ("followed",),
}


def urls_taking_ids(patterns=None) -> list[tuple[str, tuple[str, ...]]]:
    found = []
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            found += urls_taking_ids(pattern.url_patterns)
        elif isinstance(pattern, URLPattern):
            ids = tuple(name for name, converter in pattern.pattern.converters.items()
                        if isinstance(converter, IntConverter))
            if ids:
                found.append((pattern.name, ids))
    return found


URLS = urls_taking_ids()


def test_every_id_a_url_takes_has_objects_to_try():
    unknown = {kwarg for _, ids in URLS for kwarg in ids} - set(KINDS)
    assert not unknown, f"Add the kinds of object to try for {unknown} to KINDS"
    assert len(URLS) >= 29


def _snapshot() -> list:
    return list(Post.objects.order_by("pk").values_list("pk", "state", "text", "removed_at"))


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("name", "ids"), URLS, ids=[name for name, _ in URLS])
def test_another_schools_ids_are_404_for_every_role(client, other_school, objects,  # noqa: F811
                                                    name, ids, role):
    outsider: Membership = make_member(other_school, f"outsider-{role}", "Olive", role)
    client.force_login(outsider.user)
    before = _snapshot(), Membership.objects.count()
    for kinds in _combinations(ids):
        kwargs = {kwarg: objects[kind] for kwarg, kind in zip(ids, kinds, strict=True)}
        url = reverse(name, kwargs=kwargs)
        answers = {client.get(url).status_code,
                   client.post(url, {"text": "Hijack", "role": Role.HEADTEACHER,
                                     "comment": "x", "reason": "x"}).status_code}
        assert answers <= {404, 405} and 404 in answers, f"{url} as {role}: {answers}"
    assert (_snapshot(), Membership.objects.count()) == before


def _combinations(ids: tuple[str, ...]) -> list[tuple[str, ...]]:
    combos: list[tuple[str, ...]] = [()]
    for kwarg in ids:
        combos = [combo + (kind,) for combo in combos for kind in KINDS[kwarg]]
    return combos
