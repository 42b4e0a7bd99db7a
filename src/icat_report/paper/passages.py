"""Where a passage named by the data stands in this edition (edition.py's page numbers).

A correction of data/corrections.yaml names its passage as the printed report shows it; it is
looked for in the paper's chapters, in document order (which is page order):

- word for word first (the passage as this edition shows it, its " / " page cuts joined);
- else the block sharing the longest run of words with it (at least MIN_RUN characters): a
  correction that describes a passage ("UNODC's Toolkit for mainstreaming ... printed outside
  the list") rather than quoting it is found by the words it does quote.

A passage inside a note of the foot of the page is found as that note, and its number (the
notes are numbered per chapter, in the order of their calls: paper.css, addresses.py) is known.
A reference without an address (data/links.yaml) is found by its words' mark (`find_element`:
text/markdown_text.py marks them with the reference's id).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass

from ..text.html import Fragment, Node

BLOCKS = "span.paper-note, p, li, td, th, h1, h2, h3, h4, figcaption"
NOTE = "paper-note"
MIN_RUN = 12  # characters of shared words: "Operation Turquesa" finds its place, "in the" does not
PUNCTUATION = ".,;:()[]\"'“”‘’*–-"


@dataclass(frozen=True)
class Place:
    """A block of a chapter: its id (given one if it had none), its order, its note's number."""

    id: str
    order: tuple[int, int]
    note: int | None


class Passages:
    """The chapters' blocks, to find passages in (pages: the paper's pages by key, in order)."""

    def __init__(self, pages: dict[str, Fragment]) -> None:
        self._pages = pages
        self._blocks = {key: page.css(BLOCKS) for key, page in pages.items()}
        self._chapters = _chapters(pages)
        self._given = 0

    def find(self, key: str, passage: str, quoted: bool = True) -> Place | None:
        """The place of the passage on the page `key`, or anywhere when key is ""; word for word,
        or (unless `quoted`) by its longest run of words."""
        keys = [key] if key else list(self._pages)
        wanted = _words(passage)
        place = self._first(keys, lambda block: bool(wanted) and _holds(block, wanted))
        return place if place is not None or quoted else self._nearest(keys, wanted)

    def find_element(self, selector: str) -> Place | None:
        """The place of the first element matching the CSS selector (a reference's words, marked), anywhere."""
        return self._first(list(self._pages), lambda block: block.css_first(selector) is not None)

    def _first(self, keys: list[str], holds: Callable[[Node], bool]) -> Place | None:
        """The innermost block of the first place that holds: the note in its paragraph, the item in its list."""
        for each in keys:
            blocks = self._blocks.get(each, [])
            found = [index for index, block in enumerate(blocks) if holds(block)]
            if found:
                index = found[0]
                for later in found[1:]:
                    if _inside(blocks[later], blocks[index]):
                        index = later
                return self._place(each, index, blocks[index])
        return None

    def first_heading(self, key: str) -> Place | None:
        """The page's first heading: where a passage not found is said to be."""
        for index, block in enumerate(self._blocks.get(key, ())):
            if block.tag in ("h1", "h2"):
                return self._place(key, index, block)
        return None

    def _nearest(self, keys: list[str], wanted: list[str]) -> Place | None:
        best, best_score = None, (MIN_RUN - 1, 0)
        for each in keys:
            for index, block in enumerate(self._blocks.get(each, ())):
                words = _words(block.text())
                match = difflib.SequenceMatcher(None, wanted, words, autojunk=False)
                run = match.find_longest_match(0, len(wanted), 0, len(words))
                score = (len(" ".join(wanted[run.a : run.a + run.size])), -len(words))
                if score > best_score:
                    best, best_score = (each, index, block), score
        return self._place(*best) if best else None

    def _place(self, key: str, index: int, block: Node) -> Place:
        """The place, marked by an empty anchor of its own at the block's start: WeasyPrint 70
        gives a page number to only the last of two page references to the same id."""
        self._given += 1
        anchor = self._pages[key].create("span", {"id": f"paper-passage-{self._given}", "class": "paper-passage"})
        if block.child is not None:
            block.child.insert_before(anchor)
        else:
            block.insert_child(anchor)
        order = (list(self._pages).index(key), index)
        note = self._note_number(key, block) if NOTE in (block.attributes.get("class") or "").split() else None
        return Place(anchor.attributes.get("id") or "", order, note)

    def _note_number(self, key: str, note: Node) -> int:
        """The note's number in its chapter: the chapter's pages' notes counted in order."""
        notes = [each for page in self._chapters[key] for each in self._pages[page].css(f"span.{NOTE}")]
        return next(number for number, each in enumerate(notes, start=1) if each.mem_id == note.mem_id)


def _chapters(pages: dict[str, Fragment]) -> dict[str, list[str]]:
    """Each page's chapter, as its pages' keys: a page without an h1 (a section of "A Year in
    Review") belongs to the chapter before it (document.py groups them the same way)."""
    chapters: dict[str, list[str]] = {}
    current: list[str] = []
    for key, page in pages.items():
        if page.css_first("h1") is not None or not current:
            current = []
        current.append(key)
        chapters[key] = current
    return chapters


def _holds(block: Node, wanted: list[str]) -> bool:
    return f" {' '.join(wanted)} " in f" {' '.join(_words(block.text()))} "


def _inside(block: Node, outer: Node) -> bool:
    node = block.parent
    while node is not None:
        if node.mem_id == outer.mem_id:
            return True
        node = node.parent
    return False


def _words(text: str) -> list[str]:
    """The text's words, lower case, without the punctuation around them."""
    words = (word.strip(PUNCTUATION) for word in re.sub(r"\s+/\s+", " ", text).lower().split())
    return [word for word in words if word]
