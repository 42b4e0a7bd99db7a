"""The field types of the data model: what a value must be, whatever record holds it.

Ids, texts by length, Markdown, web addresses, e-mail addresses, page and image paths,
colours and icon names, each an annotated str with its constraints and validators;
records.py builds the records from them.
Their limits and patterns also become the JSON Schemas (schemas/), so editors see them.
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, BeforeValidator, Field, StringConstraints
from pydantic_core import PydanticCustomError

from ..text.urls import PAGE_PATH_PATTERN, check_email, check_page_path, check_url
from .colour import AA_TEXT, HEX_COLOUR, WHITE, contrast
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


def _readable_colour(value: str) -> str:
    """A colour white text reads on, and that reads as text on white: the same ratio, 4.5:1 (WCAG AA)."""
    if not HEX_COLOUR.match(value):
        raise ValueError("a colour is written #rrggbb, e.g. #00689d")
    ratio = contrast(value, WHITE)
    if ratio < AA_TEXT:
        raise ValueError(
            f"{value} and white text on it have a contrast of {ratio:.1f}:1, and WCAG AA needs {AA_TEXT}:1; "
            "choose a darker colour"
        )
    return value.lower()


Colour = Annotated[
    str, _strip, AfterValidator(_readable_colour), Field(json_schema_extra={"pattern": HEX_COLOUR.pattern})
]

# An icon of the sets Material for MkDocs ships (its .icons folder), named as the theme names it.
ICON_PATTERN = r"^(?:material|octicons|simple|fontawesome/(?:brands|regular|solid))/[a-z0-9]+(?:-[a-z0-9]+)*$"


def _icon_name(value: str) -> str:
    if len(value) > 100 or not re.match(ICON_PATTERN, value):
        raise ValueError("an icon is written as its set and its name, e.g. material/scale-balance")
    return value


IconName = Annotated[str, _strip, AfterValidator(_icon_name), Field(json_schema_extra={"pattern": ICON_PATTERN})]

_ASSET_PATH = re.compile(r"[A-Za-z0-9_./-]+\.(?:png|jpe?g|webp|svg|gif|avif)", re.IGNORECASE)


def _asset_path(value: str) -> str:
    if not _ASSET_PATH.fullmatch(value):
        raise ValueError(
            "an image is a file under docs/, its path in letters, digits and - _ . / only, ending .png, .jpg, "
            ".webp, .svg, .gif or .avif, e.g. assets/photos/heads-of-agencies.jpg"
        )
    if value.startswith("/") or ".." in value.split("/"):
        raise ValueError("an image path starts from docs/ and cannot go up a folder, e.g. assets/logo.svg")
    return value


AssetPath = Annotated[str, _strip, AfterValidator(_asset_path)]
