"""A chapter laid out on its own, to settle the mending of notes_in_place.py in less time.

Each chapter and appendix starts a page and numbers its notes from 1 (paper.css), and left and
right pages give the text the same width: so a chapter's pages break the same way whether it is
laid out in the whole document or alone. Mending a page can move the trouble a few lines on (a
note that a paragraph kept whole pushes to the next page), and each try needs a layout: laid out
alone, a chapter of the 2021 report takes a tenth to a third of the document's 3.5 s. The whole
document is laid out again after, and notes_in_place.py goes on mending it should anything
differ there (a page reference to another chapter has no page to name in a chapter alone).
"""

from __future__ import annotations

from collections.abc import Callable

PARTS = ("paper-chapter", "paper-appendix")  # the body's parts that start a page (paper.css)


def _part_of(element, parents: dict):
    """The chapter or appendix (a child of the body) that holds the element, or None."""
    node = element
    while node is not None:
        parent = parents.get(node)
        if parent is not None and parent.tag == "body":
            return node if set((node.get("class") or "").split()) & set(PARTS) else None
        node = parent
    return None


def settle_alone(html, changed: list, mend: Callable, rounds: int, **options) -> None:
    """Lay out each part that holds a changed element on its own, and mend it (`mend(document)`
    mends and returns what it changed) until it needs nothing more or `rounds` are done. The body
    holds the part alone while it is laid out, and gets all its parts back after."""
    parents = {child: parent for parent in html.etree_element.iter() for child in parent}
    parts = []
    for element in changed:
        part = _part_of(element, parents)
        if part is not None and part not in parts:
            parts.append(part)
    body = html.etree_element.find("body")
    if body is None:
        return
    whole = list(body)
    try:
        for part in parts:
            body[:] = [part]
            for _ in range(rounds):
                if not mend(html.render(**options)):
                    break
    finally:
        body[:] = whole
