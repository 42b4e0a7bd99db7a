"""The records of the data against those of the printed report: which were added, which are gone."""

from __future__ import annotations

from ..model.files import DATA_FILES
from ..report import Report
from .printed import printed_records


def changed_records(report: Report) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """({data file: keys added since printing}, {data file: keys of the printed report now gone}), in
    the data's order and in alphabetical order; files without a change are left out."""
    printed = printed_records()
    added: dict[str, tuple[str, ...]] = {}
    removed: dict[str, tuple[str, ...]] = {}
    for spec in DATA_FILES:
        if spec.key is None or spec.name not in printed:
            continue
        keys = [str(getattr(record, spec.key)) for record in getattr(report, spec.attribute)]
        if new := tuple(key for key in keys if key not in printed[spec.name]):
            added[spec.name] = new
        if gone := tuple(sorted(printed[spec.name] - set(keys))):
            removed[spec.name] = gone
    return added, removed
