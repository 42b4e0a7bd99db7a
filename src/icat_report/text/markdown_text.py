"""Markdown written by editors: find its references, make it safe, resolve its links.

Editors write Markdown in YAML text fields and in the prose pages, with two house
conventions: `[shown words][link-id]` for a link kept in data/links.yaml and
`[^footnote-id]` for a footnote kept in data/footnotes.yaml. Text that comes from
YAML is made inert by text/escape.py before it gets here; this module finds the
conventions and resolves them, writing every address as a link destination.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable
from typing import Protocol

from .escape import link_destination, markdown_text

LINK_REF = re.compile(r"(?<![!\\])\[((?:[^\[\]]|\[[^\[\]]*\])+)\]\[([^\[\]\s^]+)\]")
FOOTNOTE_REF = re.compile(r"(?<!\\)\[\^([^\[\]\s\\]+)\](?!:)")
INLINE_LINK = re.compile(r"\]\(\s*<?([^)\s>]*)")
AUTOLINK = re.compile(r"<([A-Za-z][A-Za-z0-9+.-]*:[^>\s]*)>")
# Fenced code blocks and inline code spans: examples there are shown, not resolved.
CODE = re.compile(r"^(?P<fence>```|~~~).*?^(?P=fence)[^\n]*$|(?P<ticks>`+)(?!`).+?(?<!`)(?P=ticks)(?!`)", re.M | re.S)


def _may_hold_code(text: str) -> bool:
    """Whether text can hold a code span or a fence at all: most pages hold neither, and scanning a page with
    CODE costs a build more than everything else done to its Markdown here."""
    return "`" in text or "~~~" in text


def outside_code(text: str, change: Callable[[str], str]) -> str:
    """Apply change to the parts of text that are not code."""
    if not _may_hold_code(text):
        return change(text)
    out, last = [], 0
    for match in CODE.finditer(text):
        out += [change(text[last : match.start()]), match.group(0)]
        last = match.end()
    out.append(change(text[last:]))
    return "".join(out)


def without_code(text: str) -> str:
    return CODE.sub("", text) if _may_hold_code(text) else text


def find_link_refs(text: str) -> list[str]:
    return [match.group(2) for match in LINK_REF.finditer(text)]


def find_footnote_refs(text: str) -> list[str]:
    return [match.group(1) for match in FOOTNOTE_REF.finditer(text)]


def find_unsafe_links(text: str) -> list[str]:
    """Inline link targets and autolinks: data text must use [words][link-id] instead."""
    return [m.group(1) or "(empty)" for m in INLINE_LINK.finditer(text)] + [m.group(1) for m in AUTOLINK.finditer(text)]


# Link words that say nothing out of context (the report's "Read more"): a link
# with such words also carries its title, for screen readers and search engines.
VAGUE_LINK_WORDS = {"more", "here", "read more", "click here", "this", "link"}


# The words of a reference without an address (no `url` in data/links.yaml), shown without a link and marked
# with the reference's id, so that "About this edition" in the PDF gives the page where they stand.
UNLINKED = "icat-unlinked"
# The class of a link whose address is the nearest page found (model.Link.nearest_page), not certainly the
# page the report meant: a printed note says so (whole_report/print_notes.py).
NEAREST_PAGE = "icat-nearest-page"


class LinkRecord(Protocol):
    """What resolving a link needs of an entry of data/links.yaml (model.Link)."""

    url: str | None
    title: str

    @property
    def nearest_page(self) -> bool: ...


def resolve_links(
    text: str, link_for: Callable[[str], LinkRecord], on_unknown: Callable[[str], None] | None = None
) -> str:
    """Turn [words][link-id] into a link when the id has an address, else the words (marked UNLINKED).

    `link_for(link_id)` gives the link's entry (KeyError for an unknown id). A link to the nearest page
    found carries the class NEAREST_PAGE (attr_list).
    """

    def replace(match: re.Match) -> str:
        words, link_id = match.group(1), match.group(2)
        try:
            link = link_for(link_id)
        except KeyError:
            if on_unknown:
                on_unknown(link_id)
            return match.group(0)
        if not link.url:
            return f'<span class="{UNLINKED}" data-link="{html.escape(link_id)}">{words}</span>'
        if words.strip().lower() in VAGUE_LINK_WORDS:
            words += f'<span class="visually-hidden"> ({markdown_text(link.title)})</span>'
        nearest = f"{{ .{NEAREST_PAGE} }}" if link.nearest_page else ""
        return f"[{words}]({link_destination(link.url)}){nearest}"

    # A part without "][" holds no [words][link-id]: the pattern's scan is skipped there.
    return outside_code(text, lambda part: LINK_REF.sub(replace, part) if "][" in part else part)


def footnote_lines(definitions: Iterable[tuple[str, str]]) -> str:
    """Footnote definitions for Python-Markdown's footnotes extension."""
    return "\n".join(f"[^{fid}]: {' '.join(text.split())}" for fid, text in definitions)
