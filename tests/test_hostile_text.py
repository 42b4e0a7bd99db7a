"""Text from data is shown, never executed: a hostile value in every string field of a tiny site.

The site is tests/fixtures/hostile (its own pages and data, with the project's
configuration, hooks, macros and theme overrides laid out beside it). Each string
field of each data file gets a payload: either the model refuses it, with a
file:line:col sentence at that value, or the site builds strictly and no element,
event handler or script link from the payload reaches any built page, and the text
shows as typed.
"""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest
import yaml

from icat_report import DataError, load_project
from icat_report.text.html import document, elements, visible_text

from projects import ROOT, build_site
from site_text import straight

FIXTURE = Path(__file__).parent / "fixtures" / "hostile"
PROJECT_PARTS = ("hooks", "overrides", "schemas", "macros.py")
DATA_FILES = sorted(path.name for path in (FIXTURE / "data").glob("*.yaml"))

# Every attack the fuzzer found, in one value per build (a reference definition only
# works at the start of a block, so each payload starts with a different one).
PAYLOADS = (
    '[x]: javascript:alert(1) [x][] <script>alert(1)</script> "><img src=x onerror=alert(1)> '
    ")<script>alert(2)</script> "
    '{{ 7*7 }} {% if true %}RAN{% endif %} {: onclick="x" } ``` } { \\ </title><script>alert(3)</script>',
    '```\n<a href="javascript:alert(4)">x</a> ![x](javascript:alert(5)) <javascript:alert(6)> [y](data:text/html,x) '
    "\\[z]: javascript:alert(7) [z][] *[ABBR]: <b>x</b> [^x]: <i>y</i> &lt;script&gt; <svg/onload=alert(8)> | x |",
    # A whole value that is a reference definition, used by the next field's value.
    ('[x]: javascript:alert(9) "MARK"', "[x][] and [x] MARK"),
)
# Elements, attributes and link schemes the payloads would add if they got through.
ADDED_ELEMENTS = {
    "script",
    "img",
    "iframe",
    "svg",
    "object",
    "embed",
    "a",
    "b",
    "i",
    "form",
    "input",
    "style",
    "base",
    "meta",
    "link",
    "title",
    "textarea",
    "button",
    "template",
    "math",
    "video",
    "audio",
}
BAD_SCHEMES = ("javascript:", "data:", "vbscript:")


# -- the fixture site ----------------------------------------------------------------


def lay_out(target: Path, data: dict[str, object] | None = None) -> Path:
    """The fixture beside the project's configuration (as base.yml), hooks, macros and overrides."""
    shutil.copytree(FIXTURE, target)
    shutil.copy2(ROOT / "mkdocs.yml", target / "base.yml")
    for part in PROJECT_PARTS:
        copy = shutil.copytree if (ROOT / part).is_dir() else shutil.copy2
        copy(ROOT / part, target / part)
    for name, values in (data or {}).items():
        (target / "data" / name).write_text(dump(values), encoding="utf-8")
    return target


class _QuotedStrings(yaml.SafeDumper):
    """Every string double-quoted (any payload survives), numbers and booleans plain."""


_QuotedStrings.add_representer(
    str, lambda dumper, text: dumper.represent_scalar("tag:yaml.org,2002:str", text, style='"')
)


def dump(values: object) -> str:
    return yaml.dump(values, Dumper=_QuotedStrings, sort_keys=False, allow_unicode=True, width=1_000_000)


def clean_data() -> dict[str, object]:
    return {name: yaml.safe_load((FIXTURE / "data" / name).read_text(encoding="utf-8")) for name in DATA_FILES}


def string_fields(value: object, path: tuple = ()) -> list[tuple]:
    """The path of every string in a YAML value (mapping keys, list indexes)."""
    if isinstance(value, dict):
        return [found for key, item in value.items() for found in string_fields(item, path + (key,))]
    if isinstance(value, list):
        return [found for index, item in enumerate(value) for found in string_fields(item, path + (index,))]
    return [path] if isinstance(value, str) else []


def replaced(value: object, path: tuple, new: str) -> object:
    if not path:
        return new
    copy = dict(value) if isinstance(value, dict) else list(value)
    copy[path[0]] = replaced(copy[path[0]], path[1:], new)
    return copy


def every_field() -> list[tuple[str, tuple]]:
    return [(name, path) for name, values in clean_data().items() for path in string_fields(values)]


def hostile(which: int, number: int) -> str:
    """Payload `which` for the field numbered `number`, with that field's marker in it."""
    payload = PAYLOADS[which] if isinstance(PAYLOADS[which], str) else PAYLOADS[which][number % 2]
    return payload.replace("MARK", f"m{number}") if "MARK" in payload else f"{payload} m{number}"


def line_of(text: str, marker: str) -> int:
    return next(number for number, line in enumerate(text.splitlines(), 1) if marker in line)


# -- which fields take text, which refuse it ---------------------------------------------


@pytest.fixture(scope="module")
def verdicts(tmp_path_factory) -> dict[tuple[int, str, tuple], str | None]:
    """For each payload and each string field with the payload alone in it: None when
    accepted, else the problem sentences. Loading only: no build is needed to learn it."""
    found = {}
    for which in range(len(PAYLOADS)):
        for number, (name, path) in enumerate(every_field()):
            data_dir = tmp_path_factory.mktemp("case") / "data"
            data_dir.mkdir()
            for other in DATA_FILES:
                shutil.copy2(FIXTURE / "data" / other, data_dir / other)
            values = replaced(clean_data()[name], path, hostile(which, number))
            (data_dir / name).write_text(dump(values), encoding="utf-8")
            try:
                load_project(data_dir, FIXTURE / "docs")
                found[(which, name, path)] = None
            except DataError as error:
                found[(which, name, path)] = str(error)
    return found


@pytest.mark.parametrize("which", range(len(PAYLOADS)))
def test_a_refused_value_is_named_at_its_line(verdicts, which):
    for number, (name, path) in enumerate(every_field()):
        message = verdicts[(which, name, path)]
        if message is None:
            continue
        values = replaced(clean_data()[name], path, hostile(which, number))
        line = line_of(dump(values), f"m{number}")
        assert f"data/{name}:{line}:" in message, (name, path, message)
        assert "Traceback" not in message


SHOWN_FIELDS = [
    ("report.yaml", ("title",)),
    ("report.yaml", ("copyright",)),
    ("report.yaml", ("organisation_acronym",)),
    ("members.yaml", (0, "name")),
    ("members.yaml", (0, "acronym")),
    ("members.yaml", (2, "listed_as")),
    ("priorities.yaml", (0, "title")),
    ("priorities.yaml", (0, "shift")),
    ("activities.yaml", (0, "text")),
    ("activities.yaml", (0, "points", 1)),
    ("footnotes.yaml", (0, "text")),
    ("links.yaml", (2, "title")),
    ("acronyms.yaml", (1, "expansion")),
    ("photos.yaml", (0, "lead")),
    ("photos.yaml", (0, "people", 1, "name")),
    ("events.yaml", (0, "title")),
    ("events.yaml", (1, "other_organisers", 0)),
    ("corrections.yaml", (0, "original")),
]
REFUSED_FIELDS = [
    ("links.yaml", (0, "url")),
    ("report.yaml", ("contacts", "website")),
    ("report.yaml", ("contacts", "email")),
    ("report.yaml", ("contacts", "twitter")),
    ("events.yaml", (0, "told_in")),
    ("photos.yaml", (0, "page")),
    ("corrections.yaml", (0, "page")),
    ("members.yaml", (0, "id")),
    ("events.yaml", (0, "date")),
]


def test_text_fields_take_any_text_and_addresses_refuse_it(verdicts):
    assert [field for field in SHOWN_FIELDS if verdicts[(0, *field)] is not None] == []
    assert [field for field in REFUSED_FIELDS if verdicts[(0, *field)] is None] == []


# -- builds -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def clean_site(tmp_path_factory) -> Path:
    return build_site(lay_out(tmp_path_factory.mktemp("clean") / "project"))


@pytest.fixture(scope="module", params=range(len(PAYLOADS)), ids=["payload-1", "payload-2", "definitions"])
def hostile_site(request, verdicts, tmp_path_factory) -> tuple[Path, str]:
    """The fixture with the payload in every field that takes text, all at once."""
    data = clean_data()
    for number, (name, path) in enumerate(every_field()):
        if verdicts[(request.param, name, path)] is None:
            data[name] = replaced(data[name], path, hostile(request.param, number))
    project = lay_out(tmp_path_factory.mktemp("hostile") / "project", data)
    return build_site(project), PAYLOADS[request.param]


def pages(site: Path) -> dict[str, object]:
    return {
        str(path.relative_to(site)): document(path.read_text(encoding="utf-8")) for path in sorted(site.rglob("*.html"))
    }


def test_no_element_handler_or_script_link_from_the_data(clean_site, hostile_site):
    site, _ = hostile_site
    clean, built = pages(clean_site), pages(site)
    assert set(built) == set(clean)
    for name, page in built.items():
        tags = Counter(node.tag for node in elements(page) if node.tag in ADDED_ELEMENTS)
        expected = Counter(node.tag for node in elements(clean[name]) if node.tag in ADDED_ELEMENTS)
        # Fewer is fine (a field's own links are gone once the payload replaces it); more is not.
        assert not tags - expected, (name, tags - expected)
        for node in elements(page):
            handlers = [attribute for attribute in node.attributes if attribute.lower().startswith("on")]
            assert not handlers, (name, node.tag, handlers)
            for attribute in ("href", "src", "action", "formaction", "xlink:href"):
                value = "".join((node.attributes.get(attribute) or "").split()).lower()
                assert not value.startswith(BAD_SCHEMES), (name, node.tag, value)


def shown(site: Path, url: str, selector: str = "article") -> str:
    page = document((site / url / "index.html").read_text(encoding="utf-8"))
    return " ".join(straight(visible_text(page.css_first(selector))).split())


def test_the_hostile_text_is_shown_as_typed(hostile_site):
    site, payload = hostile_site
    if not isinstance(payload, str):
        annex = shown(site, "annex/")
        assert '[x]: javascript:alert(9) "m' in annex and "[x][] and [x] m" in annex
        return
    typed = " ".join(payload.split())
    for url in (
        "annex/",
        "members/unodc/",
        "priorities/evidence-base/",
        "year-in-review/coordination/",
        "timeline/",
        "edition-notes/",
        "acronyms/",
        "cite/",
        "members/",
    ):
        assert typed in shown(site, url), url
    assert typed in shown(site, "", "footer"), "the copyright line"
    head = document((site / "members" / "unodc" / "index.html").read_text(encoding="utf-8"))
    assert typed in " ".join(head.css_first("title").text().split())
    assert typed in " ".join(head.css_first('meta[name="description"]').attributes["content"].split())


def test_the_matrix_shows_titles_and_names_as_typed(hostile_site):
    site, payload = hostile_site
    if not isinstance(payload, str):
        return
    page = document((site / "matrix" / "index.html").read_text(encoding="utf-8"))
    titles = [node.attributes.get("title") for node in page.css("article th a[title]")]
    assert any(" ".join(payload.split()) in " ".join((title or "").split()) for title in titles)
