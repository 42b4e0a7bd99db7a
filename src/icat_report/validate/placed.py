"""Validated records with their place in the data, so that later checks point at the line.

A `Placed` record is an entry as pydantic validated it, with the file it came from
and its location there: a reference check reports at `entry.source.problem(entry.at
+ field)` without looking the entry up again.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from ..problems import Problem
from ..source.yaml_reader import Location, SourceFile


@dataclass(frozen=True)
class Placed:
    """One validated entry, the file it came from and its location there."""

    record: BaseModel
    source: SourceFile
    at: Location

    def problem(self, field: Location, message: str) -> Problem:
        return self.source.problem(self.at + tuple(field), message)

    def values(self, pattern: tuple[str, ...]) -> Iterator[tuple[Location, Any]]:
        """(location below the entry, value) for a field pattern; "*" is every item of a list.

        Empty optional fields (None) are skipped.
        """
        yield from _walk(self.record, pattern, ())


def _walk(value: Any, pattern: tuple[str, ...], location: Location) -> Iterator[tuple[Location, Any]]:
    if value is None:
        return
    if not pattern:
        yield location, value
        return
    head, rest = pattern[0], pattern[1:]
    if head == "*":
        for index, item in enumerate(value):
            yield from _walk(item, rest, location + (index,))
    else:
        yield from _walk(getattr(value, head), rest, location + (head,))


@dataclass
class Sources:
    """Every data file as read, and the data folder's name for messages (data/...)."""

    files: dict[str, SourceFile]
    data_name: str
    _defined: dict = field(default_factory=dict, repr=False)

    def __getitem__(self, name: str) -> SourceFile:
        return self.files[name]

    def where(self, name: str) -> str:
        return f"{self.data_name}/{name}"

    def defined(self, name: str, key: str = "id") -> set | None:
        """The values of `key` a file defines, as written (an entry with another mistake
        still defines its id); None when the file could not be read."""
        if (name, key) not in self._defined:
            data = self.files[name].data
            entries = data if isinstance(data, list) else []
            values = {item[key] for item in entries if isinstance(item, dict) and _usable(item.get(key))}
            self._defined[name, key] = values if isinstance(data, list) else None
        return self._defined[name, key]


def _usable(value: Any) -> bool:
    """Text, or a whole number that is not true/false."""
    return isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool))
