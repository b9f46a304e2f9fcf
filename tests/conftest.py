"""Shared fixtures. The people make permissions obvious:

Helen is the headteacher of Meon Valley, Alan an approver there, Tom a teacher (author), Ian the
ICT leader (monitor) and Greta a governor. Oscar is the headteacher of Other School and must get a
404 for anything of Meon Valley's.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
import time_machine

from schoolsocial.accounts.models import Membership, Role, School
from schoolsocial.publishing.backends import Credentials
from schoolsocial.publishing.fake_x import FakeX
from tests import seasons
from tests.clients import Client
from tests.factories import make_member


@pytest.fixture(params=seasons.SEASONS, ids=lambda season: season.name)
def season(request) -> seasons.Season:
    """Run the test in each season of tests/seasons.py: its date, its school's timezone. A test
    marked `real_clock` (another process on the machine's clock takes part) runs once, now."""
    if request.node.get_closest_marker("real_clock"):
        yield request.param
        return
    seasons.CURRENT = request.param
    try:
        with time_machine.travel(request.param.now, tick=True):
            yield request.param
    finally:
        seasons.CURRENT = None


def pytest_collection_modifyitems(config, items):
    """PostgreSQL-only tests run when DATABASE_URL points at PostgreSQL, and must run in CI."""
    on_postgres = os.environ.get("DATABASE_URL", "").startswith("postgres")
    once = [item for item in items if not (
        item.get_closest_marker("real_clock") and getattr(item, "callspec", None)
        and item.callspec.params.get("season", seasons.SEASONS[0]) != seasons.SEASONS[0])]
    if len(once) != len(items):
        kept = {id(item) for item in once}
        config.hook.pytest_deselected(items=[item for item in items if id(item) not in kept])
        items[:] = once
    for item in items:
        if "postgres" in item.keywords and not on_postgres:
            if os.environ.get("REQUIRE_SERVICES"):
                raise pytest.UsageError("REQUIRE_SERVICES is set, DATABASE_URL is not PostgreSQL")
            item.add_marker(pytest.mark.skip(reason="needs DATABASE_URL=postgres://..."))



# The fake X (a local server: the network boundary) and the keys of its default account.
@pytest.fixture
def fake_x() -> Iterator[FakeX]:
    with FakeX() as fake:
        yield fake


@pytest.fixture
def credentials(fake_x: FakeX) -> Credentials:
    account = fake_x.default_account
    return Credentials(fake_x.consumer_key, fake_x.consumer_secret, account.access_token,
                       account.access_token_secret)


@pytest.fixture
def school(db, request) -> School:
    if "season" in request.fixturenames:
        request.getfixturevalue("season")
    return School.objects.create(name="Meon Valley", x_handle="MeonValley",
                                 policy_preset="droxford", timezone=seasons.zone().key)


@pytest.fixture
def other_school(db) -> School:
    return School.objects.create(name="Other School", policy_preset="highfield")


@pytest.fixture
def helen(school) -> Membership:
    return make_member(school, "helen", "Helen", Role.HEADTEACHER)


@pytest.fixture
def alan(school) -> Membership:
    return make_member(school, "alan", "Alan", Role.APPROVER)


@pytest.fixture
def tom(school) -> Membership:
    return make_member(school, "tom", "Tom", Role.AUTHOR)


@pytest.fixture
def ian(school) -> Membership:
    return make_member(school, "ian", "Ian", Role.MONITOR)


@pytest.fixture
def greta(school) -> Membership:
    return make_member(school, "greta", "Greta", Role.GOVERNOR)


@pytest.fixture
def oscar(other_school) -> Membership:
    return make_member(other_school, "oscar", "Oscar", Role.HEADTEACHER)



@pytest.fixture
def client() -> Client:
    return Client()


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """On PostgreSQL the audit table refuses TRUNCATE (audit migration 0004) unless the session
    says it means it; the test database says so, so that transactional tests can be reset."""
    from django.db import connection

    with django_db_blocker.unblock():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                name = connection.ops.quote_name(connection.settings_dict["NAME"])
                cursor.execute(
                    f"ALTER DATABASE {name} SET schoolsocial.allow_audit_truncate = 'on'")
            connection.close()


@pytest.fixture
def pds():
    """A fake Bluesky PDS on a free port of 127.0.0.1 (imported here: atproto is slow to load)."""
    from schoolsocial.publishing.fake_networks import FakeBluesky

    with FakeBluesky() as fake:
        yield fake


@pytest.fixture
def instance():
    """A fake Mastodon instance whose character limit is 500."""
    from schoolsocial.publishing.fake_networks import FakeMastodon

    with FakeMastodon(max_characters=500) as fake:
        yield fake


@pytest.fixture
def bluesky_account(pds, school):
    """The school's Bluesky account, connected as Settings does: its keys sealed."""
    from schoolsocial.publishing.models import NetworkAccount
    from schoolsocial.publishing.networks.accounts import seal
    from schoolsocial.publishing.networks.bluesky import BlueskyCredentials

    account = pds.default_account
    return NetworkAccount.objects.create(
        school=school, network="bluesky", connected_as=f"@{account.handle}", address=pds.url,
        credentials_encrypted=seal(BlueskyCredentials(account.handle, account.app_password,
                                                      pds.url)))


@pytest.fixture
def connected(school, bluesky_account, instance) -> None:
    """The school's Bluesky and Mastodon accounts on the fake PDS and instance, their keys
    sealed as the connect pages do (the test sets ENCRYPTION_KEYS)."""
    from schoolsocial.publishing.models import NetworkAccount
    from schoolsocial.publishing.networks.accounts import seal
    from schoolsocial.publishing.networks.mastodon import MastodonCredentials

    NetworkAccount.objects.create(
        school=school, network="mastodon", connected_as="@forefieldprimary", address=instance.url,
        max_length=500, credentials_encrypted=seal(MastodonCredentials(
            instance.url, instance.default_account.access_token, 500, instance.version)))
