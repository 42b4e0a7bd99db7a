"""Plain values built from YAML events: no tags, bounded aliases, keys that are text.

Plain scalars are read as YAML 1.1 reads them for null, true/false and numbers (so
that `NO` is still false and the model can say "put it in quotes"), but a date stays
the text the editor typed: the model decides what a date is. Anything that could
build an object, expand without bound or loop is refused with a sentence at its
line and column.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.resolver import Resolver

from ..problems import Problem
from .source_file import Location, SourceFile, Spot

ALIAS_LIMIT = 20  # aliases (*name) in one file; the data uses none
VALUE_LIMIT = 100_000  # values once aliases are expanded; the real data has about 5,000
DEPTH_LIMIT = 20  # nesting; the data needs four levels

_YAML_TAG = "tag:yaml.org,2002:"
# The implicit types a plain scalar may have; timestamps, merge keys ("<<") and the
# rest stay text.
_CONSTRUCT = {
    _YAML_TAG + "null": SafeConstructor.construct_yaml_null,
    _YAML_TAG + "bool": SafeConstructor.construct_yaml_bool,
    _YAML_TAG + "int": SafeConstructor.construct_yaml_int,
    _YAML_TAG + "float": SafeConstructor.construct_yaml_float,
}


class Refusal(Exception):
    """The file cannot be read any further: one sentence at one line and column."""

    def __init__(self, mark: yaml.Mark, message: str) -> None:
        super().__init__(message)
        self.line, self.column, self.message = mark.line + 1, mark.column + 1, message


@dataclass
class _Anchor:
    value: Any = None
    size: int = 0
    open: bool = True


class ValueBuilder:
    """Builds one file's values from its events, recording every value's spot in the source."""

    def __init__(self, source: SourceFile) -> None:
        self.source = source
        self.anchors: dict[str, _Anchor] = {}
        self.aliases = 0
        self.count = 0
        self.resolver = Resolver()
        self.constructor = SafeConstructor()
        self.events: Iterator[yaml.Event] = iter(())

    def build(self, events: Iterable[yaml.Event]) -> Any:
        """The document's value (None for an empty file); Refusal or YAMLError when unusable."""
        self.events = iter(events)
        root, documents = None, 0
        for event in self.events:
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise Refusal(
                        event.start_mark,
                        "this file holds a second YAML document (after '---'); "
                        "a data file holds one: remove the '---' line",
                    )
                root = self._value(next(self.events), (), 0)
        return root

    def _value(self, event: yaml.Event, location: Location, depth: int) -> Any:
        if isinstance(event, yaml.AliasEvent):
            return self._alias(event, location)
        self._check_tag(event)
        if depth > DEPTH_LIMIT:
            raise Refusal(
                event.start_mark,
                f"values are nested more than {DEPTH_LIMIT} levels deep here; check the indentation and the brackets",
            )
        self._count(1, event.start_mark)
        start = self.count
        anchor = self.anchors[event.anchor] = _Anchor() if event.anchor else None
        if isinstance(event, yaml.SequenceStartEvent):
            value: Any = self._sequence(location, depth)
        elif isinstance(event, yaml.MappingStartEvent):
            value = self._mapping(location, depth)
        else:
            value = self._scalar(event)
        self._spot(location, event, value)
        if anchor is not None:
            anchor.value, anchor.size, anchor.open = value, self.count - start + 1, False
        return value

    def _spot(self, location: Location, event: yaml.Event, value: Any) -> None:
        line, column = event.start_mark.line + 1, event.start_mark.column + 1
        if isinstance(event, yaml.ScalarEvent):
            spot = Spot(line, column, event.end_mark.line + 1, event.value, event.style or "")
        else:
            spot = Spot(line, column, event.end_mark.line + 1)
        self.source.spots[location] = spot

    def _scalar(self, event: yaml.ScalarEvent) -> Any:
        if event.style or not event.implicit[0]:
            return event.value  # quoted or a block: text as written
        tag = self.resolver.resolve(yaml.ScalarNode, event.value, (True, False))
        construct = _CONSTRUCT.get(tag)
        return construct(self.constructor, yaml.ScalarNode(tag, event.value)) if construct else event.value

    def _sequence(self, location: Location, depth: int) -> list:
        items: list = []
        while not isinstance(event := next(self.events), yaml.SequenceEndEvent):
            items.append(self._value(event, location + (len(items),), depth + 1))
        return items

    def _mapping(self, location: Location, depth: int) -> dict:
        mapping: dict = {}
        first_line: dict[str, int] = {}
        while not isinstance(event := next(self.events), yaml.MappingEndEvent):
            key = self._key(event, location, depth)
            value_event = next(self.events)
            if key is None or key in mapping:
                if key is not None:
                    self.source.duplicates.append(
                        self._problem(
                            event.start_mark,
                            (
                                f"'{key}' appears twice in this entry (first on line {first_line[key]}); "
                                "keep one and delete the other"
                            ),
                        )
                    )
                self._value(value_event, location + ("(ignored)",), depth + 1)
                continue
            first_line[key] = event.start_mark.line + 1
            self.source.key_spots[location + (key,)] = Spot(event.start_mark.line + 1, event.start_mark.column + 1)
            mapping[key] = self._value(value_event, location + (key,), depth + 1)
        return mapping

    def _key(self, event: yaml.Event, location: Location, depth: int) -> str | None:
        """The field name as typed; None (and a refusal) when the key is not plain text."""
        if isinstance(event, yaml.ScalarEvent):
            self._check_tag(event)
            if event.value == "<<" and not event.style:
                self._refuse(event.start_mark, "merge keys ('<<') are not supported; write the fields out")
                return None
            return event.value
        if isinstance(event, yaml.AliasEvent):
            self._refuse(event.start_mark, f"an alias ('*{event.anchor}') cannot be a field name; write the name out")
            return None
        what = "a list" if isinstance(event, yaml.SequenceStartEvent) else "a set of fields"
        self._value(event, location + ("(ignored)",), depth + 1)
        self._refuse(
            event.start_mark,
            f"this field name is {what}; a field name is a word such as 'name' "
            "followed by a colon (check for a stray '?', '[' or '{')",
        )
        return None

    def _alias(self, event: yaml.AliasEvent, location: Location) -> Any:
        anchor = self.anchors.get(event.anchor)
        if anchor is None:
            self._refuse(
                event.start_mark,
                f"the alias '*{event.anchor}' refers to no anchor '&{event.anchor}' above it; write the value out",
            )
            return None
        if anchor.open:
            raise Refusal(
                event.start_mark,
                f"the alias '*{event.anchor}' is inside the value it refers to "
                "(a recursive alias); write the value out",
            )
        self.aliases += 1
        if self.aliases > ALIAS_LIMIT:
            raise Refusal(
                event.start_mark,
                f"this file uses more than {ALIAS_LIMIT} aliases ('*name'); "
                "write the values out instead of repeating them",
            )
        self._count(anchor.size, event.start_mark)
        self.source.spots[location] = Spot(event.start_mark.line + 1, event.start_mark.column + 1)
        return anchor.value

    def _count(self, size: int, mark: yaml.Mark) -> None:
        self.count += size
        if self.count > VALUE_LIMIT:
            raise Refusal(
                mark,
                f"this file holds more than {VALUE_LIMIT:,} values once its aliases are expanded; "
                "write the values out instead of repeating them through aliases",
            )

    def _check_tag(self, event: yaml.Event) -> None:
        tag = getattr(event, "tag", None)
        if tag is not None:
            shown = "!!" + tag.removeprefix(_YAML_TAG) if tag.startswith(_YAML_TAG) else tag
            self._refuse(
                event.start_mark,
                f"the YAML tag '{shown}' is not allowed in a data file; remove it "
                "(a value is text, a number, true or false, a list or 'field: value' lines)",
            )

    def _refuse(self, mark: yaml.Mark, message: str) -> None:
        self.source.refusals.append(self._problem(mark, message))

    def _problem(self, mark: yaml.Mark, message: str) -> Problem:
        return Problem(self.source.name, mark.line + 1, mark.column + 1, message)
