"""The open data downloads: members, priorities, highlights (the Annex) and events as JSON and CSV.

Written at build time from the validated model, so the downloads always equal the
YAML. CSV cells that hold lists join their items with "; "; a cell that a spreadsheet
would read as a formula is written as text (text/escape.py csv_cell).
"""

from __future__ import annotations

import csv
import io

from ..report import Report
from ..text.escape import csv_cell, json_text

DATASETS = ("members", "priorities", "activities", "events")
# A download's name for readers: an Annex entry is a "highlight" on every page (the report's own word, "Highlights
# from the Membership"), so its files are highlights.json and .csv; the editors' file keeps its name.
FILE_NAMES = {"activities": "highlights"}


def file_name(dataset: str) -> str:
    """The name of a dataset's downloads, without the extension."""
    return FILE_NAMES.get(dataset, dataset)


def records(report: Report, dataset: str) -> list[dict]:
    """Plain dicts for one dataset, with a few derived fields readers want."""
    if dataset == "members":
        return [{**m.model_dump(), "highlights": len(report.activities_of(m.id))} for m in report.members]
    if dataset == "priorities":
        return [p.model_dump() for p in report.priorities]
    if dataset == "activities":
        return [a.model_dump() for a in report.activities]
    if dataset == "events":
        rows = []
        for e in report.events:
            date = e.date
            rows.append({**e.model_dump(), "date_label": date.label(), "date_precision": date.start.precision})
        return rows
    raise KeyError(dataset)


def as_json(report: Report, dataset: str) -> str:
    return json_text(records(report, dataset))


def as_csv(report: Report, dataset: str) -> str:
    rows = records(report, dataset)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]) if rows else [], lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({name: csv_cell(value) for name, value in row.items()})
    return out.getvalue()


def downloads(report: Report) -> dict[str, str]:
    """{file name: content} for every dataset in both formats."""
    files = {}
    for dataset in DATASETS:
        files[f"{file_name(dataset)}.json"] = as_json(report, dataset)
        files[f"{file_name(dataset)}.csv"] = as_csv(report, dataset)
    return files
