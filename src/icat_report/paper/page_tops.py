"""No rule at the top of a page: a second look at WeasyPrint's pages (notes_in_place.py runs it).

A section of a chapter opens under a thin rule (paper.css, `.paper-section > h2`) that sets it
apart from the text before it. Where the section starts a page, there is no text before it on
the page and the rule lands right under the running head; CSS cannot tell where a page starts,
so after layout the headings that open a page have their rule drawn in no colour (the same
room taken, so nothing moves), and the document is laid out again with the rounds that put the
notes in place.
"""

from __future__ import annotations

TOLERANCE = 0.5  # CSS px: a heading this close to the top of the page's area opens the page


def rules_at_the_top(document) -> list:
    """The source elements of the ruled h2 headings that open a page of the laid-out document."""
    found = []
    for page in document.pages:
        box = page._page_box  # WeasyPrint exposes the page's boxes here only (stable since v53)
        top = box.content_box_y()
        for descendant in box.descendants():
            element = descendant.element
            if (
                element is not None
                and element.tag == "h2"
                and type(descendant).__name__ == "BlockBox"
                and descendant.style["border_top_width"] > 0
                and element.get("data-paper-top") is None
                and descendant.position_y <= top + TOLERANCE
            ):
                found.append(element)
    return found


def without_rule(element) -> None:
    """The heading's rule not drawn; its room kept, so that the page breaks where it did."""
    style = element.get("style", "")
    element.set("style", f"{style}; border-top-color: transparent".lstrip("; "))
    element.set("data-paper-top", "")
