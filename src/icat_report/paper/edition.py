"""The paper's last appendix, "About this edition", made from the data (document.py adds it).

One paragraph on what this edition is; the references of data/links.yaml that have no address,
as a plain list after one sentence saying why; and the corrections of data/corrections.yaml as
one table, each with the page of this edition where the passage stands (found in the typeset
chapter, or the chapter's first page). A part with nothing to show is left out. The
corrections' Markdown (bold, emphasis) is rendered, not printed as asterisks.
"""

from __future__ import annotations

import markdown

from ..model import Correction
from ..report import Report
from ..text.escape import html_attribute, html_text
from ..text.html import Fragment, Node, document

KEY = "about-this-edition"
TITLE = "About this edition"
PASSAGE = "paper-edition-passage-"  # the ids given to the passages the table points to
BLOCKS = "p, li, td, th, h1, h2, h3, h4, figcaption"
KINDS = {"typo": "Corrected", "layout": "Joined", "structure": "Regrouped", "kept": "As printed"}


def about_this_edition(report: Report, pages: dict[str, Fragment]) -> Fragment:
    """The appendix as a page (its h1 first), ready for the contents and the appendix label."""
    parts = [f'<h1 id="{KEY}--title">{TITLE}</h1>', _paragraph(report)]
    unlinked = [link.title for link in report.links if not link.url]
    if unlinked:  # the short list first: the long table after it breaks between its rows
        parts.append(_unlinked(unlinked, len(report.links)))
    if report.corrections:
        parts.append(_corrections(report.corrections, pages))
    return Fragment("".join(parts))


def _paragraph(report: Report) -> str:
    info = report.info
    photos = len(report.photos)
    photo_words = f" The {photos} photographs of the printed report are not reproduced; their captions are kept."
    return (
        f"<p>This edition sets the {html_text(info.organisation_acronym)} {html_text(info.title)}, published by the "
        f"{html_text(info.publisher)} in {info.published}, word for word. The addresses of the documents the report "
        f"refers to are given in notes at the foot of the page.{photo_words if photos else ''} Where this edition "
        "departs from the printed report, the table below says where (on this edition's pages) and why, so that a "
        "citation can be checked against either.</p>"
    )


def _corrections(corrections: tuple[Correction, ...], pages: dict[str, Fragment]) -> str:
    rows = []
    for number, correction in enumerate(corrections, start=1):
        target = _passage(correction, pages, f"{PASSAGE}{number}")
        shown = _inline(correction.corrected) if correction.corrected else "(unchanged)"
        page = f'<a class="paper-page-reference" href="#{html_attribute(target)}"></a>' if target else ""
        kind = KINDS.get(correction.kind, correction.kind)
        rows.append(
            f'<tr><td>{page}<br><span class="paper-edition-kind">{kind}</span></td>'
            f"<td>{_inline(correction.original)}</td><td>{shown}</td><td>{_inline(correction.reason)}</td></tr>"
        )
    return (
        f'<h2 id="{KEY}--corrections">Where this edition departs from the printed report</h2>'
        '<table class="paper-edition-table"><thead><tr><th scope="col">Page</th>'
        '<th scope="col">The printed report</th><th scope="col">This edition</th><th scope="col">Why</th></tr>'
        f"</thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _unlinked(titles: list[str], total: int) -> str:
    items = "".join(f"<li>{html_text(title)}</li>" for title in titles)
    return (
        f'<h2 id="{KEY}--unlinked">References without an address</h2>'
        f"<p>Of the report's {total} references, these {len(titles)} could not be matched to a page of their "
        "publisher, so their words are kept without a note rather than with a guessed address:</p>"
        f'<ul class="paper-edition-list">{items}</ul>'
    )


def _inline(text: str) -> str:
    """A field's Markdown as inline HTML: "**OAS**" in bold, links kept as their words."""
    rendered = markdown.markdown(text).strip().removeprefix("<p>").removesuffix("</p>")
    fragment = Fragment(rendered)
    for link in fragment.css("a"):
        link.unwrap()
    return fragment.html()


def _passage(correction: Correction, pages: dict[str, Fragment], new_id: str) -> str | None:
    """The id of the block of this edition that shows the passage, else of its chapter; None if
    the chapter is not on paper."""
    key = correction.page.removesuffix(".md").replace("/", "-")
    page = pages.get(key)
    if page is None:
        return None
    wanted = _words(document(_inline(_looked_for(correction.corrected or correction.original))).text())
    found = next((block for block in page.css(BLOCKS) if wanted and wanted in _words(block.text())), None)
    if found is None:
        heading = page.css_first("h1, h2")
        return (heading.attributes.get("id") or None) if heading is not None else None
    return _id_of(found, new_id)


def _looked_for(passage: str) -> str:
    """The words to look for: a passage cut by the printed page ("a panel of five / recounted")
    joined, as this edition shows it."""
    return passage.replace(" / ", " ")


def _id_of(block: Node, new_id: str) -> str:
    if not block.attributes.get("id"):
        block.attrs["id"] = new_id
    return block.attributes.get("id") or new_id


def _words(text: str) -> str:
    return " ".join(text.split())
