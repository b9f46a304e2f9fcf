"""The sixth held-out corpus (tests/data/heldout5_corpus.jsonl, autumn and winter terms, written
from the seed policies before the engine saw it): its shape only. All of it is unseen: it is
measured, never read nor tuned against, so it has no per-case test."""

from __future__ import annotations

import json

from policies.accuracy import DATA, HELDOUT_ROSTER, load_cases
from tests.rules.test_heldout3_corpus import FAMILIES

HELDOUT5 = DATA / "heldout5_corpus.jsonl"
CASES = load_cases(HELDOUT5)
PRESETS = {"droxford", "highfield", "carlton", "unsworth", "forefield"}


def test_the_corpus_is_big_balanced_and_covers_every_family_and_preset():
    assert len(CASES) >= 1100 and len({c["group"] for c in CASES}) >= 280
    assert 0.4 <= sum(c["harmful"] for c in CASES) / len(CASES) <= 0.6
    assert {c["family"] for c in CASES} == FAMILIES
    assert {c["preset"] for c in CASES} == PRESETS
    assert len({c["id"] for c in CASES}) == len(CASES)
    assert all(c["id"].startswith("heldout5-") for c in CASES)


def test_every_family_has_harmful_and_benign_cases():
    for family in FAMILIES:
        kinds = {c["harmful"] for c in CASES if c["family"] == family}
        assert kinds == {True, False}, family


def test_each_sentence_is_one_group_judged_under_three_to_five_presets():
    groups: dict[int, list[dict]] = {}
    for case in CASES:
        groups.setdefault(case["group"], []).append(case)
    for cases in groups.values():
        assert len({c["text"] for c in cases}) == 1
        assert 3 <= len({c["preset"] for c in cases}) == len(cases) <= 5
    assert len({c["text"] for c in CASES}) == len(groups)


def test_every_tagged_pupil_is_on_the_roster():
    roster = json.loads(HELDOUT_ROSTER.read_text(encoding="utf-8"))["pupils"]
    pupils = {f"{p['first_name']} {p['last_name']}" for p in roster}
    tagged = {name for c in CASES for photo in c["photos"] for name in photo["pupils"]}
    assert tagged and tagged <= pupils


def test_the_one_fact_family_keeps_cases_limited_to_one_finding_per_child():
    limited = [c for c in CASES if c["family"] == "one_fact" and "max_findings" in c]
    assert limited and all(c["max_findings"] >= 1 for c in limited)
