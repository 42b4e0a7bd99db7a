"""The layout of a data file's lines as an editor sees them: indentation, '- ' markers, 'field:' names.

When YAML cannot parse a file, its parser says where it stopped in its own terms
("expected <block end>, but found '?'"), and often at a line after the mistake. The
diagnoses in syntax.py read the lines around that place with this module instead: which
lines are fields, list items, block text or continued text, and how far each is indented.
No parser does this for broken YAML (yamllint relays the parser's own message), so it is
written here, for the few layouts the data files use. A `Failure` is one parse error
placed among these lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# After the indentation and any '- ' markers: a field name and its colon, then a space or the line's end.
_FIELD = re.compile(r"""(?P<key>[^\s#:"'\[\]{},&*!|>%@`-][^:#]*?|"[^"]*"|'[^']*')[ \t]*:(?:[ \t]|$)""")
_DASHES = re.compile(r"(?:-(?: +|$))+")
# The start of block text: '|' or '>', maybe with chomping and indentation indicators, maybe a comment.
_BLOCK = re.compile(r"[|>][-+0-9]*[ \t]*(?:#.*)?$")


@dataclass(frozen=True)
class Line:
    """One line of the file: its number (1-based), its text and how it is laid out."""

    number: int
    text: str
    indent: int  # leading spaces
    kind: str  # "blank", "comment", "item" ('- ' first), "field" ('name:' first) or "text"
    key: str | None = None  # the field name, for a field or an item that starts with one
    key_column: int = 0  # 0-based column after the indentation and '- ' markers: the field name's, if any
    value: str = ""  # what follows 'name:' (or the '- ' markers), without surrounding spaces

    @property
    def column(self) -> int:
        """1-based column of the first character that is not a space."""
        return self.indent + 1

    @property
    def opens_block(self) -> bool:
        """The field's value is block text under it ('text: >-', 'text: |')."""
        return self.key is not None and bool(_BLOCK.match(self.value))

    @property
    def significant(self) -> bool:
        return self.kind not in ("blank", "comment")


def read_line(number: int, text: str) -> Line:
    """How line `number` (1-based) with this text is laid out."""
    stripped = text.lstrip(" ")
    indent = len(text) - len(stripped)
    if not stripped.strip():
        return Line(number, text, indent, "blank")
    if stripped.startswith("#"):
        return Line(number, text, indent, "comment")
    dashes = _DASHES.match(stripped)
    rest_at = indent + (dashes.end() if dashes else 0)
    field = _FIELD.match(text, rest_at)
    kind = "item" if dashes else "field" if field else "text"
    if field:
        return Line(number, text, indent, kind, field.group("key"), rest_at, text[field.end() :].strip())
    return Line(number, text, indent, kind, key_column=rest_at, value=text[rest_at:].strip())


def read_lines(lines: list[str]) -> list[Line]:
    return [read_line(number, text) for number, text in enumerate(lines, 1)]


def spaces(count: int) -> str:
    return f"{count} space" if count == 1 else f"{count} spaces"


def quoted_value(key: str, value: str) -> str:
    """'key: "value"' with the value in the quotes YAML needs: single when it holds a double quote."""
    if '"' in value and "'" not in value:
        return f"{key}: '{value}'"
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'{key}: "{escaped}"'


@dataclass(frozen=True)
class Failure:
    """A parse error: the file's lines, the parser's words, and the line to look at first."""

    lines: list[Line]
    problem: str
    context: str
    at: tuple[int, int]  # the problem mark (1-based line, column)
    opened: tuple[int, int] | None  # the context mark: where the construct that failed began

    @property
    def suspect(self) -> Line:
        """The line the mistake is most likely on: where a field name was being read, else the problem's line."""
        scanning = self.opened and ("simple key" in self.context or "alias" in self.context)
        return self.line(self.opened[0] if scanning else self.at[0])

    def line(self, number: int) -> Line:
        """Line `number` (1-based); the last line for a mark past the end of the file."""
        return self.lines[min(number, len(self.lines)) - 1]

    def above(self, line: Line) -> list[Line]:
        """The significant lines before `line`, nearest first, without the lines of block text."""
        inside = _block_text_lines(self.lines[: line.number - 1])
        return [other for other in reversed(self.lines[: line.number - 1]) if other.significant and other not in inside]


def _block_text_lines(lines: list[Line]) -> set[Line]:
    """The lines that belong to block text ('text: >-' and the lines indented under it)."""
    inside: set[Line] = set()
    block: Line | None = None
    for line in lines:
        if block is not None and (not line.significant or line.indent > block.key_column):
            inside.add(line)
            continue
        block = line if line.opens_block else None
    return inside
