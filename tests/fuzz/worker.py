"""One fuzz worker: a separate process that checks and builds cases sent to it, one at a time.

Run by invariant.py as `python -m fuzz.worker BASE WORK MEMORY_BYTES` (tests/ on the path).
Its address space is capped (a memory blow-up is a MemoryError here, not a swapping
machine) and the parent kills it past the time limit (a hang is a finding). Keeping
one process for many cases spares MkDocs' start-up (about a second) on each.

For each case the project is copied from BASE, the changed files are written, and
`python -m icat_report check --data data --docs docs` (its main(), in this process) and
a strict MkDocs build run in the copy. The answer says what each printed or raised,
what the built site holds that the clean site does not, and which files outside
site/ changed. Messages travel as length-prefixed pickles on stdin and stdout.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import pickle
import resource
import shutil
import struct
import sys
import tempfile
import traceback
from dataclasses import asdict
from pathlib import Path

TRACEBACK = "Traceback (most recent call last)"


def read_frame(stream) -> object | None:
    header = stream.read(4)
    if len(header) < 4:
        return None
    (size,) = struct.unpack(">I", header)
    return pickle.loads(stream.read(size))


def write_frame(stream, value: object) -> None:
    body = pickle.dumps(value)
    stream.write(struct.pack(">I", len(body)) + body)
    stream.flush()


def _last_line(text: str) -> str:
    """The line of a traceback that names the error (the last one that is not blank or a fence)."""
    lines = [line.strip() for line in text.splitlines() if line.strip() and not line.strip().startswith("```")]
    after = text.split(TRACEBACK)[-1].splitlines()
    errors = [line.strip() for line in after if line and not line.startswith(" ") and ":" in line]
    return (errors or lines or ["(no output)"])[-1][:300]


def run_check(project: Path) -> dict:
    from icat_report import cli

    out, err = io.StringIO(), io.StringIO()
    crash = None
    os.chdir(project)
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = cli.main(["check", "--data", "data", "--docs", "docs"])
        except MemoryError:
            raise
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else 2
        except BaseException:  # noqa: B036 - any escape from check is the finding itself
            code, crash = -1, _last_line(traceback.format_exc())
    text = out.getvalue() + err.getvalue()
    if crash is None and TRACEBACK in text:
        crash = _last_line(text)
    return {"code": code, "out": out.getvalue(), "err": err.getvalue()[-2000:], "crash": crash}


class _Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(f"{record.levelname}: {record.getMessage()}")


def run_build(project: Path) -> dict:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    capture, out = _Capture(), io.StringIO()
    logging.getLogger().addHandler(capture)
    error = crash = None
    os.chdir(project)  # macros resolve module_name against the working directory
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
            config = load_config(config_file=str(project / "mkdocs.yml"), site_dir=str(project / "site"), strict=True)
            build(config)
    except MemoryError:
        raise
    except MkDocsException as failure:
        error = str(failure)
    except SystemExit as exit_:  # mkdocs-macros exits on a macro error
        error = f"SystemExit({exit_.code})"
    except BaseException:  # noqa: B036 - any other escape from the build is the finding itself
        crash = _last_line(traceback.format_exc())
    finally:
        logging.getLogger().removeHandler(capture)
    text = "\n".join([*capture.lines, out.getvalue(), error or ""])
    if crash is None and TRACEBACK in text:
        crash = _last_line(text)
    return {"ok": error is None and crash is None, "error": error, "crash": crash, "log": text[-3000:]}


def _listing(root: Path, skip: Path) -> dict[str, tuple[int, int]]:
    """Every file under root but those in skip (the built site) and Python's caches."""
    found = {}
    for path in root.rglob("*"):
        if path.is_file() and skip not in path.parents and "__pycache__" not in path.parts:
            stat = path.stat()
            found[str(path.relative_to(root))] = (stat.st_size, stat.st_mtime_ns)
    return found


def _copy(base: Path, project: Path) -> None:
    """The project's copy for one case; src/ (only watched by MkDocs, never changed) is linked."""
    shutil.copytree(base, project, ignore=lambda folder, names: ["src"] if Path(folder) == base else [])
    (project / "src").symlink_to(base / "src", target_is_directory=True)


def run_case(base: Path, work: Path, files: dict[str, bytes | None], clean) -> dict:
    from . import site_check

    case_root = Path(tempfile.mkdtemp(dir=work, prefix="case-"))
    project = case_root / "project"
    try:
        _copy(base, project)
        for name, content in files.items():
            target = project / name
            if content is None:
                target.unlink(missing_ok=True)
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(content)
        before = _listing(case_root, project / "site")
        result = {"check": run_check(project), "build": run_build(project)}
        after = _listing(case_root, project / "site")
        result["outside"] = sorted(name for name in after.keys() | before.keys() if before.get(name) != after.get(name))
        if clean is not None and result["check"]["code"] == 0 and result["build"]["ok"]:
            result["site"] = [asdict(each) for each in site_check.findings(project / "site", clean)]
        return result
    finally:
        os.chdir(work)
        shutil.rmtree(case_root, ignore_errors=True)


def clean_profile(base: Path, work: Path):
    """The clean project's check, build and site profile, computed once and shared by the workers."""
    from . import site_check

    stored = work / "clean-profile.pickle"
    if stored.is_file():
        return pickle.loads(stored.read_bytes()), None
    folder = Path(tempfile.mkdtemp(dir=work, prefix="clean-"))
    project = folder / "project"
    _copy(base, project)
    check, build = run_check(project), run_build(project)
    os.chdir(work)
    if check["code"] != 0 or not build["ok"]:
        return None, f"the clean project does not pass: {check['out'][-1500:]} {build['log'][-1500:]}"
    profile = site_check.profile(project / "site")
    shutil.rmtree(folder, ignore_errors=True)
    partial = stored.with_suffix(f".{os.getpid()}")
    partial.write_bytes(pickle.dumps(profile))
    partial.replace(stored)
    return profile, None


def main() -> None:
    base, work, memory = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    sys.dont_write_bytecode = True
    answers = os.fdopen(os.dup(1), "wb")
    os.dup2(os.open(os.devnull, os.O_WRONLY), 1)  # stray prints must not corrupt the answers
    requests = os.fdopen(0, "rb")
    clean, problem = clean_profile(base, work)
    write_frame(answers, {"ready": problem is None, "problem": problem})
    while (files := read_frame(requests)) is not None:
        try:
            answer = run_case(base, work, files, clean)
        except MemoryError:
            write_frame(answers, {"memory": True})
            sys.exit(3)  # a fresh process for the next case
        write_frame(answers, answer)


if __name__ == "__main__":
    main()
