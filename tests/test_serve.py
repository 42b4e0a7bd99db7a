"""`mkdocs serve` rebuilds when an editor saves a data file (not only docs/)."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request

import pytest


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.read().decode("utf-8")
    except OSError:
        return None


def wait_for(condition, seconds: float):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.2)
    return None


@pytest.fixture
def served(project_copy):
    port = free_port()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
                              cwd=project_copy, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        yield project_copy, f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_saving_a_data_file_rebuilds_the_page(served):
    project, base = served
    page = f"{base}/members/unesco/"
    first = wait_for(lambda: fetch(page), 60)
    assert first and "United Nations Educational, Scientific and Cultural Organization" in first
    members = project / "data" / "members.yaml"
    members.write_text(members.read_text(encoding="utf-8").replace(
        "name: United Nations Educational, Scientific and Cultural Organization",
        "name: United Nations Educational, Scientific and Cultural Organisation (edited)"), encoding="utf-8")
    changed = wait_for(lambda: "Cultural Organisation (edited)" in (fetch(page) or ""), 30)
    assert changed, "the page did not change after data/members.yaml was saved"
