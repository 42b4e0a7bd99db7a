"""Reading the report's PDF back for the tests (tests/test_pdf.py), with pypdf only.

WeasyPrint draws in CSS pixels from the top of the page (its content streams start with the
transformation 0.75 0 0 -0.75 0 841.89): a text's `tm[5]` is its baseline in pixels from
the page's top edge, and its font size is in pixels (10 pt = 13.33 px).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml
from pypdf import PageObject, PdfReader
from pypdf.generic import DictionaryObject

from icat_report.text import html

from site_text import straight  # the PDF's quotes are typographic, as the site's (smarty, icat_report.paper.quotes)

PX_PER_MM = 96 / 25.4
PAGE_HEIGHT_PX = 297 * PX_PER_MM
# paper.css: @page margins, and the size of the notes and running heads (7.5 pt) below body text.
TOP_MARGIN_PX = 24 * PX_PER_MM
BOTTOM_MARGIN_PX = 26 * PX_PER_MM
SMALLEST_BODY_PX = 8 * 96 / 72 - 0.1
ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200a"), None)


@dataclass(frozen=True)
class Bookmark:
    depth: int
    title: str
    page: int
    """1-based."""


def bookmarks(reader: PdfReader) -> list[Bookmark]:
    """Every bookmark, depth first, with the number of the page it opens."""
    flat: list[Bookmark] = []

    def walk(entries, depth: int) -> None:
        for entry in entries:
            if isinstance(entry, list):
                walk(entry, depth + 1)
            else:
                flat.append(Bookmark(depth, straight(str(entry.title)), reader.get_destination_page_number(entry) + 1))

    walk(reader.outline, 0)
    return flat


def chapter_pages(reader: PdfReader) -> list[tuple[str, int, int]]:
    """(title, first page, last page) of each chapter and appendix, from the top-level bookmarks;
    the last one ends before the back cover."""
    tops = [mark for mark in bookmarks(reader) if mark.depth == 0 and mark.title != "Contents"]
    ends = [mark.page - 1 for mark in tops[1:]] + [len(reader.pages) - 1]
    return [(mark.title, mark.page, end) for mark, end in zip(tops, ends, strict=True)]


def squeezed(text: str) -> str:
    """Text without white space or zero-width characters, to compare words across line breaks."""
    return "".join(text.translate(ZERO_WIDTH).split())


def contents_entries(pages: list[str]) -> list[tuple[str, int]]:
    """(title, page number) of each entry of the contents list, read from the contents pages'
    text: a title, its leader dots, an en space and the number; a long title spans lines."""
    entries, pending = [], ""
    for page in pages:
        for line in page.splitlines()[1 if page.startswith("Contents") else 0 :]:
            found = re.fullmatch(r"(.*?)\s*\.{3,}\s*\u2002(\d+)", line.strip())
            if found:
                entries.append((" ".join(f"{pending} {found.group(1)}".split()), int(found.group(2))))
                pending = ""
            elif line.strip() and line.strip() != "Appendices":
                pending = f"{pending} {line.strip()}"
    return entries


def body_fill(page: PageObject) -> float:
    """How full the page's text block is, from 0 (empty) to 1: how far down its body text reaches,
    as a share of the room the body has, the page between its margins less the notes at its foot
    (the lines of smaller type under the body's last line). Running heads and page numbers are in
    the margins. A page whose text stops well above its notes leaves a gap, however many notes it has."""
    lines: dict[int, list[float]] = {}  # baseline (whole pixels): the sizes of the text drawn on it

    def visit(text: str, cm, tm, font, size: float) -> None:
        if text.strip() and TOP_MARGIN_PX < tm[5] < PAGE_HEIGHT_PX - BOTTOM_MARGIN_PX:
            lines.setdefault(round(tm[5]), []).append(size)

    page.extract_text(visitor_text=visit)
    lowest = max((line for line, sizes in lines.items() if max(sizes) >= SMALLEST_BODY_PX), default=TOP_MARGIN_PX)
    # the notes: lines of small type under the body's last line (a call is raised within the body)
    notes = [line - max(sizes) * 1.4 for line, sizes in lines.items() if line > lowest]
    return (lowest - TOP_MARGIN_PX) / (min(notes, default=PAGE_HEIGHT_PX - BOTTOM_MARGIN_PX) - TOP_MARGIN_PX)


def uri_links(page: PageObject) -> list[str]:
    """The addresses of the page's links to other sites, in the order they are drawn."""
    found = []
    for annotation in page.get("/Annots") or []:
        action = annotation.get_object().get("/A")
        if action is not None and "/URI" in action:
            found.append(str(action["/URI"]))
    return found


def internal_links(page: PageObject) -> list[str]:
    """The named destinations of the page's links within the PDF."""
    return [str(each.get_object()["/Dest"]) for each in page.get("/Annots") or [] if "/Dest" in each.get_object()]


def structure(reader: PdfReader) -> list[tuple[str, int | None, DictionaryObject]]:
    """The structure tree in reading order: (tag, page number or None, element) of each element."""
    numbers = {page.indirect_reference.idnum: index + 1 for index, page in enumerate(reader.pages)}
    found: list[tuple[str, int | None, DictionaryObject]] = []

    def walk(element) -> None:
        element = element.get_object()
        if not isinstance(element, DictionaryObject) or element.get("/Type") == "/OBJR":
            return
        page = element.get("/Pg")
        if "/S" in element:
            found.append((str(element["/S"]), numbers.get(page.idnum) if page is not None else None, element))
        kids = element.get("/K")
        for kid in kids if isinstance(kids, list) else [kids] if kids is not None else []:
            if hasattr(kid, "get_object"):
                walk(kid)

    walk(reader.trailer["/Root"]["/StructTreeRoot"])
    return found


def report_chapters(project: Path, site: Path) -> list[tuple[str, list[str]]]:
    """The navigation under "The report" as (chapter's h1, [its sections' h1s]), from the built pages."""
    config = yaml.load((project / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    report_nav = next(item["The report"] for item in config["nav"] if "The report" in item)

    def title(src: str) -> str:
        page = site / src.removesuffix(".md").removesuffix("index") / "index.html"
        heading = html.document(page.read_text(encoding="utf-8")).css_first("article h1")
        for permalink in heading.css("a.headerlink"):
            permalink.decompose()
        return straight(" ".join(heading.text().split()))

    def appendix(src: str) -> bool:  # the acronyms close the report's part, but the PDF letters them
        return "\npaper: appendix" in (project / "docs" / src).read_text(encoding="utf-8").split("\n---", 1)[0]

    chapters = []
    for item in report_nav:
        target = next(iter(item.values())) if isinstance(item, dict) else item
        if isinstance(target, str) and appendix(target):
            continue
        if isinstance(target, str):
            chapters.append((title(target), []))
        else:  # a chapter with sections: its index page first
            pages = [next(iter(each.values())) if isinstance(each, dict) else each for each in target]
            chapters.append((title(pages[0]), [title(page) for page in pages[1:]]))
    return chapters


def marked_content_outside_the_tree(reader: PdfReader) -> dict[int, list[int]]:
    """{page number: the marked-content ids drawn on it whose structure element the tree does
    not reach}: content that is neither tagged nor an artifact."""
    from pypdf.generic import ContentStream

    reached = {id(element) for _, _, element in structure(reader)}
    numbers = reader.trailer["/Root"]["/StructTreeRoot"]["/ParentTree"].get_object()["/Nums"]
    parents = {int(numbers[i]): numbers[i + 1].get_object() for i in range(0, len(numbers), 2)}
    outside: dict[int, list[int]] = {}
    for index, page in enumerate(reader.pages):
        drawn = [
            operands[1]["/MCID"]
            for operands, operator in ContentStream(page.get_contents(), reader).operations
            if operator == b"BDC" and len(operands) == 2 and "/MCID" in operands[1]
        ]
        lost = [mcid for mcid in drawn if id(parents[index][mcid].get_object()) not in reached]
        if lost:
            outside[index + 1] = lost
    return outside


# An address breaks only after "/" or "." (or in its query), or before a hyphen that then opens the
# next line (Chicago's rule: it cannot be read as a word cut by the typesetter); never after a
# hyphen, nor between the "%XX" escapes of one character ("%E2%80%99").
ADDRESS_BREAKS = set("/.?&=%")


def wrong_address_break(before: str, after: str) -> str | None:
    """What is wrong with an address's line break between `before` and `after`, or None."""
    around = before[-1] + after[0]
    if not (set(around) & ADDRESS_BREAKS or (after[0] == "-" and before[-1] != "-")):
        return f"broken inside a word ({around!r})"
    if re.search(r"%[0-9A-Fa-f]{2}$", before) and after.startswith("%"):
        return "broken inside an encoded character"
    return None


def descendants(element) -> list:
    """Every structure element under this one (its words, its links...), depth first."""
    kids = element.get("/K")
    found = []
    for kid in kids if isinstance(kids, list) else [kids] if kids is not None else []:
        if hasattr(kid, "get_object") and hasattr(kid.get_object(), "get"):
            found.append(kid.get_object())
            found += descendants(kid.get_object())
    return found


def noted(address: str, text: str) -> bool:
    """Whether the page's text holds the address (with or without its scheme and closing slash)."""
    flat, bare = squeezed(text), re.sub(r"^https?://", "", address).rstrip("/")
    return squeezed(address) in flat or squeezed(bare) in flat


def letters(text: str) -> str:
    """Letters only: note calls, numbers, spaces and line ends do not count."""
    return "".join(char for char in text if char.isalpha())
