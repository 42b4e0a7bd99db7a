"""Each escaping function in its context, and the address checks, on the characters that
matter there (tests/test_hostile_text.py builds a whole site with them)."""

from __future__ import annotations

import re

import pytest
import yaml
from test_hostile_text import PAYLOADS

from icat_report.text.html import document, elements, visible_text


def markdown_html(text: str) -> str:
    """Python-Markdown with the site's extensions, as the build runs it."""
    import markdown

    return markdown.markdown(text, extensions=["abbr", "attr_list", "footnotes", "tables", "pymdownx.superfences"])


ATTACKS = [
    *PAYLOADS[:2],
    *PAYLOADS[2],
    "<b>x</b>",
    "&amp; &lt;b&gt;",
    "{ #id .class }",
    "*a* _b_ **c** `d`",
    "# h",
    "1. x",
    "- x",
    "* x",
    "> q",
    "a | b",
    "[a](http://x) [b][c] [^d]",
    "\\",
    "\\*x\\*",
    "a\x02wzxhzdk:0\x03b",
    "~~x~~ ^y^",
]


@pytest.mark.parametrize("attack", ATTACKS)
def test_markdown_text_shows_every_character_as_typed(attack):
    from icat_report.text.escape import markdown_text

    for context in ("{}", "# {} {{ #h }}", "| a |\n| --- |\n| {} |", "- [{}](x.md)"):
        html = markdown_html(context.format(markdown_text(attack)))
        page = document(html)
        typed = " ".join(attack.replace("\x02", "\ufffd").replace("\x03", "\ufffd").split())
        assert typed in " ".join(visible_text(page).split()), (context, html)
        assert not [
            node.tag for node in elements(page) if node.tag in {"script", "img", "b", "i", "em", "strong", "code"}
        ]


def test_a_markdown_field_keeps_emphasis_and_conventions_only():
    from icat_report.text.escape import markdown_field_text

    assert markdown_field_text("**UNODC** and *x* [words][link-id] and a note.[^note-1]") == (
        "**UNODC** and *x* [words][link-id] and a note.[^note-1]"
    )
    for attack in (
        "[x]: javascript:alert(1) [x][]",
        "[x](javascript:alert(1))",
        "<javascript:alert(1)>",
        "![x](data:x)",
        "[^x]: <b>y</b>",
        "`[x]: javascript:y` [x][]",
        "\\[x]: javascript:y [x][]",
    ):
        html = markdown_html(markdown_field_text(attack))
        assert not [node.tag for node in elements(document(html)) if node.tag in {"a", "img", "b", "code"}], html


def test_html_escapes_and_link_destinations():
    from icat_report.text.escape import href_attribute, html_attribute, html_text, link_destination

    assert html_text('<b a="1">{{x}}</b> &') == '&lt;b a="1"&gt;&#123;&#123;x&#125;&#125;&lt;/b&gt; &amp;'
    assert html_attribute("\"'><") == "&quot;&#39;&gt;&lt;"
    # Raw HTML still meets the page's [words][link-id] and [^note] conventions: brackets are references.
    assert html_text("[^nope] [a][b]") == "&#91;^nope&#93; &#91;a&#93;&#91;b&#93;"
    assert (
        link_destination("https://a.org/x y(1)<'\">`\\|[]") == "https://a.org/x%20y%281%29%3C%27%22%3E%60%5C%7C%5B%5D"
    )
    assert link_destination("../members/unodc.md#events") == "../members/unodc.md#events"
    assert href_attribute("https://a.org/?a=1&b=2") == "https://a.org/?a=1&amp;b=2"
    for refused in ("javascript:alert(1)", " JavaScript:x", "data:text/html,x", "vbscript:x"):
        with pytest.raises(ValueError):
            link_destination(refused)


def test_bibtex_front_matter_csv_and_json():
    import json

    from icat_report.text.escape import bibtex_key, bibtex_value, code_fence, csv_cell, front_matter_value, json_text

    assert bibtex_value("a}, x = {b \\ 50% #1 & $_^~") == (
        r"a\}, x = \{b \textbackslash{} 50\% \#1 \& \$\_\textasciicircum{}\textasciitilde{}"
    )
    assert bibtex_key("I-CAT!") == "icat"
    fenced = code_fence("title = {```}\n````", "bibtex")
    assert fenced.startswith("`````bibtex\n") and fenced.endswith("\n`````")
    description = front_matter_value('a "b" <c> {{ d }}: e')
    assert yaml.safe_load("d: " + description) == {"d": "a &quot;b&quot; &lt;c&gt; &#123;&#123; d &#125;&#125;: e"}
    assert [csv_cell(v) for v in ("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "a=b", 3, None, ["a", "b"])] == [
        "'=1+1",
        "'+1",
        "'-1",
        "'@SUM(A1)",
        "'\tx",
        "'\rx",
        "a=b",
        3,
        "",
        "a; b",
    ]
    assert json.loads(json_text({"a": "</script>"})) == {"a": "</script>"}


@pytest.mark.parametrize(
    ("value", "sentence"),
    [
        ("https://a.org/)<script>", "cannot hold the character )"),
        ("https://a.org/x y", "cannot hold spaces"),
        ("https://a.org/\u200bx", "invisible character U+200B"),
        ("javascript:alert(1)", "must start with https:// or http://"),
        ("https:///x", "needs a host"),
        ("https://a.org:x/", "not a web address that can be read"),
        ("mailto:a@b", "e-mail link looks like"),
    ],
)
def test_addresses_are_checked_as_addresses(value, sentence):
    from icat_report.text.urls import check_url

    with pytest.raises(ValueError, match=re.escape(sentence)):
        check_url(value)
    assert check_url("https://www.unodc.org/a_(b)".replace("(", "%28").replace(")", "%29"))
    assert check_url("mailto:icat@un.org") == "mailto:icat@un.org"


def test_e_mail_addresses_and_page_paths_are_strict():
    from icat_report.text.urls import check_email, check_page_path

    assert check_email("icat@un.org") == "icat@un.org"
    for bad in ("icat@un", "a)b@un.org", "a@un.org?x", "<a@un.org>"):
        with pytest.raises(ValueError, match="looks like name@example.org"):
            check_email(bad)
    assert check_page_path("year-in-review/coordination.md#the-group") == "year-in-review/coordination.md#the-group"
    for bad in ("a.md#x)", "a.md#x#y", "javascript:alert(1)", "a b.md", 'a.md"onclick'):
        with pytest.raises(ValueError, match="only letters, digits"):
            check_page_path(bad)
    for bad in ("/etc/passwd", "../x.md"):
        with pytest.raises(ValueError, match="cannot go up"):
            check_page_path(bad)


def test_the_quick_path_for_plain_addresses_admits_only_characters_the_full_check_admits():
    """urls.py skips its character-by-character check for an address of plain ASCII: every character that
    path admits must be one the full check lets through (no space, no invisible character, none that ends a link)."""
    import unicodedata

    from icat_report.text import urls

    admitted = [chr(code) for code in range(0x110000) if urls._PLAIN_ADDRESS.fullmatch(chr(code))]
    assert admitted and all(urls._character_problem(char + "\u200b") for char in admitted)  # the slow path still runs
    for char in admitted:
        assert not char.isspace() and unicodedata.category(char) not in ("Cc", "Cf")
        assert char not in urls._ENDING_CHARACTERS


def test_a_reference_carries_a_mark_where_it_has_no_address_or_leads_to_the_nearest_page_found():
    """An address to the nearest page found (model.Link.nearest_page): the link's class says so (a printed note
    then does)."""
    from icat_report.model import Link
    from icat_report.text.markdown_text import NEAREST_PAGE, UNLINKED, resolve_links

    links = {
        "own": Link(id="own", title="Own", url="https://example.org/own", confidence="page-itself"),
        "near": Link(id="near", title="Near", url="https://example.org/near", confidence="candidate"),
        "none": Link(id="none", title="None", confidence="not-found"),
    }
    text = resolve_links("[the own page][own], [a near page][near] | [no page][none]", links.__getitem__)
    page = document(markdown_html(text))
    marks = {link.text(): (link.attributes.get("class") or "") for link in page.css("a")}
    assert marks == {"the own page": "", "a near page": NEAREST_PAGE}
    assert "{" not in page.text()
    # the words of a reference without an address, marked with its id (the PDF finds their page by it)
    assert page.css_first(f"span.{UNLINKED}").attributes == {"class": UNLINKED, "data-link": "none"}
    assert page.css_first(f"span.{UNLINKED}").text() == "no page"
