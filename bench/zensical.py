"""The MkDocs strict build beside render + Zensical build, in one run; figures to bench/README.md.

Each round, on one copy of the project and in fresh processes as an editor or CI runs them:
  1. `mkdocs build --strict` (the published site);
  2. `python -m icat_report render` (itself the strict MkDocs build, with the plain-project hook);
  3. `zensical build` cold (no .cache/, no site/), then warm (render again, build again, its cache kept).
Rounds alternate, so both builds meet the same machine load; the medians are compared as ratios.

Usage: python bench/zensical.py [--rounds N] [--no-readme]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from common import ENV, PYTHON, build, copy_project, cpu_model, fmt, log, publish

ROOT = Path(__file__).resolve().parent.parent
ZENSICAL = Path(PYTHON).parent / "zensical"
START, END = "<!-- bench:zensical:start -->", "<!-- bench:zensical:end -->"
PLAIN = "plain-project"


def timed(command: list[str], cwd: Path) -> float:
    began = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, env=ENV, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - began
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed in {cwd}:\n{result.stdout}\n{result.stderr}")
    return elapsed


def one_round(project: Path) -> dict[str, float]:
    plain = project / PLAIN
    times = {"mkdocs": build(project, project / "site-mkdocs")}
    shutil.rmtree(plain, ignore_errors=True)  # cold: no render, no .cache/, no site/
    times["render"] = timed([PYTHON, "-m", "icat_report", "render", PLAIN], project)
    times["zensical cold"] = timed([str(ZENSICAL), "build"], plain)
    times["render again"] = timed([PYTHON, "-m", "icat_report", "render", PLAIN], project)
    times["zensical warm"] = timed([str(ZENSICAL), "build"], plain)
    return times


def zensical_version() -> str:
    result = subprocess.run([str(ZENSICAL), "--version"], capture_output=True, text=True, check=False)
    return result.stdout.strip() or "?"


def section(rounds: list[dict[str, float]]) -> str:
    median = {name: statistics.median(r[name] for r in rounds) for name in rounds[0]}
    mkdocs = median["mkdocs"]
    cold = median["render"] + median["zensical cold"]
    warm = median["render again"] + median["zensical warm"]
    rows = [
        ("`mkdocs build --strict` (the published site)", mkdocs),
        ("`python -m icat_report render` (the strict build + the plain project)", median["render"]),
        ("`zensical build`, cold (no `.cache/`)", median["zensical cold"]),
        ("`zensical build`, warm (its `.cache/` kept, pages rendered again)", median["zensical warm"]),
        ("**render + Zensical, cold**", cold),
        ("**render + Zensical, warm**", warm),
    ]
    table = "\n".join(f"| {name} | {fmt(seconds)} | {seconds / mkdocs:.2f} |" for name, seconds in rows)
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return (
        f"{START}\n"
        f"Measured {when} by `bench/zensical.py`: Zensical {zensical_version()}, median of {len(rounds)} "
        f"alternating round(s), on {cpu_model()}, Python {sys.version.split()[0]}.\n\n"
        "| Build | Median | Ratio to the MkDocs build |\n|---|---:|---:|\n"
        f"{table}\n\n"
        "The render is itself the MkDocs strict build (the macros and hooks run there, once), so "
        "render + Zensical can never be quicker than MkDocs alone; Zensical's own build is the part "
        "that a move away from MkDocs would keep.\n"
        f"{END}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-readme", action="store_true", help="print only; leave bench/README.md alone")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="icat-bench-zensical-") as folder:
        project = copy_project(ROOT, Path(folder) / "project")
        rounds = []
        for number in range(1, args.rounds + 1):
            rounds.append(one_round(project))
            log(f"round {number}: " + ", ".join(f"{name} {fmt(s)}" for name, s in rounds[-1].items()))
    publish(section(rounds), START, END, to_readme=not args.no_readme)


if __name__ == "__main__":
    main()
