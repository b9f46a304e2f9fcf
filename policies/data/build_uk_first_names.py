"""Rebuilds uk_first_names.txt from the ONS baby-name tables (England and Wales), Crown
copyright, Open Government Licence v3.0 (LICENCE-OGL.txt beside this file).

The tables are the ONS workbooks "Baby names for boys/girls in England and Wales" for the
birth years of today's primary pupils and the next intake (2014 to 2024: in 2026 Year 6 was born
in 2014-15, Reception in 2021-22). Offline: the workbooks are read from a folder (they are
mirrored in the public repository rossbowen/babynames, data-raw/); the years to 2018 are .xls
workbooks, the later ones .xlsx. Needs openpyxl and xlrd, which the product itself does not:

    .venv/bin/pip install openpyxl xlrd
    .venv/bin/python policies/data/build_uk_first_names.py DIR_WITH_WORKBOOKS [--min-count 10]
"""

from __future__ import annotations

import argparse
import re
import unicodedata
from collections import Counter
from pathlib import Path

import openpyxl
import xlrd
from spellchecker import SpellChecker

OUT = Path(__file__).with_name("uk_first_names.txt")
OLDER = Path(__file__).with_name("uk_first_names_older.txt")
# The counts (uk_first_names.txt) are of the recent birth years, as the rules' comparisons of a
# name's babies with a word's use expect; the older years of today's pupils add only names.
RECENT, FIRST_YEAR, LAST_YEAR = 2019, 2014, 2024
OLDER_HEADER = """\
# First names of children born in England and Wales in {years} (today's older primary pupils)
# that uk_first_names.txt, of the later birth years, lacks and that are no English word (not
# Marvellous): names given to at least {min_count} babies in those years, from the ONS tables.
# Source: Office for National Statistics, Crown copyright, Open Government Licence v3.0
# (LICENCE-OGL.txt). Rebuilt by build_uk_first_names.py. One name a line.
"""
HEADER = """\
# Current first names of children born in England and Wales, from the ONS baby-name tables
# (Baby names for boys / girls in England and Wales, birth years {years}), summed over those years;
# names given to at least {min_count} babies. Source: Office for National Statistics, Crown
# copyright, Open Government Licence v3.0 (LICENCE-OGL.txt). Rebuilt by
# build_uk_first_names.py. One name a line: the name, a space, its count.
"""


def sheets(path: Path) -> list[list[tuple]]:
    """Every sheet of a workbook as rows of cell values: .xlsx with openpyxl, .xls with xlrd."""
    if path.suffix == ".xls":
        book = xlrd.open_workbook(str(path))
        return [[tuple(s.row_values(r)) for r in range(s.nrows)] for s in book.sheets()]
    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    return [list(sheet.iter_rows(values_only=True)) for sheet in workbook.worksheets]


def full_table(path: Path) -> list[tuple[str, int]]:
    """The sheet listing every name (count of 3 or more), found by its header row."""
    best: list[tuple[str, int]] = []
    for sheet in sheets(path):
        rows, name_col, count_col = [], None, None
        for row in sheet:
            cells = [str(c).strip().casefold() if c is not None else "" for c in row]
            if name_col is None:
                if "name" in cells and "count" in cells:
                    name_col, count_col = cells.index("name"), cells.index("count")
                continue
            name, count = row[name_col], row[count_col]
            if isinstance(name, str) and name.strip() and isinstance(count, (int, float)):
                rows.append((name.strip(), int(count)))
        if len(rows) > len(best):
            best = rows
    return best


def plain(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if c.isalpha() and c.isascii())


def is_word(name: str, words: dict) -> bool:
    """In the English list, in its own or its American spelling (marvellous, honour, centre)."""
    american = re.sub(r"ll(?=ous|ing|ed|er)", "l", name.replace("our", "or"))
    return name in words or american in words or re.sub(r"tre$", "ter", name) in words


def count(paths: list[Path]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for path in paths:
        for name, n in full_table(path):
            key = plain(name)
            if len(key) >= 2:
                counts[key] += n
    return counts


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--min-count", type=int, default=10)
    args = parser.parse_args()
    by_year: dict[int, list[Path]] = {}
    for path in sorted(args.folder.glob("*.xls*")):
        year = re.search(r"(20\d\d)", path.name)
        if year and FIRST_YEAR <= int(year.group(1)) <= LAST_YEAR:  # not the historical tables
            by_year.setdefault(int(year.group(1)), []).append(path)
    recent = count([p for y, ps in by_year.items() if y >= RECENT for p in ps])
    older = count([p for y, ps in by_year.items() if y < RECENT for p in ps])
    kept = sorted((n, c) for n, c in recent.items() if c >= args.min_count)
    known = {n for n, _ in kept}
    words = SpellChecker(distance=1).word_frequency.dictionary  # the rules' English list
    added = sorted(
        n
        for n, c in older.items()
        if c >= args.min_count and n not in known and not is_word(n, words)
    )
    new_years = sorted(y for y in by_year if y >= RECENT)
    old_years = sorted(y for y in by_year if y < RECENT)
    text = HEADER.format(years=f"{new_years[0]}-{new_years[-1]}", min_count=args.min_count)
    OUT.write_text(text + "".join(f"{n} {c}\n" for n, c in kept), encoding="utf-8")
    text = OLDER_HEADER.format(years=f"{old_years[0]}-{old_years[-1]}", min_count=args.min_count)
    OLDER.write_text(text + "".join(f"{n}\n" for n in added), encoding="utf-8")
    print(f"{len(kept)} names of {len(new_years)} years written to {OUT}, {len(added)} more "
          f"of {len(old_years)} earlier years to {OLDER}")


if __name__ == "__main__":
    main()
