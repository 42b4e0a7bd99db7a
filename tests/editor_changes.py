"""Typical changes an editor makes to the report's data, applied to a copy of the project as text edits
of its YAML files, as an editor makes them (docs/editing.md). Each takes the copy's folder.

They are written against the 2021 edition's data (fixtures/edition-2021), which a copy holds.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import yaml

NEW_MEMBER = """
- id: un-habitat
  acronym: UN-Habitat
  name: United Nations Human Settlements Programme
  role: member
  joined: 2021
"""

NEW_ACTIVITY = """
- id: p2-un-habitat
  priority: 2
  members: [un-habitat]
  text: "**UN-Habitat** mapped housing risks for survivors of trafficking."
"""

NEW_EVENT = """
- id: un-habitat-workshop
  title: UN-Habitat workshop on safe housing
  kind: training
  date: "2021-10-05"
  organisers: [un-habitat]
  priority: 2
  told_in: annex.md
"""


def _append(project: Path, file: str, text: str) -> None:
    with (project / "data" / file).open("a", encoding="utf-8") as stream:
        stream.write(text)


def _replace(project: Path, file: str, old: str, new: str) -> None:
    path = project / "data" / file
    text = path.read_text(encoding="utf-8")
    assert old in text, f"data/{file} no longer holds {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def add_un_habitat(project: Path) -> None:
    """A new member (among the members, before the partners), with a highlight and an event."""
    _replace(project, "members.yaml", "- id: coe\n", NEW_MEMBER.lstrip() + "- id: coe\n")
    _append(project, "activities.yaml", NEW_ACTIVITY)
    _append(project, "events.yaml", NEW_EVENT)


def add_highlight(project: Path) -> None:
    """A highlight for ILO under priority 2."""
    _append(
        project,
        "activities.yaml",
        "\n- id: p2-ilo\n  priority: 2\n  members: [ilo]\n  text: >-\n"
        "    **ILO** published guidance on fair recruitment to reduce the risk of trafficking\n"
        "    among migrant workers.\n",
    )


def add_event(project: Path) -> None:
    """An event on 14 October 2021, told in the procurement chapter."""
    _append(
        project,
        "events.yaml",
        "\n- id: procurement-webinar-2021\n  title: Webinar on responsible procurement\n  kind: webinar\n"
        '  date: "2021-10-14"\n  organisers: [icat]\n  priority: 6\n'
        "  told_in: year-in-review/procurement.md\n",
    )


def add_member_with_acronym(project: Path) -> None:
    """A new member and its acronym, so that its expansion shows wherever the text names it."""
    new = "- id: wfp\n  acronym: WFP\n  name: World Food Programme\n  role: member\n  joined: 2022\n"
    _replace(project, "members.yaml", "- id: coe\n", new + "- id: coe\n")
    _append(project, "acronyms.yaml", "\n- term: WFP\n  member: wfp\n")


def change_link_address(project: Path) -> None:
    """A link's address replaced by another (the publisher moved the page)."""
    _replace(
        project,
        "links.yaml",
        'url: "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%3A52021DC0171"',
        'url: "https://eur-lex.europa.eu/legal-content/EN/ALL/?uri=CELEX:52021DC0171"',
    )


def rename_member(project: Path) -> None:
    """A member's full name changed."""
    _replace(project, "members.yaml", "name: International Labour Organization", "name: International Labour Office")


def remove_unnamed_event(project: Path) -> None:
    """The first event that no photo caption names, taken out of data/events.yaml."""
    data = project / "data"
    named = {photo.get("event") for photo in yaml.safe_load((data / "photos.yaml").read_text(encoding="utf-8"))}
    events = yaml.safe_load((data / "events.yaml").read_text(encoding="utf-8"))
    gone = next(event["id"] for event in events if event["id"] not in named)
    text = (data / "events.yaml").read_text(encoding="utf-8")
    start = text.index(f"\n- id: {gone}\n")
    end = text.find("\n- id: ", start + 1)
    (data / "events.yaml").write_text(text[:start] + (text[end:] if end >= 0 else "\n"), encoding="utf-8")


TYPICAL_CHANGES: dict[str, Callable[[Path], None]] = {
    "add a highlight": add_highlight,
    "add an event": add_event,
    "add a member with its acronym": add_member_with_acronym,
    "change a link's address": change_link_address,
    "rename a member": rename_member,
    "remove an event that no page names": remove_unnamed_event,
}
