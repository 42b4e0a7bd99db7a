"""Where the report's PDF lives in the built site and what it is called: one place for both
the build (icat_site/pdf_file.py) and the maker (icat_report.paper.make)."""

from __future__ import annotations

from ..report import Report


def pdf_path(report: Report) -> str:
    """The PDF's path under the site, e.g. downloads/icat-chairs-annual-report-2021.pdf."""
    acronym = report.info.organisation_acronym.lower()
    return f"downloads/{acronym}-chairs-annual-report-{report.info.year}.pdf"
