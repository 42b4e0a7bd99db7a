"""The short address a printed page shows after a link to another site (icat_report.finish.print_addresses)."""

from __future__ import annotations

import markdown

from icat_report.finish.print_addresses import print_address
from icat_report.text.urls import short_address


def _html(text: str) -> str:
    return markdown.markdown(text, extensions=["icat_report.finish.print_addresses"])


def test_an_outside_link_carries_its_host_and_a_link_inside_the_site_nothing():
    page = _html(
        "See [the toolkit](https://www.unodc.org/unodc/en/human-trafficking/toolkit.html), "
        "[the Annex](../annex.md#priority-1), [its part](#events) and [write](mailto:icat@un.org?subject=Report)."
    )
    assert '<a data-print-address="unodc.org" href="https://www.unodc.org/' in page
    assert '<a href="../annex.md#priority-1">the Annex</a>' in page and '<a href="#events">its part</a>' in page
    assert 'data-print-address="icat@un.org"' in page


def test_a_link_whose_words_are_its_address_or_host_needs_nothing():
    assert print_address("https://icat.un.org/", "icat.un.org") is None
    assert print_address("https://www.icat.un.org", "https://icat.un.org/") is None
    assert print_address("mailto:icat@un.org", "icat@un.org") is None
    assert print_address("https://icat.un.org/news", "ICAT's news") == "icat.un.org"
    assert "data-print-address" not in _html("<https://icat.un.org>")


def test_only_web_and_mail_addresses_have_a_short_form():
    assert short_address("https://UNODC.org/x") == "unodc.org"
    assert short_address("http://www.ohchr.org") == "ohchr.org"
    assert short_address("ftp://example.org/file") is None
    assert short_address("javascript:alert(1)") is None
    assert short_address("https://") is None
    assert short_address("mailto:") is None
