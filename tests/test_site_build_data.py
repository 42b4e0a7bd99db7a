"""The real site, built strictly: the pages and files made from the data (a page per member and
priority, the timeline, the matrix, the downloads, the data page, the citation, the search index,
the published schemas)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import subprocess
import sys

import pytest

from icat_report.render.common import number_in_words
from icat_report.text import html

from projects import ROOT
from site_text import html_of, matrix_cell, matrix_row, page, page_text, read_page


def test_a_page_for_every_member_partner_and_priority(report, built_site):
    member_pages = sorted(p.parent.name for p in (built_site / "members").glob("*/index.html"))
    assert member_pages == sorted(m.id for m in report.members)
    priority_pages = sorted(p.parent.name for p in (built_site / "priorities").glob("*/index.html"))
    assert priority_pages == sorted(p.id for p in report.priorities)
    overview = [href for href, _ in read_page(built_site, "members/").links]
    assert all(f"{m.id}/" in overview for m in report.members)


def test_a_member_page_tells_everything_about_the_member(built_site):
    text = page_text(built_site, "members/unicef/")
    # It opens with its identity: its monogram, its role, its name and acronym, the priorities it reported under.
    assert text.startswith("UNICEF\nMember entity of ICAT\nUnited Nations Children's Fund (UNICEF)\n")
    chips = "Priority 3\u00a0\u00b7 Rights-based approach Priority 6\u00a0\u00b7 Partnerships"
    assert f"Its work in the Annex, by priority: {chips}" in text
    assert "Priority 3: Ensuring a rights-based approach" in text and "Reimagine Justice for Children Agenda" in text
    assert "Priority 6: Systematizing cooperation" in text and "WeProtect Global Alliance" in text
    assert "Priority 1" not in text and "Priority #" not in text
    # The chapters whose photos picture its people, by name, once each.
    pictured = "In the report's photographs\nIn these chapters of the printed report:\nCoordination: Sanjay Wijesekera"
    assert pictured in text
    assert "in a photo caption" not in text
    assert "Mentioned in the report" in text
    partner = page_text(built_site, "members/sr-cfs/")
    assert partner.startswith("SR on CFS\nPartner of ICAT since 2021\n")
    co_chair = page_text(built_site, "members/unhcr/")
    assert co_chair.startswith("UNHCR\nMember entity of ICAT · Co\u2011Chair in 2021\n")
    chips = page(built_site, "members/unicef/").css("article a.icat-chip")
    assert [(a.attributes["href"], a.attributes["data-priority"]) for a in chips] == [
        ("#priority-3", "3"),
        ("#priority-6", "6"),
    ]


def test_a_priority_page_groups_its_highlights_by_member(report, built_site):
    page = read_page(built_site, "priorities/discouraging-demand/")
    text = page_text(built_site, "priorities/discouraging-demand/")
    # It opens with its identity: number, colour and icon (data-priority), title, tagline.
    assert text.startswith(
        "ICAT Action Plan · Priorities\nPriority 5: Discouraging demand\n"
    )  # the number once, in the title
    assert "\nFrom recognition to systemic responses\n" in text
    assert page.article.css_first("h1").attributes["data-priority"] == "5"
    assert page.article.css_first("p.icat-kicker").attributes["data-priority"] == "5"
    headings = [h2.attributes["id"] for h2 in page.article.css("h2[id]")]
    owners = list(dict.fromkeys(m for a in report.activities_under(5) for m in a.members))
    assert headings[: len(owners)] == owners
    assert "../../members/osce/" in [href for href, _ in page.links]
    # It opens with a sentence, not a count of records ("7 highlights from 7 entities").
    who = f"{number_in_words(len(owners)).capitalize()} entities"
    lead = f"{who} reported work under this priority in the Annex of the report."
    assert f"\n{lead}\n" in text and "highlights from" not in text
    assert ("../../annex/#priority-5", "Annex") in page.links
    # Under each entity's heading, a link to its page that reads well for any short name.
    entity_links = [html.links(p)[0] for p in page.article.css("p.icat-entity-link")]
    assert entity_links == [(f"../../members/{m}/", f"About {report.member(m).short_name}") for m in owners], (
        entity_links
    )
    # Its events dated by year only follow a bold lead that keeps its anchor; "On this page" lists sections only.
    undated = page.article.css_first("#events-undated")
    assert undated.tag == "p" and undated.text() == "Month not stated"
    on_this_page = [
        a.text().strip()
        for a in html.document(html_of(built_site, "priorities/discouraging-demand/")).css("nav.md-nav--secondary a")
    ]
    assert "Events" in on_this_page and "Month not stated" not in on_this_page


def test_the_timeline_lists_every_event_in_order_with_its_precision(report, built_site):
    article = read_page(built_site, "timeline/").article
    items = article.css('li[id^="event-"]')
    assert sorted(li.attributes["id"] for li in items) == sorted(f"event-{e.id}" for e in report.events)
    text = {li.attributes["id"]: " ".join(li.text().split()) for li in items}
    assert text["event-ga-high-level-meeting-2021"].startswith("22\u201323 High-Level Meeting")
    day = next(e for e in report.events if e.date.start.day and not e.date.end)
    assert text[f"event-{day.id}"].startswith(f"{day.date.start.day} {day.title}")
    months = [h.text().replace("\u00b6", "").strip() for h in article.css("h3")]
    dated = [m for m in months if m != "Month not stated"]
    parsed = [dt.datetime.strptime(m, "%B %Y") for m in dated]
    assert parsed == sorted(parsed), "month headings are out of order"
    assert len(set(dated)) == len(dated), "a month named twice"
    assert "Month not stated" in months
    planned = [t for t in text.values() if t.endswith("(planned).")]
    assert len(planned) == sum(1 for e in report.events if e.planned)


def test_the_matrix_is_an_accessible_table_with_a_cell_per_member_and_priority(report, built_site):
    figure = page(built_site, "matrix/").css_first("figure.icat-grid")
    table = figure.css_first(".icat-matrix table")
    title = figure.css_first("figcaption")
    assert table.attributes["aria-labelledby"] == title.attributes["id"] and title.text().strip(), "named by its title"
    assert len(table.css('th[scope="col"]')) == 1 + len(report.priorities)  # no totals column
    assert len(table.css('th[scope="row"]')) == len(report.members) + 1
    osce_row = matrix_row(table, "../members/osce/", "OSCE")
    expected = [sum(1 for a in report.activities_under(p.number) if "osce" in a.members) for p in report.priorities]
    cells = osce_row.css("td")
    assert [matrix_cell(cell) for cell in cells] == [str(n) if n else "" for n in expected]
    assert "../priorities/discouraging-demand/#osce" in [href for href, _ in html.links(osce_row)]


# The Annex's entries are "highlights" on every page, so their downloads are named so; the editors' file is not.
@pytest.mark.parametrize(
    ("dataset", "name"),
    [("members", "members"), ("priorities", "priorities"), ("activities", "highlights"), ("events", "events")],
)
def test_the_downloads_equal_the_data(report, built_site, dataset, name):
    records = json.loads((built_site / "downloads" / f"{name}.json").read_text(encoding="utf-8"))
    rows = list(csv.DictReader(io.StringIO((built_site / "downloads" / f"{name}.csv").read_text(encoding="utf-8"))))
    expected = len(getattr(report, dataset))
    assert len(records) == len(rows) == expected
    schema = json.loads((built_site / "downloads" / "schemas" / f"{dataset}.schema.json").read_text(encoding="utf-8"))
    assert schema["title"] == f"data/{dataset}.yaml"
    links = read_page(built_site, "data/").links
    assert (f"../downloads/{name}.csv", f"{name}.csv") in links and (
        f"../downloads/{name}.json",
        f"{name}.json",
    ) in links
    assert not (built_site / "downloads" / "activities.json").exists()


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


def test_the_search_index_holds_the_generated_pages(built_site):
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = {doc["location"] for doc in index["docs"]}
    assert {"members/unodc/", "priorities/evidence-base/", "timeline/"} <= locations


def test_the_site_publishes_the_committed_schemas(built_site):
    for committed in sorted((ROOT / "schemas").glob("*.schema.json")):
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
