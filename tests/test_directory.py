"""The members page's directory (render/directory.py), as HTML from data (no MkDocs): the entities in the
membership list's order under their group's heading, each with the priorities of its work and no count."""

from __future__ import annotations

import re

from icat_report.render import directory as render_directory
from icat_report.render.browse_pages import member_title
from icat_report.render.common import url_href_from
from icat_report.text import html


def test_the_members_page_is_a_directory_in_membership_order_without_counts(report):
    directory = html.document(render_directory.entities_overview(report, str, url_href_from("members.md")))
    entries = directory.css("li.icat-directory__entry")
    # The members, then the partners, each in the membership list's order, named as their pages name them.
    in_order = report.entities("member") + report.entities("partner")
    assert [" ".join(e.css_first("a").text().split()) for e in entries] == [member_title(m) for m in in_order]
    for entry, member in zip(entries, in_order, strict=True):
        # Its group's heading says its role: the entry does not repeat it, only says a joining this year.
        assert not re.search(r"\b(Member|Partner)\b", entry.text())
        joined = entry.css_first(".icat-directory__joined")
        if member.joined == report.info.year:
            assert joined.text() == f"Joined in {report.info.year}"
        else:
            assert joined is None
        own = {a.priority for a in report.activities_of(member.id)}
        marks = [li.attributes["data-priority"] for li in entry.css(".icat-directory__priorities li")]
        assert marks == [str(p.number) for p in report.priorities if p.number in own]
        assert not re.search(r"\d+ highlights?", entry.text()), "no counts in the directory"
    assert not directory.css("figure"), "no chart ranking the entities"
