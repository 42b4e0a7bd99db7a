"""Pages made from the data alone: their paths and the macro call each one holds."""
from __future__ import annotations

import json
from pathlib import Path

from ..render.export import downloads
from ..render.common import member_page_path, priority_page_path
from ..report import Report
from ..model.schema import committed_schema_texts


def generated_pages(report: Report) -> dict[str, str]:
    """{path under docs/: Markdown} for every member, partner and priority page."""
    pages = {}
    for member in report.members:
        description = f"What {member.short_name} did in {report.info.year} against trafficking in persons: its highlights, events and people in the ICAT Chairs' Annual Report."
        # A member's own page should rank first when a reader searches its name.
        pages[member_page_path(member)] = _page(description, f'{{{{ member_page("{member.id}") }}}}', search_boost=2)
    for priority in report.priorities:
        description = f"Priority {priority.number} of the ICAT Action Plan, {priority.title}: every highlight reported in {report.info.year}, by entity."
        pages[priority_page_path(priority)] = _page(description, f'{{{{ priority_page("{priority.id}") }}}}')
    return pages


def _page(description: str, body: str, search_boost: float | None = None) -> str:
    # json.dumps quotes the value safely for YAML front matter.
    boost = f"search:\n  boost: {search_boost}\n" if search_boost else ""
    return f"---\ndescription: {json.dumps(description)}\n{boost}---\n\n{body}\n"


def generated_downloads(report: Report, schemas_dir: Path) -> dict[str, str]:
    """{path under the site: content} for the open data files and the committed schemas."""
    files = {f"downloads/{name}": text for name, text in downloads(report).items()}
    files.update({f"downloads/schemas/{name}": text for name, text in committed_schema_texts(schemas_dir).items()})
    return files
