"""Every file under data/ read and validated, then checked as a whole and against the pages.

The checks `load_project` (icat_report.project) runs on the data. It never stops at the first
mistake: each file is read (source/), each entry validated on its own (with its place in the
file kept, `Placed`), then the report is checked as a whole (consistency.py, references.py,
activity_ids.py, texts.py, slips.py) and, given the pages, against them (page_refs.py, page_ids.py). Every
problem is kept with its file, line and column.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from ..model.files import DATA_FILES, DataFile
from ..problems import Problem
from ..report import Report
from ..source.pages import Pages
from ..source.yaml_reader import SourceFile, read_source
from . import activity_ids, consistency, page_ids, page_refs, presentation, references, slips, texts
from .messages import explain_errors
from .placed import Placed, Sources


@dataclass(frozen=True)
class CheckedData:
    """The report made of the sound entries (None when data/report.yaml is unusable), each file as
    read, the problems of the data (and of the pages the data names), and those of the ids the pages use."""

    report: Report | None
    sources: dict[str, SourceFile]
    data_problems: list[Problem] = field(default_factory=list)
    page_problems: list[Problem] = field(default_factory=list)


def check_data(data_dir: Path, pages: Pages | None) -> CheckedData:
    """Read, validate and cross-check data_dir; with the pages, check the data against them as the
    strict build does: page paths and their anchors exist, and the link and footnote ids the pages
    use are defined."""
    sources, placed, problems = _read_all(data_dir)
    if not placed["report.yaml"]:
        return CheckedData(None, sources, problems)
    report = Report(**{spec.attribute: _records(spec, placed) for spec in DATA_FILES})
    context = Sources(sources, data_dir.name)
    problems += consistency.problems(context, placed)
    problems += references.problems(context, placed)
    problems += activity_ids.problems(context, placed)
    problems += texts.problems(context, placed)
    problems += slips.problems(context)
    problems += presentation.icon_problems(placed)
    if pages is None:
        return CheckedData(report, sources, problems)
    problems += page_refs.problems(placed, pages)
    problems += presentation.file_problems(placed, pages.path) + presentation.quote_problems(placed, pages)
    return CheckedData(report, sources, problems, page_ids.problems(context, pages))


def _read_all(data_dir: Path) -> tuple[dict[str, SourceFile], dict[str, list[Placed]], list[Problem]]:
    """Every file read and its entries validated: the sources, the placed records, the problems."""
    sources: dict[str, SourceFile] = {}
    placed: dict[str, list[Placed]] = {}
    problems: list[Problem] = []
    for spec in DATA_FILES:
        display = f"{data_dir.name}/{spec.name}"
        if not spec.required and not (data_dir / spec.name).exists():
            sources[spec.name], placed[spec.name] = SourceFile(display, []), []
            continue
        source, file_problems = read_source(data_dir / spec.name, display)
        sources[spec.name] = source
        problems += file_problems
        if source.data is None:
            placed[spec.name] = []
            continue
        placed[spec.name], entry_problems = _validate_file(spec, source)
        problems += entry_problems
    return sources, placed, problems


def _records(spec: DataFile, placed: dict[str, list[Placed]]) -> Any:
    records = tuple(entry.record for entry in placed[spec.name])
    return records if spec.is_list else records[0]


def _validate_file(spec: DataFile, source: SourceFile) -> tuple[list[Placed], list[Problem]]:
    """Validate each entry on its own, so one bad entry does not hide the others."""
    data = source.data
    if not spec.is_list:
        if not isinstance(data, dict):
            return [], [source.problem((), "this file should hold 'field: value' lines (see the example at its top)")]
        return _validate_entry(spec.record, source, ())
    if not isinstance(data, list):
        return [], [
            source.problem(
                (), "this file should hold a list of entries, each starting with '- ' (see the example at its top)"
            )
        ]
    entries, problems = [], []
    for index in range(len(data)):
        placed, entry_problems = _validate_entry(spec.record, source, (index,))
        entries += placed
        problems += entry_problems
    return entries, problems


def _validate_entry(record: type[BaseModel], source: SourceFile, at: tuple) -> tuple[list[Placed], list[Problem]]:
    item = source.data[at[0]] if at else source.data
    if not isinstance(item, dict):
        return [], [source.problem(at, "each entry should be a set of 'field: value' lines under its '- '")]
    try:
        return [Placed(record.model_validate(item), source, at)], []
    except ValidationError as error:
        return [], explain_errors(error, record, source, at)
