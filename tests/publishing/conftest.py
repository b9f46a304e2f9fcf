"""The fake X server on a free port of 127.0.0.1, and an x publisher pointed at it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import time_machine
from cryptography.fernet import Fernet

from schoolsocial.publishing.backends import Credentials, MemoryPublisher, XPublisher
from schoolsocial.publishing.fake_x import FakeX
from tests.seasons import ten_am

TEST_KEY = Fernet.generate_key().decode()


@pytest.fixture
def x_publisher(fake_x: FakeX, credentials: Credentials) -> Iterator[XPublisher]:
    publisher = XPublisher(credentials=credentials, api_base_url=fake_x.url, timeout=(2, 2))
    yield publisher
    publisher.close()


@pytest.fixture(autouse=True)
def _encryption_key(settings) -> None:
    """pytest runs with DEBUG off, where crypto.py needs ENCRYPTION_KEYS set."""
    settings.ENCRYPTION_KEYS = [TEST_KEY]


@pytest.fixture(autouse=True)
def _empty_memory_publisher() -> Iterator[None]:
    MemoryPublisher.reset()
    yield
    MemoryPublisher.reset()


@pytest.fixture
def at_ten() -> Iterator[time_machine.travel]:
    """10:00 on the season's school day, the clock running."""
    with time_machine.travel(ten_am(), tick=True) as traveller:
        yield traveller


@pytest.fixture(autouse=True)
def _through_the_year(season) -> None:
    """Every publishing test runs in each season of tests/seasons.py."""
