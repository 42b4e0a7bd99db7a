"""(e) `make pdf` as the Makefile runs it, in a copy of the project: the strict build with
REPORT_PDF=1, `python -m icat_report pdf` (WeasyPrint typesets the whole-report page), and the
strict build that publishes the PDF; then the PDF read back with pypdf: its size, pages, the
share of the report's words it holds (tests/fidelity.py) and its tagging.

    .venv/bin/python bench/run.py --only pdf
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from common import ENV, PYTHON, build, log

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # fidelity.py: the measure the tests apply


def _typeset(project: Path, site: Path, output: Path) -> float:
    command = [PYTHON, "-m", "icat_report", "pdf", str(site), str(output)]
    began = time.perf_counter()
    result = subprocess.run(command, cwd=project, env=ENV, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"python -m icat_report pdf failed:\n{result.stdout}\n{result.stderr}")
    return time.perf_counter() - began


def _read_back(pdf: Path, work: Path) -> dict:
    """Pages, the report's words found in the text, and the tagging markers, read with pypdf."""
    import html

    from pypdf import PdfReader

    from fidelity import site_coverage

    reader = PdfReader(pdf)
    text = "\n".join(page.extract_text() for page in reader.pages)
    page = work / "pdf-text.html"
    page.write_text(f"<html><body><pre>{html.escape(text)}</pre></body></html>", encoding="utf-8")
    words = site_coverage([page])
    catalog = reader.trailer["/Root"]
    metadata = catalog["/Metadata"].get_object().get_data().decode("utf-8")
    return {
        "pages": len(reader.pages),
        "fidelity": words.percent,
        "tagged": "/StructTreeRoot" in catalog and bool(catalog["/MarkInfo"]["/Marked"]),
        "ua": 'pdfuaid:part="1"' in metadata,
        "bookmarks": sum(1 for entry in reader.outline if not isinstance(entry, list)),
        "all_bookmarks": _count(reader.outline),
    }


def _cpu_seconds() -> float:
    """CPU time (user + system) of the finished child processes so far."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _count(outline: list) -> int:
    """Every bookmark of an outline, at any depth (pypdf nests a bookmark's children in a list)."""
    return sum(_count(entry) if isinstance(entry, list) else 1 for entry in outline)


def bench_pdf(work: Path, source: Path, runs: int) -> dict:
    """`make pdf`'s three steps, `runs` times, in the snapshot at source (built where it lies).
    Wall time and the CPU time the steps used: on a shared machine the wall time also holds the
    time other people's processes had the cores (the load average is kept with the figures)."""
    output = work / "pdf-report.pdf"
    steps: list[tuple[float, float, float]] = []
    cpu: list[float] = []
    for run in range(runs):
        began = _cpu_seconds()
        first = build(source, work / "pdf-site", extra_env={"REPORT_PDF": "1"})
        typeset = _typeset(source, work / "pdf-site", output)
        second = build(source, work / "site", extra_env={"REPORT_PDF": str(output)})
        cpu.append(_cpu_seconds() - began)
        steps.append((first, typeset, second))
        log(f"make pdf {run + 1}/{runs}: {first:.2f} + {typeset:.2f} + {second:.2f} s (CPU {cpu[-1]:.1f} s)")
    totals = [sum(step) for step in steps]
    return {
        "runs": runs,
        "total": statistics.median(totals),
        "all": totals,
        "cpu": statistics.median(cpu),
        "load": os.getloadavg()[1],
        "steps": [statistics.median(step[i] for step in steps) for i in range(3)],
        "bytes": output.stat().st_size,
        **_read_back(output, work),
    }


def pdf_rows(e: dict) -> list[str]:
    first, typeset, second = e["steps"]
    size = e["bytes"] / 1_000_000
    return [
        f"| (e) `make pdf` ({e['runs']} runs): strict build with REPORT_PDF=1, typesetting "
        f"(`python -m icat_report pdf`, WeasyPrint), strict build publishing the PDF | "
        f"**{e['total']:.1f} s** ({first:.1f} + {typeset:.1f} + {second:.1f} s; all: "
        f"{', '.join(f'{x:.1f}' for x in e['all'])}; CPU time {e['cpu']:.1f} s; load average "
        f"{e['load']:.1f} over the run) | <= 20 s | {'yes' if e['total'] <= 20 else 'no'} |",
        f"| (e) the PDF: size, pages, bookmarks, report's words in its text (tests/fidelity.py), tagging | "
        f"**{size:.2f} MB**, {e['pages']} pages, {e['bookmarks']} top-level bookmarks "
        f"({e.get('all_bookmarks', '?')} in all), "
        f"{e['fidelity']:.2f}% of the words, {'tagged' if e['tagged'] else 'NOT tagged'}, "
        f"{'PDF/UA-1 identified' if e['ua'] else 'no PDF/UA identification'} | <= 2 MB, >= 99.5% | "
        f"{'yes' if size <= 2 and e['fidelity'] >= 99.5 else 'no'} |",
    ]
