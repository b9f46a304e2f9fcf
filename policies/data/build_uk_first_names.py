"""Rebuilds uk_first_names.txt from the ONS baby-name tables (England and Wales), Crown
copyright, Open Government Licence v3.0 (LICENCE-OGL.txt beside this file).

The tables are the ONS workbooks "Baby names for boys/girls in England and Wales" for the
birth years of today's primary pupils and the next intake. Offline: the workbooks are read from
a folder (they are mirrored in the public repository rossbowen/babynames, data-raw/). Needs
openpyxl, which the product itself does not:

    .venv/bin/pip install openpyxl
    .venv/bin/python policies/data/build_uk_first_names.py DIR_WITH_XLSX [--min-count 10]
"""

from __future__ import annotations

import argparse
import re
import unicodedata
from collections import Counter
from pathlib import Path

import openpyxl

OUT = Path(__file__).with_name("uk_first_names.txt")
HEADER = """\
# Current first names of children born in England and Wales, from the ONS baby-name tables
# (Baby names for boys / girls in England and Wales, birth years {years}), summed over those years;
# names given to at least {min_count} babies. Source: Office for National Statistics, Crown
# copyright, Open Government Licence v3.0 (LICENCE-OGL.txt). Rebuilt by
# build_uk_first_names.py. One name a line: the name, a space, its count.
"""


def full_table(path: Path) -> list[tuple[str, int]]:
    """The sheet listing every name (count of 3 or more), found by its header row."""
    best: list[tuple[str, int]] = []
    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    for sheet in workbook.worksheets:
        rows, name_col, count_col = [], None, None
        for row in sheet.iter_rows(values_only=True):
            cells = [str(c).strip().casefold() if c is not None else "" for c in row]
            if name_col is None:
                if "name" in cells and "count" in cells:
                    name_col, count_col = cells.index("name"), cells.index("count")
                continue
            name, count = row[name_col], row[count_col]
            if isinstance(name, str) and isinstance(count, (int, float)):
                rows.append((name.strip(), int(count)))
        if len(rows) > len(best):
            best = rows
    return best


def plain(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if c.isalpha() and c.isascii())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--min-count", type=int, default=10)
    args = parser.parse_args()
    counts: Counter[str] = Counter()
    years = set()
    for path in sorted(args.folder.glob("*.xlsx")):
        year = re.search(r"(20\d\d)", path.name)
        if year:
            years.add(year.group(1))
        for name, count in full_table(path):
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
