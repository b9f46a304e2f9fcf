"""load_policy(): a preset with a school's adjustments, checked. Apart from policy.py (what a
policy is) and presets.py (the five written policies, built from policy.py), so that neither
imports the other back (issue 13).
"""

from __future__ import annotations

from policies.policy import RULE_SPECS, Policy, PolicyError, RuleConfig, check_rule
from policies.presets import PRESETS


def load_policy(name: str, overrides: dict | None = None) -> Policy:
    """The preset called `name` with `overrides` ({rule: {param: value, "enabled": bool,
    "severity": str}}) applied and checked against what each rule allows."""
    try:
        preset = PRESETS[name]
    except KeyError:
        known = ", ".join(sorted(PRESETS))
        raise PolicyError(f"unknown preset {name!r} (known: {known})") from None
    if overrides is not None and not isinstance(overrides, dict):
        raise PolicyError("overrides must map rule names to their parameters")
    rules = dict(preset.rules)
    for rule_id, changes in (overrides or {}).items():
        if rule_id not in rules:
            raise PolicyError(f"unknown rule {rule_id!r} in overrides (known: {', '.join(rules)})")
        if not isinstance(changes, dict):
            raise PolicyError(f"overrides for rule {rule_id!r} must be an object of parameters")
        config = rules[rule_id]
        params = dict(config.params)
        enabled, severity = config.enabled, config.severity
        for key, value in changes.items():
            if key == "enabled":
                if not isinstance(value, bool):
                    raise PolicyError(f"rule {rule_id!r}: 'enabled' must be true or false")
                if not value and not RULE_SPECS[rule_id].can_disable:
                    raise PolicyError(f"rule {rule_id!r} keeps children safe and cannot be off")
                enabled = value
            elif key == "severity":
                severity = value
            else:
                params[key] = value
        rules[rule_id] = check_rule(
            rule_id, RuleConfig(enabled, severity, config.clause, params, config.note)
        )
    return Policy(preset.name, preset.title, rules, preset.headteacher_may_self_approve)
