"""A school's policy: a preset's rule parameters plus the school's overrides, checked against what
each rule allows."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from policies.facts import CATEGORIES, EXCEPTIONS

BLOCK_OR_WARN = ("block", "warn")
ALLOW_WARN_BLOCK = ("allow", "warn", "block")
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_TIME = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


class PolicyError(ValueError):
    """An unknown preset, rule or parameter, or a value outside what the rule allows."""


@dataclass(frozen=True)
class RuleConfig:
    enabled: bool = True
    severity: str = "block"
    clause: str = ""
    params: dict = field(default_factory=dict)
    note: str = ""  # how the product enforces the clause where a machine cannot check it exactly


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


@dataclass(frozen=True)
class Param:
    """What a rule parameter may hold; a headteacher's adjustment must stay inside it."""

    kind: str  # choice, bool, int, time, days, subset, words
    label: str
    choices: tuple = ()
    low: int | None = None
    high: int | None = None

    def check(self, value: Any) -> Any:
        """The value in its stored form, or ValueError saying what is allowed."""
        kind = self.kind
        if kind == "bool":
            if not isinstance(value, bool):
                raise ValueError("must be true or false")
            return value
        if kind == "int":
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValueError(f"must be a whole number from {self.low} to {self.high}")
            if not self.low <= value <= self.high:
                raise ValueError(f"must be from {self.low} to {self.high}, not {value}")
            return value
        if kind == "choice":
            if value not in self.choices:
                raise ValueError(f"must be one of {', '.join(self.choices)}, not {value!r}")
            return value
        if kind == "time":
            if not isinstance(value, str) or not _TIME.match(value):
                raise ValueError(f"must be a time written HH:MM, not {value!r}")
            return value
        if kind in ("days", "subset"):
            options = DAYS if kind == "days" else self.choices
            if not isinstance(value, list | tuple) or not value:
                raise ValueError(f"must be a non-empty list drawn from {', '.join(options)}")
            unknown = [v for v in value if v not in options]
            if unknown:
                raise ValueError(f"{unknown[0]!r} is not one of {', '.join(options)}")
            return tuple(o for o in options if o in value)
        if kind == "words":
            if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
                raise ValueError("must be a list of words or phrases")
            return tuple(v.strip() for v in value if v.strip())
        raise AssertionError(kind)

    def describe(self) -> dict:
        found: dict[str, Any] = {"kind": self.kind, "label": self.label}
        if self.kind in ("choice", "subset"):
            found["choices"] = list(self.choices)
        if self.kind == "days":
            found["choices"] = list(DAYS)
        if self.kind == "int":
            found["min"], found["max"] = self.low, self.high
        return found


@dataclass(frozen=True)
class RuleSpec:
    title: str
    checks: str  # what the machine checks, in a teacher's words
    params: dict[str, Param]
    severities: tuple[str, ...] = BLOCK_OR_WARN  # the severities a school may choose
    can_disable: bool = True


# X's reply_settings on POST /2/tweets (its own values), in the words the Rules page uses;
# "everyone" is X's default, sent as no reply_settings at all.
REPLY_SETTINGS = {
    "mentionedUsers": "Only accounts the post mentions",
    "following": "Only accounts the school's account follows",
    "verified": "Only verified accounts",
    "subscribers": "Only the account's subscribers",
    "everyone": "Everyone",
}


def reply_settings(policy: Policy) -> str | None:
    """What POST /2/tweets is sent as reply_settings for the policy (None: everyone)."""
    chosen = policy.rules["reply"].params.get("who_may_reply", "mentionedUsers")
    return None if chosen == "everyone" else chosen


def who_may_reply(policy: Policy) -> str:
    """reply_settings in the Rules page's words."""
    return REPLY_SETTINGS[reply_settings(policy) or "everyone"]


def _choice(label: str, choices: tuple[str, ...]) -> Param:
    return Param("choice", label, choices)


RULE_SPECS: dict[str, RuleSpec] = {
    "posting_hours": RuleSpec(
        "Posting hours",
        "The time a post goes out, in the school's timezone, is inside the posting window; "
        "outside it only for an allowed exception with a reason.",
        {
            "days": Param("days", "Days posts may go out"),
            "start": Param("time", "Earliest time (HH:MM)"),
            "end": Param("time", "Latest time (HH:MM)"),
            "exclude_bank_holidays": Param("bool", "No posts on England and Wales bank holidays"),
            "exceptions": Param("subset", "Exceptions allowed outside the window", EXCEPTIONS),
            "min_reason_length": Param("int", "Shortest reason for an exception", (), 1, 200),
        },
    ),
    "child_name": RuleSpec(
        "Children's names",
        "Names of pupils on the roster (also when disguised by spacing, accents, look-alike "
        "letters, leetspeak, hashtags or handles) and likely children's names not on it.",
        {
            "full_name": _choice("A pupil's full name", BLOCK_OR_WARN),
            "surname": _choice("A pupil's surname", BLOCK_OR_WARN),
            "first_name": _choice("A pupil's first or known-as name", ALLOW_WARN_BLOCK),
            "initials": _choice("A pupil's initials", ALLOW_WARN_BLOCK),
            "unknown_names": _choice("A likely child's name not on the roster", ("allow", "warn")),
        },
        severities=("block",),
        can_disable=False,
    ),
    "name_with_photo": RuleSpec(
        "Names with photos",
        "Pupil names or initials in a post that carries a photo.",
        {
            "full_name": _choice("A full name with a photo", BLOCK_OR_WARN),
            "surname": _choice("A surname with a photo", BLOCK_OR_WARN),
            "first_name": _choice("A first name with a photo", BLOCK_OR_WARN),
            "initials": _choice("Initials with a photo", ALLOW_WARN_BLOCK),
            "initials_if_unidentifiable": Param(
                "bool", "Initials allowed when every photo shows no identifiable pupil"
            ),
        },
        severities=("block",),
    ),
    "photo_consent": RuleSpec(
        "Photo consent",
        "Every pupil tagged in a photo has consent in force for that use; each photo says who "
        "is shown or that nobody is identifiable; faces found on a photo said to show nobody.",
        {
            "unidentifiable_needs_consent": Param(
                "bool", "Consent needed even when no pupil is identifiable (hands, backs of heads)"
            ),
            "faces_not_checked": _choice(
                "A 'no face' consent on a photo whose faces were not detected", BLOCK_OR_WARN
            ),
        },
        severities=("block",),
        can_disable=False,
    ),
    "targeted_praise": RuleSpec(
        "Individually targeted content",
        "Praise or comment aimed at one child (well done, congratulations, happy birthday... "
        "next to a name, initials or 'one pupil').",
        {},
    ),
    "text_speak": RuleSpec(
        "Text language",
        "Text speak such as lol, gr8 and l8r.",
        {"extra_terms": Param("words", "More terms to treat as text speak")},
    ),
    "negative_tone": RuleSpec(
        "Negative tone",
        "Derogatory, upsetting or opinionated wording, from a word list: a human reads the rest.",
        {
            "insults": _choice("Derogatory words", BLOCK_OR_WARN),
            "negative": _choice("Upsetting or negative words", ALLOW_WARN_BLOCK),
            "aimed": _choice("Negative remarks aimed at people", ALLOW_WARN_BLOCK),
            "opinion": _choice("Personal opinions", ALLOW_WARN_BLOCK),
            "extra_terms": Param("words", "More derogatory words or phrases"),
        },
        severities=("block",),
    ),
    "spelling": RuleSpec(
        "Spelling",
        "Words not in the British English word list, American spellings, and simple slips "
        "(a repeated word, a lower-case 'i'). Grammar itself needs a human reader.",
        {
            "british": Param("bool", "Flag American spellings (color, favorite)"),
            "grammar_hints": Param("bool", "Flag repeated words and a lower-case 'i'"),
            "allowed_words": Param("words", "Words to accept (place names, school words)"),
        },
    ),
    "personal_data": RuleSpec(
        "Personal data",
        "Phone numbers, e-mail addresses, postcodes and street addresses, dates of birth.",
        {
            "phone": _choice("Phone numbers", BLOCK_OR_WARN),
            "email": _choice("E-mail addresses", BLOCK_OR_WARN),
            "address": _choice("Postcodes and street addresses", BLOCK_OR_WARN),
            "date_of_birth": _choice("Dates of birth", BLOCK_OR_WARN),
            "allowed": Param("words", "The school's own public contact details"),
        },
        severities=("block",),
        can_disable=False,
    ),
    "length": RuleSpec(
        "Length",
        "At most the allowed weighted characters as X counts them (links 23, emoji 2).",
        {"limit": Param("int", "Longest post", (), 1, 280)},
        severities=("block",),
        can_disable=False,
    ),
    "category": RuleSpec(
        "Category",
        "The post's category is one the policy allows.",
        {"allowed": Param("subset", "Categories allowed", CATEGORIES)},
    ),
    "alt_text": RuleSpec(
        "Alt text",
        "Every photo has a description for people who cannot see it.",
        {"min_length": Param("int", "Shortest description", (), 1, 200)},
    ),
    "reply": RuleSpec(
        "Replies",
        "Replies to other accounts, and posts that begin with an @handle (which read as replies). "
        "Every post is sent to X saying who may reply to it.",
        {
            "mention_at_start": _choice("A post beginning with @handle", ALLOW_WARN_BLOCK),
            "who_may_reply": _choice(
                "Who may reply to the school's posts on X", tuple(REPLY_SETTINGS)
            ),
        },
    ),
}


def check_rule(rule_id: str, config: RuleConfig) -> RuleConfig:
    """The config with each parameter checked against its rule; PolicyError names a fault."""
    spec = RULE_SPECS.get(rule_id)
    if spec is None:
        raise PolicyError(f"unknown rule {rule_id!r} (known: {', '.join(RULE_SPECS)})")
    if config.severity not in spec.severities:
        raise PolicyError(
            f"rule {rule_id!r}: severity must be one of {', '.join(spec.severities)}, "
            f"not {config.severity!r}"
        )
    params = {}
    for key, value in config.params.items():
        param = spec.params.get(key)
        if param is None:
            known = ", ".join(spec.params) or "none"
            raise PolicyError(f"unknown parameter {key!r} for rule {rule_id!r} (known: {known})")
        try:
            params[key] = param.check(value)
        except ValueError as error:
            raise PolicyError(f"rule {rule_id!r}, parameter {key!r} {error}") from None
    missing = set(spec.params) - set(params)
    if missing:
        raise PolicyError(f"rule {rule_id!r} lacks parameter {sorted(missing)[0]!r}")
    if rule_id == "posting_hours" and params["start"] >= params["end"]:
        raise PolicyError("rule 'posting_hours': start must be before end")
    return RuleConfig(config.enabled, config.severity, config.clause, params, config.note)


def describe(policy: Policy) -> list[dict]:
    """The school's rules for a "your school's rules" page: each rule with the clause behind it,
    its parameters, and what a headteacher may change (choices or range)."""
    rules = []
    for rule_id, spec in RULE_SPECS.items():
        config = policy.rules[rule_id]
        rules.append(
            {
                "rule": rule_id,
                "title": spec.title,
                "checks": spec.checks,
                "enabled": config.enabled,
                "may_disable": spec.can_disable,
                "severity": config.severity,
                "severities": list(spec.severities),
                "clause": config.clause,
                "note": config.note,
                "params": {
                    k: list(v) if isinstance(v, tuple) else v for k, v in config.params.items()
                },
                "adjustable": {k: p.describe() for k, p in spec.params.items()},
            }
        )
    return rules
