"""The 2021 edition (fixtures/edition-2021), loaded: everything the printed report holds is there, as printed."""

from __future__ import annotations

import pytest

from icat_report.edition.printed import printed_text
from icat_report.model.id_rules import follows_activity_id_rule


@pytest.fixture(scope="module")
def source() -> str:
    return printed_text()


def test_the_membership_counts_of_the_report(report):
    assert (report.entities_total, report.members_total, report.partners_total) == (30, 27, 3)
    assert report.joined_total == 3
    assert sorted(m.id for m in report.members if m.joined == 2021) == ["osrsg-caac", "osrsg-vac", "sr-cfs"]
    assert [m.short_name for m in report.entities("partner")] == ["CoE", "SR on TIP", "SR on CFS"]


def test_the_six_priorities_of_the_action_plan(report, source):
    assert [p.number for p in report.priorities] == [1, 2, 3, 4, 5, 6]
    for priority in report.priorities:
        assert f"PRIORITY #{priority.number}\n\n{priority.title}" in source


def test_every_highlight_of_the_annex(report, source):
    # The Annex's top-level bullets (58 lines starting "- " between PRIORITY #1 and
    # the back cover) hold 37 highlights once nested points, the split Turquesa item
    # and the wrongly nested SR on TIP item are counted as the report means them.
    per_priority = [len(report.activities_under(n)) for n in range(1, 7)]
    assert per_priority == [8, 5, 7, 9, 2, 6]
    annex = source[source.index("PRIORITY #1") :]
    for activity in report.activities:
        assert activity.priority in range(1, 7)
        owner = report.member(activity.members[0])
        names = {owner.name, owner.acronym, owner.label, "Special Rapporteur", "Interpol", "UNPOL", "CoE"}
        assert any(name and name in activity.text for name in names) or "WeProtect" in activity.text, activity.id
    assert annex.count("\n- ") >= len(report.activities)


def test_every_dated_event(report):
    assert len(report.events) == 51
    assert sum(1 for e in report.events if e.planned) == 12
    assert len({e.id for e in report.events}) == len(report.events), "two events share an id"
    dates = {str(e.date) for e in report.events}
    assert {e.date.start.year for e in report.events} == {2020, 2021, 2022}
    assert {"2021-06-15", "2021-06-30", "2021-07-30", "2021-11-22/2021-11-23", "2021-12-07", "2022-02"} <= dates


def test_captions_footnotes_acronyms_and_links(report):
    assert len(report.photos) == 7 and len(report.footnotes) == 3
    assert [len(p.people) for p in report.photos] == [1, 5, 17, 9, 8, 1, 6]
    terms = [a.term for a in report.acronyms]
    assert terms[:3] == ["CoE", "CBSS", "CTED"] and len(terms) == len(set(terms))
    with_address = [link for link in report.links if link.url]
    assert len(with_address) >= 35


def test_every_link_says_how_its_address_was_found(report):
    """The references the site shows without a link (Notes on this edition) are the links found nowhere."""
    assert all(link.confidence for link in report.links)
    without_address = {link.id for link in report.links if not link.url}
    assert without_address == {link.id for link in report.links if link.confidence == "not-found"}
    candidates = [link for link in report.links if link.confidence == "candidate"]
    assert candidates and all(link.note for link in candidates)  # the note says what the page is


def test_every_highlight_id_follows_the_rule(report):
    assert all(follows_activity_id_rule(a.id, a.priority, a.members) for a in report.activities)
