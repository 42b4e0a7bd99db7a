"""The ICAT Chairs' Annual Report as data: load and validate it, render it as Markdown.

This package knows nothing of MkDocs: `macros.py` and `hooks/` adapt it to the site.
"""

from .problems import DataError, Problem
from .report import Report
from .validate.loader import load_report

__all__ = ["DataError", "Problem", "Report", "load_report"]
