from __future__ import annotations

import pytest

from policies import PolicyError, describe, load_policy


@pytest.mark.parametrize(
    ("name", "overrides", "message"),
    [
        ("nope", None, "unknown preset 'nope'"),
        ("droxford", {"posting_hourz": {}}, "unknown rule 'posting_hourz'"),
        ("droxford", {"length": {"limt": 200}}, "unknown parameter 'limt' for rule 'length'"),
        ("droxford", {"length": {"limit": 281}}, "must be from 1 to 280, not 281"),
        ("droxford", {"length": {"limit": "200"}}, "must be a whole number"),
        ("droxford", {"posting_hours": {"start": "8am"}}, "must be a time written HH:MM"),
        ("droxford", {"posting_hours": {"start": "19:00"}}, "start must be before end"),
        ("droxford", {"posting_hours": {"days": ["mon", "funday"]}}, "'funday' is not one of"),
        ("droxford", {"child_name": {"full_name": "allow"}}, "must be one of block, warn"),
        ("droxford", {"child_name": {"enabled": False}}, "cannot be off"),
        ("droxford", {"reply": {"enabled": "no"}}, "'enabled' must be true or false"),
        ("droxford", {"reply": {"severity": "shout"}}, "severity must be one of block, warn"),
        ("droxford", {"category": {"allowed": ["gossip"]}}, "'gossip' is not one of"),
    ],
)
def test_it_rejects_what_the_rules_do_not_allow(name, overrides, message):
    with pytest.raises(PolicyError, match=message.replace("(", r"\(")):
        load_policy(name, overrides)


def test_a_headteacher_may_adjust_within_the_rules():
    policy = load_policy(
        "droxford",
        {
            "posting_hours": {"start": "07:30", "days": ["fri", "mon"]},
            "reply": {"enabled": False},
            "negative_tone": {"opinion": "warn"},
        },
    )
    assert policy.rule("posting_hours").params["days"] == ("mon", "fri")
    assert policy.rule("posting_hours").params["start"] == "07:30"
    assert policy.rule("reply") is None
    assert policy.rule("negative_tone").params["opinion"] == "warn"
    assert load_policy("droxford").rule("negative_tone").params["opinion"] == "allow"


def test_describe_shows_each_rule_with_its_clause_and_what_may_change():
    rules = {r["rule"]: r for r in describe(load_policy("unsworth"))}
    assert len(rules) == 13
    category = rules["category"]
    assert category["clause"].startswith("The school Twitter account will only tweet content")
    assert set(category["params"]["allowed"]) == {
        "learning", "trip", "residential", "urgent", "reminder", "celebration", "news"
    }
    assert "sport" in category["adjustable"]["allowed"]["choices"]
    assert rules["length"]["adjustable"]["limit"] == {
        "kind": "int",
        "label": "Longest post",
        "min": 1,
        "max": 280,
    }
    assert rules["child_name"]["may_disable"] is False
    assert rules["posting_hours"]["enabled"] is False
