"""Every case of the labelled corpus (tests/data/accuracy_corpus.jsonl) keeps its verdict and
rule: a change to the engine that lets a harmful draft through, or blocks an ordinary one,
fails here by the case's id."""

from __future__ import annotations

import pytest

from policies.accuracy import evaluate, load_cases, summary

CASES = load_cases()


def test_the_corpus_is_big_and_balanced():
    harmful = sum(c["harmful"] for c in CASES)
    assert len(CASES) >= 600
    assert 0.4 <= harmful / len(CASES) <= 0.6
    families = {c["family"] for c in CASES}
    assert {"word_names", "adults", "disguises", "unknown_names", "targeted", "photos",
            "personal_data", "tone", "text_speak", "presets", "one_fact"} <= families
    assert {c["preset"] for c in CASES} == {
        "droxford", "highfield", "carlton", "unsworth", "forefield"
    }


@pytest.fixture(scope="module")
def outcomes():
    return {o.case["id"]: o for o in evaluate(CASES)}


@pytest.mark.parametrize("case_id", [c["id"] for c in CASES])
def test_each_case_keeps_its_verdict_and_rule(case_id, outcomes):
    outcome = outcomes[case_id]
    assert outcome.ok, outcome.describe()


def test_the_summary_counts_what_the_bench_prints(outcomes):
    table = summary(list(outcomes.values()))
    total = table["total"]
    assert total["harmful"] + total["benign"] == len(CASES)
    assert total["caught"] >= 0.99 * total["harmful"]
    assert total["not_blocked"] >= 0.99 * total["benign"]
    assert total["warned"] <= 0.10 * total["benign"]
