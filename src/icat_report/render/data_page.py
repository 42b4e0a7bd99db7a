"""Markdown for the Open data page: the downloads and what each field means."""

from __future__ import annotations

import re

from ..model.files import DATA_FILES
from ..report import Report
from ..text.escape import html_text
from .common import Href
from .export import DATASETS, records


def downloads_table(report: Report, href: Href) -> str:
    rows = ["| Dataset | Records | JSON | CSV | Schema of the source file |", "| --- | ---: | --- | --- | --- |"]
    for dataset in DATASETS:
        rows.append(
            f"| {dataset.capitalize()} | {len(records(report, dataset))} "
            f"| [{dataset}.json]({href(f'downloads/{dataset}.json')}) "
            f"| [{dataset}.csv]({href(f'downloads/{dataset}.csv')}) "
            f"| [{dataset}.schema.json]({href(f'downloads/schemas/{dataset}.schema.json')}) |"
        )
    return "\n".join(rows)


def for_readers(description: str) -> str:
    """A field's description, written for editors, as a reader of the downloads needs it: the data's files
    by the names of the downloads, not by their place in the site's sources."""
    text = re.sub(r"\bdata/(\w+)\.yaml\b", r"\1.json", description)
    return text.replace(" (under docs/)", "")


def field_table(file_name: str) -> str:
    """The fields of one data file, with the descriptions written for editors (for_readers)."""
    spec = next(spec for spec in DATA_FILES if spec.name == file_name)
    rows = ["| Field | Required | Meaning |", "| --- | --- | --- |"]
    for name, field in spec.record.model_fields.items():
        required = "yes" if field.is_required() else "no"
        # Descriptions are the code's own Markdown (with `code`): HTML and braces made inert, pipes kept in the cell.
        meaning = html_text(for_readers(field.description or "")).replace("|", "&#124;")
        rows.append(f"| `{name}` | {required} | {meaning} |")
    return "\n".join(rows)
