"""`make fuzz`: 10,000 fuzz cases over the real data and pages; figures to bench/README.md.

Each case is drawn from its seed by tests/fuzz/strategies.py (structural and
byte-level mutations, injections into string fields, wrong macro calls) and judged
by tests/fuzz/invariant.py on two worker processes (time limit 20 s, 2 GiB of
address space each). Every finding is written, with its seed, to
.cache/fuzz/findings.jsonl; `--replay SEED` runs one case again and prints it.

    .venv/bin/python bench/fuzz.py                 # 10,000 cases, rewrites the fuzz section
    .venv/bin/python bench/fuzz.py --cases 300 --no-readme
    .venv/bin/python bench/fuzz.py --replay 1234
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the fuzz package (before this folder: this file is fuzz.py too)

from common import README, cpu_model, log, publish  # noqa: E402

from fuzz.invariant import FINDINGS, Harness  # noqa: E402
from fuzz.strategies import random_case  # noqa: E402

START, END = "<!-- fuzz:start -->", "<!-- fuzz:end -->"
FINDINGS_FILE = ROOT / ".cache" / "fuzz" / "findings.jsonl"
COLUMNS = (
    ("accepted", "accepted"),
    ("refused", "refused"),
    ("traceback", "tracebacks"),
    ("hang", "hangs"),
    ("memory", "memory"),
    ("crash", "crashes"),
    ("injection", "injections"),
    ("disagreement", "disagreements"),
    ("broken_link", "broken links"),
    ("unlocated", "unlocated"),
    ("outside_write", "writes outside site/"),
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--first-seed", type=int, default=0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--time-limit", type=float, default=20.0)
    parser.add_argument("--no-readme", action="store_true", help="print the figures only")
    parser.add_argument("--replay", type=int, metavar="SEED", help="run the case of one seed and print it")
    args = parser.parse_args()
    if args.replay is not None:
        return replay(args.replay, args.time_limit)
    started, clock = dt.datetime.now(dt.UTC), time.monotonic()
    counts, examples = run(args)
    seconds = time.monotonic() - clock
    text = section(args.cases, counts, examples, seconds, started)
    if START not in README.read_text(encoding="utf-8"):  # the first run adds the section's heading
        text = "## Fuzzing (`make fuzz`)\n\n" + text
    publish(text, START, END, to_readme=not args.no_readme)
    return 1 if any(counts[name] for name in FINDINGS) else 0


def run(args) -> tuple[collections.Counter, dict[str, list[dict]]]:
    counts: collections.Counter = collections.Counter()
    examples: dict[str, list[dict]] = collections.defaultdict(list)
    FINDINGS_FILE.parent.mkdir(parents=True, exist_ok=True)
    clock = time.monotonic()
    with (
        Harness(workers=args.workers, time_limit=args.time_limit) as harness,
        FINDINGS_FILE.open("w", encoding="utf-8") as out,
    ):
        seeds = range(args.first_seed, args.first_seed + args.cases)
        for done, (case, verdict) in enumerate(harness.run(random_case(seed, harness.sources) for seed in seeds), 1):
            counts[verdict.outcome] += 1
            if not verdict.holds:
                record = {"outcome": verdict.outcome, "case": case.label, "detail": verdict.detail}
                out.write(json.dumps(record) + "\n")
                out.flush()
                if not any(_same(record, seen) for seen in examples[verdict.outcome]):
                    examples[verdict.outcome].append(record)
            if done % 250 == 0:
                rate = (time.monotonic() - clock) / done
                log(f"{done}/{args.cases} cases, {dict(counts)}; about {rate * (args.cases - done) / 60:.0f} min left")
    return counts, examples


def _same(record: dict, seen: dict) -> bool:
    """Two findings of a class are the same when their detail starts alike (the same error or element)."""
    return record["detail"][:60] == seen["detail"][:60]


def section(total: int, counts, examples, seconds: float, started: dt.datetime) -> str:
    header = "| cases | " + " | ".join(title for _, title in COLUMNS) + " | time | date |"
    rule = "|" + "---|" * (len(COLUMNS) + 3)
    row = f"| {total} | " + " | ".join(str(counts[name]) for name, _ in COLUMNS)
    row += f" | {seconds / 60:.1f} min | {started:%Y-%m-%d %H:%M} UTC |"
    lines = [
        START,
        f"Run by `make fuzz` (bench/fuzz.py, seeds 0 to {total - 1}) on {cpu_model()}, 2 workers, "
        f"time limit 20 s and 2 GiB per case, Python {sys.version.split()[0]}.",
        "",
        header,
        rule,
        row,
        "",
    ]
    found = [name for name in FINDINGS if counts[name]]
    lines.append(
        "What it found (distinct examples; every finding is in .cache/fuzz/findings.jsonl):"
        if found
        else "It found nothing: every case was accepted with an inert site or refused with file:line:col sentences."
    )
    for name in found:
        lines.append(f"- **{name}** ({counts[name]} cases):")
        lines += [f"  - `{_cut(each['case'])}`: {_cut(each['detail'])}" for each in examples[name][:8]]
    return "\n".join([*lines, END])


def _cut(text: str, limit: int = 180) -> str:
    text = " ".join(text.split()).replace("`", "'").replace("|", "/")
    return text if len(text) <= limit else text[:limit] + "..."


def replay(seed: int, time_limit: float) -> int:
    with Harness(workers=1, time_limit=time_limit) as harness:
        case = random_case(seed, harness.sources)
        verdict = harness.verdict(case)
    print(f"{case.label}\n-> {verdict.outcome} in {verdict.seconds:.1f} s: {verdict.detail}")
    return 0 if verdict.holds else 1


if __name__ == "__main__":
    sys.exit(main())
