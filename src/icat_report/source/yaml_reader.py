"""Read one YAML data file into plain Python values, remembering where each value stands.

PyYAML's defaults hide editors' mistakes: a duplicated key silently keeps the last
value and a file in another encoding fails with a traceback. Here the file is decoded
as UTF-8 (a BOM and Windows line ends are fine), composed into nodes so that every
value keeps its line and column, and duplicate keys are reported as problems.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..problems import Problem

Path_ = tuple[int | str, ...]


@dataclass
class SourceFile:
    """A parsed data file: its values, and the node behind each value's path."""

    name: str
    data: Any = None
    nodes: dict[Path_, yaml.Node] = field(default_factory=dict)
    key_nodes: dict[Path_, yaml.Node] = field(default_factory=dict)
    _entries_by: dict[str, dict] = field(default_factory=dict, repr=False)

    def position(self, path: Path_, *, key: bool = False) -> tuple[int, int]:
        """1-based line and column of the value at `path`, or of its nearest parent.

        With key=True, point at the mapping key (for an unknown field) instead of
        its value.
        """
        path = tuple(path)
        if key and path in self.key_nodes:
            mark = self.key_nodes[path].start_mark
            return mark.line + 1, mark.column + 1
        while path not in self.nodes and path:
            path = path[:-1]
        node = self.nodes.get(path)
        if node is None:
            return 1, 1
        return node.start_mark.line + 1, node.start_mark.column + 1

    def problem(self, path: Path_, message: str, *, key: bool = False) -> Problem:
        line, column = self.position(path, key=key)
        return Problem(self.name, line, column, message)

    def entries_by(self, key: str) -> dict:
        """{value: [indexes of the entries whose `key` has it]}, built once per key."""
        cache = self._entries_by
        if key not in cache:
            index: dict = {}
            for position, item in enumerate(self.data if isinstance(self.data, list) else []):
                if isinstance(item, dict) and isinstance(item.get(key), (str, int)):
                    index.setdefault(item[key], []).append(position)
            cache[key] = index
        return cache[key]

    def raw_text(self, path: Path_) -> str | None:
        """The characters the editor typed for a scalar, before YAML interpreted them."""
        node = self.nodes.get(tuple(path))
        if isinstance(node, yaml.ScalarNode):
            return node.value
        return None

    def is_plain_scalar(self, path: Path_) -> bool:
        node = self.nodes.get(tuple(path))
        # Plain (unquoted) style: None from PyYAML, "" from libyaml.
        return isinstance(node, yaml.ScalarNode) and not node.style


def read_source(path: Path, display_name: str) -> tuple[SourceFile, list[Problem]]:
    """Parse `path`; return the source and the problems (empty when all is well)."""
    source = SourceFile(display_name)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return source, [Problem(display_name, 1, 1, "this file is missing; restore it from the repository (git checkout -- " + display_name + ")")]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        return source, [Problem(display_name, line, column, "the file is not UTF-8 text; save it again with the UTF-8 encoding")]
    text = text.replace("\r\n", "\n")
    try:
        root = _compose(text)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        what = error.problem or "the YAML syntax is broken"
        if error.context and "quoted scalar" in error.context and error.context_mark:
            # The end of the file is not where the mistake is: the opening quote is.
            mark, what = error.context_mark, "a quotation mark opened here is never closed"
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        return source, [Problem(display_name, line, column, f"YAML syntax error: {what}; check the indentation, quotes and colons on this line and the one before")]
    if root is None:
        return source, [Problem(display_name, 1, 1, "the file is empty; it should hold a list of entries (see the example at its top)")]
    problems: list[Problem] = []
    _index(source, root, (), problems)
    constructor = yaml.SafeLoader("")
    source.data = constructor.construct_document(root)
    return source, problems


def _compose(text: str) -> yaml.Node | None:
    """The document's nodes; libyaml when present (ten times faster), else pure Python.

    A syntax error is always reported by the pure-Python parser, whose messages the
    editors' guide and the tests quote.
    """
    fast = getattr(yaml, "CSafeLoader", None)
    if fast is not None:
        try:
            return yaml.compose(text, Loader=fast)
        except yaml.YAMLError:
            pass
    return yaml.compose(text, Loader=yaml.SafeLoader)


def _index(source: SourceFile, node: yaml.Node, path: Path_, problems: list[Problem]) -> None:
    """Record every node under its path, and report duplicate mapping keys."""
    source.nodes[path] = node
    if isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _index(source, item, path + (index,), problems)
    elif isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node)
            if key in seen:
                problems.append(Problem(
                    source.name, key_node.start_mark.line + 1, key_node.start_mark.column + 1,
                    f"'{key}' appears twice in this entry (first on line {seen[key]}); keep one and delete the other",
                ))
                continue
            seen[key] = key_node.start_mark.line + 1
            source.key_nodes[path + (key,)] = key_node
            _index(source, value_node, path + (key,), problems)
