"""Every example in the editing guide works as the guide says it does, its reference says what the model
says, and its error table has a row for every message of the bad-input corpus."""

from __future__ import annotations

import re

import pytest
import test_yaml_reading
from pydantic import ValidationError

from icat_report import DataError, load_project
from icat_report.model.files import DATA_FILES
from icat_report.model.id_rules import follows_activity_id_rule
from icat_report.model.records import Activity
from icat_report.model.schema import schema_for
from icat_report.render.data_page import REFERENCE_TARGETS
from icat_report.source.yaml_reader import read_source
from icat_report.validate.messages import explain_errors

from projects import ROOT, build_site, copy_project
from site_text import page, page_text, straight
from validation_cases import CASES

GUIDE = (ROOT / "docs" / "editing.md").read_text(encoding="utf-8")
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


def test_the_guide_shows_how_to_add_a_member_a_highlight_an_event_and_a_link():
    titles = [e["title"] for e in ADDITIONS]
    assert titles == ["data/members.yaml", "data/activities.yaml", "data/events.yaml", "data/links.yaml"]


def model_problems(tmp_path, title: str, body: str) -> list[str]:
    """What the model says of an example of a data file, read as the check reads the file."""
    spec = next(spec for spec in DATA_FILES if f"data/{spec.name}" == title.split(" ")[0])
    path = tmp_path / spec.name
    path.write_text(body, encoding="utf-8")
    source, problems = read_source(path, f"data/{spec.name}")
    found = [str(problem) for problem in problems]
    for index, entry in enumerate(source.data or []):
        try:
            record = spec.record.model_validate(entry)
        except ValidationError as error:
            found += [str(p) for p in explain_errors(error, spec.record, source, (index,))]
            continue
        if isinstance(record, Activity) and not follows_activity_id_rule(record.id, record.priority, record.members):
            found.append(f"{title}: the id {record.id} does not follow the rule")
    return found


@pytest.mark.parametrize("example", [e for e in EXAMPLES if e["title"].startswith("data/")], ids=lambda e: e["title"])
def test_every_example_of_a_data_file_obeys_the_model(tmp_path, example):
    # The example showing a mistake shows one the model cannot see: a member that does not exist
    # (test_the_error_example_gives_the_message_the_guide_prints).
    assert model_problems(tmp_path, example["title"], example["body"]) == []


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
    event = "Workshop on safe housing for survivors. Training, organised by UN-Habitat, with over 40 participants."
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
    own = mistake["body"].split("\n", 1)[0] + "\n"  # the mistake replaces the guide's own highlight
    start = text.index(own)
    end = text.index("\n- id:", start + 1) + 1 if "\n- id:" in text[start + 1 :] else len(text)
    activities.write_text(text[:start] + mistake["body"] + text[end:], encoding="utf-8")
    # The guide counts lines from the example's first line; in the file they count from the file's.
    shown, offset = re.fullmatch(r"(?P<file>[^:]+):(?P<line>\d+):(?P<rest>.*)", message), text[:start].count("\n")
    expected = f"{shown['file']}:{int(shown['line']) + offset}:{shown['rest']}"
    with pytest.raises(DataError) as caught:
        load_project(project / "data", project / "docs")
    assert [str(p) for p in caught.value.problems] == [expected]


def test_the_guide_names_commands_that_exist():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in re.findall(r"`make (\w+)`", GUIDE):
        assert re.search(rf"^{target}:", makefile, re.M), f"make {target} is not in the Makefile"


def _row_patterns() -> list[re.Pattern]:
    """A pattern per message fragment in the first column of the error table: '...', a quoted value and a
    number stand for any."""
    table = GUIDE[GUIDE.index("| The message says |") :]
    patterns = []
    for row in table[: table.index("\n\n")].split("\n")[2:]:
        first = row.split(" | ")[0].replace("{% raw %}", "").replace("{% endraw %}", "")
        for fragment in re.findall(r"`([^`]+)`", first):
            regex = re.escape(fragment).replace(re.escape("..."), ".*?")
            regex = re.sub(r"'[^']*'", "'[^']*'", regex)
            patterns.append(re.compile(re.sub(r"\d+", r"\\d[\\d,.]*", regex).replace("spaces", "spaces?")))
    return patterns


def test_every_message_of_the_bad_input_corpus_has_a_row_in_the_error_table():
    patterns = _row_patterns()
    messages = [m for case in CASES + test_yaml_reading.CASES for m in case[-1]]
    assert len(messages) > 100
    missing = [m for m in messages if not any(p.search(m.split(": ", 1)[1]) for p in patterns)]
    assert not missing, "messages without a row in docs/editing.md's error table"


def test_the_where_table_names_every_data_file():
    where = GUIDE[GUIDE.index("{ #where }") : GUIDE.index("{ #preview }")]
    assert all(f"`data/{spec.name}`" in where for spec in DATA_FILES)


def test_the_reference_names_every_kind_of_reference():
    assert {reference.kind for spec in DATA_FILES for reference in spec.references} == set(REFERENCE_TARGETS)


def _record_schema(spec) -> dict:
    schema = schema_for(spec.name)
    return schema.get("$defs", {}).get(spec.record.__name__, schema)


@pytest.mark.parametrize("spec", DATA_FILES, ids=lambda spec: spec.name)
def test_the_reference_shows_each_field_and_choice_the_schema_gives(built_site, spec):
    article = page(built_site, "editing/").css_first("article")
    heading = article.css_first(f"h3#ref-{spec.name.removesuffix('.yaml')}")
    assert heading is not None and heading.text().strip().rstrip("¶") == f"data/{spec.name}"
    table = heading.next
    while table.tag != "table":
        table = table.next
    rows = {" ".join(row.css_first("td").text().split()): row.css("td") for row in table.css("tbody tr")}
    record = _record_schema(spec)
    for name, field in record["properties"].items():
        cells = rows[name]
        assert cells[1].text().strip() == ("yes" if name in record.get("required", ()) else "no"), name
        choices = next((branch for branch in field.get("anyOf", [field]) if "enum" in branch), {}).get("enum", [])
        assert all(choice in cells[2].text() for choice in choices), name
    if spec.order:
        assert " ".join(spec.order.split()) in " ".join(straight(article.text()).split())
