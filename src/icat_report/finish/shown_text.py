"""The text each page of the report shows, made without a build: for measuring, not for publishing.

Each page under docs/ has its macros run as the build runs them (icat_report.macros, with the
same values and filters), its Markdown finished (links resolved, footnotes added) and made HTML
by Python-Markdown, then read as a reader reads it (text/html.py). No theme, no MkDocs: what
`check` can afford to measure on every run. The built site stays the reference; the tests hold
the two within a small margin of each other on the 2021 edition.
"""

from __future__ import annotations

from collections.abc import Iterator

import markdown
from jinja2 import Environment

from ..macros.macro_set import ReportMacros
from ..macros.mentions import mentions_index
from ..macros.page_names import PAGE_FILTERS, page_value, page_variables
from ..report import Report
from ..source.front_matter import split_front_matter
from ..source.pages import Pages
from ..text import html
from .page_text import complete_page

# The build's own Markdown extensions that change which words a page shows (mkdocs.yml).
EXTENSIONS = ("attr_list", "footnotes", "tables", "md_in_html")


def page_texts(report: Report, pages: Pages) -> Iterator[tuple[str, str]]:
    """(page path under docs/, the text a reader sees on it) for every page; a page whose template
    fails is left out (`check` reports it as a problem on its own)."""
    current = [""]
    macros = ReportMacros(
        report,
        mentions=mentions_index(report, pages.texts),
        site_url="",
        current_page=lambda: (current[0], pages.texts[current[0]]),
    )
    environment = Environment(finalize=page_value)
    environment.filters.update(PAGE_FILTERS)
    values = {"report": report, **page_variables(report), **{name: getattr(macros, name) for name in macros.NAMES}}
    converter = markdown.Markdown(extensions=list(EXTENSIONS))
    for src, source in pages.texts.items():
        current[0] = src
        body, _ = split_front_matter(source)
        try:
            rendered = environment.from_string(body).render(values)
        except Exception:  # noqa: BLE001 - a broken page is check's to report, not this measure's
            continue
        finished, _ = complete_page(rendered, report, pages.name(src))
        converter.reset()
        yield src, html.visible_text(html.document(converter.convert(finished)), tag_gap=" ")
