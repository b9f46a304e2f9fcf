"""Any Unicode is checked without crashing; a broken rule fails closed; a malformed data file
stops start-up with its file and line."""

from __future__ import annotations

import pytest
from rules_helpers import PUPILS, WEDNESDAY_10AM, run

from policies import Draft, Roster, check, engine, lexicon, load_policy

NASTY = [
    "🎉" * 300,
    "مرحبا بالجميع في المدرسة Josh \u202e\u202dشكرا",
    "J\u0301\u0302\u0303o\u0308\u0309s\u0336h" * 50,
    "Well done " + "a" * 10_000,
    ("Year 6 " + "Grace, " * 1500)[:10_000],
    "\u200b\u200c\u200d\ufeff" * 100 + "Josh",
    "\x00\x01\x02 text \udcff with a lone surrogate",
    "Ｗｅｌｌ ｄｏｎｅ 𝐉𝐨𝐬𝐡 and ᴊᴏsʜ",
    "- \n- \n-\n" * 300,
    "#" * 500 + "@" * 500,
    "K\u0336a\u0336c\u0336p\u0336e\u0336r\n-\n-",
]


@pytest.mark.parametrize("text", NASTY)
def test_any_unicode_is_checked_without_a_crash(text):
    roster = Roster(PUPILS)
    for preset in ("droxford", "highfield", "carlton", "unsworth", "forefield"):
        report = check(Draft(text, when=WEDNESDAY_10AM), load_policy(preset), roster)
        crashed = [f for f in report.findings if "could not run" in f.message]
        assert crashed == [], crashed[0].message


def test_a_broken_rule_fails_closed_with_a_clear_message(monkeypatch):
    def broken(ctx, config):
        raise KeyError("boom")

    monkeypatch.setitem(engine.RULES, "negative_tone", broken)
    found = run("A lovely day", "droxford")
    assert ("negative_tone", "block", None) in found


# The lexicon's readers that keep what they read: cleared before and after a test swaps the data.
_CACHED = (lexicon.data_names, lexicon.gazetteer, lexicon.helplines, lexicon.nicknames,
           lexicon.given_names, lexicon.first_names, lexicon.cities, lexicon.origins,
           lexicon.strong_titles)


@pytest.mark.parametrize(
    ("name", "content", "loader", "line"),
    [
        ("gazetteer.txt", "# people\nperson: Florence Nightingale\nFlorence\n", "gazetteer", 3),
        ("gazetteer.txt", "monster: Gruffalo\n", "gazetteer", 1),
        ("gazetteer.txt", "city: Florence\ncity: St Helens\n", "gazetteer", 2),
        ("helplines.txt", "Childline 0800 1111\n", "helplines", 1),
        ("nicknames_extra.txt", "kuba jakub\n", "nicknames", 1),
        ("uk_first_names.txt", "olivia 3289\nOlivia!! 12\n", "first_names", 2),
        ("uk_first_names_older.txt", "# 2014-2018\nliban\nNasra 2\n", "first_names", 3),
        ("scottish_first_names.txt", "eilidh 812\n\nMhairi 40\n", "first_names", 3),
        ("titles.txt", "imam\nrabbi\nRev!\n", "titles", 3),
        ("origins.txt", "# places\npoland\nHong Kong!\n", "origins", 3),
        ("strong_titles.txt", "Horrible Histories\nkiller sudoku (puzzle)\n", "strong_titles", 2),
    ],
)
def test_a_malformed_data_file_names_its_file_and_line(
    tmp_path, monkeypatch, name, content, loader, line
):
    for real in lexicon.DATA.iterdir():
        if real.suffix == ".txt":
            (tmp_path / real.name).write_text(real.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / name).write_text(content, encoding="utf-8")
    monkeypatch.setattr(lexicon, "DATA", tmp_path)
    for cached in _CACHED:
        cached.cache_clear()
    try:
        with pytest.raises(lexicon.DataFileError) as error:
            lexicon.load_all()
        assert f"{tmp_path / name}, line {line}:" in str(error.value)
    finally:
        monkeypatch.undo()
        for cached in _CACHED:
            cached.cache_clear()


def test_django_start_up_reads_every_data_file(monkeypatch):
    from django.apps import apps

    def broken() -> None:
        raise lexicon.DataFileError("policies/data/gazetteer.txt, line 7: write it as KIND: words")

    monkeypatch.setattr(lexicon, "load_all", broken)
    with pytest.raises(lexicon.DataFileError, match="gazetteer.txt, line 7"):
        apps.get_app_config("policies").ready()
