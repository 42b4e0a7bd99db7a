"""The paper's contents list: every chapter and appendix with its sections, each entry a link
with its page number.

The entries are the headings the PDF's bookmarks are made from (h1 and h2: paper.css gives
deeper headings no bookmark), so the list and the bookmarks name the same places. The page
numbers are filled in by the typesetter (CSS `target-counter()`, paper.css).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..text.html import Fragment

TITLE = "Contents"


@dataclass(frozen=True)
class Entry:
    id: str
    title: str
    """HTML: the heading's words, as it shows them."""
    sections: tuple[Entry, ...] = ()


def entries(page: Fragment) -> Entry:
    """A chapter's entry: its h1, and its h2s as sections."""
    first = page.css_first("h1")
    sections = tuple(Entry(h.attributes.get("id") or "", _title(h)) for h in page.css("h2") if h.attributes.get("id"))
    return Entry(first.attributes.get("id") or "", _title(first), sections)


def _title(heading) -> str:
    return (heading.inner_html or "").strip()


def contents(chapters: Sequence[Entry], appendices: Sequence[Entry]) -> str:
    """The contents list's HTML: the report's chapters, then the appendices."""
    appendix_list = (
        f'<p class="paper-contents__group">Appendices</p>{_list(appendices, "paper-contents__appendices")}'
        if appendices
        else ""
    )
    return (
        '<nav class="paper-contents" aria-labelledby="paper-contents">'
        f'<h1 id="paper-contents">{TITLE}</h1>{_list(chapters, "paper-contents__chapters")}{appendix_list}</nav>'
    )


def _list(items: Sequence[Entry], kind: str) -> str:
    rows = "".join(
        f'<li><a href="#{entry.id}">{entry.title}</a>{_list(entry.sections, "paper-contents__sections")}</li>'
        if entry.sections
        else f'<li><a href="#{entry.id}">{entry.title}</a></li>'
        for entry in items
    )
    return f'<ol class="{kind}">{rows}</ol>'
