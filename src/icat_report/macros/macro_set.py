"""What a page may call: the report's macros and the id arguments they take.

`ReportMacros` holds one method per macro; macros.py registers them with mkdocs-macros.
The ids a macro takes are looked up through one table, `ID_ARGUMENTS`, which the build
uses while a page renders and `check` uses before (macro_calls.py): both name an unknown
id with the same sentence at the same line. A macro returns `Markup` (Markdown made by
the renderers), which the page prints as it is; what else a page may print and use is in
page_names.py.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable

from markupsafe import Markup

from ..model.files import DATA_FILES
from ..model.schema import schema_for
from ..paper.download import PdfFile, pdf_download
from ..problems import Problem
from ..render import browse_pages, data_page, directory, edition_changes, grid, home, report_parts
from ..render.common import href_from, url_href_from
from ..report import Report, UnknownId
from .macro_calls import locate_call

DATA_FILE_NAMES = tuple(spec.name for spec in DATA_FILES)
ROLES = ("member", "partner")


def _data_file(report: Report, name: object) -> str:
    if name not in DATA_FILE_NAMES:
        raise UnknownId("data file", name, "", list(DATA_FILE_NAMES))
    return str(name)


def _role(report: Report, role: object) -> str:
    if role not in ROLES:
        raise UnknownId("role", role, "members.yaml (a role is member or partner)", list(ROLES))
    return str(role)


# macro name -> the lookup its one argument must pass (it raises UnknownId with the sentence).
ID_ARGUMENTS: dict[str, Callable[[Report, object], object]] = {
    "photo_caption": Report.photo,
    "member_page": Report.member,
    "priority_page": Report.priority,
    "members_list": _role,
    "field_table": _data_file,
    "download_fields": _data_file,
}


class ReportMacros:
    """The macros of one build. `current_page()` gives the rendering page's (path under
    docs/, source text); problems found while a page renders are kept in `problems`."""

    NAMES = (
        # The report's own pages.
        "members_list",
        "photo_caption",
        "annex",
        "acronyms_table",
        "contacts",
        "corrections",
        "edition_changes",
        "unlinked_references",
        "nearest_pages",
        # Pages for browsing the report by member, priority and date.
        "member_page",
        "priority_page",
        "entities_overview",
        "priorities_overview",
        "timeline",
        "matrix",
        "citation",
        # The open data page.
        "downloads_table",
        "field_table",
        "download_fields",
        # The home page: the report as a PDF.
        "pdf_download",
        # The home page: the cover, the year in figures, the priorities, the ways to explore.
        "home_title",
        "home_figures",
        "home_priorities",
        "home_explore",
        # The whole-report page: the PDF, or the browser's Print command.
        "keep_the_report",
    )

    def __init__(
        self,
        report: Report,
        *,
        mentions: dict[str, list[tuple[str, str]]],
        site_url: str,
        current_page: Callable[[], tuple[str, str]],
        pdf: PdfFile | None = None,
        schema: Callable[[str], dict] = schema_for,
    ) -> None:
        self._report = report
        self._mentions = mentions
        self._site_url = site_url
        self._current_page = current_page
        self._pdf = pdf
        self._schema = schema  # a data file's JSON Schema: the build passes the published (committed) ones
        self.problems: list[Problem] = []

    @classmethod
    def signatures(cls) -> dict[str, inspect.Signature]:
        """Each macro's parameters as a page passes them (without self)."""
        signatures = {}
        for name in cls.NAMES:
            signature = inspect.signature(getattr(cls, name))
            signatures[name] = signature.replace(parameters=list(signature.parameters.values())[1:])
        return signatures

    # -- the report's own pages ----------------------------------------------------
    def members_list(self, role: str) -> Markup:
        """The membership list of one role ("member" or "partner"), each entity linked to its page."""
        if not self._checked("members_list", role):
            return Markup("")
        return _md(report_parts.members_list(self._report, role, self._href()))

    def photo_caption(self, photo_id: str) -> Markup:
        """The caption of a photo in data/photos.yaml."""
        if not self._checked("photo_caption", photo_id):
            return Markup("")
        return _md(report_parts.photo_caption(self._report, photo_id, self._href()))

    def annex(self) -> Markup:
        """The Annex: every highlight, by priority."""
        return _md(report_parts.annex(self._report, self._href()))

    def acronyms_table(self) -> Markup:
        """The table of acronyms and what each stands for."""
        return _md(report_parts.acronyms_table(self._report, self._href()))

    def contacts(self) -> Markup:
        """The back cover's contacts."""
        return _md(report_parts.contacts(self._report))

    def corrections(self) -> Markup:
        """Where this edition departs from the PDF."""
        return _md(report_parts.corrections(self._report, self._href()))

    def edition_changes(self) -> Markup:
        """What was added to or removed from the report's records since it was printed."""
        return _md(edition_changes.edition_changes(self._report, self._href()))

    def unlinked_references(self) -> Markup:
        """The report's references shown without a link, and why."""
        return _md(report_parts.unlinked_references(self._report))

    def nearest_pages(self) -> Markup:
        """The report's references linked to the nearest page found."""
        return _md(report_parts.nearest_pages(self._report))

    # -- browsing by member, priority and date -------------------------------------
    def member_page(self, member_id: str) -> Markup:
        """The page of one member or partner, with where the report mentions it."""
        if not self._checked("member_page", member_id):
            return Markup("")
        mentions = self._mentions.get(member_id, [])
        return _md(browse_pages.member_page(self._report, member_id, self._href(), mentions))

    def priority_page(self, priority_id: str) -> Markup:
        """The page of one priority: its highlights by entity."""
        if not self._checked("priority_page", priority_id):
            return Markup("")
        return _md(browse_pages.priority_page(self._report, priority_id, self._href()))

    def entities_overview(self) -> Markup:
        """A bar chart of highlights per entity, then every member and partner, linked to its page."""
        return _md(directory.entities_overview(self._report, self._href(), url_href_from(self._current_page()[0])))

    def priorities_overview(self) -> Markup:
        """A bar chart of highlights per priority, then every priority, linked to its page."""
        return _md(browse_pages.priorities_overview(self._report, self._href(), url_href_from(self._current_page()[0])))

    def timeline(self) -> Markup:
        """The dated events of the year, month by month."""
        return _md(browse_pages.timeline(self._report, self._href()))

    def matrix(self) -> Markup:
        """The entity-by-priority table."""
        return _md(grid.matrix(self._report, url_href_from(self._current_page()[0])))

    def citation(self) -> Markup:
        """How to cite the report: a reference and a BibTeX entry."""
        return _md(browse_pages.citation(self._report, self._site_url))

    # -- the open data page --------------------------------------------------------
    def downloads_table(self, schemas: bool = False) -> Markup:
        """The downloads made from the data, with record counts (and, for editors, the schemas)."""
        return _md(data_page.downloads_table(self._report, self._href(), schemas))

    def field_table(self, file_name: str) -> Markup:
        """For editors: the fields of one data file (e.g. "members.yaml"), what to write and what each means."""
        if not self._checked("field_table", file_name):
            return Markup("")
        return _md(data_page.field_table(file_name, self._schema(file_name)))

    def download_fields(self, file_name: str) -> Markup:
        """For readers of the downloads: the fields of one data file and what each means."""
        if not self._checked("download_fields", file_name):
            return Markup("")
        return _md(data_page.download_fields(file_name))

    # -- the report as a PDF ----------------------------------------------------------
    def pdf_download(self) -> Markup:
        """The link "Download the report (PDF)" when the build makes the PDF (`make pdf`); else the whole page."""
        return _md(pdf_download(self._pdf, self._current_page()[0]))

    # -- the home page -------------------------------------------------------------
    def home_title(self) -> Markup:
        """The cover: the wordmark, the title, the report's words about the year, "Read" and "Download"."""
        return _md(home.cover(self._report, url_href_from(self._current_page()[0]), self._pdf))

    def home_figures(self) -> Markup:
        """The year's key figures, counted from the data."""
        return _md(home.figures_list(self._report))

    def home_priorities(self) -> Markup:
        """A card per priority of the Action Plan, linked to its page."""
        return _md(home.priority_cards(self._report, url_href_from(self._current_page()[0])))

    def home_explore(self) -> Markup:
        """The ways to read the report by entity, by date, and by entity and priority."""
        return _md(home.explore_cards(self._report, url_href_from(self._current_page()[0])))

    def keep_the_report(self) -> Markup:
        """How to keep the whole report: the PDF's link when the build makes it, else the browser's Print."""
        return _md(home.keep_the_report(self._pdf, url_href_from(self._current_page()[0])))

    # -- helpers -------------------------------------------------------------------
    def _href(self):
        return href_from(self._current_page()[0])

    def _checked(self, macro: str, argument: object) -> bool:
        """Whether the argument passes the macro's lookup; if not, the editor's sentence at the call."""
        sentence = argument_problem(self._report, macro, argument)
        if sentence is not None:
            src_uri, source = self._current_page()
            line, column = locate_call(source, macro, str(argument))
            self.problems.append(Problem(f"docs/{src_uri}", line, column, sentence))
        return sentence is None


def argument_problem(report: Report, macro: str, argument: object) -> str | None:
    """The editor's sentence when `argument` is not an id `macro` knows, else None."""
    lookup = ID_ARGUMENTS.get(macro)
    if lookup is None:
        return None
    try:
        lookup(report, argument)
    except UnknownId as error:
        return str(error)
    return None


def _md(markdown: str) -> Markup:
    return Markup(markdown)
