"""Whether a build publishes the report as a PDF, and where (the plugin's `pdf` option).

`make pdf` sets the option (mkdocs.yml: `pdf: !ENV [REPORT_PDF, ""]`) to `1` when the PDF will
be written into the site after the build (python -m icat_report pdf: icat_report.paper), or to the path of a PDF already
made, which is then copied into the site and its size shown on the download link. Without it
(`make build`, `make serve`) nothing needs Chromium and the download link points to the
whole-report page instead.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from icat_report.paper.download import PdfFile
from icat_report.paper.file import pdf_path
from icat_report.report import Report


def planned_pdf(option: str, report: Report) -> tuple[PdfFile | None, Path | None]:
    """(the PDF the site will hold, the made file to copy into it) for the option's value."""
    value = option.strip()
    if not value or value == "0":
        return None, None
    made = _made_pdf(value)
    return PdfFile(pdf_path(report), made.stat().st_size if made else None), made


def add_pdf(files: Files, config: MkDocsConfig, pdf: PdfFile, source: Path) -> None:
    """Publish a PDF made before the build at its place in the site."""
    files.append(File.generated(config, pdf.path, abs_src_path=str(source)))


def _made_pdf(value: str) -> Path | None:
    if value == "1":
        return None
    path = Path(value)
    if not path.is_file() or path.suffix.lower() != ".pdf":
        raise PluginError(f"REPORT_PDF={value}: not a PDF file; set it to 1 or to the path of the made PDF")
    return path.resolve()
