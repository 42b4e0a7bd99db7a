"""The pages and downloads made from data/ alone, added to the build's files.

Each generated page (a member, partner or priority) holds one macro call, so its content is
rendered by the macros like every other page (and text from YAML is never read as a
template). Adding an entity to data/members.yaml adds its page; nothing is written by hand.
The downloads (JSON, CSV and the schemas) and the priorities' stylesheet
(their colours and icons) are made the same way.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from icat_report.model.schema import committed_schema_texts
from icat_report.render.generated import Mentions, generated_assets, generated_downloads, generated_pages
from icat_report.report import Report

SCHEMAS_FOLDER = "schemas"  # beside mkdocs.yml


def published_schemas(config: MkDocsConfig) -> dict[str, str]:
    """{file name under schemas/: JSON text}: the committed schemas, which the site publishes and the editors'
    guide describes (a test keeps them equal to the model's; reading them spares each build making them)."""
    try:
        return committed_schema_texts(Path(config.config_file_path).parent / SCHEMAS_FOLDER)
    except FileNotFoundError as error:  # a schema not yet written: `python -m icat_report schemas`
        raise PluginError(str(error)) from None


def add_generated_files(
    files: Files, config: MkDocsConfig, report: Report, mentions: Mentions, schema_texts: dict[str, str]
) -> None:
    """Add a page per member, partner and priority, the open data downloads, and the priorities' stylesheet."""
    downloads = generated_downloads(report, schema_texts)
    pages = generated_pages(report, mentions)
    for src_uri, content in {**pages, **downloads, **generated_assets(report)}.items():
        files.append(File.generated(config, src_uri, content=content))
