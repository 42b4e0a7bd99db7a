"""The report's PDF from a built site: the paper document typeset (`python -m icat_report pdf`, cli.py).

`make pdf` builds the site with REPORT_PDF=1 (the icat-report plugin's `pdf` option), runs the
command, then builds again with REPORT_PDF set to the PDF's path, so the site links to it with its
size. Without OUTPUT the PDF goes where the site links to it (file.py).
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from ..report import Report
from .document import paper_document
from .source import read_source
from .typeset import typeset

TOKENS = Path("docs/assets/stylesheets/tokens.css")  # the screen's colours and type (the design's names)


def paper_stylesheet() -> str:
    """paper.css, the paper's own stylesheet, shipped inside this package."""
    return resources.files(__package__).joinpath("paper.css").read_text(encoding="utf-8")


def make_pdf(site: Path, output: Path, report: Report, tokens: str = "") -> list[str]:
    """Typeset the built whole-report page of site into output; return the typesetter's warnings."""
    document = paper_document(read_source(site), report, tokens + paper_stylesheet())
    return typeset(document, site, output)
