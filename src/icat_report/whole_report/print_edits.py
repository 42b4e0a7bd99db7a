"""What a page loses or changes when it joins the whole report (print_page.py): web-only
parts go, and footnotes are numbered in the order of the whole report.

- An element with the class `icat-web-only` (e.g. `{ .icat-web-only }` after a paragraph)
  is left out; a heading with the class is left out with its whole section, up to the next
  heading of its level or above (`## Other ways to read it { #browse .icat-web-only }`).
  On a page printed by itself, print.css hides the same elements.
- Each page numbers its footnotes from 1 (Python-Markdown); on the whole page the numbers
  run on from the pages before, so the third note of the report is 3 wherever it is.

Links to other sites get their addresses as notes in print_notes.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..text.html import Node, ids

WEB_ONLY = "icat-web-only"
HEADING_LEVELS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}


def is_web_only(element: Node) -> bool:
    return WEB_ONLY in (element.attributes.get("class") or "").split()


def drop_web_only(elements: Callable[[], Iterable[Node]]) -> set[str]:
    """Remove the web-only elements, and the sections of web-only headings; return the ids
    that went with them. `elements()` walks the page afresh after each removal: a removed
    node must never be touched again."""
    dropped: set[str] = set()
    while (element := next((each for each in elements() if is_web_only(each)), None)) is not None:
        level = HEADING_LEVELS.get(element.tag)
        if level is not None:
            dropped |= _drop_section_after(element, level)
        dropped |= ids(element)
        element.decompose()
    return dropped


def _drop_section_after(heading: Node, level: int) -> set[str]:
    dropped: set[str] = set()
    sibling = heading.next
    while sibling is not None and HEADING_LEVELS.get(sibling.tag or "", 7) > level:
        following = sibling.next
        if sibling.is_element_node:
            dropped |= ids(sibling)
        sibling.decompose()
        sibling = following
    return dropped


def renumber_footnotes(elements: Iterable[Node], offset: int) -> int:
    """Add offset to the page's footnote numbers; return how many notes the page has."""
    notes = 0
    for element in elements:
        classes = (element.attributes.get("class") or "").split()
        if element.tag == "a" and "footnote-ref" in classes:
            number = int(element.text() or 0)
            notes = max(notes, number)
            if offset and element.first_child is not None:
                element.first_child.replace_with(str(number + offset))
        elif element.tag == "a" and "footnote-backref" in classes and offset:
            title = element.attributes.get("title") or ""
            element.attrs["title"] = " ".join(_shifted(word, offset) for word in title.split(" "))
        elif element.tag == "div" and "footnote" in classes and offset:
            numbered_list = element.css_first("ol")  # the notes' list, not a list inside a note
            if numbered_list is not None:
                numbered_list.attrs["start"] = str(offset + 1)
    return notes


def _shifted(word: str, offset: int) -> str:
    """ "Jump back to footnote 2 in the text": the number moves with the note."""
    return str(int(word) + offset) if word.isdigit() else word
