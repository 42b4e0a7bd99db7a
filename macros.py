"""mkdocs-macros adapter: what pages may call, by name.

Reads as a table of contents; the work happens in the icat_report package. The
report itself is loaded once per build by hooks/report_data.py and arrives here as
`config.extra["report"]`. A macro called with an id that is not in the data, or a
call that does not fit a macro, fails the build with `docs/PAGE.md:LINE:COL: sentence`.
"""
from __future__ import annotations

from mkdocs.exceptions import PluginError

from icat_report.model.files import DATA_FILES
from icat_report.page.macro_calls import call_problems, locate_call
from icat_report.page.mentions import mentions_index, read_report_pages
from icat_report.page.page_text import complete_page
from icat_report.problems import DataError, Problem
from icat_report.render import browse_pages, data_page, report_pages
from icat_report.render.common import href_from, number_in_words, url_href_from
from icat_report.report import Report, UnknownId

DATA_FILE_NAMES = frozenset(spec.name for spec in DATA_FILES)


def define_env(env) -> None:
    """Register the counts the prose quotes, the number-in-words filter and every macro."""
    report: Report = env.conf["extra"]["report"]
    pages = read_report_pages(env.conf["docs_dir"], env.conf["nav"])
    macros = ReportMacros(env, report, mentions_index(report, pages))
    env.variables["macro_problems"] = macros.problems  # filled while a page renders, read after it

    # Counts the prose quotes: adding a member to data/members.yaml moves them.
    env.variables.update({
        "entities_total": report.entities_total,
        "members_total": report.members_total,
        "partners_total": report.partners_total,
        "joined_total": report.joined_total,
    })
    env.filter(number_in_words, "in_words")

    # The report's own pages.
    env.macro(macros.members_list)
    env.macro(macros.photo_caption)
    env.macro(macros.annex)
    env.macro(macros.acronyms_table)
    env.macro(macros.contacts)
    env.macro(macros.corrections)
    # Pages for browsing the report by member, priority and date.
    env.macro(macros.member_page)
    env.macro(macros.priority_page)
    env.macro(macros.entities_overview)
    env.macro(macros.priorities_overview)
    env.macro(macros.timeline)
    env.macro(macros.matrix)
    env.macro(macros.citation)
    # The open data page.
    env.macro(macros.downloads_table)
    env.macro(macros.field_table)


def on_pre_page_macros(env) -> None:
    """Check the page's macro calls before any runs; a page with a bad call is not rendered."""
    if env.page.file.generated_by:  # made from data by hooks/generated_files.py, with known calls
        return
    known = set(env.variables) | set(env.filters) | set(env.env.globals)
    problems = call_problems(env.env, env.markdown, env.macros, known=known,
                             page_name=_page_name(env.page), source=env.page.file.content_string)
    if problems:
        env.variables["macro_problems"].extend(problems)
        env.markdown = ""  # nothing to render: the problems are raised after it


def on_post_page_macros(env) -> None:
    """Fail on the page's macro problems; else resolve [words][link-id], add footnotes and acronyms."""
    page = env.page
    problems: list[Problem] = env.variables["macro_problems"]
    if not problems:
        markdown, problems = complete_page(env.markdown, env.conf["extra"]["report"], _page_name(page),
                                           lambda: page.file.content_string,
                                           explain_acronyms=page.meta.get("explain_acronyms", True) is not False)
        env.markdown = markdown
    if problems:
        error = DataError(list(problems))
        problems.clear()  # they belong to this page only
        raise PluginError(error.report())


class ReportMacros:
    """The macros of one build: each renders part of a page from the report."""

    def __init__(self, env, report: Report, mentions: dict[str, list[tuple[str, str]]]) -> None:
        self._env = env
        self._report = report
        self._mentions = mentions
        self.problems: list[Problem] = []

    # -- the report's own pages ----------------------------------------------------
    def members_list(self, role: str) -> str:
        """The membership list of one role ("member" or "partner"), each entity linked to its page."""
        return report_pages.members_list(self._report, role, self._href())

    def photo_caption(self, photo_id: str) -> str:
        """The caption of a photo in data/photos.yaml."""
        if not self._known(self._report.photo, "photo_caption", photo_id):
            return ""
        return report_pages.photo_caption(self._report, photo_id, self._href())

    def annex(self) -> str:
        """The Annex: every highlight, by priority."""
        return report_pages.annex(self._report, self._href())

    def acronyms_table(self) -> str:
        """The table of acronyms and what each stands for."""
        return report_pages.acronyms_table(self._report, self._href())

    def contacts(self) -> str:
        """The back cover's contacts."""
        return report_pages.contacts(self._report)

    def corrections(self) -> str:
        """The corrections made since publication."""
        return report_pages.corrections(self._report, self._href())

    # -- browsing by member, priority and date -------------------------------------
    def member_page(self, member_id: str) -> str:
        """The page of one member or partner, with where the report mentions it."""
        if not self._known(self._report.member, "member_page", member_id):
            return ""
        return browse_pages.member_page(self._report, member_id, self._href(), self._mentions.get(member_id, []))

    def priority_page(self, priority_id: str) -> str:
        """The page of one priority: its highlights by entity."""
        if not self._known(self._report.priority, "priority_page", priority_id):
            return ""
        return browse_pages.priority_page(self._report, priority_id, self._href())

    def entities_overview(self) -> str:
        """Every member and partner, linked to its page."""
        return browse_pages.entities_overview(self._report, self._href())

    def priorities_overview(self) -> str:
        """Every priority, linked to its page."""
        return browse_pages.priorities_overview(self._report, self._href())

    def timeline(self) -> str:
        """The dated events of the year, month by month."""
        return browse_pages.timeline(self._report, self._href())

    def matrix(self) -> str:
        """The entity-by-priority table."""
        return browse_pages.matrix(self._report, url_href_from(self._env.page.file.src_uri))

    def citation(self) -> str:
        """How to cite the report: a reference and a BibTeX entry."""
        return browse_pages.citation(self._report, self._env.conf["site_url"])

    # -- the open data page --------------------------------------------------------
    def downloads_table(self) -> str:
        """The downloads made from the data, with record counts."""
        return data_page.downloads_table(self._report, self._href())

    def field_table(self, file_name: str) -> str:
        """The fields of one data file (e.g. "members.yaml") and what each means."""
        if file_name not in DATA_FILE_NAMES:
            names = ", ".join(sorted(DATA_FILE_NAMES))
            return self._problem("field_table", file_name, f"there is no data file '{file_name}'; one of: {names}")
        return data_page.field_table(file_name)

    # -- helpers -------------------------------------------------------------------
    def _href(self):
        return href_from(self._env.page.file.src_uri)

    def _known(self, lookup, macro: str, ident: str) -> bool:
        """Whether `lookup(ident)` finds the record; if not, the editor's sentence at the call."""
        try:
            lookup(ident)
        except UnknownId as error:
            self._problem(macro, ident, str(error))
            return False
        return True

    def _problem(self, macro: str, argument: object, sentence: str) -> str:
        """Note a problem at the macro call in the page source; the call renders as nothing."""
        page = self._env.page
        line, column = locate_call(page.file.content_string, macro, str(argument))
        self.problems.append(Problem(_page_name(page), line, column, sentence))
        return ""


def _page_name(page) -> str:
    """The page's file as the editor knows it, from the project folder: docs/..."""
    return f"docs/{page.file.src_uri}"
