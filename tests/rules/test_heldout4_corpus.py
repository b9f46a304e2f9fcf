"""The fourth held-out corpus (tests/data/heldout4_corpus.jsonl, written from the seed policies
before the fourth round of engine changes): its shape only. All of it is unseen: it is measured
by bench/bench_accuracy.py, never read nor tuned against, so it has no per-case test."""

from __future__ import annotations

import json

from policies.accuracy import HELDOUT4, HELDOUT_ROSTER, load_cases
from tests.rules.test_heldout3_corpus import FAMILIES

CASES = load_cases(HELDOUT4)


def test_the_corpus_is_big_balanced_and_covers_every_family_and_preset():
    assert len(CASES) >= 800 and len({c["group"] for c in CASES}) >= 200
    assert 0.4 <= sum(c["harmful"] for c in CASES) / len(CASES) <= 0.6
    assert {c["family"] for c in CASES} == FAMILIES
    assert {c["preset"] for c in CASES} == {"droxford", "highfield", "carlton", "unsworth",
                                            "forefield"}
    assert len({c["id"] for c in CASES}) == len(CASES)


def test_every_tagged_pupil_is_on_the_roster():
    roster = json.loads(HELDOUT_ROSTER.read_text(encoding="utf-8"))["pupils"]
    pupils = {f"{p['first_name']} {p['last_name']}" for p in roster}
    tagged = {name for c in CASES for photo in c["photos"] for name in photo["pupils"]}
    assert tagged and tagged <= pupils
