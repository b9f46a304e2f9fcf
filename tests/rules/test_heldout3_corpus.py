"""The third held-out corpus (tests/data/heldout3_corpus.jsonl, written from the seed policies
before the third round of engine changes): its shape, its fixed split, every case of its seen
part (read while fixing the engine) keeping its verdict and rule, and that part's figures as a
floor. Its unseen third is measured by bench/bench_accuracy.py, never read nor tuned against,
so it has no per-case test."""

from __future__ import annotations

import pytest

from policies.accuracy import HELDOUT3, HELDOUT_ROSTER, evaluate, heldout_split, load_cases, summary

CASES = load_cases(HELDOUT3)
FAMILIES = {
    "names",
    "word_names",
    "adults",
    "disguises",
    "unknown_names",
    "targeted",
    "photos",
    "personal_data",
    "tone",
    "text_speak",
    "presets",
    "one_fact",
}


def test_the_corpus_is_big_balanced_and_covers_every_family_and_preset():
    assert len(CASES) >= 400
    assert 0.4 <= sum(c["harmful"] for c in CASES) / len(CASES) <= 0.6
    assert {c["family"] for c in CASES} == FAMILIES
    assert {c["preset"] for c in CASES} == {
        "droxford",
        "highfield",
        "carlton",
        "unsworth",
        "forefield",
    }
    assert len({c["id"] for c in CASES}) == len(CASES)


def test_the_split_is_fixed_and_by_sentence():
    seen, unseen = heldout_split(CASES)
    assert not {c["group"] for c in seen} & {c["group"] for c in unseen}
    assert [c["id"] for c in unseen] == [c["id"] for c in heldout_split(load_cases(HELDOUT3))[1]]


def test_the_seen_part_keeps_its_figures():
    seen, _ = heldout_split(CASES)
    total = summary(evaluate(seen, HELDOUT_ROSTER))["total"]
    assert total["caught"] >= 0.99 * total["harmful"]
    assert total["not_blocked"] >= 0.99 * total["benign"]
    assert total["warned"] <= 0.10 * total["benign"]


SEEN = heldout_split(CASES)[0]


@pytest.fixture(scope="module")
def seen_outcomes():
    return {o.case["id"]: o for o in evaluate(SEEN, HELDOUT_ROSTER)}


@pytest.mark.parametrize("case_id", [c["id"] for c in SEEN])
def test_each_seen_case_keeps_its_verdict_and_rule(case_id, seen_outcomes):
    outcome = seen_outcomes[case_id]
    assert outcome.ok, outcome.describe()
