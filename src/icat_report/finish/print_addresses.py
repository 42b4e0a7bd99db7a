"""Where a link leads, for a page printed from the browser: the short form of its address.

On paper a link cannot be followed. A page printed whole (print.css) names, after a link to
another site, where it leads in a short form: its host ("unodc.org"), or an e-mail address, in
small type, as publications do; the full addresses are in the report's PDF, as notes at the foot
of the page, and in the whole-report page's notes (whole_report/print_notes.py). A stylesheet
cannot cut a host out of an address, so this Python-Markdown step writes it on the link, as
`data-print-address`; print.css shows it. A link inside the site gets nothing (its page is in the
report), nor a link whose words already are its address or its host.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from ..text.urls import comparable_address, short_address

ATTRIBUTE = "data-print-address"


def print_address(href: str, words: str) -> str | None:
    """What to print after a link with these words: its short address, unless its words already say it."""
    short = short_address(href)
    if short is None or comparable_address(words) in (comparable_address(href), comparable_address(short)):
        return None
    return short


class PrintAddresses(Treeprocessor):
    """Write each outside link's short address on it (print.css prints it after the link's words)."""

    def run(self, root: etree.Element) -> None:
        for link in root.iter("a"):
            address = print_address(link.get("href") or "", "".join(link.itertext()))
            if address:
                link.set(ATTRIBUTE, address)


class PrintAddressesExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Markdown's API)
        # After the inline step (20), which makes the links of `[words](address)`.
        md.treeprocessors.register(PrintAddresses(md), "icat_print_addresses", 4)


def makeExtension(**kwargs) -> PrintAddressesExtension:  # noqa: N802 (Markdown's API)
    return PrintAddressesExtension(**kwargs)
