"""The section bench/run.py writes into bench/README.md: the machine, then one table row or table
per measure, from the results of the last run (bench/results/last.json)."""

from __future__ import annotations

import importlib.metadata
import os
import platform

from common import cpu_model, fmt
from pdf import pdf_rows
from serve import table as serve_table

START, END = "<!-- bench:run:start -->", "<!-- bench:run:end -->"


def machine() -> dict:
    versions = {}
    for package in ("mkdocs", "mkdocs-material", "mkdocs-macros-plugin"):
        try:
            versions[package] = importlib.metadata.version(package)
        except importlib.metadata.PackageNotFoundError:
            versions[package] = "?"
    return {
        "cpu": cpu_model(),
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "os": f"{platform.system()} {platform.release()}",
        "versions": versions,
    }


def kib(n: int) -> str:
    return f"{n / 1024:.1f}"


def heading(info: dict, results: dict, wall: float) -> str:
    stamps = sorted(set((results.get("when") or {}).values()))
    when = " to ".join([stamps[0], stamps[-1]] if len(stamps) > 1 else stamps) if stamps else "?"
    v = info["versions"]
    return (
        f"Measured {when} by `bench/run.py` (last run {wall / 60:.1f} min) on {info['cpu']}, "
        f"{info['cores']} cores, Python {info['python']}, {info['os']}; mkdocs {v['mkdocs']}, "
        f"mkdocs-material {v['mkdocs-material']}, mkdocs-macros-plugin {v['mkdocs-macros-plugin']}. "
        "Times are medians; each build is a fresh `mkdocs build --strict` process (interpreter start included)."
    )


def overhead_rows(a: dict) -> list[str]:
    """The build's cost against the design card's stack (plain Material + mkdocs-macros-plugin rendering
    nothing, the same final Markdown), then where our part of it goes, stage by stage."""
    baseline = a.get("plain_macros") or a["plain"]
    ratio = a["real"] / baseline
    rows = [
        f"| (a) Real strict build vs plain Material + mkdocs-macros-plugin loaded but rendering nothing, "
        f"the same final Markdown ({a['runs']} interleaved runs each) | {fmt(a['real'])} vs {fmt(baseline)} = "
        f"**{ratio:.2f}x** | <= 1.25x | {'yes' if ratio <= 1.25 else 'no'} |",
        f"| (a) the same against plain Material without the macros plugin | {fmt(a['real'])} vs {fmt(a['plain'])} "
        f"= {a['ratio']:.2f}x | (reference) | |",
    ]
    if a.get("model_import") is not None:
        rows.append(
            f"| (a) stage: importing our package (the plugin, loading and checks, the model, pydantic; fresh "
            f"processes) | {a['model_import'] * 1000:.0f} ms = {a['model_import'] / baseline:.0%} of the baseline "
            "| (breakdown) | |"
        )
    for stage, seconds in (a.get("stages") or {}).items():
        rows.append(
            f"| (a) stage: {stage} | {seconds * 1000:.0f} ms = {seconds / baseline:.0%} of the baseline | "
            "(breakdown) | |"
        )
    if a.get("stages") and a.get("model_import") is not None:
        rest = a["real"] - baseline - a["model_import"] - sum(a["stages"].values())
        rows.append(
            f"| (a) the rest (Markdown of our pages' HTML, our acronyms extension, the theme on it; measured as "
            f"what is left) | {rest * 1000:.0f} ms | (breakdown) | |"
        )
    return rows


def scale_rows(b: list[dict]) -> list[str]:
    base = b[0]
    rows = []
    for row in b[1:]:
        ratio = row["median"] / base["median"]
        rows.append(
            f"| (b) Build with {row['factor']}x data ({row['members']} entities, {row['highlights']} "
            f"highlights, {row['events']} events, {row['pages']} pages) | {fmt(row['median'])} = "
            f"{ratio:.1f}x the 1x build ({fmt(base['median'])}) | linear: see the next row | |"
        )
    if len(b) >= 3:
        per = [(b[i]["median"] - b[i - 1]["median"]) / (b[i]["factor"] - b[i - 1]["factor"]) for i in range(1, len(b))]
        rows.append(
            "| (b) Marginal cost of one more copy of the data | "
            + ", ".join(f"{p:.2f} s ({b[i]['factor']}x->{b[i + 1]['factor']}x)" for i, p in enumerate(per))
            + " | the same at every size (linear; within 20%) | "
            + ("yes" if per[-1] <= per[0] * 1.2 else "no")
            + " |"
        )
    return rows


def serve_rows(c: dict) -> list[str]:
    return [
        f"| (c) `mkdocs serve` as `make serve` runs it: save data/members.yaml -> "
        f"rebuilt page served ({len(c['all'])} times) | "
        f"**{fmt(c['median'])}** (all: {', '.join(f'{x:.2f}' for x in c['all'])}; serve's own builds, as logged "
        f"(MkDocs drops repeated lines): "
        f"{', '.join(f'{x:.2f}' for x in c['build_reported'])} s) | < 1 s | "
        f"{'yes' if c['median'] < 1 else 'no'} |"
    ]


def watching_table(c: dict) -> list[str]:
    """(c) for each way of watching: idle CPU and save -> page."""
    return [
        "(c) By way of watching for saved files: the server's idle CPU, and save -> page.",
        "",
        serve_table(c["watching"], c["idle_seconds"]),
        "",
    ]


def weight_table(d: list[dict]) -> list[str]:
    lines = [
        "(d) Page weight on a first visit (empty cache), in KiB: raw as served locally / gzip -6 as a",
        'static host such as GitHub Pages sends it. "Other" is the search index, favicon and images.',
        "",
        "| Page | Requests | HTML | CSS | JS | HTML+CSS+JS | Other |",
        "|---|---|---|---|---|---|---|",
    ]
    for row in d:
        core_raw = sum(row[g][0] for g in ("html", "css", "js"))
        core_gz = sum(row[g][1] for g in ("html", "css", "js"))
        cells = [f"{kib(row[g][0])} / {kib(row[g][1])}" for g in ("html", "css", "js")]
        lines.append(
            f"| {row['kind']} (`/{row['path']}`) | {row['requests']} | "
            + " | ".join(cells)
            + f" | **{kib(core_raw)} / {kib(core_gz)}** | {kib(row['other'][0])} / {kib(row['other'][1])} |"
        )
    lines.append("")
    return lines


def report(info: dict, results: dict, wall: float) -> str:
    lines = [START, heading(info, results, wall), "", "| Measure | Result | Goal | Met |", "|---|---|---|---|"]
    if results.get("overhead"):
        lines += overhead_rows(results["overhead"])
    if results.get("scale"):
        lines += scale_rows(results["scale"])
    if results.get("serve"):
        lines += serve_rows(results["serve"])
    if results.get("pdf"):
        lines += pdf_rows(results["pdf"])
    if results.get("diff"):
        f = results["diff"]
        lines.append(
            f"| (f) `python -m icat_report diff BASE HEAD` (a highlight added, an entity renamed: both sides "
            f"built side by side and compared) vs one strict build ({f['runs']} interleaved runs) | "
            f"{fmt(f['diff'])} vs {fmt(f['build'])} = **{f['ratio']:.2f}x** | <= 2.5x | "
            f"{'yes' if f['ratio'] <= 2.5 else 'no'} |"
        )
    lines.append("")
    if (results.get("serve") or {}).get("watching"):
        lines += watching_table(results["serve"])
    if results.get("weight"):
        lines += weight_table(results["weight"])
    lines.append(END)
    return "\n".join(lines)
