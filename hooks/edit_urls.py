"""MkDocs hook: "edit this page" on a page made from data opens the data file that holds its content.

Which pages a data file holds is declared once, with the file (icat_report.model.files:
`edited_pages`): a member's page and the members overview open data/members.yaml, the timeline
data/events.yaml, the grid and the Annex data/activities.yaml, and so on. The address is the docs
folder's edit address with `docs/` replaced by `data/FILE`, so it follows whatever repo_url and
edit_uri CI sets. Holds no state: a hook, not part of the icat-report plugin.
"""

from __future__ import annotations

from fnmatch import fnmatchcase
from posixpath import dirname, join
from urllib.parse import urljoin, urlsplit, urlunsplit

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from icat_report.model.files import DATA_FILES


def data_file_of_page(src_uri: str) -> str | None:
    """The data file whose records are the content of the page at src_uri (under docs/), if any."""
    for spec in DATA_FILES:
        if any(fnmatchcase(src_uri, pattern) for pattern in spec.edited_pages):
            return spec.name
    return None


def on_pre_page(page: Page, *, config: MkDocsConfig, files: Files) -> Page:
    """Point the page's edit link at its data file (a generated page has none of its own)."""
    data_file = data_file_of_page(page.file.src_uri)
    if data_file and config.repo_url and config.edit_uri:
        page.edit_url = data_edit_url(config.repo_url, config.edit_uri, data_file)
    return page


def data_edit_url(repo_url: str, edit_uri: str, data_file: str) -> str:
    """The edit address of data/`data_file`: edit_uri (e.g. `edit/main/docs/`) with its last folder swapped."""
    docs_edit = urljoin(repo_url.rstrip("/") + "/", edit_uri)  # as MkDocs joins them
    parts = urlsplit(docs_edit)
    path = join(dirname(parts.path.rstrip("/")), "data", data_file)
    return urlunsplit(parts._replace(path=path, query="", fragment=""))
