"""What a page may print and use besides the macros: its values, filters and the plugin's names.

Anything a page prints that is not a macro's Markdown (`{{ entities_total }}`,
`{{ report.info.copyright }}`) goes through `page_value` and is shown as typed text
(text/escape.py), never as markup. `check` reads the same lists (page_checks.py), so a
name it accepts is one the build defines.
"""

from __future__ import annotations

from collections.abc import Callable

from markupsafe import Markup

from ..render.common import number_in_words
from ..report import Report
from ..text.escape import markdown_text


def page_value(value: object) -> str:
    """Jinja's `finalize`: a macro's Markdown passes; any other value is shown as typed text."""
    return value if isinstance(value, Markup) else markdown_text(value)


def page_variables(report: Report) -> dict[str, object]:
    """The counts and the year the prose quotes: adding a member to data/members.yaml moves them."""
    return {
        "entities_total": report.entities_total,
        "members_total": report.members_total,
        "partners_total": report.partners_total,
        "joined_total": report.joined_total,
        # The span of the timeline, for its title: 2020 to 2022.
        "events_first_year": min((e.date.start.year for e in report.events), default=report.info.year),
        "events_last_year": max((e.date.start.year for e in report.events), default=report.info.year),
    }


PAGE_FILTERS = {"in_words": number_in_words}


# What mkdocs-macros itself gives every page (its variables and macros) and Jinja's own
# globals: names a page may use besides ours. tests/test_macros.py keeps this list within
# what the plugin really defines, so `check` never accepts a name the build lacks.
PLUGIN_NAMES = frozenset(
    {
        "config",
        "environment",
        "extra",
        "files",
        "filters",
        "filters_builtin",
        "git",
        "macros",
        "navigation",
        "page",
        "plugin",
        "context",
        "fix_url",
        "macros_info",
        "now",
        "cycler",
        "dict",
        "joiner",
        "lipsum",
        "namespace",
        "range",
    }
)


PLUGIN_FILTERS = frozenset({"pretty", "relative_url"})


def page_filters() -> dict[str, Callable]:
    """The filters a page may use: ours, and the plugin's by name (Jinja's own are always there)."""
    return {**dict.fromkeys(PLUGIN_FILTERS, str), **PAGE_FILTERS}


def page_names(report: Report) -> frozenset[str]:
    """Every name a page may use that is not one of our macros."""
    return frozenset(page_variables(report)) | {"report"} | PLUGIN_NAMES
