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


def design_tokens(stylesheet: str) -> str:
    """The custom properties the screen's stylesheet sets on :root (its colours and type family): the
    design's names the paper uses. Its other rules are the screen's (Material's classes, media queries
    for phones) and stay out of the paper. Read with tinycss2, WeasyPrint's own CSS parser."""
    import tinycss2

    rules = tinycss2.parse_stylesheet(stylesheet, skip_comments=True, skip_whitespace=True)
    kept = [
        rule for rule in rules if rule.type == "qualified-rule" and tinycss2.serialize(rule.prelude).strip() == ":root"
    ]
    return "\n".join(tinycss2.serialize([rule]) for rule in kept)


def make_pdf(site: Path, output: Path, report: Report, tokens: str = "") -> list[str]:
    """Typeset the built whole-report page of site into output; return the typesetter's warnings.
    `tokens` is the screen's stylesheet of design tokens (tokens.css): its :root properties are used."""
    document = paper_document(read_source(site), report, design_tokens(tokens) + "\n" + paper_stylesheet())
    return typeset(document, site, output)
