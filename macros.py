"""mkdocs-macros adapter: what pages may call and print, by name.

Reads as a table of contents; the work happens in the icat_report package
(icat_report.macros). The report is loaded and checked once per build by the `icat-report`
plugin (icat_site/plugin.py), which also checks every page's macro calls before anything is
rendered; it is read from that plugin here, never from `config.extra`.
"""

from __future__ import annotations

from mkdocs.exceptions import PluginError
from mkdocs_macros.errors import format_error

from icat_report.finish.page_text import complete_page
from icat_report.macros.macro_set import ReportMacros
from icat_report.macros.page_names import PAGE_FILTERS, page_value, page_variables
from icat_report.problems import DataError

PLUGIN = "icat-report"  # the plugin that loads the report (mkdocs.yml, before `macros`)


def define_env(env) -> None:
    """Register the counts the prose quotes, the number-in-words filter and every macro."""
    site = env.conf["plugins"][PLUGIN]
    report = site.report

    def current_page() -> tuple[str, str]:
        """The page being rendered: its path under docs/ and its text as written."""
        return env.page.file.src_uri, env.page.file.content_string

    macros = ReportMacros(
        report,
        mentions=site.mentions,
        site_url=env.conf["site_url"],
        current_page=current_page,
        pdf=site.pdf,
        schema=site.schema,
    )
    env.variables["report_macros"] = macros
    env.variables["report"] = report  # pages quote it: {{ report.info.year }}
    env.variables.update(page_variables(report))
    for name, function in PAGE_FILTERS.items():
        env.filter(function, name)
    for name in ReportMacros.NAMES:
        env.macro(getattr(macros, name), name)


@format_error.register
def _one_line(error: Exception, markdown: str, page) -> str:
    """What the macros plugin prints when a page's template fails while it renders (it
    then stops the build): one sentence naming the page, not a traceback. Calls that
    `check` can see are refused before this (icat_report.macros.page_checks)."""
    sentence = " ".join(str(error).split())[:300]
    return f"docs/{page.file.src_uri}: a macro failed while the page was made: {type(error).__name__}: {sentence}"


def on_pre_page_macros(env) -> None:
    """Whatever a page prints that is not a macro's Markdown shows as typed text.

    Set before each page, as the plugin makes its Jinja environment after define_env. A page with no
    template syntax at all is not made a template (the plugin's own `render_macros: false`): compiling
    one costs about a millisecond and changes nothing."""
    env.env.finalize = page_value
    if not env.has_j2(env.markdown):  # the plugin's own test for its start strings
        env.page.meta["render_macros"] = False


def on_post_page_macros(env) -> None:
    """Fail on the page's macro problems; else resolve [words][link-id], add footnotes."""
    page = env.page
    macros: ReportMacros = env.variables["report_macros"]
    problems = list(macros.problems)
    macros.problems.clear()  # they belong to this page only
    if not problems:
        markdown, problems = complete_page(
            env.markdown,
            env.variables["report"],
            f"docs/{page.file.src_uri}",
            lambda: page.file.content_string,
            explain_acronyms=page.meta.get("explain_acronyms", True) is not False,
        )
        env.markdown = markdown
    if problems:
        raise PluginError(DataError(problems).report())
