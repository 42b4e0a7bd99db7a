"""The field types of the data model: what a value must be, whatever record holds it.

Ids, texts by length, Markdown, web addresses, e-mail addresses and page paths, each an
annotated str with its constraints and validators; records.py builds the records from them.
Their limits and patterns also become the JSON Schemas (schemas/), so editors see them.
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, BeforeValidator, Field, StringConstraints
from pydantic_core import PydanticCustomError

from ..text.urls import PAGE_PATH_PATTERN, check_email, check_page_path, check_url
from .dates import EDITOR_SENTENCE

ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"

# Ids become page addresses (members/ID.md): "index" would take an overview page's place.
RESERVED_IDS = ("index", "readme")
# Bounds with a wide margin over the longest real values (an id 41 characters, a
# title 154, a note 345, a highlight's text 1,249): a text of 100,000 characters is a slip.
ID_MAX, TEXT_MAX, LONG_TEXT_MAX, MARKDOWN_MAX = 60, 300, 2_000, 5_000


def field_sentence(field: str, sentence: str) -> PydanticCustomError:
    """The error a rule over several fields of a record raises: the editor's sentence, said at `field`."""
    return PydanticCustomError(EDITOR_SENTENCE, "{sentence}", {"sentence": sentence, "field": field})


def id_suggestion(value: str) -> str | None:
    """The id an editor most likely meant by `value` (ILO -> ilo, UN Women -> un-women), or None when
    lowercasing and hyphens for spaces and underscores do not make one."""
    suggestion = re.sub(r"[\s_-]+", "-", value.strip().lower()).strip("-")
    if suggestion == value or not re.match(ID_PATTERN, suggestion) or suggestion in RESERVED_IDS:
        return None
    return suggestion


def _not_reserved(value: str) -> str:
    if value in RESERVED_IDS:
        raise PydanticCustomError(
            EDITOR_SENTENCE,
            "{sentence}",
            {
                "sentence": (
                    f"'{value}' cannot be an id: a page {value}.md would take the place of an overview page of the "
                    f"site; "
                    "choose another id"
                )
            },
        )
    return value


Id = Annotated[
    str,
    StringConstraints(pattern=ID_PATTERN, max_length=ID_MAX),
    AfterValidator(_not_reserved),
    Field(json_schema_extra={"not": {"enum": list(RESERVED_IDS)}}),
]
Text = Annotated[str, StringConstraints(min_length=1, max_length=TEXT_MAX, strip_whitespace=True)]
LongText = Annotated[str, StringConstraints(min_length=1, max_length=LONG_TEXT_MAX, strip_whitespace=True)]
Markdown = Annotated[
    str,
    StringConstraints(min_length=1, max_length=MARKDOWN_MAX, strip_whitespace=True),
    Field(json_schema_extra={"contentMediaType": "text/markdown"}),
]

# An acronym is matched in every page's text and defined to the Markdown `abbr` extension: it holds
# what acronyms are made of, and never a bracket, a backslash or a line break that would end its definition.
ACRONYM_MAX = 40
_ACRONYM = re.compile(r"(?:[^\W_]|[ .&/'\u2019-])+")


def _acronym(term: str) -> str:
    if len(term) > ACRONYM_MAX or not _ACRONYM.fullmatch(term):
        raise ValueError(
            f"an acronym is written with letters, digits, spaces and . - / & ' only, at most {ACRONYM_MAX} "
            "characters, e.g. UN-Habitat or GLO.ACT"
        )
    return term


AcronymTerm = Annotated[Text, AfterValidator(_acronym), Field(json_schema_extra={"maxLength": ACRONYM_MAX})]


def check_url_field(value: str) -> str:
    """Addresses are parsed and checked in text/urls.py: scheme allow-list, no character that ends a link."""
    return check_url(value)


# The checks are the validators; the formats and the pattern tell the schemas (and the editors' tools) the same.
_strip = BeforeValidator(lambda v: v.strip() if isinstance(v, str) else v)
Url = Annotated[str, _strip, StringConstraints(max_length=2_000), Field(json_schema_extra={"format": "uri"})]
Email = Annotated[str, _strip, AfterValidator(check_email), Field(json_schema_extra={"format": "email"})]
PagePath = Annotated[
    str, _strip, AfterValidator(check_page_path), Field(json_schema_extra={"pattern": PAGE_PATH_PATTERN})
]
