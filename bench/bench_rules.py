"""Rules engine benchmark: drafts per second through policy_check's code path (policies.batch),
p99 per draft, and per-draft time at 100 vs 2,000 pupils; then the `manage.py policy_check`
command itself, end to end on one core (JSON in, JSON out), with its start-up measured apart.
Run: .venv/bin/python bench/bench_rules.py
"""

from __future__ import annotations

import gc
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from policies import load_policy  # noqa: E402
from policies.batch import Batch, _Field, read_objects, roster_from  # noqa: E402
from policies.lexicon import _read_names, surnames  # noqa: E402

TEMPLATES = [
    "Don't forget the Year {y} trip to {place} tomorrow! Packed lunch and a coat, please.",
    "Look at the fantastic Maths work from {base} base this morning!",
    "Year {y} have been busy with their science investigation on {topic} today.",
    "Well done to {first} for a brilliant effort in the cross-country race!",
    "Saying grace before lunch is part of our day at {place}.",
    "Huge congratulations to our football team, who won 3-1 against {place} this afternoon.",
    "Reminder: parents' evening is on {day}. Book your slot through the office.",
    "Our residential trip to {place} is going really well. The children loved the climbing!",
    "{first} {last} read a poem in assembly today.",
    "Class {y} made some amazing art inspired by {artist} #art #Year{y}",
    "The school will be closed tomorrow due to snow. Stay safe and warm everyone.",
    "Thank you to Mrs {last} for organising such a wonderful sports day!",
    "Read all about it in this week's newsletter: https://example.sch.uk/news/{y}",
    "Well done J o s h for a better lesson today",
    "#WellDone{first} on your swimming certificate 🏊",
    "Our Reception children enjoyed the story of The Gruffalo 📚 today.",
]
PLACES = ["Winchester", "Marwell Zoo", "the Isle of Wight", "Droxford", "Portsmouth", "Calshot"]
TOPICS = ["magnets", "plants", "the water cycle", "forces", "electricity"]


def make_roster(size: int, seed: int = 1) -> list[dict]:
    rng = random.Random(seed)  # noqa: S311 - repeatable test data
    firsts = _read_names("dist.male.first")[:800] + _read_names("dist.female.first")[:1500]
    lasts = list(surnames(3000))
    pupils, seen = [], set()
    while len(pupils) < size:
        first, last = rng.choice(firsts).title(), rng.choice(lasts).title()
        if (first, last) in seen:
            continue
        seen.add((first, last))
        pupil = {
            "first_name": first,
            "last_name": last,
            "consent": rng.choice(["granted", "granted", "refused", "none"]),
        }
        if rng.random() < 0.1:
            pupil["known_as"] = [first[:3]]
        pupils.append(pupil)
    return pupils


def make_drafts(roster: list[dict], count: int, seed: int = 2) -> str:
    rng = random.Random(seed)  # noqa: S311 - repeatable test data
    lines = []
    for _ in range(count):
        pupil = rng.choice(roster)
        text = rng.choice(TEMPLATES).format(
            y=rng.randint(1, 6),
            place=rng.choice(PLACES),
            base="Meonstoke",
            topic=rng.choice(TOPICS),
            first=pupil["first_name"],
            last=pupil["last_name"],
            day="Thursday",
            artist="Monet",
        )
        month, day, hour = rng.randint(1, 12), rng.randint(1, 28), rng.randint(6, 21)
        when = f"2025-{month:02d}-{day:02d}T{hour:02d}:15:00+00:00"
        lines.append(
            json.dumps(
                {
                    "text": text,
                    "when": when,
                    "category": rng.choice(["learning", "trip", "news", "event"]),
                }
            )
        )
    return "\n".join(lines)


def run(roster_size: int, count: int, preset: str = "droxford") -> dict:
    pupils = make_roster(roster_size)
    started = time.perf_counter()
    roster = roster_from(pupils, _Field("bench"))
    build = time.perf_counter() - started
    batch = Batch(load_policy(preset), roster)
    objects = read_objects(make_drafts(pupils, count))
    list(batch.run(objects[:300]))  # start-up: first-use caches (bank holidays, word lists)
    gc.freeze()  # as policy_check does once its roster is built
    times, cpu_times = [], []
    started = time.perf_counter()
    for line, value in objects:
        t0, c0 = time.perf_counter(), time.process_time()
        out = list(batch.run([(line, value)]))
        times.append(time.perf_counter() - t0)
        cpu_times.append(time.process_time() - c0)
        assert out
    total = time.perf_counter() - started
    times.sort()
    cpu_times.sort()
    return {
        "pupils": roster_size,
        "preset": preset,
        "drafts": count,
        "build_ms": build * 1000,
        "per_second": count / total,
        "mean_ms": statistics.fmean(times) * 1000,
        "p50_ms": times[len(times) // 2] * 1000,
        "p99_ms": times[int(len(times) * 0.99)] * 1000,
        # CPU time leaves out the moments another process had the core (the machine is shared).
        "cpu_p99_ms": cpu_times[int(len(cpu_times) * 0.99)] * 1000,
        "cpu_mean_ms": statistics.fmean(cpu_times) * 1000,
    }


def show(result: dict) -> None:
    r = result
    print(
        f"{r['preset']:>9} {r['pupils']:>5} pupils: {r['per_second']:8.0f} drafts/s, "
        f"mean {r['mean_ms']:.3f} ms, p50 {r['p50_ms']:.3f} ms, p99 {r['p99_ms']:.3f} ms "
        f"(CPU p99 {r['cpu_p99_ms']:.3f} ms; roster built in {r['build_ms']:.0f} ms)"
    )


ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "accuracy_corpus.jsonl"


def command_drafts(pupils: list[dict], count: int) -> str:
    """Half the bench's templates, half the accuracy corpus's texts (as a school writes)."""
    texts = [json.loads(line)["text"] for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    templated = make_drafts(pupils, count // 2).splitlines()
    rng = random.Random(3)  # noqa: S311 - repeatable test data
    lines = templated + [
        json.dumps(
            {"text": rng.choice(texts), "when": "2026-03-04T10:15:00+00:00", "category": "news"}
        )
        for _ in range(count - len(templated))
    ]
    rng.shuffle(lines)
    return "\n".join(lines) + "\n"


def _one_core() -> None:
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def time_command(roster_file: Path, drafts_file: Path) -> tuple[float, int]:
    """(seconds, output lines) of one policy_check run, wall clock, pinned to one core."""
    started = time.perf_counter()
    done = subprocess.run(  # noqa: S603 - our own manage.py, fixed arguments
        [
            sys.executable,
            str(ROOT / "manage.py"),
            "policy_check",
            "--preset",
            "droxford",
            "--roster",
            str(roster_file),
            "--input",
            str(drafts_file),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        preexec_fn=_one_core,
        check=False,
    )
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"policy_check failed: {done.stderr.strip()[:300]}")
    return elapsed, len(done.stdout.splitlines())


def run_command(roster_size: int, count: int) -> dict:
    pupils = make_roster(roster_size)
    with tempfile.TemporaryDirectory() as tmp:
        roster_file, one, many = (
            Path(tmp, "roster.json"),
            Path(tmp, "one.jsonl"),
            Path(tmp, "many.jsonl"),
        )
        roster_file.write_text(json.dumps(pupils), encoding="utf-8")
        drafts = command_drafts(pupils, count)
        many.write_text(drafts, encoding="utf-8")
        one.write_text(drafts.splitlines()[0] + "\n", encoding="utf-8")
        startup = min(time_command(roster_file, one)[0] for _ in range(3))
        total, lines = min(time_command(roster_file, many) for _ in range(3))
    assert lines == count, f"{lines} reports for {count} drafts"
    per_draft = (total - startup) / (count - 1)
    return {
        "pupils": roster_size,
        "startup_s": startup,
        "total_s": total,
        "per_draft_ms": per_draft * 1000,
        "per_second": 1 / per_draft,
    }


def main() -> None:
    count = 5000
    small = run(100, count)
    large = run(2000, count)
    show(small)
    show(large)
    ratio = large["cpu_mean_ms"] / small["cpu_mean_ms"]
    print(f"per-draft CPU time 2,000 vs 100 pupils: {ratio:.2f}x (target <= 1.5x)")
    for preset in ("highfield", "carlton", "unsworth", "forefield"):
        show(run(2000, 2000, preset))
    ok = large["per_second"] >= 2000 and large["cpu_p99_ms"] <= 2 and ratio <= 1.5
    print("manage.py policy_check, end to end on one core, JSON in and out (best of 3):")
    results = [run_command(size, 20000) for size in (100, 2000)]
    for r in results:
        print(
            f"  {r['pupils']:>5} pupils: {r['per_second']:8.0f} drafts/s excluding start-up "
            f"({r['per_draft_ms']:.3f} ms a draft; start-up {r['startup_s']:.2f} s, 20,000 "
            f"drafts in {r['total_s']:.2f} s)"
        )
    command_ratio = results[1]["per_draft_ms"] / results[0]["per_draft_ms"]
    print(f"  per-draft time 2,000 vs 100 pupils: {command_ratio:.2f}x (target <= 1.5x)")
    ok = ok and results[1]["per_second"] >= 2000 and command_ratio <= 1.5
    print("targets met" if ok else "TARGETS MISSED")
    if large["p99_ms"] > 2:
        print("note: wall-clock p99 above 2 ms while CPU p99 is not means the core was shared")


if __name__ == "__main__":
    main()
