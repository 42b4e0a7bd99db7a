"""Pieces of the paper tested on their own: the grid appendix as figures.py makes it from the
data, and a chapter settled alone by chapters_alone.py (a small document typeset by WeasyPrint)."""

from __future__ import annotations

from weasyprint import HTML

from icat_report.paper.chapters_alone import settle_alone
from icat_report.paper.figures import grid_appendix

from site_text import index_name


def test_the_grid_on_paper_lists_its_rows_by_label_and_keys_its_shades_in_the_priorities_colours(report):
    """The rows in the order of the labels shown, A to Z ("The World Bank" under W), members then partners
    (the site's menu);
    the key shows each level as the cells are drawn, a tint of every priority's colour, and says so;
    the bottom row is "Total highlights*", its asterisk leading to the note on joint highlights."""
    grid = grid_appendix(report)
    table = grid.css_first("table")
    labels = [row.css_first("th").text().strip() for row in table.css("tbody tr")]
    role = {member.short_name: member.role for member in report.members}
    expected = [
        member.short_name
        for group in ("member", "partner")
        for member in sorted(report.members, key=lambda each: index_name(each.short_name))
        if member.role == group
    ]
    assert labels == expected and {role[label] for label in labels[-2:]} == {"partner"}
    key = grid.css_first(".icat-matrix__legend")
    assert "priority\u2019s colour, darker for more highlights" in key.text()
    levels = key.css(".icat-matrix__shades-key li")
    numbers = [str(p.number) for p in report.priorities]
    for level, item in enumerate(levels, start=1):
        swatches = item.css(".icat-matrix__swatch")
        assert [each.attributes["data-priority"] for each in swatches] == numbers
        assert {each.attributes["data-level"] for each in swatches} == {str(level)}
    assert len(levels) == 3 and [item.text() for item in levels] == ["1", "2", "3 or more"]
    assert table.css_first("tfoot th").text() == "Total highlights*"
    notes = [each.text() for each in grid.css(".icat-matrix__caveat")]
    assert notes[0].startswith("* ") and "counts each highlight once" in notes[0]


def test_a_chapter_is_settled_alone_then_the_body_gets_all_its_parts_back():
    """notes_in_place.py tries its mending on the chapter it changed, laid out on its own (a few
    pages, not the document): the layout holds that chapter's pages only, the mending goes on
    until it changes nothing, and the body gets every part back in its order."""
    chapters = "".join(
        f'<section class="paper-chapter" id="c{n}"><h1>Chapter {n}</h1>{"<p>Words of a page.</p>" * 40 * n}</section>'
        for n in (1, 2, 3)
    )
    page = HTML(string=f'<html><body><section class="paper-cover">Cover</section>{chapters}</body></html>')
    body = page.etree_element.find("body")
    before = [child.get("id") or child.get("class") for child in body]
    second = body.find("section[@id='c2']")
    laid_out = []

    def mend(document):
        laid_out.append(len(document.pages))
        return [second] if len(laid_out) < 3 else []  # changes twice, then nothing

    settle_alone(page, [second.find("p")], mend, 5)
    whole = len(page.render().pages)
    assert len(laid_out) == 3 and 1 < laid_out[0] < whole - 2, (laid_out, whole)
    assert [child.get("id") or child.get("class") for child in body] == before


def test_a_note_to_the_nearest_page_found_keeps_its_label_breaks_its_address_and_a_repeat_points_back():
    from icat_report.paper.addresses import address_notes
    from icat_report.text.html import Fragment

    note = '<span class="paper-note">{}<a href="https://x.org/a/b">https://x.org/a/b</a></span>'
    chapter = Fragment("<p>One" + note.format("Nearest page found: ") + " two" + note.format("") + "</p>")
    address_notes(chapter)
    first, second = chapter.css("span.paper-note")
    assert first.text() == "Nearest page found: https://x.org/a/b"
    assert "<wbr>" in first.html and second.text() == "See note 1."
