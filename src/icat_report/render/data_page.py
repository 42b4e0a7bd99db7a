"""Markdown for the "Download the data" page and the editors' reference: the downloads, and what each field means.

`field_table` is given a data file's JSON Schema (model/schema.py, the one editors' tools read), so the
table says what the schema says: the fields, whether each is required, what may be written (the
choices, the id and date forms, the lengths and ranges), plus what the checks add to the schema
(values that must be unique, ids that must exist in another file) and what the order of the
entries decides (model/files.py).
"""

from __future__ import annotations

import re

from ..model.dates import DATE_PATTERN
from ..model.files import DATA_FILE_BY_NAME
from ..model.types import ID_MAX, ID_PATTERN, RESERVED_IDS
from ..report import Report
from ..text.escape import html_text
from ..text.urls import PAGE_PATH_PATTERN
from .common import Href
from .export import DATASETS, file_name, records

CODE_SPAN = re.compile(r"(`[^`]+`)")
# What each kind of reference (model/files.py; checked in validate/references.py) names; a test holds them complete.
REFERENCE_TARGETS = {
    "member": "an id from data/members.yaml",
    "organiser": "an id from data/members.yaml, or icat for the group itself",
    "event": "an id from data/events.yaml",
    "link": "an id from data/links.yaml",
    "priority": "a number from data/priorities.yaml",
}


# A dataset's name for readers where its file's name says less than it holds.
DATASET_LABELS = {"members": "Members and partners"}


def downloads_table(report: Report, href: Href, schemas: bool = False) -> str:
    """The downloads with their entry counts; with `schemas` (the editors' guide), the schema of each file too."""
    head = "| Dataset | Entries | JSON | CSV |" + (" Schema |" if schemas else "")
    rows = [head, "| --- | ---: | --- | --- |" + (" --- |" if schemas else "")]
    for dataset in DATASETS:
        name = file_name(dataset)
        schema = f" [{dataset}.schema.json]({href(f'downloads/schemas/{dataset}.schema.json')}) |" if schemas else ""
        rows.append(
            f"| {DATASET_LABELS.get(dataset, name.capitalize())} | {len(records(report, dataset))} "
            f"| [{name}.json]({href(f'downloads/{name}.json')}) "
            f"| [{name}.csv]({href(f'downloads/{name}.csv')}) |{schema}"
        )
    return "\n".join(rows)


def for_readers(description: str) -> str:
    """A field's description, written for editors, as a reader of the downloads needs it: the data's files
    by the names of the downloads, not by their place in the site's sources."""
    text = re.sub(r"\bdata/(\w+)\.yaml\b", lambda match: f"{file_name(match[1])}.json", description)
    return text.replace(" (under docs/)", "")


def field_table(file_name: str, schema: dict) -> str:
    """What the order of a data file's entries decides, then a table of its fields from its JSON Schema
    (model/schema.py): required or not, what to write, and what each means (the descriptions written for editors)."""
    spec = DATA_FILE_BY_NAME[file_name]
    definitions = schema.get("$defs", {})
    record = definitions.get(spec.record.__name__, schema)
    rows = ["| Field | Required | What to write | Meaning |", "| --- | --- | --- | --- |"]
    rows += _rows(file_name, record, definitions, ())
    return (f"{_cell(spec.order)}\n\n" if spec.order else "") + "\n".join(rows)


def _rows(file_name: str, record: dict, definitions: dict, parent: tuple[str, ...]) -> list[str]:
    """A row per field of `record`, then rows for the fields of a record it holds (people › name)."""
    rows = []
    required = set(record.get("required", ()))
    for name, field in record["properties"].items():
        path = (*parent, name)
        value = _without_null(field)
        nested = _nested(value, definitions)
        what = _what_to_write(value) + _checked(file_name, path, value)
        shown = " › ".join(f"`{part}`" for part in path)
        meaning = field.get("description", "")
        rows.append(f"| {shown} | {'yes' if name in required else 'no'} | {_cell(what)} | {_cell(meaning)} |")
        if nested is not None:
            rows += _rows(file_name, nested, definitions, path)
    return rows


def _without_null(field: dict) -> dict:
    """An optional field's schema without its 'or empty' (null) branch."""
    branches = [branch for branch in field.get("anyOf", ()) if branch.get("type") != "null"]
    return {**field, **branches[0]} if len(branches) == 1 else field


def _nested(value: dict, definitions: dict) -> dict | None:
    reference = value.get("$ref") or value.get("items", {}).get("$ref")
    return definitions[reference.rsplit("/", 1)[-1]] if reference else None


def _what_to_write(value: dict) -> str:
    if value.get("type") == "array":
        items = value["items"]
        if "$ref" in items:
            return "a list of entries, each starting with `- `, with the fields below"
        return f"a list, `[a, b]` or a line `- a` for each item; each item {_one(items)}"
    if "$ref" in value:
        return "the fields below, indented under it"
    default = value.get("default")
    left_out = f" ({str(default).lower()} when left out)" if isinstance(default, bool) else ""
    return _one(value) + left_out


def _one(value: dict) -> str:
    """What one value of this schema is, in the editor's words."""
    if "enum" in value:
        return "one of " + ", ".join(f"`{choice}`" for choice in value["enum"])
    kind, pattern, length = value.get("type"), value.get("pattern"), value.get("maxLength")
    if kind == "boolean":
        return "`true` or `false`"
    if kind == "integer":
        return "a whole number" + _bounds(value.get("minimum"), value.get("maximum"))
    if pattern == ID_PATTERN:
        reserved = " or ".join(RESERVED_IDS)
        return f"an id: lowercase letters, digits and single hyphens, at most {ID_MAX} characters, not {reserved}"
    if pattern == DATE_PATTERN:
        return 'a date in quotes: `"2021-06-15"`, `"2021-06"`, `"2021"` or a range `"2021-11-22/2021-11-23"`'
    if pattern == PAGE_PATH_PATTERN:
        return "the path of a page under docs/ (letters, digits and - _ . /), with a #heading-id if need be"
    if value.get("format") == "email":
        return "an e-mail address, name@example.org"
    if value.get("format") == "uri":
        return "a whole address starting with https:// or http:// (mailto: for e-mail)"
    markdown = "Markdown text" if value.get("contentMediaType") == "text/markdown" else "text"
    return f"{markdown}, at most {length:,} characters" if length else markdown


def _bounds(low: int | None, high: int | None) -> str:
    if low is not None and high is not None:
        return f" from {low} to {high}"
    if low is not None:
        return f", {low} or more"
    return f", at most {high}" if high is not None else ""


def _checked(file_name: str, path: tuple[str, ...], value: dict) -> str:
    """What the check adds to the schema for this field: unique in the file, defined in another file."""
    spec = DATA_FILE_BY_NAME[file_name]
    added = []
    if len(path) == 1 and any(unique.key == path[0] for unique in spec.unique):
        added.append("no two entries may share it")
    list_path = (*path, "*") if value.get("type") == "array" else path
    nested_path = tuple(part for step in path for part in (step, "*"))[:-1]
    for reference in spec.references:
        if reference.field in (path, list_path, nested_path):
            added.append(REFERENCE_TARGETS[reference.kind])
    return "".join(f"; {words}" for words in added)


def _cell(text: str) -> str:
    """Text in a table cell: the code's own Markdown; outside its `code` spans, HTML, brackets and braces made
    inert and pipes kept in the cell. A code span shows as typed: there an entity would show as typed too, and
    the page's finishing leaves code alone (text/markdown_text.py)."""
    parts = CODE_SPAN.split(" ".join(text.split()))
    return "".join(part if index % 2 else _words(part) for index, part in enumerate(parts))


def _words(text: str) -> str:
    """html_text for the words between code spans, keeping the spaces that separate them from the code."""
    if not text.strip():
        return text
    lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
    return lead + html_text(text).replace("|", "&#124;") + trail


def download_fields(file_name: str) -> str:
    """The fields of one data file as the "Download the data" page shows them to readers of the downloads: the
    descriptions written for editors, with the data's files named as their downloads (for_readers)."""
    spec = DATA_FILE_BY_NAME[file_name]
    rows = ["| Field | Required | Meaning |", "| --- | --- | --- |"]
    for name, field in spec.record.model_fields.items():
        required = "yes" if field.is_required() else "no"
        rows.append(f"| `{name}` | {required} | {_cell(for_readers(field.description or ''))} |")
    return "\n".join(rows)
