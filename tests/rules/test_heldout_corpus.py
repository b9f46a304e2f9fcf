"""Every case of the held-out corpus (tests/data/heldout_corpus.jsonl, written from the seed
policies before the engine saw it) keeps its verdict and rule, in both parts of its split: the
sentences seen while fixing the engine and the third kept unseen until it was measured."""

from __future__ import annotations

import json

import pytest

from policies import load_policy
from policies.accuracy import HELDOUT, HELDOUT_ROSTER, evaluate, heldout_split, load_cases
from policies.batch import Batch, _Field, roster_from
from policies.engine import check

CASES = load_cases(HELDOUT)


def test_the_corpus_is_big_balanced_and_split_by_sentence():
    assert len(CASES) >= 400
    harmful = sum(c["harmful"] for c in CASES)
    assert 0.4 <= harmful / len(CASES) <= 0.6
    assert {c["preset"] for c in CASES} == {
        "droxford", "highfield", "carlton", "unsworth", "forefield"
    }
    seen, unseen = heldout_split(CASES)
    assert len(seen) + len(unseen) == len(CASES)
    groups = {c["group"] for c in CASES}
    unseen_groups = {c["group"] for c in unseen}
    assert len(unseen_groups) == len(groups) // 3
    assert not unseen_groups & {c["group"] for c in seen}  # a sentence never straddles


def test_the_split_is_fixed():
    first = [c["id"] for c in heldout_split(CASES)[1]]
    again = [c["id"] for c in heldout_split(load_cases(HELDOUT))[1]]
    assert first == again


def test_the_roster_carries_classes_for_the_questions():
    pupils = json.loads(HELDOUT_ROSTER.read_text(encoding="utf-8"))["pupils"]
    assert all(p.get("group") for p in pupils)


@pytest.fixture(scope="module")
def outcomes():
    return {o.case["id"]: o for o in evaluate(CASES, HELDOUT_ROSTER)}


@pytest.mark.parametrize("case_id", [c["id"] for c in CASES])
def test_each_case_keeps_its_verdict_and_rule(case_id, outcomes):
    outcome = outcomes[case_id]
    assert outcome.ok, outcome.describe()


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("Photos of Summer at the fair", "Is “Summer” here Summer O. in 2B, a pupil"),
        (
            "Grace helped in the library",
            "“Grace” is the name of a pupil on your roster (Grace P. in 4B)",
        ),
    ],
)
def test_a_name_finding_names_the_pupil_and_class(text, question):
    data = json.loads(HELDOUT_ROSTER.read_text(encoding="utf-8"))
    batch = Batch(load_policy("highfield"), roster_from(data["pupils"], _Field("roster")))
    draft, roster = batch.draft({"text": text}, 1)
    messages = [f.message for f in check(draft, batch.policy, roster).findings]
    assert any(m.startswith(question) for m in messages), messages
