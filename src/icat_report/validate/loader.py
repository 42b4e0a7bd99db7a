"""Load every file under data/, validate it, and return a `Report` or raise `DataError`.

This is the one validation path: the MkDocs build, `python -m icat_report check` and
the tests all call `load_report`. It never stops at the first mistake: each file is
checked entry by entry, then the references between files, and every problem is
reported at once with its file, line and column.
"""
from __future__ import annotations

import calendar
import difflib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from .. import model
from ..model.files import DATA_FILES
from ..text.markdown_text import find_footnote_refs, find_link_refs, find_unsafe_links
from ..problems import DataError, Problem
from ..report import ICAT_ID, Report
from ..source.yaml_reader import SourceFile, read_source


# Markdown text fields, per file, as paths below one entry (for reference checks).
TEXT_FIELDS: dict[str, tuple[tuple[str, ...], ...]] = {
    "footnotes.yaml": (("text",),),
    "activities.yaml": (("text",), ("points", "*")),
    "events.yaml": (("summary",),),
}


def load_report(data_dir: Path, docs_dir: Path | None = None) -> Report:
    """Read, validate and cross-check data_dir; raise DataError listing every problem.

    When docs_dir is given, page paths in the data (told_in, page) must exist there.
    """
    data_dir = Path(data_dir)
    problems: list[Problem] = []
    sources: dict[str, SourceFile] = {}
    records: dict[str, Any] = {}
    for spec in DATA_FILES:
        display = f"{data_dir.name}/{spec.name}"
        if not spec.required and not (data_dir / spec.name).exists():
            sources[spec.name], records[spec.name] = SourceFile(display, []), []
            continue
        source, file_problems = read_source(data_dir / spec.name, display)
        sources[spec.name] = source
        problems += file_problems
        if file_problems and source.data is None:
            records[spec.name] = None if not spec.is_list else []
            continue
        value, value_problems = _validate_file(spec, source)
        records[spec.name] = value
        problems += value_problems
    if records["report.yaml"] is None:
        raise DataError(problems)
    report = Report(
        info=records["report.yaml"],
        members=tuple(records["members.yaml"]),
        priorities=tuple(records["priorities.yaml"]),
        links=tuple(records["links.yaml"]),
        acronyms=tuple(records["acronyms.yaml"]),
        footnotes=tuple(records["footnotes.yaml"]),
        photos=tuple(records["photos.yaml"]),
        activities=tuple(records["activities.yaml"]),
        events=tuple(records["events.yaml"]),
        corrections=tuple(records["corrections.yaml"]),
    )
    problems += _check_references(report, sources, data_dir, docs_dir)
    if problems:
        raise DataError(problems)
    return report


# -- one file ------------------------------------------------------------------

def _validate_file(spec: DataFile, source: SourceFile) -> tuple[Any, list[Problem]]:
    """Validate each entry on its own, so one bad entry does not hide the others."""
    data = source.data
    if spec.is_list:
        if not isinstance(data, list):
            return [], [source.problem((), "this file should hold a list of entries, each starting with '- ' (see the example at its top)")]
        entries, problems = [], []
        for index, item in enumerate(data):
            value, item_problems = _validate_entry(spec.record, item, source, (index,))
            problems += item_problems
            if value is not None:
                entries.append(value)
        return entries, problems
    if not isinstance(data, dict):
        return None, [source.problem((), "this file should hold 'field: value' lines (see the example at its top)")]
    return _validate_entry(spec.record, data, source, ())


def _validate_entry(record: type[BaseModel], item: Any, source: SourceFile, path: tuple) -> tuple[Any, list[Problem]]:
    if not isinstance(item, dict):
        return None, [source.problem(path, "each entry should be a set of 'field: value' lines under its '- '")]
    try:
        return record.model_validate(item), []
    except ValidationError as error:
        errors = error.errors(include_url=False)
        return None, [_explain(err, record, source, path) for err in _without_misspelt_missing(errors, record)]


def _without_misspelt_missing(errors: list[dict], record: type[BaseModel]) -> list[dict]:
    """A misspelt field is one mistake: report 'unknown field nmae (did you mean
    name?)' and not also 'name is missing'."""
    missing = {e["loc"]: e for e in errors if e["type"] == "missing"}
    suggested = set()
    for e in errors:
        if e["type"] == "extra_forbidden":
            loc = tuple(e["loc"])
            close = difflib.get_close_matches(str(loc[-1]), _field_names(record, loc), n=1, cutoff=0.6)
            if close:
                suggested.add(loc[:-1] + (close[0],))
    return [e for e in errors if not (e["type"] == "missing" and tuple(e["loc"]) in suggested and tuple(e["loc"]) in missing)]


def _explain(err: dict, record: type[BaseModel], source: SourceFile, base: tuple) -> Problem:
    """Turn one pydantic error into a sentence an editor can act on."""
    loc = tuple(part for part in err["loc"] if not (isinstance(part, str) and part.startswith(("function-", "literal["))))
    path = base + loc
    field = next((str(part) for part in reversed(loc) if isinstance(part, str)), "entry")
    kind, value = err["type"], err.get("input")
    raw = source.raw_text(path)
    if kind == "missing":
        return source.problem(path[:-1], f"'{field}' is missing; add a line '{field}: ...' to this entry")
    if kind == "extra_forbidden":
        known = _field_names(record, loc)
        hint = _did_you_mean(field, known) or f" (known fields: {', '.join(known)})"
        return source.problem(path, f"unknown field '{field}'{hint}; fix its spelling or remove it", key=True)
    if raw is not None and source.is_plain_scalar(path) and kind.endswith("_type") and not isinstance(value, str):
        reading = _yaml_reading(value)
        if kind == "string_type" and reading:
            return source.problem(path, f"'{raw}' is read by YAML as {reading}, but '{field}' is text; put it in quotes: {field}: \"{raw}\"")
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return source.problem(path, f"'{field}' must be a whole number, not {_show(value)}")
    if kind == "bool_type":
        return source.problem(path, f"'{field}' must be true or false, not {_show(value)}")
    if kind == "string_type":
        return source.problem(path, f"'{field}' must be text, not {_describe(value)}")
    if kind == "list_type":
        return source.problem(path, f"'{field}' must be a list: one '- value' line per item, or [a, b]")
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return source.problem(path, f"'{field}' must be a set of 'field: value' lines")
    if kind == "literal_error":
        allowed = err.get("ctx", {}).get("expected", "")
        return source.problem(path, f"'{field}' must be one of {allowed}, not {_show(value)}")
    if kind == "string_pattern_mismatch":
        pattern = err.get("ctx", {}).get("pattern")
        if pattern == model.ID_PATTERN:
            return source.problem(path, f"{_show(value)} is not a valid id: use lowercase letters, digits and single hyphens, e.g. un-women")
        if pattern == model.DATE_PATTERN:
            return source.problem(path, f"{_show(value)} is not a date: write \"2021-06-15\", \"2021-06\", \"2021\" or a range \"2021-11-22/2021-11-23\"")
        return source.problem(path, f"{_show(value)} is not a valid '{field}' (an e-mail address looks like name@example.org)")
    if kind == "string_too_short":
        return source.problem(path, f"'{field}' is empty; write a value or remove the line")
    if kind == "too_short":
        return source.problem(path, f"'{field}' needs at least one entry")
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        return source.problem(path, f"'{field}' is {_show(value)}: {err['msg'].lower()}")
    if kind == "value_error":
        message = err["msg"].removeprefix("Value error, ")
        return source.problem(path, f"'{field}': {message}" if loc else message)
    return source.problem(path, f"'{field}': {err['msg']}")


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


def _did_you_mean(word: str, choices: list[str] | set[str]) -> str:
    close = difflib.get_close_matches(word, sorted(choices), n=1, cutoff=0.6)
    if not close:
        lowered = {c.lower(): c for c in choices}
        close = difflib.get_close_matches(word.lower(), sorted(lowered), n=1, cutoff=0.6)
        close = [lowered[c] for c in close]
    return f" (did you mean '{close[0]}'?)" if close else ""


def _yaml_reading(value: Any) -> str | None:
    if isinstance(value, bool):
        return "yes/no (true/false)"
    if value is None:
        return "empty"
    if hasattr(value, "isoformat"):
        return "a date"
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


# -- references between files -----------------------------------------------------

def _check_references(report: Report, sources: dict[str, SourceFile], data_dir: Path, docs_dir: Path | None) -> list[Problem]:
    problems: list[Problem] = []
    # Ids are taken from the files as written, so that one invalid entry does not
    # make every reference to it an error too; a file that could not be read at
    # all is not used for checks (its own problem is reported).
    member_ids = _ids(sources["members.yaml"])
    priority_numbers = _ids(sources["priorities.yaml"], "number")
    link_ids = _ids(sources["links.yaml"])
    footnote_ids = _ids(sources["footnotes.yaml"])
    event_ids = _ids(sources["events.yaml"])
    members_file = f"{data_dir.name}/members.yaml"

    def ref(name: str, path: tuple, value: str, known: set | None, what: str, where: str) -> None:
        if known is not None and value not in known:
            problems.append(sources[name].problem(path, f"{what} '{value}' is not defined in {where}{_did_you_mean(value, known)}"))

    problems += _duplicate_ids(sources)
    src = sources
    info = report.info
    for key in ("co_chairs", "incoming_co_chairs"):
        for i, member in enumerate(getattr(info, key)):
            ref("report.yaml", (key, i), member, member_ids, "member", members_file)
    numbers = [p.number for p in report.priorities]
    for index, number in enumerate(numbers):
        if numbers.index(number) != index:
            problems.append(src["priorities.yaml"].problem((_entry_index(src["priorities.yaml"], "number", number, nth=2), "number"), f"priority number {number} is used twice; each priority needs its own number"))
    for a in report.acronyms:
        i = _entry_index(src["acronyms.yaml"], "term", a.term)
        if a.member:
            ref("acronyms.yaml", (i, "member"), a.member, member_ids, "member", members_file)
    for p in report.photos:
        i = _entry_index(src["photos.yaml"], "id", p.id)
        for j, person in enumerate(p.people):
            if person.member:
                ref("photos.yaml", (i, "people", j, "member"), person.member, member_ids, "member", members_file)
        if p.event:
            ref("photos.yaml", (i, "event"), p.event, event_ids, "event", f"{data_dir.name}/events.yaml")
        problems += _check_page(src["photos.yaml"], (i, "page"), p.page, docs_dir)
    for a in report.activities:
        i = _entry_index(src["activities.yaml"], "id", a.id)
        ref_priority = a.priority
        if priority_numbers is not None and ref_priority not in priority_numbers:
            problems.append(src["activities.yaml"].problem((i, "priority"), f"priority {ref_priority} is not defined in {data_dir.name}/priorities.yaml (numbers: {', '.join(map(str, sorted(priority_numbers)))})"))
        for key in ("members", "involved"):
            for j, member in enumerate(getattr(a, key)):
                ref("activities.yaml", (i, key, j), member, member_ids, "member", members_file)
    for e in report.events:
        i = _entry_index(src["events.yaml"], "id", e.id)
        for j, member in enumerate(e.organisers):
            ref("events.yaml", (i, "organisers", j), member, None if member_ids is None else member_ids | {ICAT_ID}, "organiser", f"{members_file} (or use '{ICAT_ID}' for the group itself)")
        if e.priority is not None and priority_numbers is not None and e.priority not in priority_numbers:
            problems.append(src["events.yaml"].problem((i, "priority"), f"priority {e.priority} is not defined in {data_dir.name}/priorities.yaml"))
        if e.link:
            ref("events.yaml", (i, "link"), e.link, link_ids, "link", f"{data_dir.name}/links.yaml")
        if e.participants_qualifier and e.participants is None:
            problems.append(src["events.yaml"].problem((i, "participants_qualifier"), "participants_qualifier needs a participants number"))
        problems += _check_date(src["events.yaml"], (i, "date"), e.date, e.planned, info.year)
        problems += _check_page(src["events.yaml"], (i, "told_in"), e.told_in, docs_dir)
    for i, correction in enumerate(src["corrections.yaml"].data if isinstance(src["corrections.yaml"].data, list) else []):
        if isinstance(correction, dict) and isinstance(correction.get("page"), str):
            problems += _check_page(src["corrections.yaml"], (i, "page"), correction["page"], docs_dir)
    for name, fields in TEXT_FIELDS.items():
        source = src[name]
        for path, text in _text_values(source, fields):
            problems += _check_text(source, path, text, link_ids, footnote_ids, data_dir.name)
    return problems


def _ids(source: SourceFile, key: str = "id") -> set | None:
    """The ids a file defines, as written; None when the file could not be read."""
    if not isinstance(source.data, list):
        return None
    return {item[key] for item in source.data if isinstance(item, dict) and key in item and isinstance(item[key], (str, int))}


def _entry_index(source: SourceFile, key: str, value: Any, nth: int = 1) -> int:
    """Index of the nth entry whose `key` equals value (to point at its line)."""
    positions = source.entries_by(key).get(value, [0])
    return positions[nth - 1] if len(positions) >= nth else positions[0]


def _duplicate_ids(sources: dict[str, SourceFile]) -> list[Problem]:
    problems = []
    for name, key in (("members.yaml", "id"), ("priorities.yaml", "id"), ("links.yaml", "id"), ("acronyms.yaml", "term"),
                      ("footnotes.yaml", "id"), ("photos.yaml", "id"), ("activities.yaml", "id"), ("events.yaml", "id")):
        source = sources[name]
        first_line: dict[Any, int] = {}
        for index, item in enumerate(source.data if isinstance(source.data, list) else []):
            if not isinstance(item, dict) or key not in item:
                continue
            value = item[key]
            line, _ = source.position((index, key))
            if value in first_line:
                problems.append(source.problem((index, key), f"{key} '{value}' is used twice (first on line {first_line[value]}); every entry needs its own {key}"))
            else:
                first_line[value] = line
    return problems


def _check_date(source: SourceFile, path: tuple, text: str, planned: bool, year: int) -> list[Problem]:
    parts = text.split("/")
    problems = []
    bounds = []
    for part in parts:
        pieces = [int(x) for x in part.split("-")]
        y, m, d = (pieces + [None, None])[:3]
        if m is not None and not 1 <= m <= 12:
            return [source.problem(path, f"'{text}' has no month {m:02d}; months run from 01 to 12")]
        if d is not None and not 1 <= d <= calendar.monthrange(y, m)[1]:
            return [source.problem(path, f"'{text}' is not a real date: {calendar.month_name[m]} {y} has {calendar.monthrange(y, m)[1]} days")]
        bounds.append((y, m or 0, d or 0))
    if len(bounds) == 2 and bounds[1] < bounds[0]:
        problems.append(source.problem(path, f"the range '{text}' ends before it starts; write the earlier date first"))
    first_year = bounds[0][0]
    if first_year > year and not planned:
        problems.append(source.problem(path, f"'{text}' is after the report's year {year}; if the report says it will happen, add 'planned: true', otherwise fix the year"))
    elif first_year < year - 1 or first_year > year + 1:
        problems.append(source.problem(path, f"'{text}' is far from the report's year {year}; check the year"))
    return problems


def _check_page(source: SourceFile, path: tuple, page: str, docs_dir: Path | None) -> list[Problem]:
    if docs_dir is None:
        return []
    target = page.split("#", 1)[0]
    if not target.endswith(".md") or not (Path(docs_dir) / target).is_file():
        return [source.problem(path, f"page '{page}' does not exist under {Path(docs_dir).name}/; give the path of a page, e.g. year-in-review/survivors.md")]
    return []


def _text_values(source: SourceFile, fields: tuple[tuple[str, ...], ...]):
    """(path, text) for every Markdown text field of every entry."""
    for index, item in enumerate(source.data if isinstance(source.data, list) else []):
        if not isinstance(item, dict):
            continue
        for field in fields:
            value = item.get(field[0])
            if field[-1] == "*" and isinstance(value, list):
                for j, text in enumerate(value):
                    if isinstance(text, str):
                        yield (index, field[0], j), text
            elif isinstance(value, str):
                yield (index, field[0]), value


def _check_text(source: SourceFile, path: tuple, text: str, link_ids: set | None, footnote_ids: set | None, data_name: str) -> list[Problem]:
    problems = []
    for link_id in find_link_refs(text):
        if link_ids is not None and link_id not in link_ids:
            problems.append(source.problem(path, f"link '{link_id}' is not defined in {data_name}/links.yaml{_did_you_mean(link_id, link_ids)}"))
    for footnote_id in find_footnote_refs(text):
        if footnote_ids is not None and footnote_id not in footnote_ids:
            problems.append(source.problem(path, f"footnote '{footnote_id}' is not defined in {data_name}/footnotes.yaml{_did_you_mean(footnote_id, footnote_ids)}"))
    for target in find_unsafe_links(text):
        problems.append(source.problem(path, f"the link target '{target}' is not allowed: put the address in {data_name}/links.yaml (https:// or http:// only) and write [words][link-id]"))
    return problems


_loaded: dict[tuple, Report] = {}


def load_report_once(data_dir: Path, docs_dir: Path | None = None) -> Report:
    """`load_report`, reused while no file under data_dir has changed.

    One MkDocs build asks for the report from both the macros and the page hook;
    `mkdocs serve` asks again on every rebuild, when a changed file must be re-read.
    """
    data_dir = Path(data_dir)
    stamp = tuple(sorted((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in data_dir.glob("*.yaml")))
    key = (str(data_dir.resolve()), str(docs_dir), stamp)
    if key not in _loaded:
        _loaded.clear()
        _loaded[key] = load_report(data_dir, docs_dir)
    return _loaded[key]
