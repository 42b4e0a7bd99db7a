"""Renderers on the small fixture data: data in, Markdown fragments out (no MkDocs)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from icat_report import load_project
from icat_report.finish.page_text import complete_page
from icat_report.model.dates import PartialDate
from icat_report.render import browse_pages, grid, report_parts
from icat_report.render.common import href_from, number_in_words, url_href_from

MINIMAL = Path(__file__).parent / "fixtures" / "minimal"


@pytest.fixture(scope="module")
def report():
    """The minimal fixture's report, loaded when a test asks for it (not at import)."""
    return load_project(MINIMAL / "data", MINIMAL / "docs").report


def test_relative_links_follow_the_page():
    assert href_from("who-we-are.md")("members/unodc.md") == "members/unodc.md"
    assert href_from("year-in-review/coordination.md")("members/unodc.md#events") == "../members/unodc.md#events"
    assert url_href_from("matrix.md")("priorities/core-drivers.md#unodc") == "../priorities/core-drivers/#unodc"
    assert url_href_from("index.md")("members/unodc.md") == "members/unodc/"


def test_members_list_prints_labels_in_order_with_links(report):
    assert report_parts.members_list(report, "member", href_from("who-we-are.md")) == (
        "- [United Nations Office on Drugs and Crime (UNODC)](members/unodc.md)\n"
        "- [United Nations High Commissioner for Refugees (UNHCR)](members/unhcr.md)"
    )
    assert (
        report_parts.members_list(report, "partner", href_from("who-we-are.md"))
        == "- [Council of Europe](members/coe.md)"
    )


def test_photo_caption_is_one_quiet_line_of_names_without_links(report):
    caption = report_parts.photo_caption(report, "meeting", href_from("year-in-review/coordination.md"))
    # No image in the data: one quiet line that keeps every word the report printed, its agencies unlinked.
    assert caption == (
        "Photo not reproduced: "
        "From left: Ghada Waly (UNODC), H.E. Enrique Manalo (Philippines).\n"
        "{ .photo-caption #photo-meeting }"
    )


def test_a_photo_with_its_image_shows_it_with_its_caption_alt_text_and_credit(report):
    photo = report.photo("meeting").model_copy(
        update={"image": "assets/photos/meeting.jpg", "alt": "Two speakers on a stage", "credit": "© UNODC"}
    )
    restored = dataclasses.replace(report, photos=(photo,))
    figure = report_parts.photo_caption(restored, "meeting", href_from("year-in-review/coordination.md"))
    assert figure.startswith('<figure class="photo" id="photo-meeting" markdown="1">')
    assert "![Two speakers on a stage](../assets/photos/meeting.jpg)" in figure
    assert "From left: Ghada Waly (UNODC), H.E. Enrique Manalo (Philippines). © UNODC" in figure
    assert "not reproduced" not in figure


def test_annex_renders_priorities_highlights_and_points(report):
    annex = report_parts.annex(report, href_from("annex.md"))
    assert annex.startswith(
        '## Priority #1: Building the evidence base { #priority-1 .icat-priority-mark data-priority="1" }\n\n'
        "*A shift from awareness towards impact*\n"
    )
    assert (
        "- **UNODC** published the [Global "
        "Report](https://sherloc.unodc.org/cld/en/bibliography/2020/"
        "global_report_on_trafficking_in_persons.html?lng=en) "
        "and worked on SGBV.[^iraq]\n    - A first point.\n    - A second point with *emphasis*."
    ) in annex
    # A link without a known address is shown as its words, marked with its id.
    assert (
        '- UNHCR conducted research under the <span class="icat-unlinked" data-link="action-plan">'
        "ICAT Action Plan</span>." in annex
    )


def test_a_priority_page_opens_with_a_sentence_for_any_number_of_entities():
    annex = "../../annex.md#priority-1"
    assert browse_pages._priority_lead(0, annex) == (
        f"No entity reported work under this priority in the [Annex]({annex}) of the report."
    )
    assert browse_pages._priority_lead(1, annex).startswith("One entity reported work under this priority")
    assert browse_pages._priority_lead(7, annex).startswith("Seven entities reported")
    assert browse_pages._priority_lead(30, annex).startswith("30 entities reported")


def test_acronyms_table_takes_member_names(report):
    table = report_parts.acronyms_table(report, href_from("acronyms.md"))
    assert "| [UNODC](members/unodc.md) | United Nations Office on Drugs and Crime |" in table
    assert "| SGBV | sexual and gender-based violence |" in table


def test_dates_keep_their_precision():
    assert PartialDate.parse("2021-06-30").label() == "30 June 2021"
    assert PartialDate.parse("2021-06").label() == "June 2021"
    assert PartialDate.parse("2022").label() == "2022"
    assert PartialDate.parse("2021-11-22/2021-11-23").label() == "22\u201323 November 2021"
    keys = [PartialDate.parse(d).sort_key for d in ("2021-06", "2021-06-30", "2021", "2021-01")]
    assert sorted(keys) == [PartialDate.parse(d).sort_key for d in ("2021-01", "2021-06-30", "2021-06", "2021")]


def test_timeline_groups_by_month_and_marks_planned(report):
    timeline = browse_pages.timeline(report, href_from("timeline.md"))
    assert (
        timeline.index("### January 2021")
        < timeline.index("### June 2021")
        < timeline.index("### November 2021")
        < timeline.index("### February 2022")
    )
    # Under its month's heading an event gives its day only; its id is where its mark in the chart leads.
    assert (
        "- **30** [Expert Roundtable](year-in-review/coordination.md). Roundtable, organised by "
        "[UNODC](members/unodc.md) and Argentina, with approximately 130 participants.\n  { #event-" in timeline
    )
    assert (
        "- [Regional Consultation](year-in-review/coordination.md). Consultation (planned).\n"
        "  { #event-regional-consultation }" in timeline
    )


def test_member_page_sections(report):
    page = browse_pages.member_page(report, "unodc", href_from("members/unodc.md"))
    band = '<div class="icat-band icat-band--member" markdown="1">\n<div class="icat-band__icon icat-band__monogram"'
    assert page.startswith(band + ' data-letters="5" aria-hidden="true">UNODC</div>')
    assert page[page.index("</div>\n\n") + 8 :].startswith(
        "Member entity of ICAT · Co\u2011Chair in 2021 and 2022\n{ .icat-kicker }\n\n"
        "# United Nations Office on Drugs and Crime (UNODC)\n\n"
        "Its work in the Annex, by priority: "
        '[Priority 1<span class="icat-chip__name">\u00a0\u00b7 Building the evidence base</span>]'
        "(#priority-1)"
        '{ .icat-chip data-priority="1" }'
    )
    assert '### Priority 1: Building the evidence base { #priority-1 .icat-priority-mark data-priority="1" }' in page
    assert (
        "## Joint work with other entities { #taking-part }\n\n- With [UNHCR](unhcr.md), under [Priority 2: "
        'Addressing the core drivers](../priorities/core-drivers.md){ .icat-priority-mark data-priority="2" }' in page
    )
    # The chapters that picture its people: each once, by its name, with the names.
    assert "- [year-in-review/coordination](../year-in-review/coordination.md#photo-meeting): Ghada Waly" in page
    titled = browse_pages.member_page(
        report, "unodc", href_from("members/unodc.md"), [("year-in-review/coordination.md", "Coordination")]
    )
    assert "- [Coordination](../year-in-review/coordination.md#photo-meeting): Ghada Waly" in titled


def test_matrix_marks_rows_and_columns_as_headers(report):
    table = grid.matrix(report, url_href_from("matrix.md"))
    assert (
        '<tr><th scope="row"><a href="../members/unodc/">UNODC</a></th><td data-level="1"><a '
        'href="../priorities/evidence-base/#unodc" aria-label="1 highlight of UNODC under priority 1">1</a></td>'
        in table
    )


def test_complete_page_resolves_links_and_adds_footnotes(report):
    markdown, problems = complete_page(
        "See [the plan][action-plan] and [GLOTiP][glotip-2020].[^iraq] UNODC `[x][y]`", report, "docs/x.md"
    )
    assert problems == []
    plan = '<span class="icat-unlinked" data-link="action-plan">the plan</span>'  # no address: its words, marked
    assert markdown.startswith(f"See {plan} and [GLOTiP](https://sherloc.unodc.org/")
    assert "`[x][y]`" in markdown
    assert f"[^iraq]: A footnote about {plan}." in markdown
    assert "*[" not in markdown, "acronyms come from the abbr glossary, set once for the build"


def test_complete_page_reports_unknown_ids_at_their_line(report):
    source = "# Title\n\nText with [words][no-such-link] and a note.[^nope]\n"
    _, problems = complete_page(source.replace("# Title\n\n", ""), report, "docs/x.md", lambda: source)
    assert [str(p) for p in problems] == [
        "docs/x.md:3:19: link 'no-such-link' is not defined in data/links.yaml; add it there or fix the id",
        "docs/x.md:3:46: footnote 'nope' is not defined in data/footnotes.yaml; add it there or fix the id",
    ]


def test_counts_in_words():
    assert number_in_words(3) == "three" and number_in_words(12) == "twelve" and number_in_words(31) == "31"


def test_relative_paths_match_posixpath_relpath():
    import posixpath

    from icat_report.text.urls import relative_path

    cases = [
        ("members/unodc.md", "year-in-review"),
        ("members/unodc.md", ""),
        ("annex.md", "members"),
        ("year-in-review/a.md", "year-in-review"),
        ("a/b/c", "a/d/e"),
        ("", "a"),
        ("a", "a"),
        ("/x/", "/print_page/"),
    ]
    for path, start in cases:
        assert relative_path(path, start) == posixpath.relpath(path or ".", start or "."), (path, start)


def test_citation_gives_a_reference_and_a_fenced_bibtex_entry(report):
    citation = browse_pages.citation(report, "https://example.org/report/")
    assert citation.startswith(
        "**Reference**\n\nInter-Agency Coordination Group against Trafficking in Persons (ICAT). "
        "*Chairs' Annual Report 2021*. United Nations, 2022. https://example.org/report/\n"
    )
    assert "```bibtex\n@techreport{icat2021,\n  author      = {{Inter-Agency Coordination Group" in citation
    assert "  note        = {Co-chaired in 2021 by UNODC and UNHCR}\n}\n```" in citation


def test_generated_pages_give_title_and_description_as_safe_front_matter(report):
    import yaml

    from icat_report.render.generated import generated_pages

    mentions = {"unodc": [("foreword.md", "Foreword")]}
    page = generated_pages(report, mentions)["members/unodc.md"]
    front = yaml.safe_load(page.split("---\n")[1])
    assert front["title"] == "United Nations Office on Drugs and Crime (UNODC)"
    assert front["description"].startswith("What UNODC did in 2021 against trafficking in persons")
    # Final Markdown, the member page's own (as the member_page macro renders it), which no template reads.
    assert front["render_macros"] is False
    body = page.split("---\n", 2)[2]
    assert (
        body.strip()
        == browse_pages.member_page(report, "unodc", href_from("members/unodc.md"), mentions["unodc"]).strip()
    )
    assert "{{" not in body and "[Foreword](../foreword.md)" in body


def test_a_page_header_names_the_whole_the_page_belongs_to_and_numbers_the_reports_chapters():
    from icat_report.render.page_header import Place, with_page_header

    report = "Chairs' Annual Report 2021"
    band = "{ .icat-kicker .icat-kicker--report .icat-web-only }"
    page = "---\ntitle: x\n---\n\n# Using procurement practices\n\nText with # a hash.\n"
    # A section's kicker is its numbered chapter (escaped: not an ordered list), the title keeps its own number.
    section = with_page_header(page, Place("A year in review", 3, 7, "4.3"), None, report)
    assert section.endswith(
        f"4\\. A year in review\n{band}\n\n# 4.3 Using procurement practices\n\nText with # a hash.\n"
    )
    # A chapter's kicker is the report's title: the number is said once, in the title.
    chapter = with_page_header("# Foreword\n", Place("The report", 1, 6, "1"), None, report)
    assert chapter == f"Chairs' Annual Report 2021\n{band}\n\n# 1. Foreword\n"
    assert " of 6" not in chapter and " of 7" not in section
    # An appendix (the acronyms) is the report's reference matter, unnumbered.
    appendix = with_page_header("# Acronyms\n", Place("The report", 0, 0), None, report)
    assert appendix == f"Chairs' Annual Report 2021 · Reference\n{band}\n\n# Acronyms\n"
    # A page outside the report's chapters says what it is for, without a page counter.
    browse = with_page_header("# Timeline\n", Place("Explore", 3, 4), None, report)
    assert browse == f"Explore the report\n{band}\n\n# Timeline\n"
    # A page outside the navigation with its own kicker (front matter `kicker:`) gets it, escaped; without one,
    # or without a title, a page is left as it is.
    about = with_page_header("# Cite this report\n", None, "About *this* edition", report)
    assert about == f"About \\*this\\* edition\n{band}\n\n# Cite this report\n"
    assert with_page_header("# Member\n", None, None, report) == "# Member\n"
    assert with_page_header("No title here.\n", Place("Browse", 1, 4), None, report) == "No title here.\n"


def test_an_event_reads_as_a_sentence_and_year_only_events_come_under_their_own_heading(report):
    planned = next(e for e in report.events if e.planned)
    line = browse_pages.event_line(report, planned, lambda target: target)
    assert line.endswith(" (planned).") and ";" not in line and "**planned**" not in line
    member = report.members[0]
    year_only = report.events[0].model_copy(
        update={
            "id": "year-only",
            "title": "Year-only event",
            "date": PartialDate.parse("2021"),
            "organisers": [member.id],
        }
    )
    dated = report.events[0].model_copy(
        update={
            "id": "dated",
            "title": "Dated event",
            "date": PartialDate.parse("2021-12-07"),
            "organisers": [member.id],
        }
    )
    report = dataclasses.replace(report, events=(year_only, dated))
    page = browse_pages.member_page(report, member.id, lambda target: target)
    events = page[page.index("## Events") :]
    undated = events.index("**Month not stated**\n{ #events-undated }")
    assert len(report.events_of(member.id)) == 2
    for event in report.events_of(member.id):
        at = events.index(f"[{event.title}]")
        assert (at > undated) == (not event.date.start.month), event.id
