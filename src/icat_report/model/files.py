"""What each data file under data/ is, said once: every reader of the data derives from it.

A `DataFile` names the file, the record it holds and the `Report` attribute that holds its
records, the keys no two entries may share, the fields that refer to entries of other files,
the fields that name a page under docs/, its Markdown text fields, and the pages whose content
it is (their "edit this page" opens the file). The loader, the checks (validate/), the JSON
Schemas, the printed edition's comparison and the MkDocs adapter's edit links all read these
declarations; adding a data file is one entry here plus its record in records.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel

from . import records as model

Field = tuple[str, ...]
"""A field below one entry, "*" standing for every item of a list: ("people", "*", "member")."""


@dataclass(frozen=True)
class Unique:
    """A field no two entries of the file may share; `sentence` (with {key}, {value} and {line})
    replaces the generic message where a plainer one helps."""

    key: str
    sentence: str | None = None


@dataclass(frozen=True)
class Reference:
    """A field whose values name entries of another file; `kind` is what it names (validate/references.py
    checks each kind: member, organiser, event, link, priority)."""

    field: Field
    kind: str


@dataclass(frozen=True)
class DataFile:
    """One file under data/: what it holds, how it is checked, and what the order of its entries decides
    (the editors' guide shows it; tests/test_data_order.py holds each sentence true)."""

    name: str
    record: type[BaseModel]
    attribute: str
    """The `Report` attribute that holds its records."""
    is_list: bool = True
    required: bool = True
    unique: tuple[Unique, ...] = ()
    references: tuple[Reference, ...] = ()
    page_fields: tuple[str, ...] = ()
    """Fields whose value is a page under docs/, maybe with an #anchor."""
    text_fields: tuple[Field, ...] = ()
    """Markdown fields: their [words][link-id] and [^footnote-id] must be defined."""
    edited_pages: tuple[str, ...] = ()
    """Pages (paths under docs/, `*` for every page of a folder) whose content this file holds."""
    order: str = ""
    """What the order of the entries decides, for the editors' guide."""

    @property
    def key(self) -> str | None:
        """The field that identifies an entry (id, or an acronym's term); None for report.yaml."""
        return self.unique[0].key if self.unique else None


def _member(field: str, *more: str) -> Reference:
    return Reference((field, *more), "member")


DATA_FILES: tuple[DataFile, ...] = (
    DataFile(
        "report.yaml",
        model.ReportInfo,
        "info",
        is_list=False,
        references=(_member("co_chairs", "*"), _member("incoming_co_chairs", "*")),
    ),
    DataFile(
        "members.yaml",
        model.Member,
        "members",
        unique=(Unique("id"),),
        edited_pages=("members.md", "members/*"),
        order="The order matters: it is the order of the membership lists (members, then partners, as the report "
        "lists them), of the directory of entities and of the downloads. The menu and the entities-by-priority "
        "table list them by the names they show, A to Z.",
    ),
    DataFile(
        "priorities.yaml",
        model.Priority,
        "priorities",
        unique=(
            Unique("id"),
            Unique("number", "priority number {value} is used twice; each priority needs its own number"),
        ),
        edited_pages=("priorities.md",),
        order="The order matters: it is the order of the Annex, of the priorities on the home page and the "
        "Priorities page, of the columns of the entities-by-priority table and of the downloads. Keep them by number.",
    ),
    DataFile(
        "links.yaml",
        model.Link,
        "links",
        unique=(Unique("id"),),
        order="The order matters only on 'Notes on this edition': its table of references without an address "
        "follows it.",
    ),
    DataFile(
        "acronyms.yaml",
        model.Acronym,
        "acronyms",
        unique=(Unique("term"),),
        references=(_member("member"),),
        edited_pages=("acronyms.md",),
        order="The order matters: it is the order of the table on the Acronyms page.",
    ),
    DataFile(
        "footnotes.yaml",
        model.Footnote,
        "footnotes",
        unique=(Unique("id"),),
        text_fields=(("text",),),
        order="The order does not matter: each page numbers its footnotes in the order its text cites them.",
    ),
    DataFile(
        "photos.yaml",
        model.Photo,
        "photos",
        unique=(Unique("id"),),
        references=(_member("people", "*", "member"), Reference(("event",), "event")),
        page_fields=("page",),
        order="The order matters only on a member's page, whose list of the people in the report's photos follows "
        "it; a caption itself appears where a page places it.",
    ),
    DataFile(
        "activities.yaml",
        model.Activity,
        "activities",
        unique=(Unique("id"),),
        references=(Reference(("priority",), "priority"), _member("members", "*"), _member("involved", "*")),
        text_fields=(("text",), ("points", "*")),
        edited_pages=("annex.md", "matrix.md", "priorities/*"),
        order="The order matters: it is the order of the highlights under each priority in the Annex, on the "
        "member and priority pages (where it also decides which entity comes first) and in the downloads.",
    ),
    DataFile(
        "events.yaml",
        model.Event,
        "events",
        unique=(Unique("id"),),
        references=(
            Reference(("organisers", "*"), "organiser"),
            Reference(("priority",), "priority"),
            Reference(("link",), "link"),
        ),
        page_fields=("told_in",),
        text_fields=(("summary",),),
        edited_pages=("timeline.md",),
        order="The order matters little: the timeline and the pages sort events by date (events of the same date "
        "keep the file's order); the downloads keep the file's order.",
    ),
    DataFile(
        "corrections.yaml",
        model.Correction,
        "corrections",
        required=False,
        page_fields=("page",),
        order="The order matters: it is the order of the corrections of each kind on 'Notes on this edition'.",
    ),
)

DATA_FILE_BY_NAME: dict[str, DataFile] = {spec.name: spec for spec in DATA_FILES}
