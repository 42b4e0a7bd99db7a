"""The macro calls a page makes, checked before they run and placed at their line.

A page calls macros in Jinja syntax (`{{ photo_caption("foreword-brandolino") }}`).
A call to a macro that does not exist, with the wrong number of arguments, or with
broken template syntax is reported as `docs/PAGE.md:LINE:COL: sentence`, as a data
problem is, instead of the template engine's traceback.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Mapping
from functools import partial

from jinja2 import Environment, TemplateAssertionError, TemplateSyntaxError, nodes

from ..problems import Problem, did_you_mean
from .expressions import Evaluator


def locate_call(source: str, name: str, argument: str | None = None, *, from_line: int = 1) -> tuple[int, int]:
    """1-based (line, column) of the first call of `name` in source from `from_line` on: at
    `argument` when given and found there."""
    fallback = None
    for number, line in enumerate(source.splitlines(), 1):
        start = line.find(f"{name}(") if number >= from_line else -1
        if start < 0:
            continue
        fallback = fallback or (number, start + 1)
        if argument is None:
            return number, start + 1
        at = line.find(argument, start)
        if at >= 0:
            return number, at + 1
    return fallback or (1, 1)


def page_environment(filters: Mapping[str, Callable]) -> Environment:
    """A Jinja environment that parses pages as mkdocs-macros does (Jinja's default syntax),
    with the filters a page may use."""
    environment = Environment()
    environment.filters.update(filters)
    return environment


def call_problems(
    environment: Environment,
    markdown: str,
    macros: Mapping[str, inspect.Signature],
    *,
    known: set[str],
    page_name: str,
    source: str,
    values: Mapping[str, object] = {},
    argument_problem: Callable[[str, object], str | None] = lambda macro, argument: None,
) -> list[Problem]:
    """Problems with the macro calls in a page's Markdown, before any of them runs.

    `macros` are the macros' signatures by name; `known` every other name a page may use
    (variables, filters, Jinja's own globals); `values` the variables whose attributes a
    page may show (`{{ report.info.year }}`), checked to exist. `argument_problem(macro,
    value)` says what is wrong with an id given as a literal (a call with a variable is
    checked when it runs).
    """
    try:
        tree = environment.parse(markdown)
        found = _descendants(tree)
        undeclared = _undeclared_names(found, environment)
    except TemplateSyntaxError as error:  # TemplateAssertionError (unknown filter) is one too
        line = error.lineno + _front_matter_lines(source, markdown)
        sentence = f'the macro syntax is broken: {error.message}; write a call as {{{{ name("argument") }}}}'
        return [Problem(page_name, line, 1, sentence)]
    problems = []
    for name in sorted(undeclared - known - set(macros)):
        line, column = _locate_name(source, name)
        sentence = f"there is no macro or variable '{name}'{did_you_mean(name, [*macros, *known])}"
        problems.append(Problem(page_name, line, column, sentence))
    problems += _statement_problems(found, page_name, source, markdown)
    evaluate = Evaluator(values, filters=environment.filters)
    offset = _front_matter_lines(source, markdown)
    for call in _of_kind(found, nodes.Call):
        if isinstance(call.node, nodes.Name) and call.node.name in macros:
            signature = macros[call.node.name]
            problems += _call_problems(call, signature, page_name, source, offset, argument_problem, evaluate)
    value_problems = _value_problems(found, values, page_name, source)
    if value_problems:  # a wrong attribute is named as such, not again as a failed value
        return problems + value_problems
    for output in _of_kind(found, nodes.Output):
        for expression in output.nodes:
            if not isinstance(expression, nodes.TemplateData) and not any(expression.find_all(nodes.Call)):
                problems += _shown_problems(expression, evaluate, page_name, source, markdown)
    return problems


def _shown_problems(
    expression: nodes.Expr, evaluate: Evaluator, page_name: str, source: str, markdown: str
) -> list[Problem]:
    try:
        evaluate.show(expression)
    except Exception as error:  # any failure of the page's own expression is the editor's to fix
        line = expression.lineno + _front_matter_lines(source, markdown)
        return [Problem(page_name, line, 1, f"this value cannot be shown: {type(error).__name__}: {error}")]
    return []


def _descendants(tree: nodes.Template) -> list[nodes.Node]:
    """Every node under the page's root, in the order Jinja's find_all gives them: walked once,
    then filtered by kind (`_of_kind`), rather than walked again for each kind the checks look for."""
    found: list[nodes.Node] = []
    stack = list(tree.iter_child_nodes())[::-1]
    while stack:
        node = stack.pop()
        found.append(node)
        stack.extend(list(node.iter_child_nodes())[::-1])
    return found


def _of_kind(found: list[nodes.Node], kind: type | tuple[type, ...]) -> list:
    return [node for node in found if isinstance(node, kind)]


def _undeclared_names(found: list[nodes.Node], environment: Environment) -> set[str]:
    """The names a page reads. What Jinja's meta.find_undeclared_variables finds, without
    compiling the page: a page declares no name (statements are refused below), so every
    name it loads is one it expects from outside. An unknown filter is an error, as there."""
    for used in _of_kind(found, nodes.Filter):
        if used.name not in environment.filters:
            raise TemplateAssertionError(f"No filter named {used.name!r}.", used.lineno)
    names = _of_kind(found, nodes.Name)
    stored = {name.name for name in names if name.ctx != "load"}  # a loop's variable: its statement is refused
    return {name.name for name in names if name.ctx == "load"} - stored


# Pages are prose plus `{{ macro("id") }}` and `{{ value }}`: no template statements.
_STATEMENT_NAMES = "Include Import FromImport Extends For If Macro CallBlock FilterBlock With Block Assign AssignBlock"
_STATEMENTS = tuple(getattr(nodes, name) for name in _STATEMENT_NAMES.split())


def _statement_problems(found: list[nodes.Node], page_name: str, source: str, markdown: str) -> list[Problem]:
    problems = []
    for statement in _of_kind(found, _STATEMENTS):
        keyword = type(statement).__name__.lower().replace("fromimport", "from")
        line = statement.lineno + _front_matter_lines(source, markdown)
        problems.append(
            Problem(
                page_name,
                line,
                1,
                f"'{{% {keyword} %}}' is not used in these pages: a page is "
                "text plus macro calls such as {{ timeline() }}; remove it",
            )
        )
    return problems


def _value_problems(
    found: list[nodes.Node], values: Mapping[str, object], page_name: str, source: str
) -> list[Problem]:
    """`{{ report.info.year }}` and the like: each attribute must exist, and none may be private."""
    problems = []
    for node in _of_kind(found, (nodes.Getattr, nodes.Getitem)):
        path = _attribute_path(node)
        if path is None or path[0] not in values:
            continue
        sentence = _path_problem(values[path[0]], path)
        if sentence:
            line, column = _locate_name(source, ".".join(path[:2]) if len(path) > 1 else path[0])
            problems.append(Problem(page_name, line, column, sentence))
    return list(dict.fromkeys(problems))


def _attribute_path(node: nodes.Node) -> list[str] | None:
    """["report", "info", "year"] for report.info.year (or report["info"]), else None."""
    parts: list[str] = []
    while isinstance(node, (nodes.Getattr, nodes.Getitem)):
        if isinstance(node, nodes.Getattr):
            parts.append(node.attr)
        elif isinstance(node.arg, nodes.Const) and isinstance(node.arg.value, str):
            parts.append(node.arg.value)
        else:
            return None
        node = node.node
    return [node.name, *reversed(parts)] if isinstance(node, nodes.Name) else None


def _path_problem(value: object, path: list[str]) -> str | None:
    for depth, name in enumerate(path[1:], 1):
        shown = ".".join(path[: depth + 1])
        if name.startswith("_"):
            return f"'{shown}' is not something a page can show; remove it"
        if isinstance(value, Mapping):
            if name not in value:
                return f"'{shown}' does not exist{did_you_mean(name, list(value))}; check the name"
            value = value[name]
            continue
        if not hasattr(value, name):
            fields = [field for field in dir(value) if not field.startswith("_")]
            return f"'{shown}' does not exist{did_you_mean(name, fields)}; check the name"
        value = getattr(value, name)
    return None


def _call_problems(
    call: nodes.Call,
    signature: inspect.Signature,
    page_name: str,
    source: str,
    offset: int,
    argument_problem: Callable[[str, object], str | None],
    evaluate: Evaluator,
) -> list[Problem]:
    name = call.node.name
    where = partial(locate_call, source, name, from_line=call.lineno + offset)
    sentence = _arguments_problem(name, signature, call)
    if sentence:
        return [Problem(page_name, *where(), sentence)]
    if len(call.args) != 1 or any(call.args[0].find_all(nodes.Call)):
        return []
    try:
        value = evaluate(call.args[0])
    except Exception as error:  # the argument's own expression fails: the editor's to fix
        return [
            Problem(
                page_name, *where(), f"the argument of {name}() cannot be computed: {type(error).__name__}: {error}"
            )
        ]
    sentence = None if value is Evaluator.UNKNOWN else argument_problem(name, value)
    if sentence:
        return [Problem(page_name, *where(str(value)[:80]), sentence)]
    return []


def _locate_name(source: str, name: str) -> tuple[int, int]:
    """1-based (line, column) of the first use of a name inside `{{ }}` or `{% %}`."""
    pattern = re.compile(rf"(?<![\w.]){re.escape(name)}(?!\w)")
    for number, line in enumerate(source.splitlines(), 1):
        if "{" in line and (found := pattern.search(line)):
            return number, found.start() + 1
    return 1, 1


def _arguments_problem(name: str, signature: inspect.Signature, call: nodes.Call) -> str | None:
    """A sentence when the call's arguments do not fit the macro, else None."""
    try:
        signature.bind(*call.args, **{keyword.key: keyword.value for keyword in call.kwargs})
    except TypeError:
        wanted = ", ".join(signature.parameters) or "no arguments"
        return f"{name}() takes {wanted}; write {{{{ {name}({_example(signature)}) }}}}"
    return None


def _example(signature: inspect.Signature) -> str:
    return ", ".join(f'"{parameter}"' for parameter in signature.parameters)


def _front_matter_lines(source: str, markdown: str) -> int:
    """Lines before the page's Markdown in its file (front matter and the blank lines after it)."""
    start = source.find(markdown.lstrip("\n")[:200])
    return source.count("\n", 0, start) if start > 0 else 0
