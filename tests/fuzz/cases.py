"""A fuzz case (changed files of the project) and the chooser that mutations draw from.

A mutation never calls `random` itself: it asks a Chooser, which is either Hypothesis
(so a failing case shrinks and replays) or a seeded random.Random (bench/fuzz.py).
"""

from __future__ import annotations

import copy
import hashlib
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, TypeVar

import yaml

T = TypeVar("T")


class Chooser(Protocol):
    def pick(self, options: Sequence[T]) -> T: ...

    def integer(self, low: int, high: int) -> int: ...


class RandomChooser:
    """Choices from a seeded generator: the same seed gives the same case."""

    def __init__(self, seed: int) -> None:
        self._random = random.Random(seed)

    def pick(self, options: Sequence[T]) -> T:
        return options[self._random.randrange(len(options))]

    def integer(self, low: int, high: int) -> int:
        return self._random.randint(low, high)


@dataclass(frozen=True)
class Edit:
    """A change to one file: its whole new content (old=None), `old` replaced by `new` once, or appended (old=b"").

    new=None deletes the file. Paths are relative to the project (data/x.yaml, docs/x.md).
    """

    path: str
    new: bytes | None
    old: bytes | None = None


@dataclass(frozen=True)
class Case:
    """One input to the invariant: a label saying what was done, and the edits."""

    label: str
    family: str
    edits: tuple[Edit, ...]


@dataclass
class Sources:
    """The project's data files and pages as they are, read once (bytes and parsed YAML)."""

    files: dict[str, bytes]
    parsed: dict[str, object] = field(default_factory=dict)

    @classmethod
    def read(cls, project: Path) -> Sources:
        paths = sorted(project.glob("data/*.yaml")) + sorted(project.glob("docs/**/*.md"))
        files = {str(path.relative_to(project)): path.read_bytes() for path in paths}
        parsed = {name: yaml.safe_load(text) for name, text in files.items() if name.startswith("data/")}
        return cls(files, parsed)

    @property
    def data_files(self) -> list[str]:
        return [name for name in self.files if name.startswith("data/")]

    @property
    def pages(self) -> list[str]:
        return [name for name in self.files if name.startswith("docs/")]

    def data(self, name: str) -> object:
        """A fresh copy of a data file's values, to mutate."""
        return copy.deepcopy(self.parsed[name])


def apply(case: Case, sources: Sources) -> dict[str, bytes | None]:
    """The changed files' final contents (None: deleted). A patch whose `old` is missing is an error."""
    result: dict[str, bytes | None] = {}
    for edit in case.edits:
        current = result.get(edit.path, sources.files.get(edit.path))
        if edit.old is None:
            result[edit.path] = edit.new
            continue
        if edit.old == b"" and current is not None:  # append
            result[edit.path] = current.rstrip(b"\n") + b"\n" + (edit.new or b"")
            continue
        if current is None or edit.old not in current:
            raise ValueError(f"{case.label}: {edit.path} no longer contains {edit.old[:60]!r}; update the example")
        result[edit.path] = current.replace(edit.old, edit.new or b"", 1)
    return result


def fingerprint(files: dict[str, bytes | None]) -> str:
    """A hash of the changed files: an identical input is checked and built once."""
    digest = hashlib.sha256()
    for name in sorted(files):
        content = files[name]
        digest.update(name.encode() + b"\0" + (b"-" if content is None else b"+" + content) + b"\0")
    return digest.hexdigest()


def dump_yaml(value: object) -> bytes:
    """A data file's values as YAML (no line wrapping, Unicode kept)."""
    text = yaml.safe_dump(value, sort_keys=False, allow_unicode=True, width=1 << 30, default_flow_style=False)
    return text.encode("utf-8")


def short(value: object, limit: int = 70) -> str:
    """A value for a label: its repr, cut, with the length of long strings."""
    text = repr(value)
    if len(text) <= limit:
        return text
    size = f" ({len(value)} chars)" if isinstance(value, str | bytes | list) else ""
    return text[:limit] + "..." + size
