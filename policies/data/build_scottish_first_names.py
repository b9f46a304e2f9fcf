"""Rebuilds scottish_first_names.txt from the National Records of Scotland (NRS) baby-name
tables, Crown copyright, Open Government Licence v3.0 (LICENCE-OGL.txt beside this file).

The source is NRS's "Babies' first names: all names, all years" table (columns yr, sex,
FirstForename, number, rank). Offline it is read from either:
- that CSV, as NRS publishes it: build_scottish_first_names.py babies-first-names-all-names.csv
- or data/scotbabynames.rda of the public repository mine-cetinkaya-rundel/ukbabynames (CC0),
  which holds the same table for 1974-2020; reading it needs the `rdata` package (MIT), which
  the product itself does not:

    .venv/bin/pip install rdata
    .venv/bin/python policies/data/build_scottish_first_names.py scotbabynames.rda \
        [--from-year 2014] [--min-count 3]

Only birth years from --from-year on are kept: the children now in primary school and nursery.
"""

from __future__ import annotations

import argparse
import csv
import unicodedata
from collections import Counter
from pathlib import Path

OUT = Path(__file__).with_name("scottish_first_names.txt")
HEADER = """\
# Current first names of children born in Scotland, from the National Records of Scotland table
# "Babies' first names: all names, all years" (birth years {years}), summed over those years;
# names given to at least {min_count} babies. Source: National Records of Scotland, Crown
# copyright, Open Government Licence v3.0 (LICENCE-OGL.txt). Rebuilt by
# build_scottish_first_names.py. One name a line: the name, a space, its count.
"""


def rows_from_csv(path: Path) -> list[tuple[int, str, int]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        fields = {k.casefold(): k for k in reader.fieldnames or ()}
        year, name, count = (
            fields.get("yr") or fields["year"],
            fields.get("firstforename") or fields["name"],
            fields.get("number") or fields["n"],
        )
        return [(int(float(r[year])), r[name], int(float(r[count]))) for r in reader]


def rows_from_rda(path: Path) -> list[tuple[int, str, int]]:
    import rdata  # only this script needs it

    frame = rdata.read_rda(str(path))["scotbabynames"]
    return [
        (int(y), str(n), int(c))
        for y, n, c in zip(frame["year"], frame["name"], frame["n"], strict=True)
    ]


def plain(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if c.isalpha() and c.isascii())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("source", type=Path, help="the NRS CSV, or ukbabynames' scotbabynames.rda")
    parser.add_argument("--from-year", type=int, default=2014)
    parser.add_argument("--min-count", type=int, default=3)
    args = parser.parse_args()
    rows = (
        rows_from_rda(args.source) if args.source.suffix == ".rda" else rows_from_csv(args.source)
    )
    counts: Counter[str] = Counter()
    years = set()
    for year, name, count in rows:
        if year < args.from_year:
            continue
        years.add(year)
        key = plain(name)
        if len(key) >= 2:
            counts[key] += count
    kept = sorted((n, c) for n, c in counts.items() if c >= args.min_count)
    years_text = f"{min(years)}-{max(years)}" if years else "unknown"
    text = HEADER.format(years=years_text, min_count=args.min_count)
    OUT.write_text(text + "".join(f"{n} {c}\n" for n, c in kept), encoding="utf-8")
    print(f"{len(kept)} names from {len(years)} years written to {OUT}")


if __name__ == "__main__":
    main()
