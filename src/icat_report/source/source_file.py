"""A data file as read: its plain values, and where each value stands in the file."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..problems import Problem

# Where a value sits in a file's data: the keys and list indexes that lead to it,
# e.g. (3, "people", 0, "member") for the first person's member in the fourth entry.
Location = tuple[int | str, ...]


@dataclass(frozen=True)
class Spot:
    """Where a value starts (1-based), and for a scalar the characters the editor typed.

    style is "" for a plain (unquoted) scalar, a quote or the block indicator ("|" or
    ">") otherwise, and None for a list or a mapping.
    """

    line: int
    column: int
    end_line: int = 0
    text: str | None = None
    style: str | None = None


@dataclass
class SourceFile:
    """A parsed data file: its values, and the spot of each value by location."""

    name: str
    data: Any = None
    lines: list[str] = field(default_factory=list, repr=False)
    spots: dict[Location, Spot] = field(default_factory=dict, repr=False)
    key_spots: dict[Location, Spot] = field(default_factory=dict, repr=False)
    refusals: list[Problem] = field(default_factory=list)  # the file cannot be used
    duplicates: list[Problem] = field(default_factory=list)  # the first value was kept

    def reset(self) -> None:
        """Forget what a failed first reading recorded."""
        self.spots.clear()
        self.key_spots.clear()
        self.refusals.clear()
        self.duplicates.clear()

    def position(self, location: Location, *, key: bool = False) -> tuple[int, int]:
        """1-based line and column of the value at `location`, or of its nearest parent.

        With key=True, point at the mapping key (for an unknown field) instead of
        its value.
        """
        location = tuple(location)
        if key and location in self.key_spots:
            spot = self.key_spots[location]
            return spot.line, spot.column
        while location not in self.spots and location:
            location = location[:-1]
        spot = self.spots.get(location)
        return (spot.line, spot.column) if spot else (1, 1)

    def problem(self, location: Location, message: str, *, key: bool = False) -> Problem:
        line, column = self.position(location, key=key)
        return Problem(self.name, line, column, message)

    def raw_text(self, location: Location) -> str | None:
        """The characters the editor typed for a scalar, before YAML interpreted them."""
        spot = self.spots.get(tuple(location))
        return spot.text if spot else None

    def is_plain_scalar(self, location: Location) -> bool:
        spot = self.spots.get(tuple(location))
        return spot is not None and spot.style == ""
