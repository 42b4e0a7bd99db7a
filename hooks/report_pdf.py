"""MkDocs hook: whether this build publishes the report as a PDF, and where.

`make pdf` builds with the environment variable REPORT_PDF set: to `1` when the PDF
will be written into the site after the build (`python -m icat_report pdf`,
icat_report.paper), or to the path of a PDF already made, which is then copied into the
site and its size shown on the download link. Without it (`make build`, `make serve`)
the download link points to the whole-report page instead.
"""

from __future__ import annotations

import os
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files

from icat_report.paper.download import PdfFile
from icat_report.paper.file import pdf_path

ENVIRONMENT_VARIABLE = "REPORT_PDF"


@event_priority(90)  # after hooks/report_data.py (100), before the macros plugin reads it (0)
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Tell the macros (`config.extra["report_pdf"]`) whether and where the PDF will be."""
    value = os.environ.get(ENVIRONMENT_VARIABLE, "").strip()
    config.extra["report_pdf"] = None
    if value and value != "0":
        made = _made_pdf(value)
        size = made.stat().st_size if made else None
        config.extra["report_pdf"] = PdfFile(pdf_path(config.extra["report"]), size)
        config.extra["report_pdf_source"] = str(made) if made else None
    return config


def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    """Publish a PDF made before the build at its place in the site."""
    pdf, source = config.extra.get("report_pdf"), config.extra.get("report_pdf_source")
    if pdf is not None and source:
        files.append(File.generated(config, pdf.path, abs_src_path=source))
    return files


def _made_pdf(value: str) -> Path | None:
    if value == "1":
        return None
    path = Path(value)
    if not path.is_file() or path.suffix.lower() != ".pdf":
        raise PluginError(f"{ENVIRONMENT_VARIABLE}={value}: not a PDF file; set it to 1 or to the path of the made PDF")
    return path.resolve()
