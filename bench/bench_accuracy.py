"""Accuracy of the rules engine on the labelled corpora in tests/data/: per family and in total,
harmful drafts caught (right verdict and rule), benign drafts not blocked, benign drafts warned.
Three tables: the first corpus (accuracy_corpus.jsonl, tuned against while it was written), and
the held-out corpus (heldout_corpus.jsonl) in its two parts: the sentences seen while fixing the
engine and the third kept unseen (policies.accuracy.heldout_split), and the same two parts of
the second held-out corpus (heldout2_corpus.jsonl, written before the second round of fixes) and of
the third (heldout3_corpus.jsonl, written before the third round). The fourth
(heldout4_corpus.jsonl, written before the fourth round) was never looked at in that round: its
figures then were measured on all of it; in the fifth round its seen part was read while fixing
and its unseen third kept unseen, as before, and in the sixth round its unseen third was read too.
Two more were written before the sixth round by writers who never read the engine: corpus 5
(heldout5_corpus.jsonl, the autumn and winter terms), read while fixing in that round, and corpus
6 (heldout6_corpus.jsonl, the spring and summer terms), never read in that round; in the seventh
its seen part was read while fixing and its unseen third kept unseen, and in the eighth that
third was read too. Two more were written before the eighth round, each a whole school year
against its own roster of new names: corpus 7 (heldout7_corpus.jsonl), never read in the eighth
round, two thirds read in the ninth; corpus 8 (heldout8_corpus.jsonl), two thirds read in the
eighth; in the tenth round corpus 7's unseen third was read too. Corpus 9
(heldout9_corpus.jsonl, a Cornish village school with its own roster) was written before the
tenth round: its seen part was read in it and its unseen third kept unseen; corpus 10
(heldout10_corpus.jsonl, a Leicester school with its own roster), written at the same time by
another writer, was not read at all, nor was corpus 11 (heldout11_corpus.jsonl, a north London
Catholic school with its own roster), written during the round. Corpora 10 and 11 and the unseen
thirds of corpora 8 and 9 are the honest figures.
Targets: caught >= 99%, not blocked >= 99%, warned <= 10%. Run: .venv/bin/python
bench/bench_accuracy.py [-v to list every miss in the first corpus and the seen part]"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from policies.accuracy import (  # noqa: E402
    HELDOUT,
    HELDOUT2,
    HELDOUT3,
    HELDOUT4,
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
    evaluate,
    heldout_split,
    load_cases,
    summary,
)


def pct(part: float, whole: float) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "    -"


def table(title: str, outcomes: list, verbose: bool) -> bool:
    rows = summary(outcomes)
    print(f"\n{title}")
    print(f"{'family':<15}{'harmful':>8}{'caught':>9}{'benign':>8}{'not blocked':>13}{'warned':>9}")
    for family in sorted(rows, key=lambda f: (f == "total", f)):
        row = rows[family]
        print(
            f"{family:<15}{row['harmful']:>8}{pct(row['caught'], row['harmful']):>9}"
            f"{row['benign']:>8}{pct(row['not_blocked'], row['benign']):>13}"
            f"{pct(row['warned'], row['benign']):>9}"
        )
    if verbose:
        for o in outcomes:
            if not o.ok:
                print("MISS", o.describe())
    total = rows["total"]
    return (
        total["caught"] >= 0.99 * total["harmful"]
        and total["not_blocked"] >= 0.99 * total["benign"]
        and total["warned"] <= 0.10 * total["benign"]
    )


def main() -> int:
    verbose = "-v" in sys.argv
    seen, unseen = heldout_split(load_cases(HELDOUT))
    seen2, unseen2 = heldout_split(load_cases(HELDOUT2))
    seen3, unseen3 = heldout_split(load_cases(HELDOUT3))
    seen4, unseen4 = heldout_split(load_cases(HELDOUT4))
    seen6, unseen6 = heldout_split(load_cases(HELDOUT6))
    seen7, unseen7 = heldout_split(load_cases(HELDOUT7))
    seen8, unseen8 = heldout_split(load_cases(HELDOUT8))
    seen9, unseen9 = heldout_split(load_cases(HELDOUT9))
    met = [
        table("First corpus (accuracy_corpus.jsonl)", evaluate(load_cases()), verbose),
        table("Held-out corpus, part seen while fixing", evaluate(seen, HELDOUT_ROSTER), verbose),
        table("Held-out corpus, unseen third", evaluate(unseen, HELDOUT_ROSTER), False),
        table("Held-out corpus 2, part seen while fixing", evaluate(seen2, HELDOUT_ROSTER),
              verbose),
        table("Held-out corpus 2, unseen third", evaluate(unseen2, HELDOUT_ROSTER), False),
        table("Held-out corpus 3, part seen while fixing", evaluate(seen3, HELDOUT_ROSTER),
              verbose),
        table("Held-out corpus 3, unseen third", evaluate(unseen3, HELDOUT_ROSTER), False),
        table("Held-out corpus 4, part seen while fixing", evaluate(seen4, HELDOUT_ROSTER),
              verbose),
        table("Held-out corpus 4, third unseen until the sixth round",
              evaluate(unseen4, HELDOUT_ROSTER), verbose),
        table("Held-out corpus 5, read in the sixth round", evaluate(load_cases(HELDOUT5),
              HELDOUT_ROSTER), verbose),
        table("Held-out corpus 6, part read in the seventh round", evaluate(seen6,
              HELDOUT_ROSTER), verbose),
        table("Held-out corpus 6, third unseen until the eighth round",
              evaluate(unseen6, HELDOUT_ROSTER), verbose),
        table("Held-out corpus 7, part read in the ninth round (its own roster)",
              evaluate(seen7, HELDOUT7_ROSTER), verbose),
        table("Held-out corpus 7, third unseen until the tenth round",
              evaluate(unseen7, HELDOUT7_ROSTER), verbose),
        table("Held-out corpus 8, part read in the eighth round (its own roster)",
              evaluate(seen8, HELDOUT8_ROSTER), verbose),
        table("Held-out corpus 8, unseen third", evaluate(unseen8, HELDOUT8_ROSTER), False),
        table("Held-out corpus 9, part read in the tenth round (its own roster)",
              evaluate(seen9, HELDOUT9_ROSTER), verbose),
        table("Held-out corpus 9, unseen third", evaluate(unseen9, HELDOUT9_ROSTER), False),
        table("Held-out corpus 10, not read (its own roster)",
              evaluate(load_cases(HELDOUT10), HELDOUT10_ROSTER), False),
        table("Held-out corpus 11, not read (its own roster)",
              evaluate(load_cases(HELDOUT11), HELDOUT11_ROSTER), False),
    ]
    over = "\nOVER TARGET: caught >= 99%, not blocked >= 99%, warned <= 10%"
    print("\ntargets met" if all(met) else over)
    return 0 if all(met) else 1


if __name__ == "__main__":
    sys.exit(main())
