"""MkDocs hook: the pages and downloads made from data/ alone.

Each generated page (a member, partner or priority) holds one macro call, so its
content is rendered by the macros like every other page (and text from YAML is never
read as a template). Adding an entity to data/members.yaml adds its page; nothing is
written by hand. The downloads (JSON, CSV and the schemas) and the priorities' stylesheet
(their colours and icons) are made the same way.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from icat_report.page.generated import generated_assets, generated_downloads, generated_pages

SCHEMAS_DIR = Path(__file__).resolve().parent.parent / "schemas"


def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    """Add a page per member, partner and priority, the open data downloads, and the priorities' stylesheet."""
    report = config.extra["report"]
    try:
        downloads = generated_downloads(report, SCHEMAS_DIR)
    except FileNotFoundError as error:  # a schema not yet written: `python -m icat_report schemas`
        raise PluginError(str(error)) from None
    for src_uri, content in {**generated_pages(report), **downloads, **generated_assets(report)}.items():
        files.append(File.generated(config, src_uri, content=content))
    return files
