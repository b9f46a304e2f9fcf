"""Pure engine tests: no database."""

from __future__ import annotations

import pytest
from rules_helpers import PUPILS

from policies import Roster


@pytest.fixture(scope="session")
def roster() -> Roster:
    return Roster(PUPILS, class_names=("Meonstoke base", "Willow class"))
