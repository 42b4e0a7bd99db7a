"""How far a project has moved from the printed edition, and how `make check` tells it.

Its words (the share of the printed report's words the pages show, measured on the pages made
without a build: finish/shown_text.py) and its records (those added since printing, at their
file:line, and those gone: edition/records.py). Information for editors and reviewers, never a
problem: the data belongs to the editors, and adding to the report is their job.
"""

from __future__ import annotations

from dataclasses import dataclass

from .edition.fidelity import Coverage, coverage, words
from .edition.printed import printed_text
from .edition.records import changed_records
from .finish.shown_text import page_texts
from .model.files import DATA_FILE_BY_NAME
from .project import Project


@dataclass(frozen=True)
class AddedRecord:
    """A record the printed report does not hold, and where the data file has it."""

    file: str
    """The data file's name, e.g. activities.yaml."""
    key: str
    line: int
    column: int


@dataclass(frozen=True)
class Departures:
    words: Coverage
    """The printed report's words the pages still show."""
    added: tuple[AddedRecord, ...]
    removed: dict[str, tuple[str, ...]]
    """{data file: keys of the printed report's records that the data no longer holds}"""

    @property
    def records_changed(self) -> bool:
        return bool(self.added or any(self.removed.values()))


def _placed(project: Project, file: str, keys: tuple[str, ...]) -> list[AddedRecord]:
    """Each added record with the line and column of its key in the file."""
    spec = DATA_FILE_BY_NAME[file]
    source = project.sources[file]
    entries = source.data if isinstance(source.data, list) else []
    index_of = {str(entry.get(spec.key)): index for index, entry in enumerate(entries) if isinstance(entry, dict)}
    return [AddedRecord(file, key, *source.position((index_of.get(key, 0), spec.key))) for key in keys]


def departures(project: Project) -> Departures:
    """The project measured against the printed edition (its pages are needed for the words)."""
    if project.pages is None:
        raise ValueError("the pages are needed to measure the printed report's words")
    texts = [words(text) for _, text in page_texts(project.report, project.pages)]
    added, removed = changed_records(project.report)
    placed = tuple(record for file, keys in added.items() for record in _placed(project, file, keys))
    return Departures(coverage(printed_text(), texts), placed, removed)


SHOWN_WORDS = 12


def summary_line(departures: Departures) -> str:
    """One line: how much of the printed report the pages show, and how many records moved."""
    held = departures.words
    line = f"The printed report: the pages show {_percent(held.percent)} of its {held.total:,} words"
    if held.missing:
        shown = " ".join(held.missing[:SHOWN_WORDS]) + (" ..." if len(held.missing) > SHOWN_WORDS else "")
        line += f" ({len(held.missing):,} not shown: {shown})"
    added, removed = len(departures.added), sum(len(keys) for keys in departures.removed.values())
    if not added and not removed:
        return line + "; it holds the same records."
    return line + f"; records since printing: {added} added, {removed} removed (listed below)."


def record_lines(departures: Departures, data_name: str) -> list[str]:
    """A line per record added (at its file:line:column) or removed since printing."""
    lines = [
        f"{_where(added, data_name)}: '{added.key}' is not in the printed report (added)" for added in departures.added
    ]
    for file, keys in departures.removed.items():
        lines += [f"{data_name}/{file}: '{key}' of the printed report is no longer here (removed)" for key in keys]
    return lines


def github_notices(departures: Departures, data_name: str) -> list[str]:
    """The added records as GitHub Actions notices on their lines (a pull request shows them there)."""
    return [
        f"::notice file={data_name}/{added.file},line={added.line},col={added.column},"
        f"title=Not in the printed report::'{added.key}' was added after the report was printed"
        for added in departures.added
    ]


FOOTNOTE = (
    "This is information, not a problem: the report's content is the editors' to change; "
    "'Notes on this edition' tells readers what was added or removed."
)


def _where(added: AddedRecord, data_name: str) -> str:
    return f"{data_name}/{added.file}:{added.line}:{added.column}"


def _percent(value: float) -> str:
    """99.9% (one decimal), never rounded up to 100% while a word is missing."""
    shown = f"{value:.1f}"
    return ("99.9" if shown == "100.0" and value < 100 else shown) + "%"
