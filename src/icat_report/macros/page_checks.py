"""Every page's macro calls checked against the macros and the report, before anything renders.

The build and `python -m icat_report check` both run this (icat_report.load_project), so a
page that calls an unknown macro, passes the wrong arguments, has broken template syntax
or names an id the data lacks is reported by both, as `docs/PAGE.md:LINE:COL: sentence`.
"""

from __future__ import annotations

from functools import partial

from ..problems import Problem
from ..report import Report
from ..source.front_matter import split_front_matter
from ..source.pages import Pages
from .macro_calls import call_problems, page_environment
from .macro_set import ReportMacros, argument_problem
from .page_names import page_filters, page_names, page_variables


def macro_call_problems(report: Report, docs: Pages) -> list[Problem]:
    """The problems of every page under docs/, each at its line and column."""
    signatures, known = ReportMacros.signatures(), set(page_names(report))
    environment = page_environment(page_filters())
    values = {"report": report, **page_variables(report)}
    problems = []
    for src, source in docs.texts.items():
        markdown, _ = split_front_matter(source)
        name = docs.name(src)
        problems += call_problems(
            environment,
            markdown,
            signatures,
            known=known,
            page_name=name,
            source=source,
            values=values,
            argument_problem=partial(argument_problem, report),
        )
    return problems
