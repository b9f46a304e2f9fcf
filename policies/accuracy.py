"""Scoring the engine on a labelled corpus (tests/data/accuracy_corpus.jsonl): each case is a
draft as policy_check reads it plus its preset, the expected verdict and, for a harmful draft,
the rule that must report it. Shared by bench/bench_accuracy.py and the corpus test."""

from __future__ import annotations

import json
import random
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from policies.batch import Batch, _Field, roster_from
from policies.engine import check
from policies.loading import load_policy
from policies.report import BLOCK, WARN, Report

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
CORPUS = DATA / "accuracy_corpus.jsonl"
ROSTER = DATA / "accuracy_roster.json"
HELDOUT = DATA / "heldout_corpus.jsonl"
HELDOUT_ROSTER = DATA / "heldout_roster.json"
HELDOUT2 = DATA / "heldout2_corpus.jsonl"  # written before the second round of engine changes
HELDOUT3 = DATA / "heldout3_corpus.jsonl"  # written before the third round of engine changes
HELDOUT4 = DATA / "heldout4_corpus.jsonl"  # written before the fourth round, kept whole unseen
HELDOUT5 = DATA / "heldout5_corpus.jsonl"  # written before the sixth round, read in it
HELDOUT6 = DATA / "heldout6_corpus.jsonl"  # before the sixth round; two thirds read in the 7th
HELDOUT7 = DATA / "heldout7_corpus.jsonl"  # a school year, own roster; 2/3 read in the 9th
HELDOUT7_ROSTER = DATA / "heldout7_roster.json"
HELDOUT8 = DATA / "heldout8_corpus.jsonl"  # a school year, own roster; 2/3 read in the 8th
HELDOUT8_ROSTER = DATA / "heldout8_roster.json"
HELDOUT9 = DATA / "heldout9_corpus.jsonl"  # a school year, own roster; 2/3 read in the 10th
HELDOUT9_ROSTER = DATA / "heldout9_roster.json"
HELDOUT10 = DATA / "heldout10_corpus.jsonl"  # a school year, own roster; kept unread in the 10th
HELDOUT10_ROSTER = DATA / "heldout10_roster.json"
# a school year, own roster; written in the tenth round, unread
HELDOUT11 = DATA / "heldout11_corpus.jsonl"
HELDOUT11_ROSTER = DATA / "heldout11_roster.json"
_DRAFT_KEYS = (
    "text",
    "when",
    "category",
    "photos",
    "staff",
    "reply_to",
    "exception",
    "exception_reason",
    "contacts",
)
SPLIT_SEED = 11  # fixed: the held-out sentences kept unseen while the engine was fixed


@dataclass(frozen=True)
class Outcome:
    case: dict
    report: Report

    @property
    def expected(self) -> tuple[str, ...]:
        e = self.case["expect"]
        return tuple(e) if isinstance(e, list) else (e,)

    @property
    def ok(self) -> bool:
        """Right verdict, right rule, and no more findings than the case allows."""
        if self.report.verdict not in self.expected:
            return False
        rule = self.case.get("rule")
        rules = (rule,) if isinstance(rule, str) else tuple(rule or ())
        if rules and not any(f.rule in rules for f in self.report.findings):
            return False
        limit = self.case.get("max_findings")
        return limit is None or len(self.report.findings) <= limit

    def describe(self) -> str:
        got = [(f.rule, f.severity) for f in self.report.findings]
        return (
            f"{self.case['id']} [{self.case['preset']}] {self.case['text']!r}: expected "
            f"{'/'.join(self.expected)} {self.case.get('rule', '')}, got {got}"
        )


def load_cases(path: Path = CORPUS) -> list[dict]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def heldout_split(cases: list[dict]) -> tuple[list[dict], list[dict]]:
    """The held-out corpus in two: (seen, unseen). A third of its sentences, chosen by a fixed
    seed, stayed unseen while the engine was fixed; every preset's copy of a sentence falls on
    the same side."""
    groups = sorted({c["group"] for c in cases})
    random.Random(SPLIT_SEED).shuffle(groups)  # noqa: S311 (a fixed split, not a secret)
    unseen = set(groups[: len(groups) // 3])
    seen = [c for c in cases if c["group"] not in unseen]
    return seen, [c for c in cases if c["group"] in unseen]


def evaluate(cases: list[dict], roster_path: Path = ROSTER) -> list[Outcome]:
    data = json.loads(roster_path.read_text(encoding="utf-8"))
    roster = roster_from(data["pupils"], _Field(str(roster_path)))
    staff = data.get("staff", [])
    batches: dict[tuple, Batch] = {}
    outcomes = []
    for n, case in enumerate(cases, 1):
        key = (case["preset"], json.dumps(case.get("overrides", {}), sort_keys=True))
        batch = batches.get(key)
        if batch is None:
            policy = load_policy(case["preset"], case.get("overrides") or None)
            batch = batches[key] = Batch(policy, roster)
        item = {k: case[k] for k in _DRAFT_KEYS if k in case}
        item.setdefault("staff", staff)
        draft, draft_roster = batch.draft(item, n)
        outcomes.append(Outcome(case, check(draft, batch.policy, draft_roster)))
    return outcomes


def summary(outcomes: list[Outcome]) -> dict[str, dict[str, float]]:
    """Per family and in total: harmful caught, benign not blocked, benign warned (counts)."""
    table: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(int))
    for o in outcomes:
        for family in (o.case["family"], "total"):
            row = table[family]
            if o.case["harmful"]:
                row["harmful"] += 1
                row["caught"] += o.ok
            else:
                row["benign"] += 1
                row["not_blocked"] += o.report.verdict != BLOCK
                row["warned"] += o.report.verdict == WARN
    return table
