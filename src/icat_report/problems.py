"""Problems found in the data, and the one exception that carries all of them.

Every check in the package reports a `Problem` (file, line, column, message) instead
of raising, so that an editor sees every mistake of a change at once.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One mistake in one data file, at a 1-based line and column."""

    file: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.message}"


class DataError(Exception):
    """Raised when the data cannot be used; holds every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(set(problems))
        super().__init__(self.report())

    def report(self) -> str:
        count = len(self.problems)
        noun = "problem" if count == 1 else "problems"
        lines = [f"The report data has {count} {noun}; nothing was built:"]
        lines += [f"  {problem}" for problem in self.problems]
        return "\n".join(lines)
