"""Held-out corpora 5 to 8 (tests/data/heldout5_corpus.jsonl, the autumn and winter terms, and
heldout6_corpus.jsonl, the spring and summer terms, written before the sixth round of engine
changes; heldout7 and heldout8, written before the eighth), all from the seed policies by
writers who never read the engine: their shape only. Corpus 5
was read while fixing in the sixth round; corpus 6 was measured unread after it, and in the
seventh its seen part (policies.accuracy.heldout_split) was read and its unseen third kept
unseen. Corpora 7 and 8 were written later in the same way, each a whole school year
against its own roster (heldout7_roster.json, heldout8_roster.json): two thirds of corpus 8
were read in the eighth round and two thirds of corpus 7 in the ninth. Corpus 9 (a Cornish
village school, heldout9_roster.json) and corpus 10 (a Leicester school, heldout10_roster.json)
were written the same way before the tenth: two thirds of corpus 9 were read in it and corpus 10
was kept unread. Corpus 11 (a north London Catholic school, heldout11_roster.json) was
written the same way in the tenth round and kept unread.
bench/bench_accuracy.py prints their figures."""

from __future__ import annotations

import json

import pytest

from policies.accuracy import (
    HELDOUT5,
    HELDOUT6,
    HELDOUT7,
    HELDOUT7_ROSTER,
    HELDOUT8,
    HELDOUT8_ROSTER,
    HELDOUT9,
    HELDOUT9_ROSTER,
    HELDOUT10,
    HELDOUT10_ROSTER,
    HELDOUT11,
    HELDOUT11_ROSTER,
    HELDOUT_ROSTER,
    load_cases,
)
from tests.rules.test_heldout3_corpus import FAMILIES

PRESETS = {"droxford", "highfield", "carlton", "unsworth", "forefield"}
CORPORA = [
    pytest.param(path, id=path.stem.removesuffix("_corpus"))
    for path in (HELDOUT5, HELDOUT6, HELDOUT7, HELDOUT8, HELDOUT9, HELDOUT10, HELDOUT11)
]
ROSTERS = {"heldout5": HELDOUT_ROSTER, "heldout6": HELDOUT_ROSTER, "heldout7": HELDOUT7_ROSTER,
           "heldout8": HELDOUT8_ROSTER, "heldout9": HELDOUT9_ROSTER, "heldout10": HELDOUT10_ROSTER,
           "heldout11": HELDOUT11_ROSTER}


@pytest.fixture(params=CORPORA, scope="module")
def corpus(request) -> tuple[str, list[dict]]:
    return request.param.stem.removesuffix("_corpus"), load_cases(request.param)


def test_the_corpus_is_big_balanced_and_covers_every_family_and_preset(corpus):
    name, cases = corpus
    assert len(cases) >= 1100 and len({c["group"] for c in cases}) >= 280
    assert 0.4 <= sum(c["harmful"] for c in cases) / len(cases) <= 0.6
    assert {c["family"] for c in cases} == FAMILIES
    assert {c["preset"] for c in cases} == PRESETS
    assert len({c["id"] for c in cases}) == len(cases)
    assert all(c["id"].startswith(f"{name}-") for c in cases)


def test_every_family_has_harmful_and_benign_cases(corpus):
    _, cases = corpus
    for family in FAMILIES:
        assert {c["harmful"] for c in cases if c["family"] == family} == {True, False}, family


def test_each_sentence_is_one_group_judged_under_three_to_five_presets(corpus):
    _, cases = corpus
    groups: dict[int, list[dict]] = {}
    for case in cases:
        groups.setdefault(case["group"], []).append(case)
    for group in groups.values():
        assert len({c["text"] for c in group}) == 1
        assert 3 <= len({c["preset"] for c in group}) == len(group) <= 5
    assert len({c["text"] for c in cases}) == len(groups)


def test_every_harmful_case_names_its_rule_and_one_fact_caps_findings(corpus):
    _, cases = corpus
    assert all(c.get("rule") for c in cases if c["harmful"])
    limited = [c for c in cases if c["family"] == "one_fact" and "max_findings" in c]
    assert limited and all(c["max_findings"] >= 1 for c in limited)


def test_every_tagged_pupil_is_on_its_corpus_roster(corpus):
    name, cases = corpus
    roster = json.loads(ROSTERS[name].read_text(encoding="utf-8"))["pupils"]
    pupils = {f"{p['first_name']} {p['last_name']}" for p in roster}
    tagged = {name for c in cases for photo in c["photos"] for name in photo["pupils"]}
    assert tagged and tagged <= pupils
