"""What the order of the entries of each data file decides, as data/FILE's `order` sentence says it
(model/files.py, shown in the editors' guide): the entries reversed, each output the sentence names
changes, and the outputs it says keep their own order do not."""

from __future__ import annotations

import dataclasses
import re

import pytest

from icat_report.finish.page_text import complete_page
from icat_report.model.files import DATA_FILES
from icat_report.render import browse_pages, directory, grid, home, report_parts
from icat_report.render.common import href_from, url_href_from
from icat_report.render.export import records

HREF, URL_HREF = href_from("x.md"), url_href_from("x.md")


def _reversed(report, attribute):
    return dataclasses.replace(report, **{attribute: tuple(reversed(getattr(report, attribute)))})


def _dates_reversed(report):
    """The events with their dates in reverse order, those of one date kept in the file's order among themselves."""
    by_date: dict = {}
    for event in report.events:
        by_date.setdefault(event.date.sort_key, []).append(event)
    return dataclasses.replace(report, events=tuple(e for group in reversed(by_date.values()) for e in group))


def _member_pages(report):
    return [browse_pages.member_page(report, m.id, HREF) for m in report.members]


def _annex_with_notes(report):
    page = complete_page(report_parts.annex(report, HREF), report, "docs/annex.md")[0]
    assert len(re.findall(r"^\[\^[\w-]+\]:", page, re.M)) >= 2  # notes whose order could change
    return page


# file -> (the report's attribute, outputs that follow the file's order, outputs that do not)
OUTPUTS = {
    "members.yaml": (
        "members",
        {
            "membership lists": lambda r: report_parts.members_list(r, "member", HREF),
            "directory of entities": lambda r: directory.entities_overview(r, HREF, URL_HREF),
            "downloads": lambda r: records(r, "members"),
        },
        {"grid rows (by the names shown)": lambda r: grid.matrix(r, URL_HREF)},
    ),
    "priorities.yaml": (
        "priorities",
        {
            "Annex": lambda r: report_parts.annex(r, HREF),
            "home page": lambda r: home.priority_cards(r, HREF),
            "Priorities page": lambda r: browse_pages.priorities_overview(r, HREF, URL_HREF),
            "matrix columns": lambda r: grid.matrix(r, URL_HREF),
            "downloads": lambda r: records(r, "priorities"),
        },
        {},
    ),
    "links.yaml": (
        "links",
        {
            "references without an address": report_parts.unlinked_references,
            "nearest pages": report_parts.nearest_pages,
        },
        {"Annex": lambda r: report_parts.annex(r, HREF), "member pages": _member_pages},
    ),
    "acronyms.yaml": ("acronyms", {"acronyms table": lambda r: report_parts.acronyms_table(r, HREF)}, {}),
    "footnotes.yaml": (
        "footnotes",
        {},
        {"a page's notes": _annex_with_notes},
    ),
    "photos.yaml": ("photos", {"member pages": _member_pages}, {}),
    "activities.yaml": (
        "activities",
        {
            "Annex": lambda r: report_parts.annex(r, HREF),
            "member pages": _member_pages,
            "priority pages": lambda r: [browse_pages.priority_page(r, p.id, HREF) for p in r.priorities],
            "downloads": lambda r: records(r, "activities"),
        },
        {},
    ),
    "events.yaml": (
        "events",
        {"downloads": lambda r: records(r, "events")},
        {
            "timeline": lambda r: browse_pages.timeline(r, HREF),
            "member pages": _member_pages,
            "priority pages": lambda r: [browse_pages.priority_page(r, p.id, HREF) for p in r.priorities],
        },
    ),
    "corrections.yaml": ("corrections", {"Notes on this edition": lambda r: report_parts.corrections(r, HREF)}, {}),
}


def test_every_list_file_says_what_its_order_decides():
    assert set(OUTPUTS) == {spec.name for spec in DATA_FILES if spec.is_list}
    for spec in DATA_FILES:
        assert bool(spec.order) == spec.is_list, spec.name
        if spec.is_list:
            ordered = OUTPUTS[spec.name][1]
            assert spec.order.startswith("The order matters" if ordered else "The order does not matter")


@pytest.mark.parametrize("name", sorted(OUTPUTS))
def test_the_order_decides_what_the_guide_says(report, name):
    attribute, ordered, unordered = OUTPUTS[name]
    # Events of one date keep the file's order (tested below): here only the dates' order turns.
    turned = _dates_reversed(report) if name == "events.yaml" else _reversed(report, attribute)
    for what, render in ordered.items():
        assert render(turned) != render(report), f"{name}: reversing it should change the {what}"
    for what, render in unordered.items():
        assert render(turned) == render(report), f"{name}: reversing it should not change the {what}"


def test_events_of_one_date_keep_the_files_order(report):
    by_date: dict = {}
    for event in report.events:
        by_date.setdefault(event.date.sort_key, []).append(event)
    shared = next(group for group in by_date.values() if len(group) > 1)
    first, second = shared[0], shared[1]
    swapped = [second if e is first else first if e is second else e for e in report.events]
    timeline = browse_pages.timeline(dataclasses.replace(report, events=tuple(swapped)), HREF)
    assert timeline.index(second.title) < timeline.index(first.title)
    assert browse_pages.timeline(report, HREF).index(first.title) < browse_pages.timeline(report, HREF).index(
        second.title
    )
