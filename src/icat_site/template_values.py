"""What the theme's templates show of the report: its identity and its PDF, not the report itself.

The header (the wordmark, the report's title, the official logo where the data names one), the
footer (the publisher, the contacts) and the page's action (the PDF, or the whole report to print)
read this small object, which the icat-report plugin puts in the theme's template globals as
`icat`; the report itself stays with the plugin and the macros. Values are as typed in the data:
the templates escape them (the theme's Jinja has no autoescape).
"""

from __future__ import annotations

from dataclasses import dataclass

from icat_report.model import Contacts
from icat_report.paper.download import PdfFile
from icat_report.report import Report
from icat_report.text.typography import curled


@dataclass(frozen=True)
class TemplateValues:
    organisation_acronym: str
    organisation: str
    title: str
    logo: str | None
    logo_alt: str | None
    contacts: Contacts
    pdf: PdfFile | None
    """The report's PDF in the site when the build publishes it (`make pdf`), else None."""


def template_values(report: Report, pdf: PdfFile | None) -> TemplateValues:
    info = report.info
    return TemplateValues(
        organisation_acronym=info.organisation_acronym,
        organisation=info.organisation,
        title=curled(info.title),  # typographic, as the pages' own text (smarty); the data keeps what was typed
        logo=info.logo,
        logo_alt=info.logo_alt,
        contacts=info.contacts,
        pdf=pdf,
    )
