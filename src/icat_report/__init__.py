"""The ICAT Chairs' Annual Report as data: load and check it, render it as Markdown and HTML.

`load_project` is the one way in. This package runs without MkDocs (tests/test_core_alone.py
proves it): the MkDocs adapter is the `icat_site` package, with `macros.py` and mkdocs.yml.
"""

from .problems import DataError, Problem
from .project import Project, load_project
from .report import Report

__all__ = ["DataError", "Problem", "Project", "Report", "load_project"]
