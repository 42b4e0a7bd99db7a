"""Joining pages into the whole-report page (icat_report.whole_report.print_page), on small HTML."""

from __future__ import annotations

from icat_report.text.html import Fragment, document
from icat_report.whole_report import print_notes, print_page
from icat_report.whole_report.print_page import Heading, Part, combine, part_key

FOCUSABLE = ' tabindex="0"'


def _part(url, body, depth=0, title="T", headings=(), paper="chapter"):
    return Part(url=url, title=title, html=body, headings=tuple(headings), depth=depth, paper=paper)


def test_each_page_gets_a_key_from_its_address():
    assert part_key("") == "home"
    assert part_key("annex/") == "annex"
    assert part_key("year-in-review/coordination/") == "year-in-review-coordination"


def test_ids_and_the_links_to_them_get_the_page_key():
    whole = combine(
        [
            _part(
                "annex/",
                '<p id="p1">x<sup id="fnref:1"><a href="#fn:1">1</a></sup></p>'
                '<li id="fn:1"><a class="footnote-backref" href="#fnref:1">back</a></li>',
            )
        ],
        at="print_page/",
    )
    assert '<p id="annex--p1">' in whole.html
    assert '<sup id="annex--fnref:1"><a href="#annex--fn:1">' in whole.html
    assert '<li id="annex--fn:1"><a class="footnote-backref" href="#annex--fnref:1">' in whole.html


def test_links_between_printed_pages_stay_on_the_page():
    whole = combine(
        [
            _part("", '<a href="annex/">Annex</a> <a href="year-in-review/coordination/#who">who</a>'),
            _part("annex/", '<a href="../#top">home</a>'),
            _part("year-in-review/coordination/", '<a href="../../annex/#p1">p1</a>', depth=1),
        ],
        at="print_page/",
    )
    assert '<a href="#annex">Annex</a>' in whole.html
    assert '<a href="#year-in-review-coordination--who">who</a>' in whole.html
    assert '<a href="#home--top">home</a>' in whole.html
    assert '<a href="#annex--p1">p1</a>' in whole.html


def test_links_to_pages_left_out_and_to_files_lead_there_from_the_print_page():
    whole = combine(
        [
            _part(
                "year-in-review/coordination/",
                '<a href="../../members/unodc/#events">UNODC</a> <a href="../../downloads/members.csv">csv</a>'
                ' <a href="../../print_page/">all</a> <img alt="" src="../../assets/logo.png">',
            )
        ],
        at="print_page/",
    )
    assert '<a href="../members/unodc/#events">UNODC</a>' in whole.html
    assert '<a href="../downloads/members.csv">csv</a>' in whole.html
    assert '<a href="./">all</a>' in whole.html
    assert 'src="../assets/logo.png"' in whole.html


def test_links_to_other_sites_keep_their_address_escaped_and_get_a_print_only_note():
    body = '<a href="https://example.org/a?b=1&amp;c=2#x">x</a> <a href="mailto:icat@un.org">mail</a>'
    whole = combine([_part("annex/", body)], at="print_page/").html
    call = '<a class="whole-report__address-call icat-print-only" href="#annex--link-address-{0}">[{0}]</a>'
    assert '<a href="https://example.org/a?b=1&amp;c=2#x">x</a>' + call.format(1) in whole
    assert '<a href="mailto:icat@un.org">mail</a>' + call.format(2) in whole
    notes = Fragment(whole).css_first("div.whole-report__addresses.icat-print-only")
    assert [li.attributes["id"] for li in notes.css("li")] == ["annex--link-address-1", "annex--link-address-2"]
    assert notes.css_first("li a").attributes["href"] == "https://example.org/a?b=1&c=2#x"
    assert notes.css_first("li a").html.count("<wbr>") >= 4  # it breaks between its parts only


def test_an_address_breaks_only_where_a_typesetter_breaks_one():
    pieces = print_notes.address_pieces("https://www.ilo.org/global/forced-labour/WCMS_854733/index.htm?lng=en#x")
    assert "".join(pieces) == "https://www.ilo.org/global/forced-labour/WCMS_854733/index.htm?lng=en#x"
    assert pieces[:4] == ["https://", "www", ".ilo", ".org/"]  # after slashes, before dots
    assert "forced" in pieces and "-labour/" in pieces and "_854733/" in pieces and "#x" in pieces
    assert all(piece[-1:] in "/=&" or nxt[:1] in ".,-_~?#%=&" for piece, nxt in zip(pieces, pieces[1:], strict=False))


def test_a_link_whose_words_are_its_address_or_inside_a_footnote_gets_no_note():
    body = (
        '<p><a href="https://icat.un.org/">icat.un.org</a></p>'
        '<div class="footnote"><ol><li id="fn:1"><p>See <a href="https://x.org/a">X</a>.</p></li></ol></div>'
    )
    whole = combine([_part("annex/", body)], at="print_page/").html
    assert "whole-report__address-call" not in whole and "whole-report__addresses" not in whole
    assert '<a href="https://icat.un.org/" class="whole-report__bare-link">icat<wbr>.un<wbr>.org</a>' in whole
    assert (
        '<a href="https://x.org/a">X</a><span class="icat-print-only"> (https://<wbr>x<wbr>.org/<wbr>a)</span>' in whole
    )


def test_a_link_to_the_nearest_page_found_says_so_in_its_note():
    """A note's address that is not certainly the page the report meant (print_notes.NEAREST_LABEL)."""
    near = '<a href="https://x.org/{0}" class="icat-nearest-page">{0}</a>'
    body = near.format("a") + ' <a href="https://x.org/b">b</a>'
    body += f'<div class="footnote"><ol><li id="fn:1"><p>See {near.format("c")}.</p></li></ol></div>'
    whole = combine([_part("annex/", body)], at="print_page/").html
    notes = [li.text() for li in Fragment(whole).css("div.whole-report__addresses li")]
    assert notes == ["Nearest page found: https://x.org/a", "https://x.org/b"]
    assert '<span class="icat-print-only"> (nearest page found: https://<wbr>x<wbr>.org/<wbr>c)</span>' in whole


def test_read_more_without_an_address_gets_a_note_that_says_so_and_a_name_without_one_does_not():
    span = '<span class="icat-unlinked" data-link="x">{}</span>'
    body = f"<p>An event (Read {span.format('more')}). The {span.format('Action Plan')}.</p>"
    whole = combine([_part("annex/", body)], at="print_page/").html
    notes = [li.text() for li in Fragment(whole).css("div.whole-report__addresses li")]
    assert notes == [print_notes.NO_ADDRESS]
    assert f'{span.format("more")}<a class="whole-report__address-call icat-print-only"' in whole
    assert f"{span.format('Action Plan')}." in whole


def test_each_part_says_what_it_is_on_paper():
    whole = combine(
        [
            _part("", "<p>cover</p>"),
            _part("annex/", "<p>a</p>"),
            _part("matrix/", "<p>m</p>", paper="appendix"),
            _part("members/", "<p>x</p>", paper="omitted"),
        ],
        at="print_page/",
    )
    roles = {s.attributes["id"]: s.attributes["data-paper"] for s in Fragment(whole.html).css("section")}
    assert roles == {"home": "cover", "annex": "chapter", "matrix": "appendix", "members": "omitted"}
    entries = {
        li.css_first("a").attributes["href"]: li.attributes["data-paper"]
        for li in Fragment(whole.html).css("nav > ol > li")
    }
    assert entries["#members"] == "omitted" and entries["#matrix"] == "appendix"


def test_headings_move_down_one_level_or_two_for_a_chapters_section():
    whole = combine(
        [
            _part("review/", '<h1 id="r">Review</h1><h2 id="s">S</h2>'),
            _part("review/a/", '<h1 id="a">A</h1><h5 id="deep">Deep</h5><h6 id="deepest">Deepest</h6>', depth=1),
        ],
        at="print_page/",
    )
    assert '<h2 id="review--r">Review</h2><h3 id="review--s">S</h3>' in whole.html
    assert (
        '<h3 id="review-a--a">A</h3><h6 id="review-a--deep">Deep</h6><h6 id="review-a--deepest">Deepest</h6>'
        in whole.html
    )


def test_the_contents_list_each_page_with_its_sections_nested_under_their_chapter():
    whole = combine(
        [
            _part("review/", "", headings=[Heading("r", "Review", (Heading("s", "S"),))]),
            _part("review/a/", "", depth=1, headings=[Heading("a", "A &amp; B")]),
            _part("annex/", "", title="Annex"),
        ],
        at="print_page/",
    )
    review, annex = whole.contents
    assert review == Heading("review", "Review", (Heading("review--s", "S"), Heading("review-a", "A &amp; B")))
    assert annex == Heading("annex", "Annex")
    assert (
        '<ol><li data-paper="chapter"><a href="#review">Review</a><ol><li><a href="#review--s">S</a></li>'
        '<li data-paper="chapter"><a href="#review-a">A &amp; B</a></li></ol></li>'
        '<li data-paper="chapter"><a href="#annex">Annex</a></li></ol>'
    ) in whole.html


def test_the_cost_is_one_parse_per_page(monkeypatch):
    """Not a timing (bench/ measures speed): each page is parsed once, whatever its size or
    number of ids; the quadratic way rewrote the whole page once per id."""
    parsed = []
    monkeypatch.setattr(print_page, "Fragment", lambda text: parsed.append(text) or Fragment(text))
    body = "".join(f'<p id="p{i}"><a href="#p{i}">{i}</a></p>' for i in range(2000))
    whole = combine([_part("annex/", body), _part("annex/b/", body, depth=1)], at="print_page/")
    assert parsed == [body, body]
    assert whole.html.count('id="annex--p') == 2000 and whole.html.count('href="#annex-b--p') == 2000


def test_quotes_of_any_kind_or_none_and_capitals_are_read_as_a_browser_reads_them():
    whole = combine(
        [
            _part(
                "annex/",
                "<H2 ID='Up' title=\"a > b\">Up</H2><a href=#Up>up</a> <a href='#Up'>again</a>"
                "<label for=q>Q</label><input id=q aria-describedby='Up q'>",
            )
        ],
        at="print_page/",
    )
    assert '<h3 id="annex--Up" title="a &gt; b">Up</h3>' in whole.html
    assert '<a href="#annex--Up">up</a> <a href="#annex--Up">again</a>' in whole.html
    assert '<label for="annex--q">Q</label><input id="annex--q" aria-describedby="annex--Up annex--q">' in whole.html


def test_a_srcset_points_each_image_at_its_file():
    image = '<img src="../../img/a.png" srcset="../../img/a.png 1x, ../../img/a@2x.png 2x">'
    whole = combine([_part("review/a/", image)], at="print_page/")
    assert '<img src="../img/a.png" srcset="../img/a.png 1x, ../img/a@2x.png 2x">' in whole.html


def test_links_inside_comments_are_left_alone():
    body = '<!-- <a href="../x/" id="old"> --><p id="kept">x</p>'
    whole = combine([_part("annex/", body)], at="print_page/")
    assert '<!-- <a href="../x/" id="old"> --><p id="annex--kept">x</p>' in whole.html


def test_an_acronym_takes_keyboard_focus_once_on_the_whole_page():
    def acronyms(*terms):
        return "".join(f'<abbr data-expansion="x"{FOCUSABLE if first else ""}>{term}</abbr> ' for term, first in terms)

    whole = combine(
        [
            _part("", acronyms(("ICAT", True), ("ICAT", False), ("UNODC", True))),
            _part("annex/", acronyms(("UNODC", True), ("ICAT", True), ("ILO", True))),
        ],
        at="print_page/",
    )
    focusable = [abbr.text() for abbr in document(whole.html).css("abbr[tabindex]")]
    assert focusable == ["ICAT", "UNODC", "ILO"]
    assert len(document(whole.html).css("abbr")) == 6


def test_web_only_parts_are_left_out_with_their_sections_and_contents_entries():
    home = (
        '<h1 id="t">Title</h1><p>kept</p><p class="icat-web-only">Use the buttons</p>'
        '<h2 class="icat-web-only" id="browse">Other ways</h2><ul><li>links</li></ul><h3 id="sub">Sub</h3>'
        '<h2 id="copyright">Copyright</h2><p>rights</p>'
    )
    headings = [Heading("t", "Title", (Heading("browse", "Other ways"), Heading("copyright", "Copyright")))]
    whole = combine([_part("", home, headings=headings)], at="print_page/")
    assert "kept" in whole.html and "rights" in whole.html
    for gone in ("Use the buttons", "Other ways", "links", "Sub"):
        assert gone not in whole.html
    assert [h.title for h in whole.contents[0].children] == ["Copyright"]


def test_footnotes_run_on_across_pages_in_reading_order():
    def page_with_notes(count):
        refs = "".join(
            f'<sup id="fnref:{n}"><a class="footnote-ref" href="#fn:{n}">{n}</a></sup>' for n in range(1, count + 1)
        )
        notes = "".join(
            f'<li id="fn:{n}"><p>note <a class="footnote-backref" href="#fnref:{n}"'
            f' title="Jump back to footnote {n} in the text">&#8617;</a></p></li>'
            for n in range(1, count + 1)
        )
        return f'<p>x{refs}</p><div class="footnote"><hr><ol>{notes}</ol></div>'

    whole = combine([_part("a/", page_with_notes(1)), _part("b/", page_with_notes(2))], at="print_page/")
    page = Fragment(whole.html)
    numbers = [a.text() for a in page.elements() if a.attributes.get("class") == "footnote-ref"]
    assert numbers == ["1", "2", "3"]
    lists = [ol.attributes.get("start") for ol in page.elements() if ol.tag == "ol"]
    assert lists[-1] == "2", lists  # b's notes are 2 and 3; the contents list is an <ol> too
    assert 'title="Jump back to footnote 3 in the text"' in whole.html
    assert '<a class="footnote-backref" href="#b--fnref:2"' in whole.html
