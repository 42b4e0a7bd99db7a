"""Wide tables that read as cards on a phone: each data cell carries its column's heading.

A Python-Markdown extension. A Markdown table of three or more columns (the editions'
notes, the open data's field lists) is too wide for a 390 px screen: squeezed, its cells
break words mid-way; scrolled, it hides columns at the edge. So each such table says
`data-cards`, and each of its body cells gets its column's heading as `data-label`; on a
phone the style sheet (docs/assets/stylesheets/report.css) shows each row as a card of
label and value pairs. Two-column tables (the acronyms) fit as they are and are left alone.
The headings stay in the table's <thead>, so assistive technology reads a table as before.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

CARD_COLUMNS = 3  # from this many columns, a table is cards on a phone


def _text(element: etree.Element) -> str:
    return " ".join("".join(element.itertext()).split())


class TableCards(Treeprocessor):
    """Mark the wide tables and label their cells (runs after the `tables` extension built them)."""

    def run(self, root: etree.Element) -> None:
        for table in root.iter("table"):
            head = table.find("thead/tr")
            if head is None:
                continue
            labels = [_text(th) for th in head.findall("th")]
            if len(labels) < CARD_COLUMNS:
                continue
            table.set("data-cards", "")
            for row in table.iterfind("tbody/tr"):
                for label, cell in zip(labels, row.findall("td"), strict=False):
                    if label:
                        cell.set("data-label", label)


class TableCardsExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Markdown's API)
        md.treeprocessors.register(TableCards(md), "icat_table_cards", 5)


def makeExtension(**kwargs) -> TableCardsExtension:  # noqa: N802 (Markdown's API)
    return TableCardsExtension(**kwargs)
