"""One preset per seed policy. Parameters follow each document clause by clause."""

from __future__ import annotations

from policies.policy import Policy, RuleConfig

X_LIMIT = "X allows 280 characters (links count 23, emoji 2)."


def _base(name: str, title: str, **extra) -> Policy:
    rules = {
        "length": RuleConfig(clause=X_LIMIT, params={"limit": 280}),
    }
    return Policy(name, title, rules, **extra)


PRESETS: dict[str, Policy] = {
    p.name: p
    for p in (
        _base("droxford", "Droxford Junior School", headteacher_may_self_approve=True),
        _base("highfield", "Highfield"),
        _base("carlton", "Carlton"),
        _base("unsworth", "Unsworth"),
        _base("forefield", "Forefield"),
    )
}
