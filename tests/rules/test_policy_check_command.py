"""policy_check: JSON in, one JSON line out per draft; exit 2 with one line saying where."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ROSTER = [
    {"first_name": "Josh", "last_name": "Smith", "consent": "granted"},
    {
        "first_name": "Grace",
        "last_name": "Patel",
        "known_as": [],
        "consent": "refused",
        "consent_scope": "any",
    },
]


def policy_check(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run(  # noqa: S603 - our own manage.py, fixed arguments
        [sys.executable, "manage.py", "policy_check", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )


def lines(*objects: dict) -> str:
    return "\n".join(json.dumps(o) for o in objects) + "\n"


def test_it_checks_json_lines_and_prints_one_report_per_line(tmp_path):
    roster = tmp_path / "roster.json"
    roster.write_text(json.dumps(ROSTER))
    drafts = lines(
        {"text": "Well done Josh!", "when": "2025-06-04T10:00:00+01:00"},
        {
            "text": "Don't forget the Year 4 trip tomorrow!",
            "when": "2025-06-04T10:00:00+01:00",
            "category": "trip",
        },
        {
            "text": "Art week",
            "when": "2025-06-04T10:00:00+01:00",
            "photos": [{"pupils": ["Grace Patel"], "alt_text": "Year 4 painting a mural"}],
        },
    )
    result = policy_check("--preset", "droxford", "--roster", str(roster), stdin=drafts)
    assert result.returncode == 0, result.stderr
    reports = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["verdict"] for r in reports] == ["block", "pass", "block"]
    first = reports[0]["findings"][0]
    assert first["rule"] == "child_name"
    assert (first["start"], first["end"]) == (10, 14)
    assert set(first) == {"rule", "severity", "message", "clause", "start", "end"}
    assert reports[2]["findings"][0]["rule"] == "photo_consent"


def test_a_single_pretty_printed_object_with_its_own_roster(tmp_path):
    source = tmp_path / "draft.json"
    source.write_text(
        json.dumps(
            {
                "text": "Hi Josh",
                "roster": ROSTER,
                "category": "learning",
                "when": "2025-06-04T10:00:00+01:00",
            },
            indent=2,
        )
    )
    result = policy_check("--preset", "unsworth", "--input", str(source))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["verdict"] == "pass"


@pytest.mark.parametrize(
    ("args", "stdin", "error"),
    [
        (["--preset", "nope"], lines({"text": "x"}), "unknown preset 'nope'"),
        (
            ["--preset", "droxford", "--set", "length.limt=100"],
            lines({"text": "x"}),
            "unknown parameter 'limt' for rule 'length'",
        ),
        (["--preset", "droxford"], '{"text": "ok"}\n{"text": "broken"\n', "line 2: not valid JSON"),
        (
            ["--preset", "droxford"],
            lines({"text": "ok"}, {"txt": "typo"}),
            "line 2, field 'txt': unknown field",
        ),
        (
            ["--preset", "droxford"],
            lines({"text": "ok"}, {"text": 5}),
            "line 2, field 'text': must be a string",
        ),
        (
            ["--preset", "droxford"],
            lines({"text": "ok", "when": "tomorrow"}),
            "line 1, field 'when': 'tomorrow' is not an ISO 8601",
        ),
        (
            ["--preset", "droxford"],
            lines({"text": "ok", "when": "2025-03-30T01:30:00"}),
            "line 1, field 'when': 01:30 on Sunday 30 March 2025 does not exist",
        ),
        (
            ["--preset", "droxford"],
            lines({"text": "ok", "category": "gossip"}),
            "line 1, field 'category': \"gossip\" is not one of",
        ),
        (
            ["--preset", "droxford"],
            lines({"text": "ok", "roster": ROSTER, "photos": [{"pupils": ["Jo Bloggs"]}]}),
            "line 1, field 'photos[0].pupils[0]': 'Jo Bloggs' is not on the roster",
        ),
    ],
)
def test_bad_input_gives_one_line_saying_where_and_exit_2(args, stdin, error):
    result = policy_check(*args, stdin=stdin)
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert error in result.stderr


def test_the_command_runs_in_process_with_call_command(tmp_path):
    from io import StringIO

    from django.core.management import call_command

    source = tmp_path / "d.jsonl"
    source.write_text(lines({"text": "gr8 day lol", "when": "2025-06-04T10:00:00+01:00"}))
    out = StringIO()
    call_command("policy_check", "--preset", "carlton", "--input", str(source), stdout=out)
    report = json.loads(out.getvalue())
    assert report["verdict"] == "block"
    assert {f["rule"] for f in report["findings"]} == {"text_speak"}
