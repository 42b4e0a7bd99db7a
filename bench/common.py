"""What the benchmark scripts share: copying the project, building it as an editor or CI does,
logging, a free port, the CPU's name, and rewriting their own section of bench/README.md."""

from __future__ import annotations

import os
import platform
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

README = Path(__file__).resolve().parent / "README.md"
PYTHON = sys.executable
# Python caches compiled modules unless PYTHONDONTWRITEBYTECODE is set (some sandboxes
# set it). The installed packages were compiled by pip; without the cache only our own
# modules would be compiled again in every build, which no editor's machine or CI does.
ENV = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
# What a build needs: copied into a temporary folder, the project's own files are never touched.
PROJECT_PARTS = ("mkdocs.yml", "docs", "data", "schemas", "macros.py", "hooks", "overrides", "src")

# One page of each kind, measured by both scripts: {kind: path from the site root}.
PAGE_KINDS = {
    "home": "",
    "report section": "year-in-review/non-punishment/",
    "annex": "annex/",
    "member page": "members/unodc/",
    "priority page": "priorities/rights-based-approach/",
    "timeline": "timeline/",
    "matrix": "matrix/",
    "print page": "print_page/",
}


def copy_project(source: Path, target: Path) -> Path:
    """A copy of the project at source in target, ready to change and build."""
    target.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        if (source / part).is_dir():
            shutil.copytree(source / part, target / part, ignore=shutil.ignore_patterns("__pycache__"))
        elif (source / part).is_file():
            shutil.copy2(source / part, target / part)
    return target


def build(project: Path, site: Path, config: str = "mkdocs.yml", extra_env: dict | None = None) -> float:
    """One `mkdocs build --strict` in a fresh process; its wall time in seconds."""
    command = [PYTHON, "-m", "mkdocs", "build", "--strict", "--quiet", "-f", config, "-d", str(site)]
    began = time.perf_counter()
    result = subprocess.run(command, cwd=project, env={**ENV, **(extra_env or {})}, capture_output=True, text=True)
    elapsed = time.perf_counter() - began
    if result.returncode != 0:
        raise SystemExit(f"build of {project} failed:\n{result.stdout}\n{result.stderr}")
    return elapsed


def fmt(seconds: float) -> str:
    return f"{seconds:.2f} s"


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def publish(section: str, start: str, end: str, *, to_readme: bool = True) -> None:
    """Print a result section and put it between start and end in bench/README.md."""
    print(section)
    if not to_readme:
        return
    text = README.read_text(encoding="utf-8") if README.exists() else ""
    if start in text and end in text:
        text = text[: text.index(start)] + section + text[text.index(end) + len(end) :]
    else:
        text = (text.rstrip() + "\n\n" if text else "") + section + "\n"
    README.write_text(text, encoding="utf-8")
    log(f"written to {README}")
