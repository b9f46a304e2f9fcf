"""A school's policy: a preset's rule parameters plus the school's overrides."""

from __future__ import annotations

from copy import deepcopy
from dataclasses import dataclass, field


class PolicyError(ValueError):
    """An unknown preset, rule or parameter, or a value outside what the rule allows."""


@dataclass(frozen=True)
class RuleConfig:
    enabled: bool = True
    severity: str = "block"
    clause: str = ""
    params: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Policy:
    name: str
    title: str
    rules: dict[str, RuleConfig]
    # Policy-level facts the product uses outside the rules engine.
    headteacher_may_self_approve: bool = False

    def rule(self, rule_id: str) -> RuleConfig | None:
        config = self.rules.get(rule_id)
        return config if config and config.enabled else None


def load_policy(name: str, overrides: dict | None = None) -> Policy:
    """The preset called `name` with `overrides` ({rule: {param: value}}) applied and checked."""
    from policies.presets import PRESETS

    try:
        preset = PRESETS[name]
    except KeyError:
        known = ", ".join(sorted(PRESETS))
        raise PolicyError(f"unknown preset {name!r} (known: {known})") from None
    rules = deepcopy(preset.rules)
    for rule_id, params in (overrides or {}).items():
        if rule_id not in rules:
            raise PolicyError(f"unknown rule {rule_id!r} in overrides")
        config = rules[rule_id]
        merged = dict(config.params)
        enabled = config.enabled
        for key, value in params.items():
            if key == "enabled":
                enabled = bool(value)
            elif key not in merged:
                raise PolicyError(f"unknown parameter {key!r} for rule {rule_id!r}")
            else:
                merged[key] = value
        rules[rule_id] = RuleConfig(enabled, config.severity, config.clause, merged)
    return Policy(preset.name, preset.title, rules, preset.headteacher_may_self_approve)
