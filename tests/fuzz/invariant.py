"""The invariant, and the harness that runs cases in worker processes under a time and memory limit.

A case is, in one word, one of:
- accepted: `check` exits 0, the strict build succeeds, and the built site has no
  injected element, no on* attribute, no javascript:/data:/vbscript: address, no
  broken internal link or anchor, and no file changed outside site/;
- refused: `check` exits 1 and every line it prints is `data|docs/FILE:LINE:COL: sentence`,
  and the build fails too;
or a finding: traceback, hang, memory, crash (the worker died), injection,
broken_link, outside_write, disagreement (check and build disagree), unlocated
(refused without a file:line:col sentence).
"""

from __future__ import annotations

import os
import re
import select
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .cases import Case, Sources, apply, fingerprint
from .worker import read_frame, write_frame

ROOT = Path(__file__).resolve().parents[2]
PROJECT_PARTS = ("mkdocs.yml", "docs", "data", "schemas", "macros.py", "hooks", "overrides")
GOOD = ("accepted", "refused")
FINDINGS = (
    "traceback",
    "hang",
    "memory",
    "crash",
    "injection",
    "broken_link",
    "outside_write",
    "disagreement",
    "unlocated",
)
LOCATED = re.compile(r"^(data|docs)/[^:]+:\d+:\d+: .+")


@dataclass(frozen=True)
class Verdict:
    outcome: str
    detail: str = ""
    seconds: float = 0.0

    @property
    def holds(self) -> bool:
        return self.outcome in GOOD


def classify(answer: dict) -> Verdict:
    """Name the outcome of one worker's answer (see the module's docstring)."""
    if answer.get("memory"):
        return Verdict("memory", "MemoryError under the address-space limit")
    if answer.get("crash"):
        return Verdict("crash", answer["crash"])
    check, build = answer["check"], answer["build"]
    if check["crash"] or build["crash"]:
        where = "check" if check["crash"] else "build"
        return Verdict("traceback", f"{where}: {check['crash'] or build['crash']}")
    if check["code"] == 0 and build["ok"]:
        return _accepted(answer)
    if check["code"] == 1 and not build["ok"]:
        lines = [line for line in check["out"].splitlines() if line.strip()]
        stray = [line for line in lines if not LOCATED.match(line)]
        if not lines or stray:
            return Verdict("unlocated", f"check printed {(stray or ['nothing'])[0][:200]!r}")
        return Verdict("refused", lines[0][:200])
    if check["code"] == 0:
        return Verdict("disagreement", f"check passes, the build fails: {_first_problem(build)}")
    if check["code"] == 1:
        lines = check["out"].splitlines() or ["?"]
        return Verdict("disagreement", f"check refuses ({lines[0][:150]}), the build succeeds")
    return Verdict("traceback", f"check exited {check['code']}: {(check['err'] or check['out'])[-200:]}")


def _accepted(answer: dict) -> Verdict:
    if answer["outside"]:
        return Verdict("outside_write", f"files changed outside site/: {answer['outside'][:5]}")
    site = answer.get("site") or []
    for kind in ("injection", "broken_link"):
        found = [each for each in site if each["kind"] == kind]
        if found:
            return Verdict(
                kind,
                f"{found[0]['page']}: {found[0]['detail']}" + (f" (+{len(found) - 1} more)" if len(found) > 1 else ""),
            )
    return Verdict("accepted")


def _first_problem(build: dict) -> str:
    lines = [line for line in (build["log"] + "\n" + (build["error"] or "")).splitlines() if line.strip()]
    located = [line for line in lines if re.search(r"(data|docs)/[^:\s]+:\d+", line)]
    return ((located or lines or ["?"])[0]).strip()[:200]


class Worker:
    """One worker process, restarted after a hang, a crash, a memory error or `recycle` cases."""

    def __init__(self, harness: Harness, number: int) -> None:
        self.harness, self.number, self.process, self.done = harness, number, None, 0

    def start(self) -> None:
        harness = self.harness
        # The snapshot's package first: edits to src/ during a run do not reach it.
        path = [str(harness.base / "src"), str(ROOT / "tests"), os.environ.get("PYTHONPATH", "")]
        env = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join(path),
            "PYTHONDONTWRITEBYTECODE": "1",
        }
        log = (harness.work / f"worker-{self.number}.log").open("ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "fuzz.worker", str(harness.base), str(harness.work), str(harness.memory_bytes)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=log,
            env=env,
            cwd=harness.work,
        )
        log.close()
        self.done = 0
        ready, _, _ = select.select([self.process.stdout], [], [], 180)
        hello = read_frame(self.process.stdout) if ready else None
        if not hello or not hello.get("ready"):
            self.stop()
            log = (harness.work / f"worker-{self.number}.log").read_text(errors="replace")[-3000:]
            raise RuntimeError(f"fuzz worker did not start: {hello and hello.get('problem')}\n{log}")

    def send(self, files: dict) -> None:
        write_frame(self.process.stdin, files)

    def receive(self) -> dict:
        self.done += 1
        answer = read_frame(self.process.stdout)
        if answer is None:
            code = self.process.wait()
            log = (self.harness.work / f"worker-{self.number}.log").read_text(errors="replace").strip().splitlines()
            last = (log or ["no message"])[-1][:200]
            answer = {"memory": True} if "MemoryError" in last else {"crash": f"the worker died (exit {code}): {last}"}
        if "check" not in answer or self.done >= self.harness.recycle:
            self.restart()
        return answer

    def restart(self) -> None:
        self.stop()
        self.start()

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.kill()
        if self.process:
            self.process.wait()
            self.process.stdin.close()
            self.process.stdout.close()


class Harness:
    """Snapshot the project once, start the workers, and give each case its verdict (cached by content)."""

    def __init__(
        self, *, workers: int = 2, time_limit: float = 20.0, memory_bytes: int = 2 << 30, recycle: int = 150
    ) -> None:
        self.time_limit, self.memory_bytes, self.recycle = time_limit, memory_bytes, recycle
        self.workers = [Worker(self, number) for number in range(workers)]
        self.cache: dict[str, Verdict] = {}

    def __enter__(self) -> Harness:
        self.work = Path(tempfile.mkdtemp(prefix="icat-fuzz-"))
        self.base = self.work / "base"
        self.base.mkdir()
        for part in PROJECT_PARTS:  # a snapshot: other edits to the tree do not reach a running fuzz
            source = ROOT / part
            if source.is_dir():
                shutil.copytree(source, self.base / part, ignore=shutil.ignore_patterns("__pycache__"))
            elif source.is_file():
                shutil.copy2(source, self.base / part)
        shutil.copytree(ROOT / "src", self.base / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
        self.sources = Sources.read(self.base)
        try:
            for worker in self.workers:
                worker.start()
        except BaseException:
            self.__exit__()
            raise
        return self

    def __exit__(self, *_: object) -> None:
        for worker in self.workers:
            worker.stop()
        if not os.environ.get("FUZZ_KEEP"):
            shutil.rmtree(self.work, ignore_errors=True)

    def verdict(self, case: Case) -> Verdict:
        return next(self.run([case]))[1]

    def run(self, cases: Iterable[Case]) -> Iterator[tuple[Case, Verdict]]:
        """Each case with its verdict, in the order they finish; at most one case per worker at a time."""
        pending, idle = iter(cases), list(self.workers)
        busy: dict[Worker, tuple[Case, str, float]] = {}
        waiting: dict[str, list[Case]] = {}
        exhausted = False
        while True:
            while idle and not exhausted:
                case = next(pending, None)
                if case is None:
                    exhausted = True
                    break
                files = apply(case, self.sources)
                key = fingerprint(files)
                if key in self.cache:
                    yield case, self.cache[key]
                elif key in waiting:
                    waiting[key].append(case)
                else:
                    waiting[key] = []
                    worker = idle.pop()
                    worker.send(files)
                    busy[worker] = (case, key, time.monotonic())
            if not busy:
                return
            for worker, verdict in self._collect(busy):
                case, key, _ = busy.pop(worker)
                idle.append(worker)
                self.cache[key] = verdict
                yield case, verdict
                for twin in waiting.pop(key, []):
                    yield twin, verdict

    def _collect(self, busy: dict[Worker, tuple[Case, str, float]]) -> list[tuple[Worker, Verdict]]:
        """Wait for the first answers (or the first time limit) and classify them."""
        deadline = min(started for _, _, started in busy.values()) + self.time_limit
        streams = {worker.process.stdout: worker for worker in busy}
        ready, _, _ = select.select(list(streams), [], [], max(deadline - time.monotonic(), 0))
        done = []
        for stream in ready:
            worker = streams[stream]
            seconds = time.monotonic() - busy[worker][2]
            verdict = classify(worker.receive())
            done.append((worker, Verdict(verdict.outcome, verdict.detail, seconds)))
        now = time.monotonic()
        for worker, (_, _, started) in busy.items():
            if worker not in dict(done) and now - started >= self.time_limit:
                worker.restart()
                done.append((worker, Verdict("hang", f"no answer in {self.time_limit:g} s", now - started)))
        return done
