"""The paper document (icat_report.paper) assembled from small whole-report pages, without
typesetting it: what goes, what moves to the foot of the page, what a link becomes, and the
order of cover, contents, chapters and appendices. tests/test_pdf.py reads the real PDF."""

from __future__ import annotations

import subprocess
import sys

import pytest

from icat_report.paper import edits
from icat_report.paper.document import paper_document
from icat_report.paper.download import PdfFile, pdf_download
from icat_report.paper.priorities import priority_styles
from icat_report.paper.quotes import curl_quotes
from icat_report.paper.source import PaperError, Source, SourcePart, _published_site
from icat_report.render.grid import caption
from icat_report.render.home import key_figures
from icat_report.text import html
from icat_report.text.html import Fragment
from icat_report.text.typography import curled
from icat_report.whole_report.print_page import Part, combine

HOME = (
    '<h2 id="home--t">Chairs\' Annual Report 2021</h2><p>Figures</p>'
    '<h3 id="home--copyright">Copyright and disclaimer</h3><p>© United Nations, 2022.</p>'
    '<p>The designations employed ...</p><h3 id="home--contact">Contact</h3><ul><li>x</li></ul>'
)


def _whole(*parts: Part) -> Source:
    """The whole-report page of these parts, read as the paper reads the built page."""
    page = Fragment(combine(parts, at="print_page/").html)
    sections = [
        SourcePart(each.attributes["id"], each.attributes["data-paper"], each.inner_html or "")
        for each in page.css("section.whole-report__part")
    ]
    return Source(tuple(sections), site_url=None)


def _part(url, body, depth=0, paper="chapter"):
    return Part(url=url, title="T", html=body, headings=(), depth=depth, paper=paper)


@pytest.fixture
def document(report) -> html.Node:
    source = _whole(
        _part("", HOME),
        _part(
            "review/",
            '<h1 id="r">A year in review</h1><p>See <a href="https://x.org/a-b">the brief</a>'
            '<sup id="fnref:1"><a class="footnote-ref" href="#fn:1">1</a></sup> and the '
            '<a href="../members/unodc/">UNODC</a> page.</p>'
            '<p><a href="../priorities/evidence-base/">All highlights</a></p>'
            '<div class="footnote"><ol><li id="fn:1"><p>A note.&nbsp;<a class="footnote-backref" href="#fnref:1">'
            "&#8617;</a></p></li></ol></div>",
        ),
        _part("review/a/", '<h1 id="a">A section</h1><p>Text <a href="../../annex/">Annex</a></p>', depth=1),
        _part("annex/", '<h1 id="x">Annex</h1><h2 id="priority-2">Priority #2</h2><p>Text</p>'),
        _part("members/", '<h1 id="m">Members</h1><p>Browse</p>', paper="omitted"),
        _part("acronyms/", '<h1 id="e">Acronyms</h1><table><tr><td>1</td></tr></table>', paper="appendix"),
        _part("notes/", '<h1 id="n">Notes</h1><p><a href="../review/a/">review/a</a></p>', paper="appendix"),
    )
    return html.document(paper_document(source, report, stylesheet="p { color: black }"))


def test_cover_inside_cover_contents_chapters_appendices_then_back_cover(document, report):
    order = [each.attributes["class"].split()[0] for each in document.css("body > *")]
    assert order[:4] == ["paper-cover", "paper-imprint", "paper-contents", "paper-figures"]
    appendices = ["paper-appendix"] * 4  # the two of the site, the grid, then "About this edition"
    assert order[4:] == ["paper-chapter", "paper-chapter", *appendices, "paper-back"]
    assert "Browse" not in document.html  # a page left out of paper
    section = document.css_first("#review-a")
    assert section.attributes["class"] == "paper-section" and section.parent.attributes["id"] == "review"
    imprint = document.css_first(".paper-imprint").text()
    assert "© United Nations, 2022." in imprint and "The designations employed" in imprint
    assert "Figures" not in imprint and report.info.contacts.email in imprint


def test_the_contents_lists_chapters_with_their_sections_and_the_lettered_appendices(document):
    contents = document.css_first("nav.paper-contents")
    chapters = [" ".join(a.text().split()) for a in contents.css(".paper-contents__chapters > li > a")]
    assert chapters == ["A year in review", "Annex"]
    sections = [a.attributes["href"] for a in contents.css(".paper-contents__sections a")]
    edition = ["#about-this-edition--unlinked", "#about-this-edition--corrections"]
    assert sections == ["#review-a--a", "#annex--priority-2", *edition]
    # a priority's heading keeps the report's own words ("PRIORITY #2" in the Annex), in the contents too
    assert any(" ".join(a.text().split()) == "Priority #2" for a in contents.css(".paper-contents__sections a"))
    assert document.css_first('[id="annex--priority-2"]').text().strip() == "Priority #2"
    appendices = [" ".join(a.text().split()) for a in contents.css(".paper-contents__appendices > li > a")]
    assert appendices == [
        "Appendix A Acronyms",
        "Appendix B Notes",
        "Appendix C Entities by priority",
        "Appendix D About this edition",
    ]


def test_the_key_figures_and_the_grid_are_the_sites_made_from_the_data(document, report):
    """The web cover's key figures under the contents, and the site's grid as an appendix: a table
    whose caption is the grid's title, a cell per entity and priority in the priority's colour, and
    the totals; nothing of it leads to the site, and no icon is left to be an untagged picture."""
    figures = document.css_first("nav.paper-contents + section.paper-figures")
    assert [each.attributes["data-figure"] for each in figures.css("li")] == [f.key for f in key_figures(report)]
    numbers = [each.text() for each in figures.css(".icat-figure__number")]
    assert numbers == [str(f.number) for f in key_figures(report)]
    grid = document.css_first("#entities-by-priority")
    table = grid.css_first("table")
    assert table.css_first("caption").text() == caption(report)
    assert len(table.css("tbody tr")) == len(report.members)
    totals = [cell.text() for cell in table.css("tfoot td")]
    assert totals == [str(len(report.activities_under(p.number))) for p in report.priorities]
    cells = table.css("tbody td")
    assert cells and all(cell.attributes.get("data-priority") for cell in cells)
    assert {cell.attributes.get("data-level") for cell in cells} >= {"1", None}
    assert not grid.css("a, svg, figure") and "none" not in grid.text().split()


def test_about_this_edition_is_made_from_the_data(document, report):
    edition = document.css_first("#about-this-edition")
    rows = edition.css(".paper-edition-table tbody tr")
    said_once = [each for each in report.corrections if each.kind in ("layout", "kept")]  # a sentence a kind
    assert said_once and len(rows) == len(report.corrections) - len(said_once) and "**" not in edition.text()
    assert "Joined" not in edition.text() and "As printed" not in edition.text()
    assert f"are joined ({sum(each.kind == 'layout' for each in report.corrections)} places)" in edition.text()
    assert any(row.css_first("strong") for row in rows)  # the data's "**OAS**", rendered
    unlinked = [curled(link.title) for link in report.links if not link.url]  # quotes curled on paper
    assert [" ".join(li.text().split()) for li in edition.css(".paper-edition-list li")] == unlinked
    assert "this site" not in edition.text() and "repository" not in edition.text()
    assert "word for word, but for the changes listed below." in edition.text()  # said where the changes are


def test_a_reference_without_an_address_gives_the_page_where_its_words_stand_found_by_their_mark(report):
    """Its words are marked with its id (text/markdown_text.py), whatever its title says; the first place counts."""
    first, second = [link for link in report.links if not link.url][:2]
    mark = '<span class="icat-unlinked" data-link="{}">{}</span>'
    body = f"<h1 id='c'>C</h1><p>Words {mark.format(first.id, 'it')}.</p><p>Again {mark.format(first.id, 'it')}.</p>"
    source = _whole(_part("", HOME), _part("c/", body))
    edition = html.document(paper_document(source, report, stylesheet="")).css_first("#about-this-edition")
    items = {" ".join(li.text().split()): li for li in edition.css(".paper-edition-list li")}
    reference = items[curled(first.title)].css_first("a.paper-page-reference")
    assert reference is not None and items[curled(second.title)].css_first("a.paper-page-reference") is None
    anchor = edition.parent.css_first(reference.attributes["href"])
    assert anchor is not None and "Words" in anchor.parent.text()  # the first place, not the second


def test_notes_go_to_the_foot_of_the_page_where_they_are_called(document):
    notes = [" ".join(each.text().split()) for each in document.css("#review span.paper-note")]
    assert notes == ["https://x.org/a-b", "A note."]
    review = document.css_first("#review").html
    assert "footnote-backref" not in review and "whole-report__addresses" not in review and "[1]" not in review


def test_links_lead_where_paper_can_follow_them(document):
    review = document.css_first("#review")
    assert review.css_first('a[href="https://x.org/a-b"]').text().strip() == "the brief"
    assert "UNODC page" in " ".join(review.text().split()) and not review.css('a[href*="members"]')
    assert "All highlights" not in review.text()  # a paragraph that only led to a page left out
    assert document.css_first('#review-a a[href="#annex"]').text().strip() == "Annex"
    reference = document.css_first("#notes a.paper-page-reference")
    assert reference.attributes["href"] == "#review-a" and reference.text() == ""  # paper.css: "p. N"


def test_headings_move_up_and_priorities_carry_their_number(document):
    assert document.css_first("#review > h1").text().strip() == "A year in review"
    assert document.css_first("#review-a > h2") is not None
    assert document.css_first("#annex h2").attributes["data-priority"] == "2"


def test_short_tables_are_kept_whole():
    page = Fragment(
        "<table>" + "<tr><td>x</td></tr>" * 12 + "</table><table>" + "<tr><td>y</td></tr>" * 13 + "</table>"
    )
    edits.keep_short_tables_whole(page)
    assert [table.attributes.get("class") for table in page.css("table")] == ["paper-keep", None]


def test_a_whole_report_page_without_a_cover_is_refused(report):
    with pytest.raises(PaperError, match="no cover"):
        paper_document(_whole(_part("annex/", "<h1 id='x'>A</h1>")), report, "")


def test_the_published_address_is_cited_but_never_a_local_one():
    assert _published_site("https://example.github.io/icat/print_page/") == "https://example.github.io/icat/"
    for local in ("http://127.0.0.1:8000/print_page/", "http://localhost:8000/print_page/", None, "/print_page/"):
        assert _published_site(local) is None, local


def test_without_a_pdf_the_download_link_leads_to_the_whole_report_and_says_only_that():
    text = pdf_download(None, "index.md")
    assert text.startswith("[The whole report on one page](print_page.md)")
    for build_word in ("make", "build", ".venv", "localhost"):
        assert build_word not in text, build_word
    assert 'href="downloads/r.pdf"' in pdf_download(PdfFile("downloads/r.pdf", 1_400_000), "index.md")


def test_the_paper_package_knows_nothing_of_mkdocs():
    script = "import sys, icat_report.paper.make, icat_report.paper.typeset; print('mkdocs' in sys.modules)"
    found = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert found.stdout.strip() == "False"


def test_a_space_before_an_inline_element_moves_into_it():
    """WeasyPrint 70 broke "As co-leads of ... Action, <strong>UNHCR</strong>" after "As" when
    only the space after "Action," overflowed the line; the words stay the same."""
    page = Fragment('<li>As co-leads of X, <strong><abbr>UNHCR</abbr></strong> and <a href="#y">y</a>.</li>')
    edits.spaces_into_inline_elements(page)
    assert page.html() == '<li>As co-leads of X,<strong> <abbr>UNHCR</abbr></strong> and<a href="#y"> y</a>.</li>'
    assert " ".join(html.document(page.html()).text().split()) == "As co-leads of X, UNHCR and y."


def test_priorities_get_their_colour_and_icon_from_the_data_where_it_gives_them(report):
    first, second, *_ = report.priorities
    given = (first.model_copy(update={"colour": "#123456", "icon": "material/scale-balance"}), second)
    styles = priority_styles(given)
    assert ":root { --icat-priority-1: #123456; }" in styles
    assert (
        '.paper-cover__priorities li[data-priority="1"] { background-image: url("data:image/svg+xml;base64,' in styles
    )
    assert 'h2[data-priority="1"]' in styles and f"--icat-priority-2: {second.colour};" in styles
    with pytest.raises(PaperError, match="not an icon of Material"):
        priority_styles((first.model_copy(update={"icon": "material/../../etc/passwd"}),))


def test_marked_content_left_out_of_the_structure_tree_becomes_an_artifact():
    import pydyf

    from icat_report.paper.finish import _artifacts

    content = ["/P", pydyf.Dictionary({"MCID": 0}), b"BDC", "(text) Tj", b"EMC"]
    content += ["/Span", pydyf.Dictionary({"MCID": 1}), b"BDC", "(11) Tj", b"EMC"]
    assert _artifacts(content, {1}) == 1
    assert content[5:] == ["/Artifact", b"BMC", "(11) Tj", b"EMC"] and content[:3][2] == b"BDC"


def test_the_acronyms_keep_the_sites_list_the_reports_order_and_words():
    sentence = "<p>The acronyms used in the report and the names they stand for.</p>"
    page = Fragment(
        f"{sentence}<table><thead><tr>"
        "<th>Acronym</th><th>Stands for</th></tr></thead><tbody><tr><td>CoE</td><td>Council of Europe</td></tr>"
        "<tr><td>CBSS</td><td>Council of the Baltic Sea States</td></tr><tr><td>UN</td><td>United Nations</td>"
        "</tr></tbody></table>"
    )
    edits.acronyms_table(page)
    assert [cell.text() for cell in page.css("tbody td:first-child")] == ["CoE", "CBSS", "UN"]
    assert [cell.text() for cell in page.css("th")] == ["Acronym", "Stands for"]
    assert page.css_first("p").html == sentence
    assert edits.ACRONYMS in page.css_first("table").attributes["class"]


def test_quotes_are_curled_in_text_but_not_in_code_attributes_or_addresses():
    body = (
        "<p title=\"a'b\">The Chairs' \"report\", <strong>ICAT</strong>'s ('word') <code>a'b</code> "
        '<span class="paper-address-piece">x.org/a\'b</span> &amp; &lt;</p>'
    )
    assert curl_quotes(body) == (
        '<p title="a\'b">The Chairs\u2019 \u201creport\u201d, <strong>ICAT</strong>\u2019s (\u2018word\u2019) '
        "<code>a'b</code> <span class=\"paper-address-piece\">x.org/a'b</span> &amp; &lt;</p>"
    )


def test_a_passage_is_found_where_this_edition_prints_it_and_a_note_by_its_number():
    from icat_report.paper.passages import Passages

    pages = {
        "review": Fragment('<h1 id="r">Review</h1><p>A first <span class="paper-note">https://x.org/</span></p>'),
        "review-a": Fragment(
            '<h2 id="a">A</h2><p>Words <span class="paper-note">Doc. E/2002/68/Add.1, Principle 7</span></p>'
            "<ul><li>The Toolkit for mainstreaming Human Rights and Gender Equality, 2021</li></ul>"
        ),
    }
    passages = Passages(pages)
    in_note = passages.find("review-a", "E/2002/68/Add.1, Principle 7")
    assert in_note is not None and in_note.note == 2  # the chapter's second note: its section's notes count on
    described = "UNODC's Toolkit for mainstreaming Human Rights and Gender Equality printed outside the list"
    assert passages.find("review-a", described) is None  # not word for word
    found = passages.find("review-a", described, quoted=False)
    assert found is not None and found.note is None and found.order > in_note.order
    assert pages["review-a"].css_first(f"li #{found.id}") is not None
    assert passages.find("review-a", "in the list", quoted=False) is None  # a run too short to tell


def test_a_dash_is_bound_to_the_word_before_it():
    from icat_report.paper.quotes import bound_dashes

    assert bound_dashes("anticipated\u2014it is") == "anticipated\u2060\u2014it is"
    assert bound_dashes("2021 \u2013 the") == "2021\u00a0\u2013 the"
    assert curl_quotes("<p>the 'year'\u2014it</p>") == "<p>the \u2018year\u2019\u2060\u2014it</p>"


def test_a_photo_captions_label_is_set_apart_and_its_words_kept():
    page = Fragment('<p class="photo-caption" id="c">Photo not reproduced: From left: A (UNODC), B.</p><p>Photo</p>')
    edits.photo_labels_apart(page)
    caption = page.css_first("p.photo-caption")
    assert caption.css_first("span.paper-photo-label").text() == "Photo not reproduced:"
    assert (
        caption.text() == "Photo not reproduced: From left: A (UNODC), B."
        and page.css_first("p:not(.photo-caption)").text() == "Photo"
    )
