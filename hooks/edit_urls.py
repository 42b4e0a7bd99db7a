"""MkDocs hook: "edit this page" on a page made from data opens the data file it comes from.

A member's or partner's page comes from data/members.yaml, a priority's page from
data/activities.yaml. The address is the docs folder's edit address with `docs/`
replaced by `data/FILE`, so it follows whatever repo_url and edit_uri CI sets.
"""

from __future__ import annotations

from posixpath import dirname, join
from urllib.parse import urljoin, urlsplit, urlunsplit

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

# The data file behind each folder of generated pages.
DATA_FILE_OF_FOLDER = {"members": "members.yaml", "priorities": "activities.yaml"}


def on_pre_page(page: Page, *, config: MkDocsConfig, files: Files) -> Page:
    """Give a generated page an edit link to its data file (MkDocs gives such a page none)."""
    if page.file.generated_by and config.repo_url and config.edit_uri:
        folder = page.file.src_uri.split("/", 1)[0]
        if folder in DATA_FILE_OF_FOLDER:
            page.edit_url = data_edit_url(config.repo_url, config.edit_uri, DATA_FILE_OF_FOLDER[folder])
    return page


def data_edit_url(repo_url: str, edit_uri: str, data_file: str) -> str:
    """The edit address of data/`data_file`: edit_uri (e.g. `edit/main/docs/`) with its last folder swapped."""
    docs_edit = urljoin(repo_url.rstrip("/") + "/", edit_uri)  # as MkDocs joins them
    parts = urlsplit(docs_edit)
    path = join(dirname(parts.path.rstrip("/")), "data", data_file)
    return urlunsplit(parts._replace(path=path, query="", fragment=""))
