from __future__ import annotations

import pytest
from rules_helpers import findings_of


@pytest.mark.parametrize(
    ("category", "expected"),
    [
        ("learning", []),
        ("trip", []),
        ("residential", []),
        ("urgent", []),
        ("reminder", []),  # class reminders are allowed explicitly
        ("celebration", []),  # its aims: celebrate achievements and successes
        ("news", []),  # its aims: school updates
        ("sport", [("block", None)]),
        ("event", [("block", None)]),
    ],
)
def test_unsworth_tweets_what_its_policy_lists(category, expected):
    assert findings_of("category", "News", "unsworth", category=category) == expected


def test_droxford_allows_every_category_unless_narrowed():
    assert findings_of("category", "News", "droxford", category="sport") == []
    narrowed = {"category": {"allowed": ["learning"]}}
    assert findings_of("category", "News", "droxford", category="sport", overrides=narrowed) == [
        ("block", None)
    ]
