"""Adding an entity in YAML moves every count, list, page, matrix row and download."""

from __future__ import annotations

import json

from icat_report.text import html

from editor_changes import add_un_habitat
from site_text import matrix_row, page, page_text, read_page


def test_a_new_member_appears_everywhere(make_site):
    site = make_site(add_un_habitat)

    assert "28 member entities and 3 partners" in page_text(site, "who-we-are/")
    assert "four more entities to total now of 31 UN entities" in page_text(site, "message-from-the-co-chairs/")
    assert "26 out of the 31 ICAT entities" in page_text(site, "year-in-review/coordination/")
    assert "United Nations Human Settlements Programme (UN-Habitat)" in page_text(site, "who-we-are/")

    member = page_text(site, "members/un-habitat/")
    assert member.startswith(  # its monogram, its role, its name
        "UN-Habitat\nMember entity of ICAT since 2021\nUnited Nations Human Settlements Programme (UN-Habitat)"
    )
    assert "mapped housing risks for survivors" in member
    assert "5 October 2021: UN-Habitat workshop on safe housing" in member

    assert "un-habitat/" in [href for href, _ in read_page(site, "members/").links]
    row = matrix_row(page(site, "matrix/").css_first(".icat-matrix table"), "../members/un-habitat/", "UN-Habitat")
    assert "../priorities/core-drivers/#un-habitat" in [href for href, _ in html.links(row)]
    assert "October 2021\n5 UN-Habitat workshop on safe housing" in page_text(site, "timeline/")
    assert "UN-Habitat" in page_text(site, "priorities/core-drivers/")

    members = json.loads((site / "downloads" / "members.json").read_text(encoding="utf-8"))
    assert len(members) == 31
    assert {"id": "un-habitat", "highlights": 1}.items() <= next(m for m in members if m["id"] == "un-habitat").items()
    events = json.loads((site / "downloads" / "events.json").read_text(encoding="utf-8"))
    assert any(e["id"] == "un-habitat-workshop" and e["date_precision"] == "day" for e in events)
