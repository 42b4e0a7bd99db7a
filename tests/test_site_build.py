"""The real site, built strictly: the report's own pages (a description each, the counts in the prose
come from the data, acronyms, footnotes, no markup left) and the whole report on one page.
The pages and files made from the data are tested in test_site_build_data.py."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest

from icat_report.text import html

from site_text import page, page_text, read_page, straight

REPORT_PAGES = [
    "",
    "foreword/",
    "who-we-are/",
    "message-from-the-co-chairs/",
    "year-in-review/",
    "year-in-review/coordination/",
    "year-in-review/survivors/",
    "year-in-review/procurement/",
    "year-in-review/intergovernmental-processes/",
    "year-in-review/country-level-outreach/",
    "year-in-review/non-punishment/",
    "year-in-review/organ-removal/",
    "year-ahead/",
    "annex/",
    "acronyms/",
    "members/",
    "priorities/",
    "timeline/",
    "matrix/",
    "cite/",
    "data/",
    "editing/",
    "edition-notes/",
]


@pytest.mark.parametrize("path", REPORT_PAGES)
def test_every_page_of_the_report_is_built_with_a_description(built_site, path):
    description = page(built_site, path).css_first('meta[name="description"]')
    assert description is not None and len(description.attributes.get("content") or "") > 40, (
        f"{path or 'home'} has no meta description of its own"
    )


def test_the_counts_in_the_prose_come_from_the_data(report, built_site):
    assert f"{report.members_total} member entities and {report.partners_total} partners" in page_text(
        built_site, "who-we-are/"
    )
    assert "27 member entities and 3 partners" in page_text(built_site, "who-we-are/")
    assert "three more entities to total now of 30 UN entities" in page_text(built_site, "message-from-the-co-chairs/")
    assert "26 out of the 30 ICAT entities" in page_text(built_site, "year-in-review/coordination/")
    assert "a total of 30 entities" in page_text(built_site, "foreword/")


def test_the_membership_lists_link_every_member_and_partner(built_site):
    links = [href for href, _ in read_page(built_site, "who-we-are/").links if "members/" in href]
    assert len(links) == 30
    assert "../members/unodc/" in links and "../members/sr-cfs/" in links


def test_the_annex_holds_every_highlight_under_its_priority(report, built_site):
    ids = html.ids(page(built_site, "annex/"))
    for priority in report.priorities:
        assert f"priority-{priority.number}" in ids
    text = page_text(built_site, "annex/")
    for activity in report.activities:
        shown = re.sub(r"\[([^\]]+)\]\[[^\]]+\]", r"\1", activity.text).replace("*", "")
        assert " ".join(shown.split())[:50] in " ".join(text.split()), (
            f"highlight {activity.id} is missing from the Annex"
        )


def test_footnotes_are_real_footnotes(built_site):
    content = read_page(built_site, "year-in-review/non-punishment/")
    notes = content.article.css_first("div.footnote")
    assert notes is not None and "fn:non-punishment-definition" in html.ids(notes)
    assert "#fn:non-punishment-definition" in [href for href, _ in content.links]
    assert "https://www.refworld.org/docid/3f1fc60f4.html" in [href for href, _ in html.links(notes)]
    assert len(read_page(built_site, "annex/").article.css("a.footnote-ref")) == 2


def test_the_back_cover_contacts_appear_on_the_home_page(built_site):
    links = [href for href, _ in read_page(built_site, "").links]
    for href in ("http://icat.un.org/", "mailto:icat@un.org", "https://twitter.com/ICAT_News"):
        assert href in links


def test_acronyms_carry_their_expansion_and_are_all_listed(report, built_site):
    article = read_page(built_site, "year-in-review/coordination/").article
    unodc = [abbr for abbr in article.css("abbr") if abbr.text() == "UNODC"]
    expansion = "United Nations Office on Drugs and Crime"
    assert unodc[0].attributes == {"aria-description": expansion, "data-expansion": expansion, "tabindex": "0"}
    assert not article.css("abbr[title]"), "a title would read the expansion into the sentence"
    assert "ICAT's" in page_text(built_site, "year-in-review/coordination/"), "a possessive stays one word"
    stops: dict[str, list[str | None]] = {}
    for abbr in article.css("abbr"):
        stops.setdefault(abbr.text(), []).append(abbr.attributes.get("tabindex"))
    assert max(len(uses) for uses in stops.values()) > 1
    assert all(uses == ["0"] + [None] * (len(uses) - 1) for uses in stops.values()), (
        "only the first use of an acronym takes keyboard focus"
    )
    glossary = read_page(built_site, "acronyms/")
    rows = "".join(glossary.text)
    for acronym in report.acronyms:
        assert acronym.term in rows
    assert not glossary.article.css("abbr"), "the glossary spells every acronym out: no tooltips"


def test_no_text_from_the_data_is_left_as_markup(built_site):
    for path in REPORT_PAGES:
        text = page_text(built_site, path, skip_code=True)
        assert "][" not in text and "{{ " not in text and "{%" not in text and "[^" not in text, (
            f"unrendered markup on {path or 'home'}"
        )


def test_the_print_page_holds_the_whole_report_in_reading_order(built_site):
    parts = [section.id for section in read_page(built_site, "print_page/").article.css("section.whole-report__part")]
    reading = [
        "home",
        "foreword",
        "who-we-are",
        "message-from-the-co-chairs",
        "year-in-review",
        "year-in-review-coordination",
        "year-ahead",
        "annex",
        "acronyms",
    ]
    assert [part for part in parts if part in reading] == reading, parts
    # Pages about the website itself say `print: false`.
    assert "editing" not in parts and "data" not in parts


def test_the_print_page_is_one_document_with_unique_ids_and_one_h1(built_site):
    article = read_page(built_site, "print_page/").article
    ids = [element.id for element in html.elements(article) if element.id]
    assert len(ids) > 50 and len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1][:5]
    assert len(article.css("h1")) == 1
    # A chapter's sections sit one level below it: Coordination is a section of "A year in review".
    assert article.css_first("section#year-in-review > :first-child").tag == "h2"
    assert article.css_first("section#year-in-review-coordination > :first-child").tag == "h3"
    # Every in-page link lands on an id of the page.
    targets = {href[1:] for href, _ in html.links(article) if href.startswith("#")}
    assert targets and targets <= set(ids), sorted(targets - set(ids))[:5]


def test_each_acronym_takes_keyboard_focus_once_on_the_print_page(built_site):
    article = read_page(built_site, "print_page/").article
    stops = Counter(abbr.text() for abbr in article.css("abbr[tabindex]"))
    assert stops["UNODC"] == stops["ICAT"] == 1
    assert set(stops.values()) == {1}, {term: n for term, n in stops.items() if n > 1}


def test_the_print_page_links_to_pages_it_leaves_out(built_site):
    links = [href for href, _ in read_page(built_site, "print_page/").links]
    assert "../members/unodc/" in links  # members' pages are not printed
    assert "#annex" in links  # the home page's link to the Annex, now within the page


def test_search_finds_the_print_page_by_its_title_without_indexing_the_report_twice(built_site):
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    entries = [doc for doc in index["docs"] if doc["location"].startswith("print_page/")]
    assert entries and entries[0]["title"] == "The whole report on one page"
    assert sum(len(doc["text"]) for doc in entries) < 1000


def test_the_notes_on_this_edition_list_every_correction(report, built_site):
    text = page_text(built_site, "edition-notes/")
    for correction in report.corrections:
        assert correction.reason in text
    assert "Virginia Gamba (SRSF-CAAC)" in text and "Virginia Gamba (SRSG-CAAC)" in text
    assert "UN HLCCM Procurement Network Task Force" in text


def test_the_notes_on_this_edition_list_every_reference_without_an_address(report, built_site):
    notes = page(built_site, "edition-notes/")
    items = [" ".join(straight(item.text()).split()) for item in notes.css_first("h2#unlinked ~ ul").css("li")]
    unlinked = [link for link in report.links if not link.url]
    assert unlinked and items == [" ".join(straight(link.title).split()) for link in unlinked]
    assert any("no page of their publisher could be verified" in each.text() for each in notes.css("h2#unlinked ~ p"))


def test_the_notes_on_this_edition_list_every_address_to_the_nearest_page_found(report, built_site):
    """`confidence: candidate`: readers are told which addresses are not certainly the page the report meant."""
    items = page(built_site, "edition-notes/").css_first("h2#nearest ~ ul").css("li")
    nearest = [link for link in report.links if link.url and link.confidence == "candidate"]
    assert nearest and len(items) == len(nearest)
    for link, item in zip(nearest, items, strict=True):
        assert " ".join(straight(item.text()).split()).startswith(" ".join(straight(link.title).split()))
        assert item.css("a")[-1].attributes["href"] == link.url
