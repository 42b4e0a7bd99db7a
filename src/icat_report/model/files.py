"""The data files under data/: which record each holds, and whether it is a list."""
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
