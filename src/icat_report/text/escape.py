"""One escaping path: every value from data leaves through a function named for where it goes.

A name, a title or a caption from YAML can hold any character an editor types, and
the page must show it as typed: never as HTML, a Markdown link, an attribute list or
a template. Each function below makes a value inert in one output context (Markdown
text, HTML text, an HTML attribute, a link destination, BibTeX, YAML front matter, a
CSV cell, JSON). Renderers never put a data value into output any other way.
"""

from __future__ import annotations

import functools
import json
import re
from urllib.parse import quote, urlsplit

from .urls import URL_SCHEMES

# Characters that mean something to HTML or to the macros' templates: always written
# as character references, which Markdown passes through and no parser reads as syntax.
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "{": "&#123;", "}": "&#125;"}
# Characters that make inline Markdown anywhere in a line (code, emphasis, links and
# images, footnotes, headings' closing hashes, table cells), escaped with a backslash:
# Python-Markdown shows the character itself. `(`, `)` and `!` need no escape once
# every bracket has one.
_MARKDOWN_PUNCTUATION = set("\\`*_[]#|")
# At the start of a line, a list item ("- ", "+ ", "* ", "1. ") would begin.
_LIST_START = re.compile(r"^(?:[-+*](?=\s|$)|\d+(?=\.))")
# C0 and C1 control characters: Python-Markdown uses STX/ETX to mark its own
# placeholders, so data must never carry them into a page.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _clean(value: object) -> str:
    """The value as one line of text, without control characters."""
    return " ".join(_CONTROL.sub("\ufffd", str(value)).split())


def _inert(text: str, keep: str = "") -> str:
    """Escape every character Markdown, HTML or templates would read, except those in keep."""
    return text.translate(_inert_table(keep))


@functools.cache
def _inert_table(keep: str) -> dict[int, str]:
    """The translation table of `_inert` (one per `keep`: it runs on every value of every page)."""
    table = {ord(char): "\\" + char for char in _MARKDOWN_PUNCTUATION if char not in keep}
    table.update({ord(char): entity for char, entity in _ENTITIES.items()})
    return table


def markdown_text(value: object) -> str:
    """A plain value (a name, a title) as inline Markdown text that shows exactly as typed.

    No HTML, no attribute list, no template, no emphasis, link, footnote or list syntax:
    safe in a paragraph, a heading, a list item, a link's words and a table cell.
    """
    return _no_list(_inert(_clean(value)))


def _no_list(text: str) -> str:
    """Escape a list marker at the start, so the value stays text wherever it stands."""
    match = _LIST_START.match(text)
    if not match:
        return text
    if match.group(0).isdigit():
        return match.group(0) + "\\" + text[match.end() :]
    return "\\" + text


# Editors' Markdown fields keep three house conventions and emphasis; nothing else.
_LINK_REF = re.compile(r"(?<![!\\])\[((?:[^\[\]]|\[[^\[\]]*\])+)\]\[([a-z0-9]+(?:-[a-z0-9]+)*)\]")
_FOOTNOTE_REF = re.compile(r"(?<!\\)\[\^([a-z0-9]+(?:-[a-z0-9]+)*)\](?!:)")
_CONVENTIONS = re.compile(f"{_LINK_REF.pattern}|{_FOOTNOTE_REF.pattern}")


def markdown_field_text(value: object) -> str:
    """An editor's Markdown field made inert except for what the field allows.

    Kept: `**bold**`, `*italics*` (and `_` forms), `[words][link-id]` and
    `[^footnote-id]`. Everything else shows as typed: raw HTML, inline links and
    autolinks, reference definitions (`[x]: javascript:...`), images, code, headings,
    attribute lists and templates. The words of a link are escaped like the rest.
    """
    text = _clean(value)
    out, last = [], 0
    for match in _CONVENTIONS.finditer(text):
        out.append(_field_words(text[last : match.start()]))
        if match.group(2) is not None:
            out.append(f"[{_field_words(match.group(1))}][{match.group(2)}]")
        else:
            out.append(f"[^{match.group(3)}]")
        last = match.end()
    out.append(_field_words(text[last:]))
    return _no_list("".join(out))


def _field_words(text: str) -> str:
    return _inert(text, keep="*_")


# Raw HTML in a page still passes through the page finishing (page/page_text.py), which
# reads `[words][link-id]` and `[^footnote-id]` anywhere: brackets are written as
# character references there too, so a value never becomes one of those conventions.
_HTML_ENTITIES = str.maketrans({**_ENTITIES, "[": "&#91;", "]": "&#93;"})


def html_text(value: object) -> str:
    """A value as the text of an HTML element (also inside raw HTML in Markdown)."""
    return _clean(value).translate(_HTML_ENTITIES)  # str.translate: it runs on every value of every page


def html_attribute(value: object) -> str:
    """A value inside a double- or single-quoted HTML attribute (title, aria-label, content)."""
    return html_text(value).replace('"', "&quot;").replace("'", "&#39;")


# Characters a link destination keeps as they are: RFC 3986's unreserved and
# reserved characters, minus those that end a Markdown destination or an HTML
# attribute (parentheses, quotes, angle brackets, brackets, pipes for tables).
_URL_SAFE = "-._~:/?#@!$&*+,;=%"


def link_destination(url: str) -> str:
    """An address (validated by the model) or a path within the site as a Markdown
    link destination: `[words](HERE)`. Everything that could end it is percent-encoded.

    Raises ValueError for a scheme outside the allow-list: the model refuses such
    addresses, so reaching it here is a bug, not an editor's mistake.
    """
    url = _CONTROL.sub("", url.strip())
    scheme = urlsplit(url).scheme if ":" in url.split("/", 1)[0] else ""
    if scheme and scheme.lower() not in URL_SCHEMES:
        raise ValueError(f"refusing the address {url!r}: only {', '.join(URL_SCHEMES)} links are written")
    return quote(url, safe=_URL_SAFE)


def href_attribute(url: str) -> str:
    """An address as the value of a quoted href attribute in raw HTML."""
    return html_attribute(link_destination(url))


def bibtex_value(value: object) -> str:
    """A value inside a braced BibTeX field, `title = {HERE}`: LaTeX's special
    characters escaped, so braces stay balanced and the entry cannot be closed."""
    specials = {
        "\\": r"\textbackslash{}",
        "{": r"\{",
        "}": r"\}",
        "&": r"\&",
        "%": r"\%",
        "$": r"\$",
        "#": r"\#",
        "_": r"\_",
        "^": r"\textasciicircum{}",
        "~": r"\textasciitilde{}",
    }
    return "".join(specials.get(char, char) for char in _clean(value))


def bibtex_key(value: object) -> str:
    """A BibTeX citation key: lowercase letters and digits only."""
    return re.sub(r"[^a-z0-9]", "", _clean(value).lower()) or "report"


def code_fence(code: str, language: str) -> str:
    """A fenced code block whose fence no line of code can close: longer than any run
    of backticks in it."""
    longest = max((len(run) for run in re.findall(r"`+", code)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}{language}\n{code}\n{fence}"


def front_matter_value(value: object) -> str:
    """A value for YAML front matter (`description: HERE`). Material writes the
    description into `<meta content="...">` without escaping, so the value is made
    safe as an HTML attribute first, then quoted as a YAML (JSON) string."""
    return json.dumps(html_attribute(value), ensure_ascii=False)


# A spreadsheet reads a cell starting with these as a formula (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> object:
    """A value for a CSV cell: lists joined with "; ", formulas shown as text."""
    if value is None:
        return ""
    if isinstance(value, list):
        value = "; ".join(map(str, value))
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def json_text(value: object) -> str:
    """A value as a JSON document (the open data downloads)."""
    return json.dumps(value, indent=2, ensure_ascii=False) + "\n"
