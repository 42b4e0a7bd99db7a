"""What every renderer shares: page addresses, relative links, safe data text."""
from __future__ import annotations

import posixpath
from collections.abc import Callable

from ..text.markdown_text import escape_text, resolve_links
from ..model import Member, Priority
from ..report import Report

Href = Callable[[str], str]
"""Given a page's path under docs/ (e.g. members/unodc.md), the link to write."""


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


def href_from(page_src: str) -> Href:
    """Links relative to the page at page_src, as MkDocs expects in Markdown."""
    base = posixpath.dirname(page_src)

    def href(target: str) -> str:
        path, _, anchor = target.partition("#")
        relative = relative_path(path, base) if path else ""
        return relative + (f"#{anchor}" if anchor else "")

    return href


def member_page_path(member: Member | str) -> str:
    member_id = member if isinstance(member, str) else member.id
    return f"members/{member_id}.md"


def priority_page_path(priority: Priority) -> str:
    return f"priorities/{priority.id}.md"


def data_text(report: Report, text: str) -> str:
    """Editor's Markdown from YAML, made inert and with its [words][link-id] resolved."""
    # One paragraph: line breaks from a YAML block would end a list item early.
    return resolve_links(escape_text(" ".join(text.split())), report.link_target)


def plain(text: str) -> str:
    """A plain value from YAML (a name, a title) for use inside Markdown."""
    escaped = escape_text(text)
    for char in "\\`*_[]#|":
        escaped = escaped.replace(char, "\\" + char)
    return escaped


def bullet_list(items: list[str]) -> str:
    return "\n".join(f"- {item}" for item in items)


def indent(text: str, spaces: int = 4) -> str:
    pad = " " * spaces
    return "\n".join(pad + line if line else line for line in text.splitlines())


def words(number: int) -> str:
    """A small count in words, as the report writes them (three more entities)."""
    names = "zero one two three four five six seven eight nine ten eleven twelve".split()
    return names[number] if 0 <= number < len(names) else str(number)


def url_href_from(page_src: str) -> Href:
    """Links for raw HTML, which MkDocs does not rewrite: built URLs, relative.

    Assumes `use_directory_urls` (members/unodc.md is served as members/unodc/).
    """

    def directory(src: str) -> str:
        stem = posixpath.splitext(src)[0]
        return posixpath.dirname(stem) if posixpath.basename(stem) == "index" else stem

    base = directory(page_src)

    def href(target: str) -> str:
        path, _, anchor = target.partition("#")
        relative = relative_path(directory(path), base) + "/"
        relative = "./" if relative == "./" else relative.removeprefix("./")
        return relative + (f"#{anchor}" if anchor else "")

    return href
