"""The diff written for people: Markdown for a pull request's summary, or plain text for a terminal.

Every value from the data or the pages leaves through text/escape.py (Markdown text, or HTML text
inside <del> and <ins>, which GitHub shows struck through and underlined).
"""

from __future__ import annotations

import json

from ..text.escape import html_text, markdown_text
from .compare import ReportDiff
from .records import FieldChange, RecordChange
from .words import Hunk, WordDiff, word_diff

SHORT = 80  # a text longer than this is shown as a word diff
WORDS_SHOWN = 30  # words of one change shown at most


class Style:
    """How one output marks things: Markdown (the default) or plain text."""

    def __init__(self, markdown: bool) -> None:
        self.markdown = markdown

    def text(self, value: object) -> str:
        return markdown_text(value) if self.markdown else " ".join(str(value).split())

    def heading(self, level: int, title: str) -> str:
        if self.markdown:
            return f"{'#' * level} {title}"
        return f"{title}\n{('=' if level <= 2 else '-') * len(title)}"

    def strong(self, text: str) -> str:
        return f"**{text}**" if self.markdown else text

    def change(self, removed: tuple[str, ...], added: tuple[str, ...]) -> str:
        parts = []
        if removed:
            words = _cut(removed)
            parts.append(f"<del>{html_text(words)}</del>" if self.markdown else f"[-{words}-]")
        if added:
            words = _cut(added)
            parts.append(f"<ins>{html_text(words)}</ins>" if self.markdown else f"{{+{words}+}}")
        return " ".join(parts)


def _cut(words: tuple[str, ...]) -> str:
    shown = " ".join(words[:WORDS_SHOWN])
    return shown + (f" … ({len(words) - WORDS_SHOWN} more words)" if len(words) > WORDS_SHOWN else "")


def write(diff: ReportDiff, *, markdown: bool = True) -> str:
    style = Style(markdown)
    lines = [style.heading(2, "What this change does to the report"), ""]
    lines += [f"{style.strong('From')} {style.text(diff.base)} {style.strong('to')} {style.text(diff.head)}.", ""]
    if diff.unchanged:
        lines += ["The report is the same: no record, figure or page changes.", ""]
    lines += _figures(diff, style) + _records(diff, style) + _pages(diff, style) + _words(diff, style)
    return "\n".join(lines).rstrip() + "\n"


def _figures(diff: ReportDiff, style: Style) -> list[str]:
    if not diff.figures:
        return []
    lines = [style.heading(3, "Figures that move"), ""]
    if style.markdown:
        lines += ["| Figure | Before | After |", "| --- | ---: | ---: |"]
        lines += [f"| {style.text(f.name)} | {_number(f.before)} | {_number(f.after)} |" for f in diff.figures]
    else:
        lines += [f"  {f.name}: {_number(f.before)} -> {_number(f.after)}" for f in diff.figures]
    return [*lines, ""]


def _number(value: int | None) -> str:
    return "–" if value is None else f"{value:,}"


def _records(diff: ReportDiff, style: Style) -> list[str]:
    if not diff.records:
        return []
    lines = [style.heading(3, "Records"), ""]
    for changes in diff.records:
        lines += [style.strong(style.text(f"data/{changes.file}")), ""]
        lines += [_record_line("added", record, style) for record in changes.added]
        lines += [_record_line("removed", record, style) for record in changes.removed]
        for record in changes.changed:
            lines.append(_record_line("changed", record, style))
            lines += [f"    - {_field_line(change, style)}" for change in record.fields]
        lines.append("")
    return lines


def _record_line(what: str, record: RecordChange, style: Style) -> str:
    where = f" (line {record.line})" if record.line else ""
    return f"- {what.capitalize()}: {style.text(record.key)}{where}"


def _field_line(change: FieldChange, style: Style) -> str:
    name = style.text(change.field)
    old, new = change.old, change.new
    if isinstance(old, str) and isinstance(new, str) and max(len(old), len(new)) > SHORT:
        return f"{name}: " + _word_change(word_diff(old.split(), new.split()), style)
    return f"{name}: {_value(old, style)} → {_value(new, style)}"


def _value(value: object, style: Style) -> str:
    if value is None:
        return "(none)"
    shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return style.text(f'"{shown}"' if isinstance(value, str) else shown)


def _word_change(words: WordDiff, style: Style) -> str:
    return " ".join(_hunk(hunk, style) for hunk in words.hunks) + (
        f" ({_words_count(words.removed)} out, {words.added} in)" if words.removed or words.added else ""
    )


def _words_count(count: int) -> str:
    return f"{count:,} word{'s' * (count != 1)}"


def _hunk(hunk: Hunk, style: Style) -> str:
    """A change in its context: "…words before CHANGE words after…"."""
    before = style.text(" ".join(hunk.before)) if hunk.before else ""
    after = style.text(" ".join(hunk.after)) if hunk.after else ""
    return "…" + " ".join(part for part in (before, style.change(hunk.removed, hunk.added), after) if part) + "…"


def _pages(diff: ReportDiff, style: Style) -> list[str]:
    if diff.pages is None:
        return [style.heading(3, "Pages"), "", style.text(diff.pages_note or ""), ""]
    pages = diff.pages
    if not (pages.added or pages.removed or pages.changed):
        return []
    lines = [style.heading(3, "Published pages"), ""]
    lines += [f"- New page: {_address(page, style)}" for page in pages.added]
    lines += [f"- Page removed: {_address(page, style)}" for page in pages.removed]
    for page in pages.changed:
        counts = f"{_words_count(page.words.added)} in, {page.words.removed} out"
        lines.append(f"- {_address(page.page, style)}: {counts}: {_word_change_only(page.words, style)}")
    return [*lines, ""]


def _word_change_only(words: WordDiff, style: Style) -> str:
    return " ".join(_hunk(hunk, style) for hunk in words.hunks)


def _address(page: str, style: Style) -> str:
    shown = "/" + page
    return f"`{shown}`" if style.markdown and "`" not in shown else shown


def _words(diff: ReportDiff, style: Style) -> list[str]:
    before, after = diff.words
    if before.covered == after.covered:
        text = f"The pages show {before.covered:,} of the printed report's {before.total:,} words, as before."
    else:
        text = (
            f"The pages show {after.covered:,} of the printed report's {after.total:,} words "
            f"({after.percent:.1f}%), {before.covered:,} ({before.percent:.1f}%) before."
        )
    return [style.heading(3, "The printed report"), "", text, ""]
