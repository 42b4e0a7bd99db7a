"""The check's results for people and tools: a terminal table, a Markdown table, a JSON report.

Each address is shown once with its status, where it is used and what to do about it.
A permanent redirect's advice names the data file and line whose `url` to change. The
Markdown table is written for a GitHub job summary: every value from a server or the
data goes through the escaping functions the site's pages use (text/escape.py).
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Iterable
from typing import Any

from ..text.escape import link_destination, markdown_text
from .results import BROKEN, NOT_CHECKED, OK, REDIRECTED, REFUSED, STATUSES, TIMEOUT, Result, Use

PAGES_SHOWN = 4  # page addresses listed per address before "and N more pages"


def ordered(results: Iterable[Result]) -> list[Result]:
    """What needs a person first (broken, timeout, refused, redirected), then by address."""
    return sorted(results, key=lambda result: (STATUSES.index(result.status), result.url))


def advice(result: Result) -> str:
    """What to do about the address, in one sentence for an editor."""
    places = _places_to_edit(result.uses)
    in_links = any(use.file and use.file.endswith("links.yaml") for use in result.uses)
    note = "; keep the old address and what you found in the entry's note" if in_links else ""
    if result.status == REDIRECTED and result.moved_to:
        first = result.redirects[0].http_status
        return f"it has moved for good ({first}): put {result.moved_to} in place of the address in {places}{note}"
    if result.status == BROKEN:
        return (
            "open it in a browser; if it is gone, find where the document went (the publisher's own search, "
            f"a web archive) and put the new address in {places}{note}, or leave its url empty if none is found"
        )
    if result.status == TIMEOUT:
        return "try again later; if it keeps timing out, open it in a browser: if it does not load, treat it as broken"
    if result.status == REFUSED:
        return f"check the address in {places}: it leads to a private or local network address, which is never asked"
    if result.status == REDIRECTED:
        return "nothing: the redirect is temporary, keep the address"
    return "nothing"


def _places_to_edit(uses: tuple[Use, ...]) -> str:
    data = [f"{use.file}:{use.line}" for use in uses if use.is_data]
    if data:
        return ", ".join(data)
    return f"mkdocs.yml or the pages under docs/ that give it (it is on {_pages(uses)}, not in the data)"


def _pages(uses: Iterable[Use], shown: int = PAGES_SHOWN) -> str:
    pages = [use.page for use in uses if use.page is not None]
    more = len(pages) - shown
    listed = ", ".join(pages[:shown])
    return f"{listed} and {more} more page{'s' if more > 1 else ''}" if more > 0 else listed


def where_used(uses: Iterable[Use]) -> list[str]:
    """The data places (file:line, what) and then the pages, as short lines."""
    uses = list(uses)
    lines = [f"{use.file}:{use.line} ({use.field})" for use in uses if use.is_data]
    if any(use.page is not None for use in uses):
        lines.append("pages " + _pages(uses))
    return lines


def summary(results: list[Result], max_age: float | None) -> str:
    """One line: how many addresses of each status, and how many came from the cache."""
    counts = Counter(result.status for result in results)
    parts = [f"{counts[status]} {'not checked' if status == NOT_CHECKED else status}" for status in STATUSES]
    cached = sum(result.from_cache for result in results)
    line = f"{len(results)} addresses: " + ", ".join(parts)
    if cached and max_age is not None:
        line += f"; {cached} from the cache (results younger than {_duration(max_age)})"
    return line


def _duration(seconds: float) -> str:
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size and seconds % size == 0:
            count = int(seconds // size)
            return f"{count} {unit}{'s' if count > 1 else ''}"
    return f"{seconds:g} s"


def text_table(results: list[Result], max_age: float | None = None) -> str:
    """For a terminal: one row per address; what needs a person has its uses, reason and advice below it."""
    lines = [f"{'STATUS':<12} {'HTTP':<5} ADDRESS"]
    indent = " " * 19
    for result in ordered(results):
        code = str(result.http_status) if result.http_status is not None else "-"
        lines.append(f"{result.status:<12} {code:<5} {result.url}")
        if result.status == OK:
            continue
        lines += [f"{indent}used: {line}" for line in where_used(result.uses)]
        lines.append(f"{indent}why:  {result.reason}")
        if result.redirects:
            hops = " -> ".join(f"{hop.http_status} {hop.location}" for hop in result.redirects)
            lines.append(f"{indent}via:  {hops}")
        lines.append(f"{indent}do:   {advice(result)}")
    lines.append(summary(results, max_age))
    return "\n".join(lines) + "\n"


def markdown_table(results: list[Result], max_age: float | None = None) -> str:
    """For a GitHub job summary: a heading, the counts, and a table of every address."""
    counts = Counter(result.status for result in results)
    heading = f"{counts[BROKEN]} broken" if counts[BROKEN] else "none broken"
    lines = [
        f"### Outbound links: {heading} of {len(results)} addresses",
        "",
        markdown_text(summary(results, max_age)),
        "",
        "| Address | Status | Where used | What to do |",
        "| --- | --- | --- | --- |",
    ]
    for result in ordered(results):
        address = f"[{markdown_text(result.url)}]({link_destination(result.url)})"
        code = f" ({result.http_status})" if result.http_status is not None else ""
        status = f"**{result.status}**{code}: {markdown_text(result.reason)}"
        used = "<br>".join(markdown_text(line) for line in where_used(result.uses)) or "-"
        lines.append(f"| {address} | {status} | {used} | {markdown_text(advice(result))} |")
    return "\n".join(lines) + "\n"


def json_report(results: list[Result], settings: dict[str, Any]) -> str:
    """Every result with its uses and advice, the counts and the settings, as JSON."""
    counts = Counter(result.status for result in results)
    entries = []
    for result in ordered(results):
        entry = result.to_json()
        entry["advice"] = advice(result)
        entries.append(entry)
    report = {
        "generated_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "counts": {status: counts[status] for status in STATUSES},
        "broken": counts[BROKEN],
        "settings": settings,
        "results": entries,
    }
    return json.dumps(report, indent=2, ensure_ascii=False) + "\n"
