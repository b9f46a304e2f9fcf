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
        ("sport", [("block", None)]),
        ("celebration", [("block", None)]),
    ],
)
def test_unsworth_only_tweets_learning_trips_residentials_and_urgent_news(category, expected):
    assert findings_of("category", "News", "unsworth", category=category) == expected


def test_droxford_allows_every_category_unless_narrowed():
    assert findings_of("category", "News", "droxford", category="sport") == []
    narrowed = {"category": {"allowed": ["learning"]}}
    assert findings_of("category", "News", "droxford", category="sport", overrides=narrowed) == [
        ("block", None)
    ]
