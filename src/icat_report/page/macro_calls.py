"""The macro calls a page makes, checked before they run and placed at their line.

A page calls macros in Jinja syntax (`{{ photo_caption("foreword-brandolino") }}`).
A call to a macro that does not exist, with the wrong number of arguments, or with
broken template syntax is reported as `docs/PAGE.md:LINE:COL: sentence`, as a data
problem is, instead of the template engine's traceback.
"""
from __future__ import annotations

import difflib
import inspect
import re
from collections.abc import Callable, Mapping

from jinja2 import Environment, TemplateSyntaxError, meta, nodes

from ..problems import Problem


def locate_call(source: str, name: str, argument: str | None = None) -> tuple[int, int]:
    """1-based (line, column) of the first call of `name` in source: at `argument` when given and found."""
    fallback = None
    for number, line in enumerate(source.splitlines(), 1):
        start = line.find(f"{name}(")
        if start < 0:
            continue
        fallback = fallback or (number, start + 1)
        if argument is None:
            return number, start + 1
        at = line.find(argument, start)
        if at >= 0:
            return number, at + 1
    return fallback or (1, 1)


def call_problems(
    environment: Environment, markdown: str, macros: Mapping[str, Callable], *,
    known: set[str], page_name: str, source: str,
) -> list[Problem]:
    """Problems with the macro calls in a page's Markdown, before any of them runs.

    `macros` are the registered macros by name; `known` every other name a page may use
    (variables, filters, Jinja's own globals). An id given to a macro is checked by the
    macro itself, when it runs.
    """
    try:
        tree = environment.parse(markdown)
    except TemplateSyntaxError as error:
        line = error.lineno + _front_matter_lines(source, markdown)
        return [Problem(page_name, line, 1, f"the macro syntax is broken: {error.message}; "
                                            "write a call as {{ name(\"argument\") }}")]
    problems = []
    for name in sorted(meta.find_undeclared_variables(tree) - known - set(macros)):
        line, column = _locate_name(source, name)
        sentence = f"there is no macro or variable '{name}'{_did_you_mean(name, [*macros, *known])}"
        problems.append(Problem(page_name, line, column, sentence))
    for call in tree.find_all(nodes.Call):
        if isinstance(call.node, nodes.Name) and call.node.name in macros:
            sentence = _arguments_problem(call.node.name, macros[call.node.name], call)
            if sentence:
                problems.append(Problem(page_name, *locate_call(source, call.node.name), sentence))
    return problems


def _locate_name(source: str, name: str) -> tuple[int, int]:
    """1-based (line, column) of the first use of a name inside `{{ }}` or `{% %}`."""
    pattern = re.compile(rf"(?<![\w.]){re.escape(name)}(?!\w)")
    for number, line in enumerate(source.splitlines(), 1):
        if "{" in line and (found := pattern.search(line)):
            return number, found.start() + 1
    return 1, 1


def _arguments_problem(name: str, macro: Callable, call: nodes.Call) -> str | None:
    """A sentence when the call's arguments do not fit the macro, else None."""
    signature = inspect.signature(macro)
    try:
        signature.bind(*call.args, **{keyword.key: keyword.value for keyword in call.kwargs})
    except TypeError:
        wanted = ", ".join(signature.parameters) or "no arguments"
        return f"{name}() takes {wanted}; write {{{{ {name}({_example(signature)}) }}}}"
    return None


def _example(signature: inspect.Signature) -> str:
    return ", ".join(f'"{parameter}"' for parameter in signature.parameters)


def _did_you_mean(name: str, names: list[str]) -> str:
    close = difflib.get_close_matches(name, names, n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _front_matter_lines(source: str, markdown: str) -> int:
    """Lines before the page's Markdown in its file (front matter and the blank lines after it)."""
    start = source.find(markdown.lstrip("\n")[:200])
    return source.count("\n", 0, start) if start > 0 else 0
