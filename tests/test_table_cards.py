"""Wide tables carry their column headings on each cell, for the phone's cards (finish/table_cards.py)."""

from __future__ import annotations

import markdown

from icat_report.text import html

WIDE = "| Field | Required | Meaning |\n| --- | --- | --- |\n| `id` | yes | Stable id |\n| `name` | | The name |\n"
NARROW = "| Acronym | Stands for |\n| --- | --- |\n| ICAT | Inter-Agency Coordination Group |\n"


def _tables(text: str) -> list[html.Node]:
    page = markdown.markdown(text, extensions=["tables", "icat_report.finish.table_cards"])
    return html.document(page).css("table")


def test_a_wide_table_labels_each_cell_with_its_column():
    (table,) = _tables(WIDE)
    assert "data-cards" in table.attributes
    rows = [[td.attributes.get("data-label") for td in tr.css("td")] for tr in table.css("tbody tr")]
    assert rows == [["Field", "Required", "Meaning"]] * 2
    assert [th.text() for th in table.css("thead th")] == ["Field", "Required", "Meaning"], "headings stay"


def test_a_two_column_table_is_left_as_it_is():
    (table,) = _tables(NARROW)
    assert "data-cards" not in table.attributes and not table.css("td[data-label]")
