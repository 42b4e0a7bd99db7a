"""Acronyms: the report's glossary, given once to the abbr extension, and how each use is marked."""

from __future__ import annotations

import markdown

from icat_report.finish.abbreviations import ExplainAbbreviationsExtension, glossary
from icat_report.finish.page_text import complete_page
from icat_report.text import html

GLOSSARY = {"ICAT": "Inter-Agency Coordination Group", "UN": "United Nations", "HIV": "human virus", "AIDS": "syndrome"}


def marked(text: str, terms: dict[str, str] = GLOSSARY) -> list[tuple[str, str | None]]:
    """(term, tabindex) of each acronym marked in text rendered with the glossary."""
    rendered = markdown.markdown(
        text, extensions=["abbr", ExplainAbbreviationsExtension()], extension_configs={"abbr": {"glossary": terms}}
    )
    return [(abbr.text(), abbr.attributes.get("tabindex")) for abbr in html.document(rendered).css("abbr")]


def test_every_use_is_marked_and_the_first_takes_keyboard_focus():
    assert marked("ICAT met. ICAT met again, with HIV/AIDS experts.") == [
        ("ICAT", "0"),
        ("ICAT", None),
        ("HIV", "0"),
        ("AIDS", "0"),
    ]


def test_an_acronym_that_is_part_of_a_word_a_name_an_address_or_a_link_is_left_plain():
    text = (
        "ICAT's plan. UN-Habitat and the one-UN approach. Write to icat@un.org or twitter.com/ICAT. "
        "[ICAT](https://icat.un.org/) and <https://example.org/ICAT>."
    )
    assert marked(text) == []
    assert marked(text + " ICAT.") == [("ICAT", "0")], "a full stop after an acronym ends the sentence, not an address"


def test_a_heading_or_a_kicker_holds_acronyms_as_plain_text_and_the_text_after_takes_the_focus():
    text = "# ICAT and the UN\n\nThe report · ICAT\n{ .icat-kicker }\n\n## The UN\n\nICAT met the UN."
    rendered = markdown.markdown(
        text,
        extensions=["abbr", "attr_list", ExplainAbbreviationsExtension()],
        extension_configs={"abbr": {"glossary": GLOSSARY}},
    )
    document = html.document(rendered)
    assert not document.css("h1 abbr, h2 abbr, .icat-kicker abbr")
    assert document.css_first("h1").text() == "ICAT and the UN"
    assert [(a.text(), a.attributes.get("tabindex")) for a in document.css("abbr")] == [("ICAT", "0"), ("UN", "0")]


def test_an_acronym_right_after_its_own_expansion_is_left_plain():
    assert marked("The Inter-Agency Coordination Group (ICAT) met. ICAT met again.") == [("ICAT", "0")]
    assert marked("The United Nations (UN), the UN.") == [("UN", "0")]
    # Words in brackets that are not its expansion do not count.
    assert marked("The coordination group (ICAT) met.") == [("ICAT", "0")]


def test_a_page_can_lift_the_glossary():
    assert marked('ICAT and UN.\n\n*[ICAT]: ""\n\n*[UN]: ""') == []


def test_the_glossary_holds_every_acronym_of_the_report_and_a_page_can_lift_it(report):
    terms = glossary(report)
    assert terms["UNODC"] == "United Nations Office on Drugs and Crime"
    assert len(terms) == len(report.acronyms)
    page, problems = complete_page("UNODC and ICAT.", report, "docs/x.md", explain_acronyms=False)
    assert problems == [] and marked(page, terms) == []
    page, _ = complete_page("UNODC and ICAT.", report, "docs/x.md")
    assert marked(page, terms) == [("UNODC", "0"), ("ICAT", "0")]


def test_bold_text_and_a_photo_caption_hold_acronyms_as_plain_text():
    text = "The **ICAT Group** met.\n\nPhoto not reproduced: Ghada Waly (UN).\n{ .photo-caption }\n\nThe UN and ICAT."
    rendered = markdown.markdown(
        text,
        extensions=["abbr", "attr_list", ExplainAbbreviationsExtension()],
        extension_configs={"abbr": {"glossary": GLOSSARY}},
    )
    document = html.document(rendered)
    assert not document.css("strong abbr, .photo-caption abbr")
    assert document.css_first("strong").text() == "ICAT Group"
    assert [(a.text(), a.attributes.get("tabindex")) for a in document.css("abbr")] == [("UN", "0"), ("ICAT", "0")]
