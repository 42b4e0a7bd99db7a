"""(a) by stage: where a real strict build spends the time it takes beyond the plain one.

A bench-only hook, added to a copy of the project, times every plugin's and hook's handler of every
MkDocs event: it replaces `PluginCollection.run_event` with the same loop (MkDocs 1.6's), timed, which
calls the handlers one by one and knows whose each is, and writes the sums when the build ends. Our
stages are then: loading and checking the report (the icat-report plugin's on_config), the pages and
downloads made from data (its on_files), the macros (the macros plugin's on_config, which registers
ours, and its on_page_markdown, which renders each page's calls and finishes its Markdown), the
whole-report page and the other hooks. Importing our package is timed apart, in fresh processes.
"""

from __future__ import annotations

import json
import statistics
import tempfile
from pathlib import Path

import yaml
from common import build, copy_project

TIMING_HOOK = '''"""Bench only: the time of each plugin's and hook's handler of each event, into $BENCH_STAGES."""
import json
import os
import time
from collections import defaultdict

from mkdocs.plugins import PluginCollection

spent = defaultdict(float)


def run_event(self, name, item=None, **kwargs):
    pass_item = item is not None
    for method in self.events[name]:
        origin = self._current_plugin = self._event_origins.get(method, "<unknown>")
        began = time.perf_counter()
        result = method(item, **kwargs) if pass_item else method(**kwargs)
        spent[f"{origin} {name}"] += time.perf_counter() - began
        if result is not None:
            item = result
    self._current_plugin = None
    if name == "post_build":
        with open(os.environ["BENCH_STAGES"], "w", encoding="utf-8") as stream:
            json.dump(spent, stream)
    return item


PluginCollection.run_event = run_event
'''

# Our stages, each a sum of "<plugin or hook> <event>" timings.
STAGES = {
    "loading and checking data/ and the pages (plugin on_config)": ["icat-report config"],
    "pages and downloads made from data (plugin on_files)": ["icat-report files"],
    "the macros: registered, then each page's calls rendered and finished": [
        "macros config",
        "macros page_markdown",
        "macros env",
        "macros post_build",
    ],
    "the whole-report page (hooks/whole_report.py)": ["hooks/whole_report.py page_context"],
    "the other hooks (edit links, stylesheet bundle, git variable)": [
        "hooks/edit_urls.py pre_page",
        "hooks/stylesheets.py files",
        "hooks/macros_plugin.py config",
    ],
}


def bench_stages(work: Path, source: Path, runs: int) -> dict:
    """{stage: median seconds} over `runs` timed builds of a copy of the project."""
    project = copy_project(source, work / "stages")
    (project / "bench_timing.py").write_text(TIMING_HOOK, encoding="utf-8")
    config = yaml.safe_load((project / "mkdocs.yml").read_text(encoding="utf-8").replace("!ENV", ""))
    hooks = ["bench_timing.py", *(config.get("hooks") or [])]  # first: it wraps what the others run
    (project / "mkdocs.stages.yml").write_text("INHERIT: mkdocs.yml\n" + yaml.safe_dump({"hooks": hooks}), "utf-8")
    timings: list[dict] = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="bench-stages-") as site:
            out = work / "stages.json"
            build(project, Path(site), "mkdocs.stages.yml", {"BENCH_STAGES": str(out)})
            timings.append(json.loads(out.read_text(encoding="utf-8")))
    return {
        stage: statistics.median(sum(run.get(key, 0.0) for key in keys) for run in timings)
        for stage, keys in STAGES.items()
    }
