"""Folded-text slips: a field name typed inside a block of text.

Under `text: >-` every line indented more than `text:` belongs to the text. An editor
who indents the next field too far (`points:` under the text) gets no YAML error:
the field silently becomes words of the text. A line in such a block that reads as
`name:` for a field of the same entry is reported as a likely indentation mistake.
"""

from __future__ import annotations

import re

from ..model.files import DATA_FILES
from ..problems import Problem
from ..source.yaml_reader import Location, SourceFile
from .placed import Sources

FIELD_LINE = re.compile(r"^(\s+)([A-Za-z_][A-Za-z0-9_]*):(?:\s|$)")


def problems(sources: Sources) -> list[Problem]:
    found = []
    for spec in DATA_FILES:
        source = sources[spec.name]
        fields = set(spec.record.model_fields)
        for location, spot in list(source.spots.items()):
            if spot.style in ("|", ">") and _is_entry_field(location, spec.is_list):
                found += _slips(source, location, fields)
    return found


def _is_entry_field(location: Location, is_list: bool) -> bool:
    """A field of an entry itself: (index, field) in a list file, (field,) in report.yaml."""
    return len(location) == (2 if is_list else 1) and isinstance(location[-1], str)


def _slips(source: SourceFile, location: Location, fields: set[str]) -> list[Problem]:
    spot, key = source.spots[location], source.key_spots.get(location)
    if key is None:
        return []
    found = []
    # The block's lines follow its indicator line; its end is where the next token starts.
    for number in range(spot.line + 1, min(spot.end_line, len(source.lines)) + 1):
        match = FIELD_LINE.match(source.lines[number - 1])
        if match and match.group(2) in fields and len(match.group(1)) >= key.column:
            name, field = match.group(2), location[-1]
            found.append(
                Problem(
                    source.name,
                    number,
                    match.start(2) + 1,
                    (
                        f"'{name}:' is inside the text of '{field}' that starts on line {key.line}; if '{name}' is a "
                        f"field "
                        f"of this entry, indent it as far as '{field}:' (a likely indentation mistake)"
                    ),
                )
            )
    return found
