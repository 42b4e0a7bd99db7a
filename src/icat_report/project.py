"""The project as the strict build checks it: the data, and the pages' use of it, in one call.

`python -m icat_report check` and the build (hooks/report_data.py) both call
`load_project`, so a green check means a green build.
"""

from __future__ import annotations

from pathlib import Path

from .page.page_checks import macro_call_problems
from .report import Report
from .validate.loader import load_report


def load_project(data_dir: Path, docs_dir: Path) -> Report:
    """The validated report; DataError with every problem of the data or of the pages' macro calls."""
    return load_report(data_dir, docs_dir, page_checks=macro_call_problems)
