"""`mkdocs serve` on a copy of the project (a free port on 127.0.0.1), for tests that save files under it.

Every wait is on the server's own state, bounded by a generous deadline: its address line, then
MkDocs' livereload endpoint, which answers as soon as a rebuild has finished (the way an open page
learns to reload). Nothing waits for a fixed time.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from icat_report.text import html

STARTUP_SECONDS = 240  # the first build of the whole site, on a busy 2-core machine
REBUILD_SECONDS = 120
REQUEST_SECONDS = 30  # a request that takes longer is a hung server
PREVIEW_READY = "The preview is at "  # the preview's line with its address (icat_site/preview.py)
LIVERELOAD_CALL = re.compile(r"livereload\((\d+),")  # in the script MkDocs adds to every page it serves


@dataclass
class Served:
    project: Path
    base: str
    process: subprocess.Popen
    log: list[str] = field(default_factory=list)

    def get(self, path: str) -> tuple[int, str]:
        """(status, text) of a request; fails the test when the server does not answer in time."""
        try:
            with urllib.request.urlopen(self.base + path, timeout=REQUEST_SECONDS) as response:
                return response.status, response.read().decode("utf-8")
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode("utf-8")

    def wait_until(self, path: str, wanted: Callable[[str], bool], what: str) -> str:
        """The page's text once `wanted(text)` holds, waiting for one rebuild after another."""
        deadline = time.monotonic() + REBUILD_SECONDS
        _, text = self.get(path)
        while not wanted(text):
            assert time.monotonic() < deadline, f"{what}: not seen on {path} after {REBUILD_SECONDS} s\n{self.tail()}"
            self.next_build(after=epoch_of(text), deadline=deadline)
            _, text = self.get(path)
        return text

    def next_build(self, *, after: int, deadline: float) -> int:
        """Block until a build newer than `after` is served (MkDocs answers after 60 s at the latest)."""
        while True:
            with urllib.request.urlopen(f"{self.base}/livereload/{after}/0", timeout=90) as response:
                epoch = int(response.read())
            if epoch > after:
                return epoch
            assert time.monotonic() < deadline, f"no rebuild after {REBUILD_SECONDS} s\n{self.tail()}"

    def alive(self) -> bool:
        return self.process.poll() is None

    def tail(self) -> str:
        return "".join(self.log[-30:])


UNESCO_NAME = "name: United Nations Educational, Scientific and Cultural Organization"


def misspell_unesco_name(project: Path) -> tuple[str, int]:
    """Misspell a field of UNESCO in data/members.yaml: the file's original text, and the line now wrong."""
    members = project / "data" / "members.yaml"
    original = members.read_text(encoding="utf-8")
    assert original.count(f"  {UNESCO_NAME}\n") == 1, "data/members.yaml no longer names UNESCO as the tests expect"
    members.write_text(original.replace(f"  {UNESCO_NAME}\n", f"  n{UNESCO_NAME}\n"), encoding="utf-8")
    return original, original.splitlines().index(f"  {UNESCO_NAME}") + 1


def epoch_of(page: str) -> int:
    """The build a served page belongs to, from the livereload script MkDocs puts in it."""
    for script in html.document(page).css("script"):
        if found := LIVERELOAD_CALL.search(script.text()):
            return int(found[1])
    raise AssertionError("the page has no livereload script: was it served by `mkdocs serve`?")


@contextmanager
def serving(project: Path, *, env: dict | None = None) -> Iterator[Served]:
    """`mkdocs serve` in project, as `make serve` runs it, until the block ends."""
    port = free_port()
    environment = {**os.environ, **(env or {})}
    process = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=project,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    served = Served(project, f"http://127.0.0.1:{port}", process)
    ready = threading.Event()
    threading.Thread(target=_read_log, args=(process, served.log, ready), daemon=True).start()
    try:
        ready.wait(STARTUP_SECONDS)
        assert served.alive() and ready.is_set(), f"mkdocs serve did not start:\n{served.tail()}"
        yield served
    finally:
        process.terminate()
        process.wait(timeout=30)


def _read_log(process: subprocess.Popen, lines: list[str], ready: threading.Event) -> None:
    """Keep the server's log (reading it also keeps the pipe from filling up), and say when it serves."""
    for line in process.stderr:
        lines.append(line)
        if PREVIEW_READY in line:
            ready.set()
    ready.set()  # the process ended: stop waiting


def free_port() -> int:
    """A port free on 127.0.0.1 (released again, for the server to take)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
