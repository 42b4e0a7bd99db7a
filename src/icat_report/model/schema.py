"""JSON Schemas for the data files, generated from the model (one source of truth).

Editors' tools (VS Code's YAML extension and others) read them through the
`# yaml-language-server: $schema=...` line at the top of each data file.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from pydantic import TypeAdapter

from .files import DATA_FILES


@cache  # the model does not change within a process; the editors' guide asks for each file twice
def schema_for(file_name: str) -> dict:
    """The data file's JSON Schema. Shared between callers: read it, never change it."""
    spec = next(spec for spec in DATA_FILES if spec.name == file_name)
    target = list[spec.record] if spec.is_list else spec.record  # type: ignore[valid-type]
    schema = TypeAdapter(target).json_schema()
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": f"data/{file_name}",
        "description": (spec.record.__doc__ or "").strip().splitlines()[0],
        **schema,
    }
    return schema


def schema_file_name(data_file: str) -> str:
    return data_file.replace(".yaml", ".schema.json")


def schema_texts() -> dict[str, str]:
    """{file name under schemas/: JSON text} for every data file, made from the model."""
    return {
        schema_file_name(spec.name): json.dumps(schema_for(spec.name), indent=2, ensure_ascii=False) + "\n"
        for spec in DATA_FILES
    }


def committed_schema_texts(folder: Path) -> dict[str, str]:
    """The schemas as committed in folder (schemas/): what editors' tools read, and
    what the site publishes. A test keeps them equal to schema_texts(); reading them
    spares every build the work of making them again."""
    texts, missing = {}, []
    for spec in DATA_FILES:
        path = folder / schema_file_name(spec.name)
        if path.is_file():
            texts[path.name] = path.read_text(encoding="utf-8")
        else:
            missing.append(path.name)
    if missing:
        raise FileNotFoundError(
            f"{folder.name}/{', '.join(missing)} missing: run `make schemas` to write them from the model"
        )
    return texts


def write_schemas(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in schema_texts().items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
