"""Held-out corpus 6 (tests/data/heldout6_corpus.jsonl: the spring and summer terms, written
from the seed policies before the sixth round of engine changes, by a writer who never read the
engine): its shape only. It was measured, unread, after the sixth round; in the seventh its seen
part (policies.accuracy.heldout_split) was read while fixing and its unseen third kept unseen.
bench/bench_accuracy.py prints both."""

from __future__ import annotations

import json
from collections import Counter

from policies.accuracy import HELDOUT6, HELDOUT_ROSTER, load_cases
from tests.rules.test_heldout3_corpus import FAMILIES

CASES = load_cases(HELDOUT6)
PRESETS = {"droxford", "highfield", "carlton", "unsworth", "forefield"}


def test_the_corpus_is_big_balanced_and_covers_every_family_and_preset():
    assert len(CASES) >= 1100 and len({c["group"] for c in CASES}) >= 280
    assert 0.4 <= sum(c["harmful"] for c in CASES) / len(CASES) <= 0.6
    assert {c["family"] for c in CASES} == FAMILIES
    assert {c["preset"] for c in CASES} == PRESETS
    assert len({c["id"] for c in CASES}) == len(CASES)
    assert all(c["id"].startswith("heldout6-") for c in CASES)


def test_every_family_has_harmful_and_benign_cases():
    kinds = Counter((c["family"], c["harmful"]) for c in CASES)
    assert all(kinds[(family, True)] and kinds[(family, False)] for family in FAMILIES)


def test_each_sentence_is_one_group_judged_by_three_to_five_presets():
    groups: dict[int, list[dict]] = {}
    for case in CASES:
        groups.setdefault(case["group"], []).append(case)
    for cases in groups.values():
        assert len({c["text"] for c in cases}) == 1
        assert 3 <= len({c["preset"] for c in cases}) == len(cases) <= 5


def test_every_harmful_case_names_its_rule_and_the_one_fact_family_caps_findings():
    harmful = [c for c in CASES if c["harmful"]]
    assert all(c.get("rule") for c in harmful)
    assert any("max_findings" in c for c in CASES if c["family"] == "one_fact")


def test_every_tagged_pupil_is_on_the_roster():
    roster = json.loads(HELDOUT_ROSTER.read_text(encoding="utf-8"))["pupils"]
    pupils = {f"{p['first_name']} {p['last_name']}" for p in roster}
    tagged = {name for c in CASES for photo in c["photos"] for name in photo["pupils"]}
    assert tagged and tagged <= pupils
