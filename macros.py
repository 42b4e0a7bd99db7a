"""mkdocs-macros adapter: load the report once and register what pages may call.

Reads as a table of contents; the work happens in the icat_report package.
"""
from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError

from icat_report import DataError
from icat_report.validate.loader import load_report_once
from icat_report.page.page_text import complete_page
from icat_report.problems import DataError as PageError
from icat_report.render import browse_pages, data_page, report_pages
from icat_report.render.common import href_from, url_href_from, words


def define_env(env) -> None:
    root = Path(env.project_dir)
    try:
        report = load_report_once(root / "data", Path(env.conf["docs_dir"]))
    except DataError as error:
        raise PluginError(str(error)) from None
    env.variables["report"] = report
    docs = Path(env.conf["docs_dir"])
    report_pages_text = {path: (docs / path).read_text(encoding="utf-8") for path in browse_pages.nav_pages(env.conf["nav"]) if (docs / path).is_file()}
    mentions = browse_pages.mentions_index(report, report_pages_text)

    def href():
        return href_from(env.page.file.src_uri)

    # Counts the prose quotes: adding a member to data/members.yaml moves them.
    env.variables.update({
        "entities_total": report.entities_total,
        "members_total": report.members_total,
        "partners_total": report.partners_total,
        "joined_total": report.joined_total,
    })
    env.filter(words, "in_words")

    # The report's own pages.
    env.macro(lambda role: report_pages.members_list(report, role, href()), "members_list")
    env.macro(lambda photo_id: report_pages.photo_caption(report, photo_id, href()), "photo_caption")
    env.macro(lambda: report_pages.annex(report, href()), "annex")
    env.macro(lambda: report_pages.acronyms_table(report, href()), "acronyms_table")
    env.macro(lambda: report_pages.contacts(report), "contacts")
    env.macro(lambda: report_pages.corrections(report, href()), "corrections")

    # Pages for browsing the report by member, priority and date.
    env.macro(lambda member_id: browse_pages.member_page(report, member_id, href(), mentions.get(member_id, [])), "member_page")
    env.macro(lambda priority_id: browse_pages.priority_page(report, priority_id, href()), "priority_page")
    env.macro(lambda: browse_pages.entities_overview(report, href()), "entities_overview")
    env.macro(lambda: browse_pages.priorities_overview(report, href()), "priorities_overview")
    env.macro(lambda: browse_pages.timeline(report, href()), "timeline")
    env.macro(lambda: browse_pages.matrix(report, url_href_from(env.page.file.src_uri)), "matrix")
    env.macro(lambda: browse_pages.citation(report, env.conf["site_url"]), "citation")

    # The open data page.
    env.macro(lambda: data_page.downloads_table(report, href()), "downloads_table")
    env.macro(data_page.field_table, "field_table")


def on_post_page_macros(env) -> None:
    """Resolve [words][link-id], add footnotes and acronym expansions to every page."""
    page = env.page
    def read_source() -> str | None:  # the file as written, to place a problem at its line
        return Path(page.file.abs_src_path).read_text(encoding="utf-8") if page.file.abs_src_path else None

    markdown, problems = complete_page(env.markdown, env.variables["report"], f"docs/{page.file.src_uri}", read_source)
    if problems:
        raise PluginError(PageError(problems).report())
    env.markdown = markdown
