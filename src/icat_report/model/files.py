"""The data files under data/: which record each holds, whether it is a list, and its text fields."""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel

from . import records as model


@dataclass(frozen=True)
class DataFile:
    """One file under data/: its name, the record it holds, and whether it is a list."""

    name: str
    record: type[BaseModel]
    is_list: bool = True
    required: bool = True


DATA_FILES: tuple[DataFile, ...] = (
    DataFile("report.yaml", model.ReportInfo, is_list=False),
    DataFile("members.yaml", model.Member),
    DataFile("priorities.yaml", model.Priority),
    DataFile("links.yaml", model.Link),
    DataFile("acronyms.yaml", model.Acronym),
    DataFile("footnotes.yaml", model.Footnote),
    DataFile("photos.yaml", model.Photo),
    DataFile("activities.yaml", model.Activity),
    DataFile("events.yaml", model.Event),
    DataFile("corrections.yaml", model.Correction, required=False),
)

# The Markdown text fields of each file, as locations below one entry ("*": every
# item of a list): their [words][link-id] and [^footnote-id] must be defined.
TEXT_FIELDS: dict[str, tuple[tuple[str, ...], ...]] = {
    "footnotes.yaml": (("text",),),
    "activities.yaml": (("text",), ("points", "*")),
    "events.yaml": (("summary",),),
}
