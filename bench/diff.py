"""(f) `python -m icat_report diff BASE HEAD` against one strict build, side by side.

In a git repository made of a copy of the project: BASE is the project as it is, HEAD adds a highlight
and renames an entity (what an editor's pull request does). Each run times, in fresh processes and
interleaved, one `mkdocs build --strict` of HEAD and the diff of the two revisions (which builds both
sides, side by side, and compares them). Goal: the diff takes at most 2.5 times one build.

    .venv/bin/python bench/run.py --only diff
"""

from __future__ import annotations

import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from common import ENV, PYTHON, build, copy_project, log

GIT = ["git", "-c", "user.name=Bench", "-c", "user.email=bench@example.org"]
HIGHLIGHT = (
    "\n- id: p2-ilo-2\n  priority: 2\n  members: [ilo]\n  text: >-\n"
    "    **ILO** published guidance on fair recruitment for migrant workers.\n"
)


def _git(repo: Path, *args: str) -> None:
    subprocess.run([*GIT, "-C", str(repo), *args], check=True, capture_output=True)


def _repository(work: Path, source: Path) -> Path:
    repo = copy_project(source, work / "diff-repo")
    _git(repo, "init", "-q")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "base")
    with (repo / "data" / "activities.yaml").open("a", encoding="utf-8") as stream:
        stream.write(HIGHLIGHT)
    members = repo / "data" / "members.yaml"
    members.write_text(
        members.read_text(encoding="utf-8").replace("name: International Labour Organization", "name: ILO (renamed)"),
        encoding="utf-8",
    )
    _git(repo, "commit", "-q", "-am", "head")
    return repo


def _diff(repo: Path) -> float:
    began = time.perf_counter()
    result = subprocess.run(
        [PYTHON, "-m", "icat_report", "diff", "HEAD~1", "HEAD", "--format", "text"],
        cwd=repo,
        env=ENV,
        capture_output=True,
        text=True,
    )
    elapsed = time.perf_counter() - began
    if result.returncode != 0 or "Added: p2-ilo-2" not in result.stdout:
        raise SystemExit(f"the diff failed:\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}")
    return elapsed


def bench_diff(work: Path, source: Path, runs: int) -> dict:
    log("(f) diff of two revisions vs one strict build")
    repo = _repository(work, source)
    build(repo, work / "diff-warm")
    _diff(repo)  # warm the caches once
    builds, diffs = [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="bench-site-") as site:
            builds.append(build(repo, Path(site)))
        diffs.append(_diff(repo))
    result = {"runs": runs, "build": statistics.median(builds), "diff": statistics.median(diffs)}
    result["ratio"] = result["diff"] / result["build"]
    log(f"  build {result['build']:.2f} s, diff {result['diff']:.2f} s: {result['ratio']:.2f}x")
    return result
