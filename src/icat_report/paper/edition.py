"""The paper's last appendix, "About this edition", made from the data (document.py adds it).

One paragraph on what this edition is; the references of data/links.yaml that have no address,
as a plain list in page order after one sentence saying why; and the corrections of
data/corrections.yaml: a sentence for each kind that changes no word (SAID_ONCE), then one table,
a row for each place of this edition where a passage stands, with its page (passages.py finds
it; else the chapter's first page), the rows in page order. Each reference without an address
gives the page where its words first stand (their mark: text/markdown_text.py). A part with
nothing to show is left out. The corrections' Markdown (bold, emphasis) is rendered, not printed
as asterisks.
"""

from __future__ import annotations

import re

import markdown

from ..model import Correction, Link
from ..render.report_parts import NEAREST_PAGE_KINDS
from ..report import Report
from ..text.escape import html_attribute, html_text
from ..text.html import Fragment, document
from ..text.markdown_text import UNLINKED
from .passages import Passages, Place

KEY = "about-this-edition"
TITLE = "About this edition"
KINDS = {"typo": "Corrected", "structure": "Regrouped"}  # the kinds that change words: a row each
# the kinds that change no word, said once in a sentence each, with how many places they take
SAID_ONCE = {
    "layout": "Sentences the printed report cut at its page breaks (or around a photo caption) are joined ({places}).",
    "kept": "Wording and names that may look mistaken are kept as the printed report gives them ({places}).",
}
LAST = 10**6  # a row whose passage is on no page of paper goes last
# the data says "the PDF" for the printed report; on paper that is ambiguous (this is a PDF too)
PRINTED_WORDS = {
    "the PDF's": "the printed report's",
    "The PDF's": "The printed report's",
    "the PDF": "the printed report",
}
PRINTED = re.compile("|".join(re.escape(words) for words in PRINTED_WORDS))
FOOTNOTE = re.compile(r"\((footnote \d+)\)")


def about_this_edition(report: Report, pages: dict[str, Fragment]) -> Fragment:
    """The appendix as a page (its h1 first), ready for the contents and the appendix label."""
    parts = [f'<h1 id="{KEY}--title">{TITLE}</h1>', _paragraph(report)]
    passages = Passages(pages)
    unlinked = [link for link in report.links if not link.url]
    if unlinked:  # the short list first: the long table after it breaks between its rows
        parts.append(_unlinked(unlinked, len(report.links), passages))
    if report.corrections:
        parts.append(_corrections(report.corrections, passages))
    return Fragment("".join(parts))


def _paragraph(report: Report) -> str:
    info = report.info
    photos = len(report.photos)
    photo_words = f" The {photos} photographs of the printed report are not reproduced; their captions are kept."
    nearest = any(link.nearest_page for link in report.links)
    nearest_words = (
        f" A note that begins “Nearest page found” leads to the closest page found ({NEAREST_PAGE_KINDS}), not "
        "certainly the one the report meant."
    )
    # "word for word" only as far as it is true: the changes of data/corrections.yaml are said in the same breath
    but_for = ", but for the changes listed below" if report.corrections else ""
    changes = (
        " Each change is listed with where it stands (on this edition's pages) and why, so that a citation can be "
        "checked against either."
        if report.corrections
        else ""
    )
    return (
        f"<p>This edition sets the {html_text(info.organisation_acronym)} {html_text(info.title)}, published by the "
        f"{html_text(info.publisher)} in {info.published}, word for word{but_for}. The addresses of the documents "
        f"the report refers to are given in notes at the foot of the page.{nearest_words if nearest else ''}"
        f"{photo_words if photos else ''}{changes}</p>"
    )


def _said_once(corrections: tuple[Correction, ...]) -> str:
    """A sentence for each kind of correction that changes no word, in the data's order."""
    counts: dict[str, int] = {}
    for correction in corrections:
        if correction.kind in SAID_ONCE:
            counts[correction.kind] = counts.get(correction.kind, 0) + 1
    sentences = [
        SAID_ONCE[kind].format(places="one place" if count == 1 else f"{count} places")
        for kind, count in counts.items()
    ]
    return f"<p>{' '.join(sentences)} The table lists the other changes.</p>" if sentences else ""


def _corrections(corrections: tuple[Correction, ...], passages: Passages) -> str:
    rows = []
    for correction in corrections:
        if correction.kind in SAID_ONCE:
            continue
        shown = _inline(correction.corrected) if correction.corrected else "(unchanged)"
        kind = KINDS.get(correction.kind, correction.kind)
        for place, parts in _places(correction, passages):
            page = f'<a class="paper-page-reference" href="#{html_attribute(place.id)}"></a>' if place else ""
            printed, why = _inline("; ".join(parts)), _inline(_reason(correction, place))
            row = (
                f'<tr><td>{page}<br><span class="paper-edition-kind">{kind}</span></td>'
                f"<td>{printed}</td><td>{shown}</td><td>{why}</td></tr>"
            )
            rows.append((place.order if place else (LAST, 0), row))
    rows.sort(key=lambda row: row[0])  # document order is page order
    return (
        f'<h2 id="{KEY}--corrections">Where this edition departs from the printed report</h2>{_said_once(corrections)}'
        '<table class="paper-edition-table"><thead><tr><th scope="col">Page</th>'
        '<th scope="col">The printed report</th><th scope="col">This edition</th><th scope="col">Why</th></tr>'
        f"</thead><tbody>{''.join(row for _, row in rows)}</tbody></table>"
    )


def _places(correction: Correction, passages: Passages) -> list[tuple[Place | None, list[str]]]:
    """Where the correction's passage stands, with the parts of it that stand there: the whole
    passage word for word, else each of its "; "-separated parts by its words (a row a place)."""
    key = correction.page.removesuffix(".md").replace("/", "-")
    whole = passages.find(key, _text(correction.corrected or correction.original))
    if whole is not None:
        return [(whole, [correction.original])]
    places: dict[tuple[int, int] | None, tuple[Place | None, list[str]]] = {}
    for part in correction.original.split("; "):
        place = passages.find(key, _text(part), quoted=False) or passages.first_heading(key)
        places.setdefault(place.order if place else None, (place, []))[1].append(part)  # a row a block
    return list(places.values())


def _reason(correction: Correction, place: Place | None) -> str:
    """The reason, in the words of a printed edition ("the PDF" is this edition too), its
    "(footnote N)" of the printed report given this edition's note number as well."""
    reason = PRINTED.sub(lambda found: PRINTED_WORDS[found.group(0)], correction.reason)
    if place is not None and place.note is not None:
        number = place.note
        reason = FOOTNOTE.sub(lambda found: f"({found.group(1)} of the printed report; note {number} here)", reason)
    return reason


def _unlinked(links: list[Link], total: int, passages: Passages) -> str:
    items = []
    for link in links:
        place = passages.find_element(f'span.{UNLINKED}[data-link="{link.id}"]')  # the first place its words stand
        page = f'&#8194;<a class="paper-page-reference" href="#{html_attribute(place.id)}"></a>' if place else ""
        items.append((place.order if place else (LAST, 0), f"<li>{html_text(link.title)}{page}</li>"))
    items.sort(key=lambda item: item[0])  # in page order, those on no page last
    # two columns read down, the first the longer, each a list of its own (paper.css): one grid of rows made
    # a short item as tall as its long neighbour in the other column
    half = (len(items) + 1) // 2
    lists = (items[:half], items[half:])
    columns = "".join(f'<ul class="paper-edition-list">{"".join(item for _, item in part)}</ul>' for part in lists)
    return (
        f'<h2 id="{KEY}--unlinked">References without an address</h2>'
        f"<p>The printed report links {total} references to documents and pages. For these {len(links)} no address "
        "on their publisher's site could be confirmed, so the text names them without a note giving an address:</p>"
        f'<div class="paper-edition-columns">{columns}</div>'
    )


def _text(markdown_text: str) -> str:
    """A field's words as the page shows them (its Markdown rendered, then read as text)."""
    return document(_inline(markdown_text)).text()


def _inline(text: str) -> str:
    """A field's Markdown as inline HTML: "**OAS**" in bold, links kept as their words."""
    rendered = markdown.markdown(text).strip().removeprefix("<p>").removesuffix("</p>")
    fragment = Fragment(rendered)
    for link in fragment.css("a"):
        link.unwrap()
    return fragment.html()
