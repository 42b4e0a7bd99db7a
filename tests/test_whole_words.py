"""Hyphenated words of titles kept whole (icat_report.finish.whole_words), on small Markdown and text."""

from __future__ import annotations

import markdown

from icat_report.text.typography import kept_whole_html


def _html(text: str) -> str:
    return markdown.markdown(text, extensions=["attr_list", "toc", "icat_report.finish.whole_words"])


def test_a_headings_hyphenated_words_are_kept_whole_and_its_words_unchanged():
    html = _html("# Ensuring a rights-based approach, *multi-stakeholder* work { #p3 }\n\nA rights-based text.")
    assert html.startswith(
        '<h1 id="p3">Ensuring a <span class="icat-nowrap">rights-based</span> approach, '
        '<em><span class="icat-nowrap">multi-stakeholder</span></em> work</h1>'
    )
    assert "<p>A rights-based text.</p>" in html, "only titles: the report's prose wraps as it will"


def test_code_and_the_heading_id_are_left_as_they_are():
    html = _html("## `a-b` and co-chairs")
    assert html == '<h2 id="a-b-and-co-chairs"><code>a-b</code> and <span class="icat-nowrap">co-chairs</span></h2>'


def test_raw_html_titles_are_escaped_and_kept_whole():
    assert kept_whole_html("Rights-based <b> & x-y-z") == (
        '<span class="icat-nowrap">Rights-based</span> &lt;b&gt; &amp; <span class="icat-nowrap">x-y-z</span>'
    )
    assert kept_whole_html("Accountability") == "Accountability"


def test_an_acronym_in_a_heading_survives_both_finishing_steps():
    """A hyphenated acronym in a heading ("... (OSRSG-CAAC)") is unmarked by the acronyms' step and kept whole by
    this one, in the build's order: the acronym must stay in the heading (it was lost as "()" once)."""
    html = markdown.markdown(
        "## Office for Children (OSRSG-CAAC)\n\nThe OSRSG-CAAC met.",
        extensions=["abbr", "icat_report.finish.abbreviations", "attr_list", "toc", "icat_report.finish.whole_words"],
        extension_configs={"abbr": {"glossary": {"OSRSG-CAAC": "Office for Children"}}},
    )
    heading = html.split("</h2>")[0]
    assert '(<span class="icat-nowrap">OSRSG-CAAC</span>)' in heading and "<abbr" not in heading
