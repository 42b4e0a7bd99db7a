"""The one way in: `load_project` reads and checks the data and the pages as the strict build does.

The build (the MkDocs adapter), `python -m icat_report check`, the PDF and the tests all call
it, so a green check means a green build. It reads each data file and the pages once, checks
every entry, the references between files, the pages the data names, the ids the pages use and
their macro calls, and raises `DataError` with every problem at once, each at its file:line:column.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from .macros.page_checks import macro_call_problems
from .problems import DataError
from .report import Report
from .source.pages import Pages, read_pages
from .source.source_file import SourceFile
from .validate.loader import check_data


@dataclass(frozen=True)
class Project:
    """The checked report, the pages it was checked against, and each data file as read."""

    report: Report
    pages: Pages | None
    """The pages under docs/ as written (None when the data was checked alone)."""
    sources: Mapping[str, SourceFile]
    """Each data file as read, by name (members.yaml): where every value stands, for messages."""
    data_dir: Path


def load_project(data_dir: Path, docs_dir: Path | None = None) -> Project:
    """The checked project; DataError listing every problem of the data and of the pages' use of it.

    Without docs_dir, only the data is checked (the pages are not read).
    """
    data_dir = Path(data_dir)
    pages = read_pages(docs_dir) if docs_dir is not None else None
    checked = check_data(data_dir, pages)
    problems = list(checked.data_problems)
    # The pages' macro calls are checked against sound data only, so that an invalid entry is
    # reported once, not again by every page that names it.
    if checked.report is not None and pages is not None and not problems:
        problems += macro_call_problems(checked.report, pages)
    problems += checked.page_problems
    if problems or checked.report is None:
        raise DataError(problems)
    return Project(checked.report, pages, checked.sources, data_dir)
