"""What every renderer shares: page addresses, relative links, safe data text.

Data values reach output only through text/escape.py; `data_text` is the one way an
editor's Markdown field becomes page Markdown.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable

from ..model import Member, Priority
from ..report import Report
from ..text.escape import link_destination, markdown_field_text
from ..text.markdown_text import resolve_links
from ..text.urls import relative_path

Href = Callable[[str], str]
"""Given a page's path under docs/ (e.g. members/unodc.md), the link to write."""

ROLES = ("member", "partner")  # the groups of entities, in the order the site lists them


def by_label(member: Member) -> tuple[int, str]:
    """An entity's place where it is named by its acronym (the menu, the grid): the members, then the partners,
    each A to Z by the name shown, a leading "The" set aside as indexes do ("The World Bank" under W). The data
    lists them by full name, as the report does; acronyms in that order read as no order at all."""
    group = ROLES.index(member.role) if member.role in ROLES else len(ROLES)
    name = member.short_name.casefold()
    return group, name.removeprefix("the ") or name


def href_from(page_src: str) -> Href:
    """Links relative to the page at page_src, as MkDocs expects in Markdown, written
    as link destinations (a page path from data cannot end the link)."""
    base = posixpath.dirname(page_src)

    def href(target: str) -> str:
        path, _, anchor = target.partition("#")
        relative = relative_path(path, base) if path else ""
        return link_destination(relative + (f"#{anchor}" if anchor else ""))

    return href


def member_page_path(member: Member | str) -> str:
    member_id = member if isinstance(member, str) else member.id
    return f"members/{member_id}.md"


def priority_page_path(priority: Priority) -> str:
    return f"priorities/{priority.id}.md"


def priority_short_label(priority: Priority) -> str:
    """A priority's short form, one wherever the site names it briefly: "Priority 1 · Evidence base"
    (plain text: escape it for the page)."""
    return f"Priority {priority.number} \u00b7 {priority.short_title or priority.title}"


def data_text(report: Report, text: str) -> str:
    """Editor's Markdown from YAML, made inert (text/escape.py) and with its
    [words][link-id] resolved. One line: a line break would end a list item early."""
    return resolve_links(markdown_field_text(text), report.link)


def bullet_list(items: list[str]) -> str:
    return "\n".join(f"- {item}" for item in items)


def indent(text: str, spaces: int = 4) -> str:
    pad = " " * spaces
    return "\n".join(pad + line if line else line for line in text.splitlines())


def number_in_words(number: int) -> str:
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
        return link_destination(relative + (f"#{anchor}" if anchor else ""))

    return href


def in_words(items: list[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
