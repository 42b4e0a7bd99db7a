"""YAML syntax errors in plain words: what is wrong on which line, and what to write instead.

The parser stops where the text stopped making sense to it, which is often a line after
the mistake, and says so in its own terms. Each diagnosis below recognises one mistake an
editor makes (a tab, a line indented unlike its neighbours, block text not indented under
its field, a quote left open, a colon without its space, ...) from the parser's error and
the lines around it (layout.py), and names the line and column where the fix goes. The
first diagnosis that recognises the error speaks; the last one always does.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import yaml

from .layout import Failure, Line, quoted_value, read_lines, spaces

# (line, column, sentence): where the fix goes, 1-based.
Finding = tuple[int, int, str]


def explain_syntax_error(lines: list[str], error: yaml.MarkedYAMLError) -> Finding:
    """The sentence for a parse error, at the line and column where the fix goes."""
    mark, context_mark = error.problem_mark, error.context_mark
    at = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    opened = (context_mark.line + 1, context_mark.column + 1) if context_mark else None
    failure = Failure(read_lines(lines or [""]), error.problem or "", error.context or "", at, opened)
    for diagnose in DIAGNOSES:
        finding = diagnose(failure)
        if finding:
            return finding
    raise AssertionError("the fallback diagnosis always answers")  # pragma: no cover


def _tab(failure: Failure) -> Finding | None:
    if "'\\t'" not in failure.problem:
        return None
    return (
        *failure.at,
        "this line has a tab character here; YAML lays out a file with spaces only: replace the tab with spaces",
    )


def _unknown_escape(failure: Failure) -> Finding | None:
    if "escape" not in failure.problem:
        return None
    return (
        failure.at[0],
        max(failure.at[1] - 1, 1),
        'inside double quotes a backslash starts an escape such as \\" or \\n, and this one is not; '
        "write a backslash as \\\\, or put the value in single quotes",
    )


def _unclosed_quote(failure: Failure) -> Finding | None:
    if "quoted scalar" not in failure.context or not failure.opened or "end of stream" not in failure.problem:
        return None
    line, column = failure.opened
    quote = failure.line(line).text[column - 1]
    return line, column, f"the quotation mark {quote} opened here is never closed: end the value with {quote}"


def _quote_ends_early(failure: Failure) -> Finding | None:
    """Text after a closing quote: a quote left open on an earlier line, or a quote inside a quoted value."""
    line = failure.line(failure.at[0])
    before = line.text[: failure.at[1] - 1].rstrip()
    if "<scalar>" not in failure.problem or not before or before[-1] not in "\"'":
        return None
    quote = before[-1]
    opener = _opening_quote(failure.lines, line.number, len(before) - 1, quote)
    if opener and opener[0] < line.number:
        return (
            *opener,
            f"the quotation mark {quote} opened here is not closed on its line, so YAML reads on to the next "
            f"{quote} (line {line.number}); end the value with {quote} on this line",
        )
    if line.key is None or not line.value.startswith(quote):
        return (*failure.at, "a quoted value ends before this text; put the whole value in quotes")
    inner = line.value[1:-1] if len(line.value) > 1 and line.value.endswith(quote) else line.value
    return (
        *failure.at,
        f"the value of '{line.key}' ends at its second quotation mark, so YAML cannot read the text after it; "
        f"write it as {quoted_value(line.key, inner)}",
    )


def _opening_quote(lines: list[Line], number: int, column: int, quote: str) -> tuple[int, int] | None:
    """(line, column) of the quote that the quote at (number, 0-based column) closes, 1-based."""
    for line in reversed(lines[:number]):
        text = line.text[:column] if line.number == number else line.text
        position = len(text)
        while (position := text.rfind(quote, 0, position)) >= 0:
            escaped = quote == '"' and position > 0 and text[position - 1] == "\\"
            doubled = quote == "'" and position > 0 and text[position - 1] == "'"
            if doubled:
                position -= 1
            elif not escaped:
                return line.number, position + 1
    return None


def _block_text(failure: Failure) -> Finding | None:
    """Block text ('text: >-') whose lines are not indented further than their field, or less than each other."""
    line = failure.suspect
    if line.kind != "text":
        return None
    above = reversed(failure.lines[: line.number - 1])
    block = next((other for other in above if other.kind in ("field", "item")), None)
    if block is None or not block.opens_block:
        return None
    field = f"'{block.key}: {block.value}'"
    first = next(other for other in failure.lines[block.number : line.number] if other.significant)
    if first.indent <= block.key_column:
        return (
            first.number,
            first.column,
            f"the text under {field} (line {block.number}) must be indented further than '{block.key}:'; "
            f"indent its lines {spaces(block.key_column + 2)}",
        )
    if line.indent < first.indent:
        return (
            line.number,
            line.column,
            f"this line is indented {spaces(line.indent)}, the text under {field} (line {block.number}) "
            f"{first.indent}: indent it {spaces(first.indent)}, like the lines above it",
        )
    return None


_NO_SPACE_AFTER_COLON = re.compile(r"(?P<key>[A-Za-z_][\w-]*):(?=[^\s/])")
_NO_SPACE_AFTER_DASH = re.compile(r" *-(?=[^\s-])")


def _nearby(failure: Failure) -> list[Line]:
    """The suspect line and the lines above it back to the nearest one with a field name: the current field."""
    nearby = [failure.suspect]
    for line in failure.above(failure.suspect)[:5]:
        nearby.append(line)
        if line.key is not None:
            break
    return nearby


def _missing_space(failure: Failure) -> Finding | None:
    """'id:unodc' (no space after the colon) or '-id: unodc' (none after the dash)."""
    for line in _nearby(failure):
        if line.kind == "text" and (match := _NO_SPACE_AFTER_COLON.match(line.text, line.indent)):
            key, rest = match.group("key"), line.text[match.end() :].strip()
            return line.number, match.end(), f"a space is missing after '{key}:'; write '{key}: {rest}'"
        if line.kind == "item" and (match := _NO_SPACE_AFTER_COLON.match(line.text, line.key_column)):
            key, rest = match.group("key"), line.text[match.end() :].strip()
            return line.number, match.end(), f"a space is missing after '{key}:'; write '- {key}: {rest}'"
        if line.kind == "text" and _NO_SPACE_AFTER_DASH.match(line.text):
            fixed = "- " + line.text[line.indent + 1 :]
            return line.number, line.column, f"a space is missing after '-'; write '{fixed}'"
    return None


def _unclosed_bracket(failure: Failure) -> Finding | None:
    if "flow" not in failure.context or not failure.opened:
        return None
    line, column = failure.opened
    text = failure.line(line).text
    opening = text[column - 1 : column]
    closing, what = ("]", "list") if opening == "[" else ("}", "set of fields")
    if opening not in ("[", "{") or closing in text[column:]:
        return None  # closed on its line: something inside it is the mistake
    return (
        line,
        column,
        f"the {what} opened with '{opening}' here is not closed: end it with '{closing}' on the same line "
        f"(if the value is text, put it in quotes)",
    )


def _colon_in_value(failure: Failure) -> Finding | None:
    """'title: ICAT: the plan': a second ': ' in a value."""
    line = failure.line(failure.at[0])
    if (
        "mapping values" not in failure.problem
        or line.key is None
        or failure.at[1] - 1 <= line.key_column + len(line.key)
    ):
        return None
    return (
        *failure.at,
        f"the value of '{line.key}' holds ': ', which YAML reads as the start of a field; put the value in quotes: "
        f"{quoted_value(line.key, line.value)}",
    )


# A value that starts with one of these is not read as text.
_INDICATORS = {
    "[": "a list",
    "{": "a set of fields",
    "*": "an alias (a repeated value)",
    "&": "an anchor (a name for a repeated value)",
    "!": "a tag",
    "|": "the start of a block of text",
    ">": "the start of a block of text",
    "@": "",
    "`": "",
    "]": "",
    "}": "",
}


def _value_starts_with_indicator(failure: Failure) -> Finding | None:
    line = failure.suspect
    first = line.value[:1]
    if line.key is None or first not in _INDICATORS or line.opens_block:
        return None
    reading = f"is read by YAML as {_INDICATORS[first]}" if _INDICATORS[first] else "cannot be read by YAML"
    column = line.text.index(line.value, line.key_column) + 1
    return (
        line.number,
        column,
        f"a value that starts with {first} {reading}; put it in quotes: {quoted_value(line.key, line.value)}",
    )


def _indentation(failure: Failure) -> Finding | None:
    """A field or a '- ' line indented unlike its neighbours: say both widths."""
    line = failure.suspect
    if line.kind == "item":
        items = [other for other in failure.above(line) if other.kind == "item"]
        alike = [other for other in items if line.key is not None and other.key == line.key]
        widths, neighbours = [other.indent for other in alike or items], "the other '- ' lines of this list"
    elif line.kind == "field":
        widths = [other.key_column for other in failure.above(line) if other.key is not None]
        in_list = any(other.kind == "item" and other.indent == 0 for other in failure.lines)
        neighbours = "the lines of this entry" if in_list else "the fields above it"
    else:
        return None
    # The nearest width wins a tie: min() keeps the first of equals, and the nearest line comes first.
    expected = min(widths, key=lambda width: abs(width - line.indent), default=line.indent)
    if expected == line.indent:
        return None
    advice = f"indent it {spaces(expected)}" if expected else "start it at the left edge"
    return (
        line.number,
        line.column,
        f"this line is indented {spaces(line.indent)}, {neighbours} {expected}: {advice}, like them",
    )


def _stray_text(failure: Failure) -> Finding | None:
    """A line that is neither 'field: value' nor indented under the field whose value it continues."""
    line = failure.suspect
    owner = next((other for other in failure.above(line) if other.key is not None), None)
    if line.kind != "text" or owner is None:
        return None
    return (
        line.number,
        line.column,
        f"YAML expects 'field: value' on this line: if it continues the value of '{owner.key}' (line "
        f"{owner.number}), indent it further than '{owner.key}:'; if it is a field, put ': ' after its name",
    )


def _fallback(failure: Failure) -> Finding:
    return (
        *failure.at,
        "YAML cannot read the file from here; compare this line and the one before it with an entry that works: "
        "the same indentation for the fields of an entry, a space after each ':' and '-', every quote closed "
        f"(YAML's own words: {failure.problem or 'the syntax is broken'})",
    )


DIAGNOSES: tuple[Callable[[Failure], Finding | None], ...] = (
    _tab,
    _unknown_escape,
    _unclosed_quote,
    _quote_ends_early,
    _block_text,
    _missing_space,
    _unclosed_bracket,
    _colon_in_value,
    _value_starts_with_indicator,
    _indentation,
    _stray_text,
    _fallback,
)
