"""Text from YAML is shown, never executed: no HTML, attributes or templates get through."""
from __future__ import annotations

import html.parser
import re
import subprocess
import sys

import pytest

from conftest import build_site, copy_project
from site_text import html_of, page_text

HOSTILE_HIGHLIGHT = r'''
- id: p1-hostile
  priority: 1
  members: [ilo]
  text: >-
    **ILO** tried <script>alert("x")</script> and <img src=x onerror=alert(1)>
    and {{ config.site_name }} and {% if true %}JINJA-RAN{% endif %} and {{ 7*7 }}
    and an attribute list {: onclick="alert(2)" } and *emphasis* kept.
  points:
    - "<a href=javascript:alert(3)>click</a> { #injected .evil onmouseover=alert(4) }"
'''


class _Elements(html.parser.HTMLParser):
    """Every element and attribute, as a browser would parse them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes += [(name, value or "") for name, value in attrs]


def parsed(markup: str) -> _Elements:
    parser = _Elements()
    parser.feed(markup)
    return parser


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("hostile") / "project")
    with (project / "data" / "activities.yaml").open("a", encoding="utf-8") as f:
        f.write(HOSTILE_HIGHLIGHT)
    members = (project / "data" / "members.yaml").read_text(encoding="utf-8")
    members = members.replace("name: International Labour Organization", 'name: "International Labour Organization <b onmouseover=alert(5)>{{ 6*7 }}</b>"')
    (project / "data" / "members.yaml").write_text(members, encoding="utf-8")
    return build_site(project)


@pytest.mark.parametrize("path", ["annex/", "members/ilo/", "priorities/evidence-base/", "matrix/", "members/", "who-we-are/"])
def test_no_markup_from_the_data_reaches_the_page(hostile_site, path):
    page = html_of(hostile_site, path)
    content = page.split("<article", 1)[1].split("</article>", 1)[0]
    elements = parsed(content)
    assert "script" not in elements.tags and "img" not in elements.tags and "b" not in elements.tags
    assert not [name for name, _ in elements.attributes if name.startswith("on")], "an event handler attribute got through"
    assert not [value for name, value in elements.attributes if name in ("href", "src") and value.strip().lower().startswith("javascript:")]
    assert ("id", "injected") not in elements.attributes and ("class", "evil") not in elements.attributes


def test_the_hostile_text_is_shown_as_typed(hostile_site):
    text = page_text(hostile_site, "annex/")
    assert '<script>alert("x")</script>' in text
    assert "<img src=x onerror=alert(1)>" in text
    assert "{{ config.site_name }}" in text and "{{ 7*7 }}" in text and "{% if true %}JINJA-RAN{% endif %}" in text
    assert "JINJA-RAN and" not in text.replace("{% if true %}JINJA-RAN{% endif %}", "")
    annex = html_of(hostile_site, "annex/")
    assert re.search(r"<strong>(<abbr[^>]*>)?ILO(</abbr>)?</strong> tried", annex) and "<em>emphasis</em>" in annex
    assert "International Labour Organization <b onmouseover=alert(5)>{{ 6*7 }}</b>" in page_text(hostile_site, "members/ilo/")
    assert "42" not in page_text(hostile_site, "members/ilo/").split("\n")[0]


def test_a_javascript_link_in_the_data_stops_the_build_with_its_line(tmp_path):
    project = copy_project(tmp_path / "project")
    with (project / "data" / "activities.yaml").open("a", encoding="utf-8") as f:
        f.write('- id: p1-js\n  priority: 1\n  members: [ilo]\n  text: "[click](javascript:alert(1))"\n')
    lines = (project / "data" / "activities.yaml").read_text(encoding="utf-8").count("\n")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(tmp_path / "site")],
                            cwd=project, capture_output=True, text=True)
    assert result.returncode != 0
    output = result.stdout + result.stderr
    assert f"data/activities.yaml:{lines}:9: the link target 'javascript:alert(1' is not allowed" in output
    assert "Traceback" not in output
    assert not (tmp_path / "site").exists(), "no half-built site"
