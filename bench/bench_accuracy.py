"""Accuracy of the rules engine on the labelled corpus in tests/data/: per family and in total,
harmful drafts caught (right verdict and rule), benign drafts not blocked, benign drafts warned.
Targets: caught >= 99%, not blocked >= 99%, warned <= 10%. Run: .venv/bin/python
bench/bench_accuracy.py [-v to list every miss]"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from policies.accuracy import evaluate, load_cases, summary  # noqa: E402


def pct(part: float, whole: float) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "    -"


def main() -> int:
    outcomes = evaluate(load_cases())
    table = summary(outcomes)
    print(f"{'family':<15}{'harmful':>8}{'caught':>9}{'benign':>8}{'not blocked':>13}{'warned':>9}")
    for family in sorted(table, key=lambda f: (f == "total", f)):
        row = table[family]
        print(
            f"{family:<15}{row['harmful']:>8}{pct(row['caught'], row['harmful']):>9}"
            f"{row['benign']:>8}{pct(row['not_blocked'], row['benign']):>13}"
            f"{pct(row['warned'], row['benign']):>9}"
        )
    if "-v" in sys.argv:
        for o in outcomes:
            if not o.ok and (o.case["harmful"] or o.report.verdict != "pass"):
                print("MISS", o.describe())
    total = table["total"]
    met = (
        total["caught"] >= 0.99 * total["harmful"]
        and total["not_blocked"] >= 0.99 * total["benign"]
        and total["warned"] <= 0.10 * total["benign"]
    )
    print("targets met" if met else "OVER TARGET: caught >= 99%, not blocked >= 99%, warned <= 10%")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
