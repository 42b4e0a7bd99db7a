"""The data files under data/: which record each holds, whether it is a list, and its text fields."""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel

from . import records as model


@dataclass(frozen=True)
class DataFile:
    """One file under data/: its name, the record it holds, whether it is a list, and what the order of
    its entries decides (the editors' guide shows it; tests/test_data_order.py holds each sentence true)."""

    name: str
    record: type[BaseModel]
    is_list: bool = True
    required: bool = True
    order: str = ""


DATA_FILES: tuple[DataFile, ...] = (
    DataFile("report.yaml", model.ReportInfo, is_list=False),
    DataFile(
        "members.yaml",
        model.Member,
        order="The order matters: it is the order of the membership lists (members, then partners, as the report "
        "lists them), of the table of entities, of the rows of the entities-by-priority table and of the downloads.",
    ),
    DataFile(
        "priorities.yaml",
        model.Priority,
        order="The order matters: it is the order of the Annex, of the priorities on the home page and the "
        "Priorities page, of the columns of the entities-by-priority table and of the downloads. Keep them by number.",
    ),
    DataFile(
        "links.yaml",
        model.Link,
        order="The order matters only on 'Notes on this edition': its table of references without an address "
        "follows it.",
    ),
    DataFile(
        "acronyms.yaml",
        model.Acronym,
        order="The order matters: it is the order of the table on the Acronyms page.",
    ),
    DataFile(
        "footnotes.yaml",
        model.Footnote,
        order="The order does not matter: each page numbers its footnotes in the order its text cites them.",
    ),
    DataFile(
        "photos.yaml",
        model.Photo,
        order="The order matters only on a member's page, whose list of the people in the report's photos follows "
        "it; a caption itself appears where a page places it.",
    ),
    DataFile(
        "activities.yaml",
        model.Activity,
        order="The order matters: it is the order of the highlights under each priority in the Annex, on the "
        "member and priority pages (where it also decides which entity comes first) and in the downloads.",
    ),
    DataFile(
        "events.yaml",
        model.Event,
        order="The order matters little: the timeline and the pages sort events by date (events of the same date "
        "keep the file's order); the downloads keep the file's order.",
    ),
    DataFile(
        "corrections.yaml",
        model.Correction,
        required=False,
        order="The order matters: it is the order of the corrections of each kind on 'Notes on this edition'.",
    ),
)

# The Markdown text fields of each file, as locations below one entry ("*": every
# item of a list): their [words][link-id] and [^footnote-id] must be defined.
TEXT_FIELDS: dict[str, tuple[tuple[str, ...], ...]] = {
    "footnotes.yaml": (("text",),),
    "activities.yaml": (("text",), ("points", "*")),
    "events.yaml": (("summary",),),
}
