"""Every note at the foot of the page of its call: a second look at WeasyPrint's pages.

WeasyPrint 70 fills a page with text first: when a paragraph's next line does not fit (its
orphans and widows forbid the break there), it moves the notes already placed on the page to
the next page to make room for the line, whatever `footnote-policy` says, and a note moved this
way can be lost on the way (in the 2021 report, notes 11 and 12 of chapter 4: 12 was printed
nowhere). So after laying the document out we look at each page: where a call's note is not on
the page of its call, the paragraph the page ends in breaks with two-line orphans and widows,
then is kept whole (`break-inside: avoid`, or,
if it already is, started on the next page) and the document is laid out again. A few rounds
settle it; the last layout is the one written, and a note still out of place is reported.
"""

from __future__ import annotations

from .chapters_alone import settle_alone
from .page_tops import HEADINGS, headings_at_the_foot, to_the_next_page

ROUNDS = 5  # the 2021 report needs three; each round is a layout of the document (about 3.5 s)


def _notes_out_of_place(page) -> list:
    """The note elements called on this page whose text is not in its foot."""
    box = page._page_box  # WeasyPrint exposes the page's boxes here only (stable since v53)
    called = [d.footnote.element for d in box.descendants() if getattr(d, "footnote", None) is not None]
    placed = {
        note.element for area in box.children if type(area).__name__ == "FootnoteAreaBox" for note in area.children
    }
    return [element for element in called if element not in placed]


def _last_paragraph(page):
    """The source element of the last block of lines in the page's body (where it breaks)."""
    last = None
    for descendant in page._page_box.descendants():
        if type(descendant).__name__ == "FootnoteAreaBox":
            break
        children = getattr(descendant, "children", ())
        if children and type(children[0]).__name__ == "LineBox" and descendant.element is not None:
            last = descendant.element
    return last


def _keep_whole(element, parents: dict) -> None:
    """Let the paragraph break with two-line orphans and widows; if that is not enough, keep it on
    one page; if it already is, start it on the next one (with the
    heading right before it, which would otherwise be left alone at the foot of the page). A
    list's item breaks as a paragraph does (paper.css)."""
    style = element.get("style", "")
    if "widows: 2" not in style and element.tag != "li":  # paper.css gives a list's items these already
        # first a looser break: the paragraph splits two lines later, so that fewer lines move
        element.set("style", f"{style}; orphans: 2; widows: 2".lstrip("; "))
        return
    if "break-inside: avoid" not in style:
        element.set("style", f"{style}; break-inside: avoid".lstrip("; "))
        return
    before = _previous(element, parents)
    if before is not None and before.tag in HEADINGS:
        to_the_next_page(before)
    else:
        element.set("style", f"{style}; break-before: page".lstrip("; "))


def _previous(element, parents: dict):
    """The element right before this one in its parent (ElementTree keeps no parent links)."""
    parent = parents.get(element)
    if parent is None:
        return None
    children = list(parent)
    index = children.index(element)
    return children[index - 1] if index else None


def notes_out_of_place(document) -> list[str]:
    """'page N: note "…"' for each note not printed on the page of its call."""
    return [
        f'page {number}: the note "{"".join(element.itertext()).strip()[:60]}"'
        for number, page in enumerate(document.pages, start=1)
        for element in _notes_out_of_place(page)
    ]


def mended(html, document) -> list:
    """Mend the document's source where a page has a note out of place or a heading at its foot;
    return the elements changed (none: the layout is right as it is)."""
    pages = [page for page in document.pages if _notes_out_of_place(page)]
    alone = headings_at_the_foot(document)  # page_tops.py: mended in the same rounds
    parents = {child: parent for parent in html.etree_element.iter() for child in parent}
    changed = []
    for page in pages:
        paragraph = _last_paragraph(page)
        if paragraph is not None:
            _keep_whole(paragraph, parents)
            changed.append(paragraph)
    for heading in alone:
        to_the_next_page(heading)
        changed.append(heading)
    return changed


def laid_out_with_notes_in_place(html, **options):
    """The HTML document laid out (a weasyprint Document) with every note on its call's page
    where a few rounds can manage it. Between two layouts of the whole document, the chapters
    just mended are settled on their own (chapters_alone.py): a chapter is a few pages, laid out
    in a fraction of the document's time, so the whole is laid out again only to check."""
    document = html.render(**options)
    for _ in range(ROUNDS):
        changed = mended(html, document)
        if not changed:
            break
        settle_alone(html, changed, lambda alone: mended(html, alone), ROUNDS, **options)
        document = html.render(**options)
    return document
