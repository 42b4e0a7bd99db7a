"""Problems found in the data, and the one exception that carries all of them.

Every check in the package reports a `Problem` (file, line, column, message) instead
of raising, so that an editor sees every mistake of a change at once; `did_you_mean`
is the hint the messages share.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One mistake in one data file, at a 1-based line and column."""

    file: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.one_line}"

    @property
    def one_line(self) -> str:
        """The message on one line: a value quoted in it may hold line breaks or other
        control characters, shown escaped (\\n), so that tools reading the lines (GitHub
        annotations, the preview's error page) see one problem per line."""
        return self.message.translate(_VISIBLE_CONTROLS)


_VISIBLE_CONTROLS = {code: ascii(chr(code))[1:-1] for code in (*range(0x20), *range(0x7F, 0xA0))}


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


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """' (did you mean 'x'?)' for the closest of choices, or ''; any value is safe to pass."""
    word = str(word)
    choices = sorted({choice for choice in choices if isinstance(choice, str)})
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    if not close:
        lowered = {choice.lower(): choice for choice in choices}
        close = [lowered[c] for c in difflib.get_close_matches(word.lower(), sorted(lowered), n=1, cutoff=0.6)]
    return f" (did you mean '{close[0]}'?)" if close else ""
