"""Pydantic's validation errors turned into sentences an editor can act on.

Each error becomes one `Problem` at the line and column of the value (or of the key,
for an unknown field), in the editor's words: what is wrong, and what to write.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, ValidationError

from ..model.dates import DATE_PATTERN, EDITOR_SENTENCE, not_a_date
from ..model.types import ID_PATTERN, id_suggestion
from ..problems import Problem, did_you_mean
from ..source.yaml_reader import Location, SourceFile

ID_RULE = "use lowercase letters, digits and single hyphens"
# Error kinds whose sentence needs only the field's name and the value.
_SIMPLE = {
    "int_type": "'{field}' must be a whole number, not {shown}",
    "int_parsing": "'{field}' must be a whole number, not {shown}",
    "int_from_float": "'{field}' must be a whole number, not {shown}",
    "bool_type": "'{field}' must be true or false, not {shown}",
    "string_type": "'{field}' must be text, not {described}",
    "list_type": "'{field}' must be a list: one '- value' line per item, or [a, b]",
    "model_type": "'{field}' must be a set of 'field: value' lines",
    "dict_type": "'{field}' must be a set of 'field: value' lines",
    "model_attributes_type": "'{field}' must be a set of 'field: value' lines",
    "string_too_short": "'{field}' is empty; write a value or remove the line",
    "too_short": "'{field}' needs at least one entry",
}
_PATTERNS = {
    ID_PATTERN: "{shown} is not a valid id: " + ID_RULE + ", e.g. un-women",
}


def explain_errors(
    error: ValidationError,
    record: type[BaseModel],
    source: SourceFile,
    base: Location,
) -> list[Problem]:
    """One problem per error of one entry at `base`, a misspelt field counted once."""
    errors = _without_misspelt_missing(error.errors(include_url=False), record)
    return [_explain(err, record, source, base) for err in errors]


def _without_misspelt_missing(errors: list[dict], record: type[BaseModel]) -> list[dict]:
    """A misspelt field is one mistake: report 'unknown field nmae (did you mean
    name?)' and not also 'name is missing'."""
    suggested = set()
    for e in errors:
        if e["type"] == "extra_forbidden":
            loc = tuple(e["loc"])
            hint = did_you_mean(str(loc[-1]), _field_names(record, loc))
            if hint:
                suggested.add(loc[:-1] + (hint.split("'")[1],))
    return [e for e in errors if not (e["type"] == "missing" and tuple(e["loc"]) in suggested)]


def _explain(err: dict, record: type[BaseModel], source: SourceFile, base: Location) -> Problem:
    """Turn one pydantic error into a sentence an editor can act on."""
    loc = tuple(part for part in err["loc"] if not _is_validator_step(part))
    location = base + loc
    field = next((str(part) for part in reversed(loc) if isinstance(part, str)), "entry")
    kind, value = err["type"], err.get("input")
    if kind == EDITOR_SENTENCE and "field" in err.get("ctx", {}):
        location += (err["ctx"]["field"],)  # a rule over several fields, said at the field it names
    if kind == "missing":
        return source.problem(location[:-1], f"'{field}' is missing; add a line '{field}: ...' to this entry")
    if kind == "extra_forbidden":
        known = _field_names(record, loc)
        hint = did_you_mean(field, known) or f" (known fields: {', '.join(known)})"
        return source.problem(location, f"unknown field '{field}'{hint}; fix its spelling or remove it", key=True)
    quoted = _quote_sentence(kind, value, field, source.raw_text(location), source.is_plain_scalar(location))
    return source.problem(location, quoted or _empty_block(kind, field, source, location) or _sentence(err, field, loc))


def _is_validator_step(part: object) -> bool:
    """pydantic names validator steps in an error's location; the editor knows only fields."""
    return isinstance(part, str) and part.startswith(("function-", "literal["))


def _quote_sentence(kind: str, value: Any, field: str, raw: str | None, plain: bool) -> str | None:
    """YAML read an unquoted word as something else (NO as false, 12:30 as a number)."""
    reading = _yaml_reading(value)
    if kind == "string_type" and raw is not None and plain and reading:
        return f"'{raw}' is read by YAML as {reading}, but '{field}' is text; put it in quotes: {field}: \"{raw}\""
    return None


def _empty_block(kind: str, field: str, source: SourceFile, location: Location) -> str | None:
    """Block text that YAML read as empty: its lines are not indented further than the field."""
    spot = source.spots.get(location)
    if kind != "string_too_short" or spot is None or spot.style not in ("|", ">"):
        return None
    written = source.lines[spot.line - 1].partition(":")[2].strip() if spot.line <= len(source.lines) else ""
    return f"'{field}' is empty: the lines of text under '{field}: {written}' must be indented further than '{field}:'"


def _sentence(err: dict, field: str, loc: tuple) -> str:
    kind, value, context = err["type"], err.get("input"), err.get("ctx", {})
    shown = _show(value)
    if kind in _SIMPLE:
        return _SIMPLE[kind].format(field=field, shown=shown, described=_describe(value))
    if kind == EDITOR_SENTENCE:
        return context["sentence"]
    if kind == "literal_error":
        return _choice_sentence(field, value, context.get("expected", ""))
    if kind == "string_pattern_mismatch":
        return _pattern_sentence(field, value, context.get("pattern"))
    if kind == "string_too_long":
        limit = context.get("max_length", 0)
        return f"'{field}' is {len(value):,} characters long, more than the {limit:,} allowed; shorten it"
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        return f"'{field}' is {shown}: {err['msg'].lower()}"
    if kind == "value_error":
        message = err["msg"].removeprefix("Value error, ")
        return f"'{field}': {message}" if loc else message
    return f"'{field}': {err['msg']}"


def _choice_sentence(field: str, value: Any, expected: str) -> str:
    """A value that is not one of a field's choices, with the choice it most likely means."""
    choices = re.findall(r"'([^']*)'", expected)
    sentence = f"'{field}' must be one of {expected}, not {_show(value)}"
    written = re.sub(r"[\s_]+", "-", value.strip().lower()) if isinstance(value, str) else None
    if written in choices:
        return f"{sentence}: write it as '{written}'"
    # A misspelt word is near its choice; words in brackets after a choice are no misspelling of it.
    return sentence + (did_you_mean(value, choices) if isinstance(value, str) and " " not in value.strip() else "")


def _pattern_sentence(field: str, value: str, pattern: str | None) -> str:
    """Text that is not written as its field's type is: a date, an id."""
    if pattern == DATE_PATTERN:
        return not_a_date(value)
    if pattern == ID_PATTERN and (suggestion := id_suggestion(value)):
        return f"{_show(value)} is not a valid id: {ID_RULE}; write it as '{suggestion}'"
    return _PATTERNS.get(pattern, "{shown} is not a valid '{field}'").format(shown=_show(value), field=field)


def _field_names(record: type[BaseModel], loc: tuple) -> list[str]:
    """Field names of the (possibly nested) record that holds loc[-1]."""
    current: Any = record
    for part in loc[:-1]:
        if isinstance(part, str) and hasattr(current, "model_fields") and part in current.model_fields:
            annotation = current.model_fields[part].annotation
            args = getattr(annotation, "__args__", ())
            nested = next((a for a in (annotation, *args) if isinstance(a, type) and issubclass(a, BaseModel)), None)
            if nested is not None:
                current = nested
    return list(getattr(current, "model_fields", {}))


def _yaml_reading(value: Any) -> str | None:
    if isinstance(value, bool):
        return "yes/no (true/false)"
    if value is None:
        return "empty"
    if isinstance(value, (int, float)):
        return "a number"
    return None


def _describe(value: Any) -> str:
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a set of fields"
    if value is None:
        return "empty"
    return _show(value)


def _show(value: Any) -> str:
    return f"'{value}'"
