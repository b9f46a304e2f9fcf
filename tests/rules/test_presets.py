"""Each preset against its own document, clause by clause."""

from __future__ import annotations

from datetime import datetime

import pytest
from rules_helpers import LONDON, run

from policies import PhotoFacts
from policies.presets import PRESETS

SATURDAY = datetime(2025, 6, 7, 11, 0, tzinfo=LONDON)
FACE = (PhotoFacts(pupils=("1",), faces=1, alt_text="Year 4 painting a mural"),)
HANDS = (PhotoFacts(no_identifiable_pupils=True, alt_text="Hands shaping a clay pot"),)
REFUSED = (PhotoFacts(pupils=("2",), faces=1, alt_text="Year 4 painting a mural"),)

# (preset, the clause in the policy's words, text, facts, the rules expected to block / warn)
CASES = [
    (
        "droxford",
        "tweet between 8am and 6pm between Monday and Friday",
        "School news",
        {"when": SATURDAY},
        {"posting_hours": "block"},
    ),
    (
        "droxford",
        "outside of this time ... for school events",
        "Match report",
        {
            "when": SATURDAY,
            "exception": "event",
            "exception_reason": "Football match against Meon Valley",
        },
        {},
    ),
    (
        "droxford",
        "will only not use names when referencing children",
        "Lovely work from Josh",
        {},
        {"child_name": "block"},
    ),
    (
        "droxford",
        "reference classes and yeargroups ... Meonstoke base",
        "Look at the fantastic Maths work from Meonstoke base this morning!",
        {},
        {},
    ),
    (
        "droxford",
        "Individually targeted content will not be posted",
        "Well done Josh a better lesson today",
        {},
        {"child_name": "block"},
    ),
    (
        "droxford",
        "will not reply to any 'mentions' or 'replies'",
        "Thank you!",
        {"reply_to": "@parent"},
        {"reply": "block"},
    ),
    (
        "droxford",
        "only post photos of children's for whom we have permission",
        "Art week",
        {"photos": REFUSED},
        {"photo_consent": "block"},
    ),
    ("droxford", "We may also tweet examples of school work", "Art week", {"photos": HANDS}, {}),
    (
        "highfield",
        "Tweets are permitted both within and outside of school hours",
        "School news",
        {"when": SATURDAY},
        {},
    ),
    (
        "highfield",
        "will not use children's full names when presented with an image",
        "Painting by Josh Smith",
        {"photos": FACE},
        {"name_with_photo": "block"},
    ),
    (
        "highfield",
        "In most instances, children will not be identified by name",
        "Painting by Josh",
        {},
        {"child_name": "warn"},
    ),
    (
        "highfield",
        "Personal opinions and derogatory comments will not be posted",
        "I think the new rules are stupid",
        {},
        {"negative_tone": "block"},
    ),
    (
        "highfield",
        "Tweets must be grammatically correct",
        "We recieved a grant",
        {},
        {"spelling": "warn"},
    ),
    (
        "carlton",
        "will not contain text language like lol, gr8 or l8r",
        "Gr8 day lol",
        {},
        {"text_speak": "block"},
    ),
    (
        "carlton",
        "no names of pupils will be used alongside any pictures of pupils",
        "Painting by Josh",
        {"photos": FACE},
        {"name_with_photo": "block"},
    ),
    (
        "carlton",
        "seeks photographic consent of all the pupils",
        "Art week",
        {"photos": REFUSED},
        {"photo_consent": "block"},
    ),
    (
        "carlton",
        "will not be used to engage with individual parents directly",
        "Thanks!",
        {"reply_to": "@parent"},
        {"reply": "block"},
    ),
    (
        "unsworth",
        "will only use children's first names or initials",
        "Lovely story from Josh",
        {},
        {},
    ),
    (
        "unsworth",
        "will not put names or initials with pictures",
        "Lovely story from JS",
        {"photos": FACE},
        {"name_with_photo": "block"},
    ),
    (
        "unsworth",
        "their initials may be used (unidentifiable photo)",
        "Lovely pot from JS",
        {"photos": HANDS},
        {},
    ),
    (
        "unsworth",
        "only tweet content related to teaching and learning, trips, residential",
        "Sports results",
        {"category": "sport"},
        {"category": "block"},
    ),
    (
        "unsworth",
        "Individually targeted content will not be posted",
        "Well done Josh a better lesson today",
        {},
        {"targeted_praise": "block"},
    ),
    (
        "unsworth",
        'Tweets to a year group or class along the lines of "don\'t forget the..."',
        "Don't forget the Year 4 trip tomorrow!",
        {"category": "trip"},
        {},
    ),
    (
        "forefield",
        "No details or opinions relating to pupils will be posted",
        "Brilliant story from Josh",
        {},
        {"child_name": "block"},
    ),
    (
        "forefield",
        "Never post personal or upsetting tweets",
        "Sadly some parents were rude",
        {},
        {"negative_tone": "block"},  # derogatory about parents (issue 11)
    ),
    (
        "forefield",
        "No photos ... which show pupils ... without the consent of parents",
        "Residential fun",
        {"photos": REFUSED},
        {"photo_consent": "block"},
    ),
]


@pytest.mark.parametrize(
    ("preset", "clause", "text", "facts", "expected"),
    CASES,
    ids=[f"{c[0]}: {c[1][:50]}" for c in CASES],
)
def test_each_preset_enforces_its_clauses(preset, clause, text, facts, expected, roster):
    found: dict[str, str] = {}
    facts = {"category": "learning", **facts}
    for rule, severity, _ in run(text, preset, roster, **facts):
        if found.get(rule) != "block":
            found[rule] = severity
    assert found == expected


@pytest.mark.parametrize("name", sorted(PRESETS))
def test_every_enabled_rule_quotes_a_clause_or_practice(name):
    for rule_id, config in PRESETS[name].rules.items():
        if config.enabled:
            assert config.clause, f"{name}.{rule_id} has no clause"
        else:
            assert config.note, f"{name}.{rule_id} is off without saying why"


def test_the_quoted_clauses_come_from_the_seed_documents():
    # Spot-check the wording against the documents, so a paraphrase cannot creep in.
    assert "between the hours of 8am and 6pm" in PRESETS["droxford"].rules["posting_hours"].clause
    assert "grammatically correct" in PRESETS["carlton"].rules["text_speak"].clause
    assert "teaching and learning, trips, residential visits or urgent school information" in (
        PRESETS["unsworth"].rules["category"].clause
    )


def test_only_droxford_lets_the_headteacher_approve_their_own_posts():
    assert {n for n, p in PRESETS.items() if p.headteacher_may_self_approve} == {"droxford"}
