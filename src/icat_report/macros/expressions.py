"""A page's expressions (`{{ report.info.year }}`, a macro's argument) computed as its template would compute
them, sandboxed, so that the page checks can say before the build whether a value can be shown."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from jinja2 import StrictUndefined, nodes
from jinja2.nativetypes import NativeEnvironment
from jinja2.sandbox import SandboxedEnvironment


class Evaluator:
    """Computes a page's expression as its template would (sandboxed), when every name
    in it is a value we know; else says it cannot (`UNKNOWN`)."""

    UNKNOWN = object()

    def __init__(self, values: Mapping[str, object], filters: Mapping[str, Callable]) -> None:
        self._values = values
        self._environment = _NativeSandbox(undefined=StrictUndefined)
        self._environment.filters.update(filters)

    def __call__(self, expression: nodes.Expr) -> object:
        if isinstance(expression, nodes.Const):
            return expression.value
        if isinstance(expression, nodes.Name):  # a value the page may print: it cannot fail
            return self._values.get(expression.name, self.UNKNOWN)
        names = {name.name for name in expression.find_all(nodes.Name)}
        if not names <= set(self._values):
            return self.UNKNOWN
        template = nodes.Template([nodes.Output([expression])], lineno=expression.lineno)
        template.set_environment(self._environment)
        code = self._environment.compile(template)
        compiled = self._environment.template_class.from_code(
            self._environment, code, self._environment.make_globals(None), None
        )
        return compiled.render(**self._values)

    def show(self, expression: nodes.Expr) -> None:
        """Raise what showing the expression on the page would raise. The forms pages use (`value.field`,
        `value | filter`) are read directly, as the sandbox reads them, instead of compiling a template each."""
        if self._direct(expression) is Evaluator._COMPILE:
            self(expression)

    _COMPILE = object()  # an expression `_direct` leaves to the compiled template

    def _direct(self, expression: nodes.Expr) -> object:
        if isinstance(expression, nodes.Name) and expression.name in self._values:
            return self._values[expression.name]
        if isinstance(expression, nodes.Getattr):
            owner = self._direct(expression.node)
            if owner is self._COMPILE or isinstance(owner, Mapping) or not hasattr(owner, expression.attr):
                return self._COMPILE  # a key of a mapping, or a missing field: as the template reads it
            value = getattr(owner, expression.attr)
            return value if self._environment.is_safe_attribute(owner, expression.attr, value) else self._COMPILE
        if isinstance(expression, nodes.Filter) and expression.node is not None:
            function = self._environment.filters.get(expression.name)
            extra = expression.args or expression.kwargs or expression.dyn_args or expression.dyn_kwargs
            if function is None or extra or getattr(function, "jinja_pass_arg", None):
                return self._COMPILE
            value = self._direct(expression.node)
            return self._COMPILE if value is self._COMPILE else function(value)
        return self._COMPILE


class _NativeSandbox(NativeEnvironment, SandboxedEnvironment):
    """Native values (an argument stays a number or a string), no access to internals."""
