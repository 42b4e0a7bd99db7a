"""Measure (a): the strict build of the real site vs a plain Material build of the same pages.

The plain project holds each page's final Markdown (after the macros), dumped by a tiny extra hook,
and is built with only Material + search and the standard Markdown extensions of mkdocs.yml,
configured as the real build ends up configuring them (the project's own extension counts as ours).
The same plain project with mkdocs-macros-plugin loaded but rendering nothing separates the plugin's
fixed cost from our code's. The three builds run interleaved, so drift hits all alike.
"""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

import yaml
from common import ENV, PYTHON, build, copy_project, fmt, log
from stages import bench_stages

DUMP_HOOK = '''"""Bench only: write each page's final Markdown (after macros) to $BENCH_DUMP,
and the Markdown extensions' final options (after every hook) to $BENCH_DUMP/../extensions.json."""
import json
import os
from pathlib import Path

import yaml
from mkdocs.plugins import event_priority


@event_priority(-100)
def on_config(config):
    target = Path(os.environ["BENCH_DUMP"]).parent / "extensions.json"
    configs = {name: config.mdx_configs.get(name, {}) for name in config.markdown_extensions if isinstance(name, str)}
    target.write_text(json.dumps(configs, default=str), encoding="utf-8")
    return config


def on_page_markdown(markdown, *, page, config, files):
    target = Path(os.environ["BENCH_DUMP"]) / page.file.src_uri
    target.parent.mkdir(parents=True, exist_ok=True)
    meta = {k: v for k, v in (page.meta or {}).items()}
    head = "---\\n" + yaml.safe_dump(meta, allow_unicode=True) + "---\\n\\n" if meta else ""
    target.write_text(head + markdown, encoding="utf-8")
    return markdown
'''


def plain_project(work: Path, source: Path) -> Path:
    """A Material + search project holding the real site's final Markdown."""
    dumped = copy_project(source, work / "dump")
    (dumped / "bench_dump.py").write_text(DUMP_HOOK, encoding="utf-8")
    config = yaml.safe_load((dumped / "mkdocs.yml").read_text(encoding="utf-8").replace("!ENV", ""))
    hooks = list(config.get("hooks") or []) + ["bench_dump.py"]
    (dumped / "mkdocs.dump.yml").write_text(
        "INHERIT: mkdocs.yml\n" + yaml.safe_dump({"hooks": hooks}), encoding="utf-8"
    )
    markdown = work / "markdown"
    site = work / "dump-site"
    build(dumped, site, "mkdocs.dump.yml", {"BENCH_DUMP": str(markdown)})

    plain = work / "plain"
    docs = plain / "docs"
    # Everything of docs/ that is not Markdown (stylesheets, images), then the pages.
    shutil.copytree(dumped / "docs", docs, ignore=shutil.ignore_patterns("*.md"))
    shutil.copytree(markdown, docs, dirs_exist_ok=True)
    # Files the real site makes from data (downloads) that pages link to.
    if (site / "downloads").is_dir():
        shutil.copytree(site / "downloads", docs / "downloads", dirs_exist_ok=True)
    # Plain Material: the theme's own templates (our overrides are ours: they read the plugin's values).
    (plain / "overrides").mkdir()
    shutil.copy2(dumped / "mkdocs.yml", plain / "mkdocs.real.yml")
    search = next(
        ({"search": p["search"]} for p in config["plugins"] if isinstance(p, dict) and "search" in p), "search"
    )
    plain_config = {"plugins": [search], "hooks": [], "watch": [], "markdown_extensions": standard_extensions(work)}
    (plain / "mkdocs.yml").write_text(
        "INHERIT: mkdocs.real.yml\n" + yaml.safe_dump(plain_config, allow_unicode=True), encoding="utf-8"
    )
    # The same with mkdocs-macros-plugin loaded but rendering nothing: its fixed cost
    # (imports, and the git commands it runs at start), apart from our code's.
    (plain / "bench_no_macros.py").write_text(
        '"""Bench only: no macros."""\n\n\ndef define_env(env):\n    pass\n', encoding="utf-8"
    )
    macros = {"macros": {"module_name": "bench_no_macros", "render_by_default": False}}
    (plain / "mkdocs.macros.yml").write_text(
        "INHERIT: mkdocs.yml\n" + yaml.safe_dump({"plugins": [search, macros]}, allow_unicode=True), encoding="utf-8"
    )
    pages = sorted(p.relative_to(markdown).as_posix() for p in markdown.rglob("*.md"))
    log(f"  plain project: {len(pages)} pages of final Markdown")
    return plain


OWN_EXTENSIONS = "icat_report."  # the project's own Markdown extensions: part of our cost, not of plain's


def standard_extensions(work: Path) -> list:
    """The real build's Markdown extensions with their final options, without the project's own."""
    configs = json.loads((work / "extensions.json").read_text(encoding="utf-8"))
    return [
        {name: options} if options else name for name, options in configs.items() if not name.startswith(OWN_EXTENSIONS)
    ]


# What every MkDocs build with the macros plugin imports anyway, and the same plus our package as the
# build imports it (the plugin, the project's loading and checks, the model, pydantic): the difference
# is what the real build pays before it reads a line of data/.
BASE_IMPORTS = "import mkdocs.commands.build, mkdocs.config, markdown, jinja2, yaml, mkdocs_macros.plugin"
MODEL_IMPORTS = BASE_IMPORTS + "; import icat_site.plugin"


def python_start(project: Path, code: str) -> float:
    """Seconds for a fresh Python process that runs `code` in the project (as a build starts)."""
    began = time.perf_counter()
    subprocess.run([PYTHON, "-c", code], cwd=project, env=ENV, check=True)
    return time.perf_counter() - began


def bench_overhead(work: Path, source: Path, runs: int) -> dict:
    log("(a) real strict build vs plain Material build of the same pages")
    real = copy_project(source, work / "real")
    plain = plain_project(work, source)
    build(real, work / "warm-real")  # warm the file cache and bytecode once
    build(plain, work / "warm-plain")
    real_times, plain_times, macros_times, base_times, model_times = [], [], [], [], []
    for _ in range(runs):  # interleaved, so drift hits all alike
        with tempfile.TemporaryDirectory(prefix="bench-site-") as site:
            real_times.append(build(real, Path(site)))
        with tempfile.TemporaryDirectory(prefix="bench-site-") as site:
            plain_times.append(build(plain, Path(site)))
        with tempfile.TemporaryDirectory(prefix="bench-site-") as site:
            macros_times.append(build(plain, Path(site), "mkdocs.macros.yml"))
        base_times.append(python_start(real, BASE_IMPORTS))
        model_times.append(python_start(real, MODEL_IMPORTS))
    real_median, plain_median = statistics.median(real_times), statistics.median(plain_times)
    macros_median = statistics.median(macros_times)
    log("  by stage: the real build timed event by event")
    stages = bench_stages(work, source, 3)
    pages_real = len(list((work / "warm-real").rglob("*.html")))
    pages_plain = len(list((work / "warm-plain").rglob("*.html")))
    result = {
        "runs": runs,
        "real": real_median,
        "plain": plain_median,
        "ratio": real_median / plain_median,
        "ratio_macros": real_median / macros_median,
        "stages": stages,
        "real_all": real_times,
        "plain_all": plain_times,
        "pages_real": pages_real,
        "pages_plain": pages_plain,
        "plain_macros": macros_median,
        "plain_macros_all": macros_times,
        # Importing pydantic and our data model, over what a build imports anyway (median of the differences).
        "model_import": statistics.median(m - b for m, b in zip(model_times, base_times, strict=True)),
    }
    log(
        f"  real {fmt(real_median)} ({pages_real} pages), plain {fmt(plain_median)} "
        f"({pages_plain} pages): {result['ratio']:.2f}x; plain + macros plugin rendering nothing {fmt(macros_median)}: "
        f"{result['ratio_macros']:.2f}x"
    )
    return result
