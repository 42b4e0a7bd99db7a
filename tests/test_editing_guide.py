"""Every example in the editing guide works as the guide says it does."""

from __future__ import annotations

import re

import pytest

from icat_report import DataError, load_report

from conftest import DOCS, build_site, copy_project
from site_text import page, page_text

GUIDE = (DOCS / "editing.md").read_text(encoding="utf-8")
# A titled example: ``` {.yaml title="data/members.yaml"} (the attribute form, which fences take without Pygments).
BLOCK = re.compile(r'^``` \{\.(?P<lang>\w+) title="(?P<title>[^"]+)"\}\n(?P<body>.*?)^```$', re.S | re.M)
EXAMPLES = [m.groupdict() for m in BLOCK.finditer(GUIDE)]
ADDITIONS = [
    e for e in EXAMPLES if e["lang"] == "yaml" and e["title"].startswith("data/") and e["title"].endswith(".yaml")
]


def add_examples(project):
    for example in ADDITIONS:
        path = project / example["title"]
        text = path.read_text(encoding="utf-8")
        if example["title"] == "data/members.yaml":
            text = text.replace("- id: coe\n", example["body"] + "- id: coe\n", 1)
        else:
            text += example["body"]
        path.write_text(text, encoding="utf-8")


def test_the_guide_shows_how_to_add_a_member_a_highlight_and_an_event():
    assert [e["title"] for e in ADDITIONS] == ["data/members.yaml", "data/activities.yaml", "data/events.yaml"]


@pytest.fixture(scope="module")
def site_with_examples(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("guide") / "project")
    add_examples(project)
    return build_site(project)


def test_every_section_and_example_of_the_guide_is_on_its_page(built_site):
    # A fence the Markdown extensions do not take swallows the rest of the page into one block.
    article = page(built_site, "editing/").css_first("article")
    headings = re.findall(r"^## .*\{ #([\w-]+) \}$", GUIDE, re.M)
    assert headings and all(article.css_first(f"h2#{anchor}") is not None for anchor in headings)
    assert len(article.css("pre")) == len(re.findall(r"^``` \{", GUIDE, re.M)) == len(EXAMPLES)


def test_the_examples_build_and_show_where_the_guide_says(site_with_examples):
    site = site_with_examples
    assert "28 member entities and 3 partners" in page_text(site, "who-we-are/")
    member = page_text(site, "members/un-habitat/")
    assert "mapped safe housing for survivors of trafficking in three cities" in member
    assert "A first city report was published in October 2021." in member
    event = "Workshop on safe housing for survivors (training; organised by UN-Habitat; over 40 participants)"
    assert f"5 October 2021: {event}" in member
    # On the timeline it sits under its month's heading, with its day.
    assert f"October 2021\n5 {event}" in page_text(site, "timeline/")


def test_the_error_example_gives_the_message_the_guide_prints(tmp_path):
    project = copy_project(tmp_path / "project")
    add_examples(project)
    mistake = next(e for e in EXAMPLES if e["title"].endswith("(with a mistake)"))
    message = next(e for e in EXAMPLES if e["title"] == "make check")["body"].strip()
    activities = project / "data" / "activities.yaml"
    text = activities.read_text(encoding="utf-8")
    start = text.index("- id: p2-un-habitat-housing")
    end = text.index("\n- id:", start + 1) + 1 if "\n- id:" in text[start + 1 :] else len(text)
    body = mistake["body"]
    # The mistake replaces the guide's own highlight; its line numbers count from the file's start.
    activities.write_text(text[:start] + body + text[end:], encoding="utf-8")
    line = text[:start].count("\n") + 3
    expected = message.replace("activities.yaml:3:", f"activities.yaml:{line}:")
    with pytest.raises(DataError) as caught:
        load_report(project / "data", project / "docs")
    assert [str(p) for p in caught.value.problems] == [expected]
    assert message.startswith("data/activities.yaml:3:25: ")


def test_the_guide_names_commands_that_exist():
    makefile = (DOCS.parent / "Makefile").read_text(encoding="utf-8")
    for target in re.findall(r"`make (\w+)`", GUIDE):
        assert re.search(rf"^{target}:", makefile, re.M), f"make {target} is not in the Makefile"
