"""Two revisions of the project compared as the report they make (the diff's one entry point)."""

from __future__ import annotations

import importlib.util
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..departures import departures
from ..edition.fidelity import Coverage
from ..problems import DataError
from ..project import Project, load_project
from . import revisions
from .figures import MovedFigure, moved_figures
from .pages import BuildError, PageChanges, build_sites, page_changes, page_texts
from .records import FileChanges, record_changes


class SideProblems(Exception):
    """A side whose data or pages do not check: its name and its problems, as `make check` gives them."""

    def __init__(self, side: str, described: str, error: DataError) -> None:
        super().__init__(side)
        self.side, self.described, self.problems = side, described, error.problems


@dataclass(frozen=True)
class ReportDiff:
    base: str
    head: str
    records: list[FileChanges]
    figures: list[MovedFigure]
    pages: PageChanges | None
    pages_note: str | None
    """Why the pages were not compared, when they were not."""
    words: tuple[Coverage, Coverage]
    """The printed report's words the pages show: before, after."""

    @property
    def unchanged(self) -> bool:
        pages_same = self.pages is None or not (self.pages.added or self.pages.removed or self.pages.changed)
        return not self.records and not self.figures and pages_same


def compare(root: Path, base: str, head: str | None = revisions.WORKING_TREE) -> ReportDiff:
    """What changing the project at root from revision `base` to `head` (None: the working tree) does."""
    revisions.check_revision(root, base)
    if head is not revisions.WORKING_TREE:
        revisions.check_revision(root, head)
    names = {"base": revisions.describe(root, base), "head": revisions.describe(root, head)}
    with tempfile.TemporaryDirectory(prefix="icat-diff-") as work:
        folders = {
            "base": revisions.lay_out(root, base, Path(work) / "base"),
            "head": revisions.lay_out(root, head, Path(work) / "head"),
        }
        projects = {side: _load(side, names[side], folder) for side, folder in folders.items()}
        pages, note = _pages(folders)
        words = (departures(projects["base"]).words, departures(projects["head"]).words)
    return ReportDiff(
        names["base"],
        names["head"],
        record_changes(projects["base"], projects["head"]),
        moved_figures(projects["base"].report, projects["head"].report),
        pages,
        note,
        words,
    )


def _load(side: str, described: str, folder: Path) -> Project:
    try:
        return load_project(folder / "data", folder / "docs")
    except DataError as error:
        raise SideProblems(side, described, error) from None


def _pages(folders: dict[str, Path]) -> tuple[PageChanges | None, str | None]:
    if importlib.util.find_spec("mkdocs") is None:
        return None, "the pages were not compared: MkDocs is not installed here (the `site` extra)"
    try:
        sites = build_sites(folders)
    except BuildError as error:
        return None, f"the pages were not compared: {error}"
    return page_changes(page_texts(sites["base"]), page_texts(sites["head"])), None
