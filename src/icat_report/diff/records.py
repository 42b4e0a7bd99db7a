"""The records of two projects compared, file by file: added, removed, and changed field by field."""

from __future__ import annotations

from dataclasses import dataclass

from ..model.files import DATA_FILES, DataFile
from ..project import Project


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: object
    new: object


@dataclass(frozen=True)
class RecordChange:
    key: str
    line: int | None
    """Where the record starts in the head's file (None for a removed one)."""
    fields: tuple[FieldChange, ...] = ()


@dataclass(frozen=True)
class FileChanges:
    file: str
    added: tuple[RecordChange, ...]
    removed: tuple[RecordChange, ...]
    changed: tuple[RecordChange, ...]


def record_changes(base: Project, head: Project) -> list[FileChanges]:
    """Every data file whose records differ, in the order of model/files.py."""
    found = []
    for spec in DATA_FILES:
        before, after = _records(base, spec), _records(head, spec)
        lines = _lines(head, spec)
        added = tuple(RecordChange(key, lines.get(key)) for key in after if key not in before)
        removed = tuple(RecordChange(key, None) for key in before if key not in after)
        changed = tuple(
            RecordChange(key, lines.get(key), fields)
            for key in after
            if key in before and (fields := _field_changes(before[key], after[key]))
        )
        if added or removed or changed:
            found.append(FileChanges(spec.name, added, removed, changed))
    return found


def _records(project: Project, spec: DataFile) -> dict[str, dict]:
    """{key: the record's fields as the data gives them}; report.yaml is one record, keyed by its name."""
    value = getattr(project.report, spec.attribute)
    records = value if spec.is_list else (value,)
    return {_key(spec, record): record.model_dump(mode="json", exclude_defaults=True) for record in records}


def _key(spec: DataFile, record) -> str:
    """The record's id (an acronym's term); for a file without ids (corrections), its page and first words."""
    if not spec.is_list:
        return spec.name
    if spec.key is not None:
        return str(getattr(record, spec.key))
    dumped = record.model_dump(mode="json")
    return f"{dumped.get('page', '')}: {' '.join(str(dumped.get('original', '')).split()[:8])}"


def _lines(project: Project, spec: DataFile) -> dict[str, int]:
    """{key: the line where the record starts} in the project's file."""
    source = project.sources.get(spec.name)
    entries = source.data if source is not None and isinstance(source.data, list) else []
    if spec.key is None:
        return {}
    return {
        str(entry.get(spec.key)): source.position((index,))[0]
        for index, entry in enumerate(entries)
        if isinstance(entry, dict)
    }


def _field_changes(old: dict, new: dict) -> tuple[FieldChange, ...]:
    return tuple(
        FieldChange(field, old.get(field), new.get(field))
        for field in dict.fromkeys([*old, *new])
        if old.get(field) != new.get(field)
    )
