"""The paper document typeset into a tagged PDF by WeasyPrint (CSS Paged Media).

WeasyPrint lays the document out on A4 with paper.css: named pages for the cover, running
heads from the chapters' titles (`string-set`), page numbers in the contents
(`target-counter()`), notes at the foot of the page (`float: footnote`), bookmarks from the
h1 and h2 headings. It writes the PDF as PDF/UA-1: tagged (headings, paragraphs, lists,
tables with their header cells, links, figures with their alternative text), the document's
language and title (shown in the viewer's title bar: DisplayDocTitle) and the PDF/UA
identification in its metadata; finish.py marks the page margins as artifacts before the
PDF is written. Fonts are the site's own (assets/fonts/noto-sans/),
embedded as subsets. WeasyPrint needs Pango (the Debian/Ubuntu package libpango-1.0-0 and
libpangoft2-1.0-0, which Chromium's package also brings).
"""

from __future__ import annotations

import logging
from pathlib import Path

from .source import PaperError

FONTS = "assets/fonts/noto-sans"
FONT_FILES = (
    "noto-sans-latin-400-normal.woff2",
    "noto-sans-latin-400-italic.woff2",
    "noto-sans-latin-700-normal.woff2",
)
VARIANT = "pdf/ua-1"


class _Collected(logging.Handler):
    """WeasyPrint's warnings and errors (CSS it ignores, an image without alternative text)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def typeset(document: str, site: Path, output: Path) -> list[str]:
    """Write the document's PDF to output; return WeasyPrint's warnings (none expected)."""
    missing = [name for name in FONT_FILES if not (site / FONTS / name).is_file()]
    if missing:
        raise PaperError(f"{site / FONTS}: the fonts {', '.join(missing)} are missing; build the site first")
    try:
        from weasyprint import HTML
        from weasyprint.text.fonts import FontConfiguration

        from .finish import margins_as_artifacts
        from .notes_in_place import laid_out_with_notes_in_place, notes_out_of_place
    except ModuleNotFoundError as error:  # the `pdf` extra is not installed
        raise PaperError(f"{error.name} is not installed: pip install -e '.[pdf]' (make setup does)") from None
    except OSError as error:  # Pango is not installed: WeasyPrint cannot load it
        raise PaperError(
            f"WeasyPrint cannot start ({error}); install Pango: apt-get install libpangoft2-1.0-0"
        ) from None
    collected = _Collected()
    logger = logging.getLogger("weasyprint")
    logger.addHandler(collected)
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        html = HTML(string=document, base_url=site.resolve().as_uri() + "/")
        # one font configuration and image cache for all the layouts of notes_in_place.py: each
        # layout after the first finds the fonts unpacked and Pango's font map warm
        shared = {"font_config": FontConfiguration(), "cache": {}}
        laid_out = laid_out_with_notes_in_place(html, pdf_variant=VARIANT, **shared)
        laid_out.write_pdf(output, pdf_variant=VARIANT, finisher=margins_as_artifacts)
    finally:
        logger.removeHandler(collected)
    return collected.messages + notes_out_of_place(laid_out)
