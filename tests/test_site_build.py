"""The real site, built strictly: the report's pages, its computed counts, its data pages."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import subprocess
import sys
from collections import Counter

import pytest

from icat_report import load_report
from icat_report.page import html

from conftest import DATA, DOCS
from site_text import matrix_cell, matrix_row, page, page_text, read_page

REPORT = load_report(DATA, DOCS)

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


def test_the_counts_in_the_prose_come_from_the_data(built_site):
    assert f"{REPORT.members_total} member entities and {REPORT.partners_total} partners" in page_text(
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


def test_the_annex_holds_every_highlight_under_its_priority(built_site):
    ids = html.ids(page(built_site, "annex/"))
    for priority in REPORT.priorities:
        assert f"priority-{priority.number}" in ids
    text = page_text(built_site, "annex/")
    for activity in REPORT.activities:
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


def test_acronyms_carry_their_expansion_and_are_all_listed(built_site):
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
    for acronym in REPORT.acronyms:
        assert acronym.term in rows
    assert not glossary.article.css("abbr"), "the glossary spells every acronym out: no tooltips"


def test_no_text_from_the_data_is_left_as_markup(built_site):
    for path in REPORT_PAGES:
        text = page_text(built_site, path, skip_code=True)
        assert "][" not in text and "{{ " not in text and "{%" not in text and "[^" not in text, (
            f"unrendered markup on {path or 'home'}"
        )


def test_a_page_for_every_member_partner_and_priority(built_site):
    member_pages = sorted(p.parent.name for p in (built_site / "members").glob("*/index.html"))
    assert member_pages == sorted(m.id for m in REPORT.members)
    priority_pages = sorted(p.parent.name for p in (built_site / "priorities").glob("*/index.html"))
    assert priority_pages == sorted(p.id for p in REPORT.priorities)
    overview = [href for href, _ in read_page(built_site, "members/").links]
    assert all(f"{m.id}/" in overview for m in REPORT.members)


def test_a_member_page_tells_everything_about_the_member(built_site):
    text = page_text(built_site, "members/unicef/")
    assert text.startswith("United Nations Children's Fund (UNICEF)")
    assert "A member entity of ICAT." in text
    assert "Priority #3: Ensuring a rights-based approach" in text and "Reimagine Justice for Children Agenda" in text
    assert "Priority #6: Systematizing cooperation" in text and "WeProtect Global Alliance" in text
    assert "Priority #1" not in text
    assert "Sanjay Wijesekera, in a photo caption" in text
    assert "Where the report mentions it" in text
    partner = page_text(built_site, "members/sr-cfs/")
    assert "A partner of ICAT, since 2021." in partner
    co_chair = page_text(built_site, "members/unhcr/")
    assert "co-chair of ICAT in 2021" in co_chair


def test_a_priority_page_groups_its_highlights_by_member(built_site):
    page = read_page(built_site, "priorities/discouraging-demand/")
    text = page_text(built_site, "priorities/discouraging-demand/")
    assert text.startswith("Priority #5: Discouraging demand")
    assert "From recognition to systemic responses" in text
    headings = [h2.attributes["id"] for h2 in page.article.css("h2[id]")]
    owners = list(dict.fromkeys(m for a in REPORT.activities_under(5) for m in a.members))
    assert headings[: len(owners)] == owners
    assert "../../members/osce/" in [href for href, _ in page.links]


def test_the_timeline_lists_every_event_in_order_with_its_precision(built_site):
    text = page_text(built_site, "timeline/")
    lines = [
        line for line in text.splitlines() if re.match(r"^(\d{1,2}(\u2013\d{1,2})? )?([A-Z][a-z]+ )?\d{4}: ", line)
    ]
    assert len(lines) == len(REPORT.events)
    assert "22\u201323 November 2021: " in text
    assert "15 June 2021: " in text and "June 2022: " in text
    months = re.findall(
        r"^(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$", text, re.M
    )
    parsed = [dt.datetime.strptime(m, "%B %Y") for m in months]
    assert parsed == sorted(parsed), "month headings are out of order"
    planned = [line for line in lines if "planned;" in line]
    assert len(planned) == sum(1 for e in REPORT.events if e.planned)
    assert all(re.search(r"2022", line) for line in planned)


def test_the_matrix_is_an_accessible_table_with_a_cell_per_member_and_priority(built_site):
    table = page(built_site, "matrix/").css_first(".icat-matrix table")
    assert table.css_first("caption") is not None
    assert len(table.css('th[scope="col"]')) == 1 + len(REPORT.priorities) + 1
    assert len(table.css('th[scope="row"]')) == len(REPORT.members) + 1
    osce_row = matrix_row(table, "../members/osce/", "OSCE")
    expected = [sum(1 for a in REPORT.activities_under(p.number) if "osce" in a.members) for p in REPORT.priorities]
    *cells, total = osce_row.css("td")
    assert [matrix_cell(cell) for cell in cells] == [str(n) if n else "" for n in expected]
    assert total.text() == str(sum(expected))
    assert "../priorities/discouraging-demand/#osce" in [href for href, _ in html.links(osce_row)]


@pytest.mark.parametrize("dataset", ["members", "priorities", "activities", "events"])
def test_the_downloads_equal_the_data(built_site, dataset):
    records = json.loads((built_site / "downloads" / f"{dataset}.json").read_text(encoding="utf-8"))
    rows = list(csv.DictReader(io.StringIO((built_site / "downloads" / f"{dataset}.csv").read_text(encoding="utf-8"))))
    expected = len(getattr(REPORT, dataset))
    assert len(records) == len(rows) == expected
    schema = json.loads((built_site / "downloads" / "schemas" / f"{dataset}.schema.json").read_text(encoding="utf-8"))
    assert schema["title"] == f"data/{dataset}.yaml"
    assert f"../downloads/{dataset}.csv" in [href for href, _ in read_page(built_site, "data/").links]


def test_the_data_page_explains_each_field(built_site):
    text = page_text(built_site, "data/")
    for field in ("participants_qualifier", "told_in", "listed_as", "shift", "involved"):
        assert field in text


def test_the_citation_offers_plain_text_and_bibtex(built_site):
    text = page_text(built_site, "cite/")
    assert (
        "Inter-Agency Coordination Group against Trafficking in Persons (ICAT). Chairs' Annual Report 2021. United "
        "Nations, 2022." in text
    )
    assert "@techreport{icat2021," in text


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


def test_the_search_index_holds_the_generated_pages(built_site):
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = {doc["location"] for doc in index["docs"]}
    assert {"members/unodc/", "priorities/evidence-base/", "timeline/"} <= locations


def test_the_notes_on_this_edition_list_every_correction(built_site):
    text = page_text(built_site, "edition-notes/")
    for correction in REPORT.corrections:
        assert correction.reason in text
    assert "Virginia Gamba (SRSF-CAAC)" in text and "Virginia Gamba (SRSG-CAAC)" in text
    assert "UN HLCCM Procurement Network Task Force" in text


def test_the_site_publishes_the_committed_schemas(built_site):
    for committed in sorted((DATA.parent / "schemas").glob("*.schema.json")):
        published = built_site / "downloads" / "schemas" / committed.name
        assert published.read_text(encoding="utf-8") == committed.read_text(encoding="utf-8")


def test_a_missing_schema_file_stops_the_build_and_says_how_to_fix_it(project_copy, tmp_path):
    (project_copy / "schemas" / "events.schema.json").unlink()
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(tmp_path / "site")],
        cwd=project_copy,
        capture_output=True,
        text=True,
    )
    output = result.stdout + result.stderr
    assert result.returncode != 0 and "Traceback" not in output
    assert "schemas/events.schema.json missing: run `make schemas`" in output
    assert not (tmp_path / "site").exists(), "no half-built site"
