"""MkDocs hook: the report's one owner. Loads data/ once per build and hands it on.

Runs before the macros plugin's own `on_config` (which calls macros.py's define_env),
so both the macros and the other hooks read the same report from
`config.extra["report"]`. `mkdocs serve` reads the configuration afresh for every
rebuild, so every rebuild loads the report afresh too: nothing is cached between
builds. Problems in the data stop the build before anything is built, each at its
file:line, with no traceback.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from icat_report import DataError
from icat_report.page.abbreviations import glossary
from icat_report.project import load_project
from icat_report.text.escape import html_text


@event_priority(100)  # before the macros plugin (default priority 0) registers the macros
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Load and check the report and the pages' macro calls; take the footer's copyright line."""
    data_dir = Path(config.config_file_path).parent / "data"  # beside mkdocs.yml, as the README says
    try:
        report = load_project(data_dir, Path(config.docs_dir))
    except DataError as error:
        raise PluginError(str(error)) from None
    config.extra["report"] = report
    config.mdx_configs["abbr"] = {"glossary": glossary(report)}  # the acronyms, once for every page
    # The theme writes the copyright line into every page's footer as HTML.
    config.copyright = html_text(report.info.copyright)
    return config
