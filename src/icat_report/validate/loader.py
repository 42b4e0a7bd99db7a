"""Load every file under data/, validate it, and return a `Report` or raise `DataError`.

This is the one validation path: the MkDocs build, `python -m icat_report check` and
the tests all call `load_report`. It never stops at the first mistake: each file is
read (source/), each entry validated on its own (with its place in the file kept,
`Placed`), then the report is checked as a whole (consistency.py, references.py,
texts.py, slips.py) and, given the pages, against them (pages.py, docs_pages.py).
Every problem is reported at once with its file, line and column.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from ..model.files import DATA_FILES, DataFile
from ..problems import DataError, Problem
from ..report import Report
from ..source.pages import Pages, read_pages
from ..source.yaml_reader import SourceFile, read_source
from . import consistency, docs_pages, pages, presentation, references, slips, texts
from .messages import explain_errors
from .placed import Placed, Sources


def load_report(
    data_dir: Path, docs_dir: Path | None = None, *, page_checks: Callable[[Report, Pages], list[Problem]] | None = None
) -> Report:
    """Read, validate and cross-check data_dir; raise DataError listing every problem.

    When docs_dir is given, the data is also checked against the pages as the strict
    build checks it: page paths and their anchors exist, and the link and footnote ids
    that pages use are defined. `page_checks(report, pages)` adds the checks of the
    pages that need the report itself (the macro calls: icat_report.project); they run
    when the data files are sound, so that an invalid entry is reported once, not again
    by every page that names it.
    """
    data_dir = Path(data_dir)
    sources, placed, problems = _read_all(data_dir)
    if not placed["report.yaml"]:
        raise DataError(problems)
    report = Report(**{_attribute(spec): _records(spec, placed) for spec in DATA_FILES})
    context = Sources(sources, data_dir.name)
    problems += consistency.problems(context, placed)
    problems += references.problems(context, placed)
    problems += texts.problems(context, placed)
    problems += slips.problems(context)
    problems += presentation.icon_problems(placed)
    if docs_dir is not None:
        docs = read_pages(docs_dir)  # once, for every check against the pages
        problems += pages.problems(placed, docs)
        problems += presentation.file_problems(placed, docs_dir) + presentation.quote_problems(placed, docs)
        if page_checks is not None and not problems:
            problems += page_checks(report, docs)
        problems += docs_pages.problems(context, docs)
    if problems:
        raise DataError(problems)
    return report


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


def _attribute(spec: DataFile) -> str:
    """The Report attribute that holds the file's records (report.yaml: info)."""
    return "info" if spec.name == "report.yaml" else spec.name.removesuffix(".yaml")


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
