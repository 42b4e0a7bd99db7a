"""Finish a page's Markdown: resolve its links and add its footnotes.

Runs on every page after the macros, so prose pages and rendered data share one set
of conventions: `[words][link-id]` and `[^footnote-id]`. Acronyms need nothing here:
the `abbr` extension has the report's glossary (abbreviations.py), except on a page
that spells them out itself, where the glossary is lifted.
"""

from __future__ import annotations

from collections.abc import Callable

from ..problems import Problem
from ..render.common import data_text
from ..report import Report
from ..text.markdown_text import FOOTNOTE_REF, footnote_lines, resolve_links, without_code
from .abbreviations import glossary


def complete_page(
    markdown: str,
    report: Report,
    page_name: str,
    read_source: Callable[[], str | None] | None = None,
    *,
    explain_acronyms: bool = True,
) -> tuple[str, list[Problem]]:
    """The page's final Markdown, and problems with unknown link or footnote ids.

    `page_name` is the page's path from the project (docs/...); `read_source` gives
    the page file as the editor wrote it, for line numbers. It is called only when
    there is a problem to place, so a sound page is never read twice. Without
    `explain_acronyms` (front matter `explain_acronyms: false`), no acronym of the
    page is marked.
    """
    problems: list[Problem] = []

    def unknown(kind: str, ident: str, where: str) -> None:
        line, column = _locate((read_source and read_source()) or markdown, ident)
        message = f"{kind} '{ident}' is not defined in data/{where}; add it there or fix the id"
        problems.append(Problem(page_name, line, column, message))

    markdown = resolve_links(markdown, report.link, lambda ident: unknown("link", ident, "links.yaml"))
    seen: list[str] = []
    for match in FOOTNOTE_REF.finditer(without_code(markdown)):
        ident = match.group(1)
        if ident in seen:
            continue
        if not report.defines("footnotes", ident):
            unknown("footnote", ident, "footnotes.yaml")
            continue
        seen.append(ident)
    notes = footnote_lines((ident, data_text(report, report.footnote(ident).text)) for ident in seen)
    text = markdown.rstrip()
    notes_text = "\n\n".join(notes.splitlines())
    # The abbr extension drops a glossary entry defined as "" on this page; one block each,
    # as it reads one definition per block.
    unmarked = "" if explain_acronyms else "\n\n".join(f'*[{term}]: ""' for term in glossary(report))
    parts = [text, notes_text, unmarked]
    return "\n\n".join(part for part in parts if part) + "\n", problems


def _locate(text: str, ident: str) -> tuple[int, int]:
    for number, line in enumerate(text.splitlines(), 1):
        for needle in (f"][{ident}]", f"[^{ident}]"):
            column = line.find(needle)
            if column >= 0:
                return number, column + 3  # 1-based column of the id itself
    return 1, 1
