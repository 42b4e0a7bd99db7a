"""Finish a page's Markdown: resolve its links, add its footnotes and abbreviations.

Runs on every page after the macros, so prose pages and rendered data share one set
of conventions: `[words][link-id]`, `[^footnote-id]`, and acronyms that explain
themselves on hover and focus.
"""
from __future__ import annotations

from collections.abc import Callable

from ..text.markdown_text import FOOTNOTE_REF, abbreviation_lines, footnote_lines, resolve_links, without_code
from ..problems import Problem
from ..render.common import data_text
from ..report import Report

GLOSSARY_PAGE = "docs/acronyms.md"  # spells every expansion out: no tooltips there


def complete_page(markdown: str, report: Report, page_name: str, read_source: Callable[[], str | None] | None = None) -> tuple[str, list[Problem]]:
    """The page's final Markdown, and problems with unknown link or footnote ids.

    `page_name` is the page's path from the project (docs/...); `read_source` gives
    the page file as the editor wrote it, for line numbers. It is called only when
    there is a problem to place, so a sound page is never read twice.
    """
    problems: list[Problem] = []

    def unknown(kind: str, ident: str, where: str) -> None:
        line, column = _locate((read_source and read_source()) or markdown, ident)
        problems.append(Problem(page_name, line, column, f"{kind} '{ident}' is not defined in data/{where}; add it there or fix the id"))

    markdown = resolve_links(markdown, report.link_target, lambda ident: unknown("link", ident, "links.yaml"))
    seen: list[str] = []
    for match in FOOTNOTE_REF.finditer(without_code(markdown)):
        ident = match.group(1)
        if ident in seen:
            continue
        if ident not in report.footnote_by_id:
            unknown("footnote", ident, "footnotes.yaml")
            continue
        seen.append(ident)
    notes = footnote_lines((ident, data_text(report, report.footnote_by_id[ident].text)) for ident in seen)
    text = markdown.rstrip()
    notes_text = "\n\n".join(notes.splitlines())
    used = text + "\n" + notes_text
    abbreviations = "" if page_name == GLOSSARY_PAGE else abbreviation_lines(((a.term, report.expansion(a)) for a in report.acronyms), used)
    parts = [text, notes_text, abbreviations]
    return "\n\n".join(part for part in parts if part) + "\n", problems


def _locate(text: str, ident: str) -> tuple[int, int]:
    for number, line in enumerate(text.splitlines(), 1):
        for needle in (f"][{ident}]", f"[^{ident}]"):
            column = line.find(needle)
            if column >= 0:
                return number, column + 3  # 1-based column of the id itself
    return 1, 1

