"""Addresses in the data checked as addresses: web links, e-mail addresses, page paths.

Each check returns the value or raises ValueError with one sentence for the editor
(the loader adds file:line:col). An address is parsed, its scheme must be on the
allow-list, and it may not hold a character that could end the Markdown link or the
HTML attribute it is written into.
`relative_path` writes one page's path as seen from another; `comparable_address` and
`short_address` are an address as compared with a link's words and as a printed page names it.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

URL_SCHEMES = ("http", "https", "mailto")
# Characters that end a Markdown link destination or an HTML attribute, with the
# percent-encoding an editor can write instead.
_ENDING_CHARACTERS = {
    "(": "%28",
    ")": "%29",
    "<": "%3C",
    ">": "%3E",
    '"': "%22",
    "'": "%27",
    "`": "%60",
    "\\": "%5C",
}
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
_EMAIL = re.compile(rf"[A-Za-z0-9._+-]+@{_LABEL}(?:\.{_LABEL})+")
_PAGE_PATH = re.compile(r"[A-Za-z0-9_./-]+(?:#[A-Za-z0-9_-]+)?")
PAGE_PATH_PATTERN = f"^{_PAGE_PATH.pattern}$"  # the same, for the JSON Schemas (model/types.py)


# Printable ASCII that is neither a space nor one of _ENDING_CHARACTERS: an address of these alone has no
# character problem, which spares the loop below for nearly every address.
_PLAIN_ADDRESS = re.compile(r"[A-Za-z0-9\-._~:/?#\[\]@!$&*+,;=%{}|^]*")


def _character_problem(value: str) -> str | None:
    if _PLAIN_ADDRESS.fullmatch(value):
        return None
    for char in value:
        if char.isspace():
            return "an address cannot hold spaces or line breaks; write a space as %20"
        if unicodedata.category(char) in ("Cc", "Cf"):
            return f"an address cannot hold the invisible character U+{ord(char):04X}; delete it"
        if char in _ENDING_CHARACTERS:
            return (
                f"an address cannot hold the character {char} (it could end the link); "
                f"write it as {_ENDING_CHARACTERS[char]}"
            )
    return None


def check_url(value: str) -> str:
    """A web address (http, https) or an e-mail link (mailto:), else ValueError."""
    scheme = re.match(r"([A-Za-z][A-Za-z0-9+.-]*):", value)
    if not scheme or scheme.group(1).lower() not in URL_SCHEMES:
        raise ValueError("an address must start with https:// or http:// (or mailto: for e-mail)")
    problem = _character_problem(value)
    if problem:
        raise ValueError(problem)
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 -- reading the port checks it is a number
    except ValueError:
        raise ValueError("this is not a web address that can be read (check the host and port)") from None
    if parts.scheme.lower() == "mailto":
        if not _EMAIL.fullmatch(value.split(":", 1)[1]):
            raise ValueError("an e-mail link looks like mailto:name@example.org")
        return value
    if not value.lower().startswith(f"{parts.scheme.lower()}://") or not parts.hostname or "." not in parts.hostname:
        raise ValueError("this is not a complete web address: it needs a host such as https://www.example.org/")
    return value


def check_email(value: str) -> str:
    """An e-mail address such as icat@un.org (letters, digits and . _ + - only), else ValueError."""
    if not _EMAIL.fullmatch(value):
        raise ValueError("an e-mail address looks like name@example.org (letters, digits and . _ + - only)")
    return value


def check_page_path(value: str) -> str:
    """A page of the site under docs/, optionally with #anchor, else ValueError."""
    if not _PAGE_PATH.fullmatch(value):
        raise ValueError(
            "a page path holds only letters, digits and - _ . / (and one #anchor), "
            "e.g. year-in-review/coordination.md#survivors"
        )
    path = value.split("#", 1)[0]
    if path.startswith("/") or ".." in path.split("/"):
        raise ValueError("a page path starts from docs/ and cannot go up a folder, e.g. year-in-review/coordination.md")
    return value


def relative_path(path: str, start: str) -> str:
    """What posixpath.relpath gives for two clean paths from the same root ("a/b",
    "a", "" or "."), without asking the file system for the working directory: it
    runs for every link of every page."""
    target = [part for part in path.split("/") if part and part != "."]
    base = [part for part in start.split("/") if part and part != "."]
    common = 0
    while common < min(len(target), len(base)) and target[common] == base[common]:
        common += 1
    return "/".join([".."] * (len(base) - common) + target[common:]) or "."


def comparable_address(text: str) -> str:
    """An address, or a link's words, as compared with another: no scheme, no "mailto:", no "www.", no
    trailing slash, any case (a link whose words are its own address needs no note of it)."""
    text = text.strip().lower()
    for prefix in ("https://", "http://", "mailto:", "www."):
        text = text.removeprefix(prefix)
    return text.rstrip("/")


def short_address(href: str) -> str | None:
    """The host of a web address without "www.", the e-mail address of a mailto: link; None inside the site."""
    if href.startswith("mailto:"):
        return href.removeprefix("mailto:").split("?", 1)[0] or None
    parts = urlsplit(href)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    return parts.hostname.removeprefix("www.")
