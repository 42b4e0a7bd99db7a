"""Read one YAML data file into plain Python values, remembering where each value stands.

PyYAML's loaders trust the file too much for a file anyone may edit: tags build
arbitrary objects, aliases can expand without bound ("billion laughs"), a duplicated
key silently keeps the last value, and a control character or a file in another
encoding ends in a traceback. Here the file is decoded as UTF-8 (a BOM and Windows
line ends are fine), checked for invisible characters, parsed into YAML events
(libyaml when present, else the pure-Python parser) and the values are built from the
events by `values.ValueBuilder`, which refuses tags, bounds aliases and nesting, and
records the position of every value. A syntax error is put in the editor's words by
syntax.py, at the line and column where the fix goes.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from ..problems import Problem
from .source_file import Location, SourceFile, Spot
from .syntax import explain_syntax_error
from .values import Refusal, ValueBuilder

__all__ = ["Location", "SourceFile", "Spot", "read_source"]

# The largest data file is about 35 KB: 5 MB leaves room for a report a hundred times larger
# (bench/scale.py builds one) and still refuses a file saved in the wrong place at once.
MAX_FILE_BYTES = 5_000_000
MAX_CONTROL_PROBLEMS = 20  # a binary file saved by mistake would otherwise give thousands

# What PyYAML's reader refuses, and the C1 controls it lets through (NEL among them).
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
C0_NAMES = (
    "NUL SOH STX ETX EOT ENQ ACK BEL BS HT LF VT FF CR SO SI DLE DC1 DC2 DC3 DC4 NAK SYN ETB CAN EM SUB ESC FS GS RS US"
).split()


def read_source(path: Path, display_name: str) -> tuple[SourceFile, list[Problem]]:
    """Parse `path`; return the source and the problems (empty when all is well).

    The source's data is None when the file could not be read as a whole.
    """
    source = SourceFile(display_name)
    text, problems = _text_of(path, display_name)
    if text is None:
        return source, problems
    source.lines = text.split("\n")
    try:
        root = _build(text, source)
    except yaml.MarkedYAMLError as error:
        return source, [_syntax_problem(display_name, source.lines, error)]
    except yaml.YAMLError as error:  # not expected after the character check; never a traceback
        return source, [
            Problem(display_name, 1, 1, f"YAML cannot read this file ({error}); check it for unusual characters")
        ]
    except Refusal as refusal:
        return source, [Problem(display_name, refusal.line, refusal.column, refusal.message)]
    if source.refusals:
        return source, source.refusals
    if root is None:
        return source, [
            Problem(
                display_name, 1, 1, "the file is empty; it should hold a list of entries (see the example at its top)"
            )
        ]
    source.data = root
    return source, list(source.duplicates)


def _text_of(path: Path, name: str) -> tuple[str | None, list[Problem]]:
    """The file's text with Unix line ends, or None and the reason it cannot be used."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None, [
            Problem(name, 1, 1, f"this file is missing; restore it from the repository (git checkout -- {name})")
        ]
    if len(raw) > MAX_FILE_BYTES:
        size = f"{len(raw) / 1_000_000:.1f} MB"
        return None, [
            Problem(
                name,
                1,
                1,
                f"this file is {size}, more than the {MAX_FILE_BYTES // 1_000_000} MB a data file may hold; "
                "check that it is the file you meant to save here",
            )
        ]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        return None, [Problem(name, line, column, "the file is not UTF-8 text; save it again with the UTF-8 encoding")]
    text = text.replace("\r\n", "\n")
    problems = _control_characters(text, name)
    return (None, problems) if problems else (text, [])


def _control_characters(text: str, name: str) -> list[Problem]:
    """Every invisible control character, named, at its line and column."""
    problems = []
    matches = list(CONTROL.finditer(text))
    for match in matches[:MAX_CONTROL_PROBLEMS]:
        line, column = _line_column(text, match.start())
        problems.append(
            Problem(
                name,
                line,
                column,
                f"the invisible control character {_name(match.group())} is not allowed in a data file; delete it",
            )
        )
    if len(matches) > MAX_CONTROL_PROBLEMS:
        line, column = _line_column(text, matches[MAX_CONTROL_PROBLEMS].start())
        more = len(matches) - MAX_CONTROL_PROBLEMS
        problems.append(
            Problem(
                name,
                line,
                column,
                f"{more} more control characters follow from here; this does not "
                "look like a text file: restore it from the repository",
            )
        )
    return problems


def _line_column(text: str, offset: int) -> tuple[int, int]:
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _name(character: str) -> str:
    code = ord(character)
    if code < 0x20:
        label = C0_NAMES[code]
    else:
        label = "DEL" if code == 0x7F else "C1 control" if code < 0xA0 else "non-character"
    return f"U+{code:04X} ({label})"


def _build(text: str, source: SourceFile):
    """The file's values; libyaml's parser when present (ten times faster), else pure Python.

    A syntax error is always read from the pure-Python parser, whose errors syntax.py knows.
    """
    fast = getattr(yaml, "CSafeLoader", None)
    if fast is not None:
        try:
            return ValueBuilder(source).build(yaml.parse(text, Loader=fast))
        except yaml.YAMLError:
            source.reset()
    return ValueBuilder(source).build(yaml.parse(text, Loader=yaml.SafeLoader))


def _syntax_problem(name: str, lines: list[str], error: yaml.MarkedYAMLError) -> Problem:
    """The parse error in the editor's words (syntax.py), at the line and column where the fix goes."""
    line, column, sentence = explain_syntax_error(lines, error)
    return Problem(name, line, column, sentence)
