"""`python -m icat_report pdf SITE_DIR [OUTPUT]`: the report's PDF from a built site.

`make pdf` builds the site with REPORT_PDF=1 (hooks/report_pdf.py), runs this, then builds
again with REPORT_PDF set to the PDF's path, so the site links to it with its size. Without
OUTPUT the PDF goes where the site links to it (file.py). The data is read from data/ and
docs/ under the current folder, as `check` does.
"""

from __future__ import annotations

import sys
import time
from importlib import resources
from pathlib import Path

from ..problems import DataError
from ..report import Report
from .document import paper_document
from .file import pdf_path
from .source import PaperError, read_source
from .typeset import typeset

TOKENS = Path("docs/assets/stylesheets/tokens.css")  # the screen's colours and type (the design's names)


def paper_stylesheet() -> str:
    """paper.css, the paper's own stylesheet, shipped inside this package."""
    return resources.files(__package__).joinpath("paper.css").read_text(encoding="utf-8")


def make_pdf(site: Path, output: Path, report: Report, tokens: str = "") -> list[str]:
    """Typeset the built whole-report page of site into output; return the typesetter's warnings."""
    document = paper_document(read_source(site), report, tokens + paper_stylesheet())
    return typeset(document, site, output)


def main(site: Path, output: Path | None) -> int:
    """The command: the PDF, or one sentence saying why not; exit status 0 or 1."""
    from ..project import load_project

    began = time.perf_counter()
    try:
        report = load_project(Path("data"), Path("docs"))
        target = output or site / pdf_path(report)
        tokens = TOKENS.read_text(encoding="utf-8") if TOKENS.is_file() else ""
        warnings = make_pdf(site, target, report, tokens)
    except DataError as error:
        print(error.report(), file=sys.stderr)
        return 1
    except PaperError as error:
        print(f"pdf: {error}", file=sys.stderr)
        return 1
    for warning in warnings:
        print(f"pdf: the typesetter warns: {warning}", file=sys.stderr)
    print(f"{target}: {target.stat().st_size:,} bytes in {time.perf_counter() - began:.1f} s")
    return 0
