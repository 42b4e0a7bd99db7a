"""The MkDocs plugin `icat-report`: the one owner of what a build of the report site shares.

Listed in mkdocs.yml before `macros`, registered by the package's entry point
(`mkdocs.plugins`). MkDocs keeps one instance for a whole `mkdocs serve` session (it has
`on_startup`), so what belongs to one build is set afresh in `on_config`:

- the project (icat_report.load_project): data/ and the pages read and checked once per build,
  before anything is built; a problem stops the build with every problem at its file:line,
  and no traceback;
- the acronyms' glossary for the `abbr` extension, the footer's copyright line, and where the report
  mentions each member (for the member pages and the macros);
- whether the build publishes the report's PDF (option `pdf`, set by `make pdf`: pdf_file.py);
- the pages and downloads made from data alone (generated_files.py);
- each page's place in the navigation, for its header and the numbered chapters (page_headers.py);
- what the theme's templates show of the report (template_values.py);
- the preview's behaviour under `mkdocs serve` (preview.py).

The macros (macros.py) read the report from this plugin, not from `config.extra`, which every
theme template receives; the templates get only the report's identity and PDF. What holds no state
stays a hook (hooks/: the stylesheet bundle, the edit links, the whole-report page, the macros
plugin's git variable).
"""

from __future__ import annotations

import json
from pathlib import Path

from mkdocs.config import base
from mkdocs.config import config_options as options
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from icat_report import DataError, Project, load_project
from icat_report.finish.abbreviations import glossary
from icat_report.macros.mentions import mentions_index, report_section_texts
from icat_report.model.schema import schema_file_name
from icat_report.paper.download import PdfFile
from icat_report.render.page_header import Place, with_page_header
from icat_report.text.escape import html_text

from . import browse_nav, generated_files, page_headers, pdf_file, preview, watching
from .template_values import template_values


class ReportPluginConfig(base.Config):
    data_dir = options.Type(str, default="data")
    """The data folder, relative to mkdocs.yml."""
    pdf = options.Type((str, int), default="")
    """Empty: no PDF; `1`: the PDF is written into the site after the build; a path: a PDF already made.
    (From `!ENV [REPORT_PDF, ""]`, whose `1` YAML reads as a number.)"""


class ReportPlugin(BasePlugin[ReportPluginConfig]):
    def __init__(self) -> None:
        self.serving = False
        self.project: Project | None = None
        self.pdf: PdfFile | None = None
        self._pdf_source: Path | None = None
        self.places: dict[str, Place] = {}
        self.mentions: dict[str, list[tuple[str, str]]] = {}
        self.schema_texts: dict[str, str] = {}  # {file name under schemas/: JSON text}, read in on_files

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"
        if self.serving:
            preview.show_problems_on_every_page()
            preview.quiet_output()

    @event_priority(100)  # before the macros plugin (default priority 0) registers the macros
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Load and check the report and the pages' use of it; take the footer's copyright line."""
        data_dir = Path(config.config_file_path).parent / self.config.data_dir
        try:
            self.project = load_project(data_dir, Path(config.docs_dir))
        except DataError as error:
            raise PluginError(str(error)) from None
        report = self.project.report
        self.mentions = mentions_index(report, report_section_texts(self.project.pages, config.nav))
        config.mdx_configs["abbr"] = {"glossary": glossary(report)}  # the acronyms, once for every page
        config.copyright = html_text(report.info.copyright)  # the theme writes it into every footer as HTML
        self.pdf, self._pdf_source = pdf_file.planned_pdf(str(self.config.pdf), report)
        return config

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        """Add the pages and downloads made from data/, and a PDF made before the build."""
        self.schema_texts = generated_files.published_schemas(config)
        generated_files.add_generated_files(files, config, self.report, self.mentions, self.schema_texts)
        if self.pdf is not None and self._pdf_source is not None:
            pdf_file.add_pdf(files, config, self.pdf, self._pdf_source)
        return files

    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        """Find every page's place in the navigation (its part and position), and number the chapters."""
        self.places = page_headers.places_of(nav)
        page_headers.number_the_chapters(nav, self.places)
        # After the places: a member's or a priority's page opens with its own identity, not a kicker.
        browse_nav.add_browse_pages(nav, files, self.report)
        return nav

    @event_priority(-50)  # after the macros plugin (0) made the page's Markdown; before a capture of it (-100)
    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        """Open the page with a header that says where the reader is (a kicker, the numbered title)."""
        place, own_kicker = self.places.get(page.file.src_uri), (page.meta or {}).get("kicker")
        return with_page_header(markdown, place, own_kicker, self.report.info.title)

    def on_env(self, env, *, config: MkDocsConfig, files: Files):
        """The theme's templates get the report's identity and PDF (`icat`), not the report."""
        env.globals["icat"] = template_values(self.report, self.pdf)
        if self.serving:
            preview.cache_templates(env, config)
        return env

    def on_serve(self, server, *, config: MkDocsConfig, builder):
        preview.check_address_free(config)
        watching.watch_by_file_events(server, config)
        return server

    def schema(self, data_file: str) -> dict:
        """The published JSON Schema of a data file (e.g. "members.yaml"), for the editors' guide."""
        return json.loads(self.schema_texts[schema_file_name(data_file)])

    @property
    def report(self):
        """The report of the build under way."""
        if self.project is None:
            raise PluginError("the icat-report plugin has not loaded the report yet (is it listed in mkdocs.yml?)")
        return self.project.report
