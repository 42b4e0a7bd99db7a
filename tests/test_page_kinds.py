"""The page's kind, said by the template on the page's content (overrides/main.html), and the layout rules
that read it (report.css, home.css).

The rules used to ask the page itself, `.md-main__inner:has(.whole-report__contents)`: with a descendant
in `:has()` on a container of the whole page, every element the theme's script adds anywhere in the page
made Chromium restyle the whole document (on the whole report, one such pass more per load; bench/README.md,
Lighthouse). The kind is known when the page is built, so the template says it once.
"""

from __future__ import annotations

import re

import pytest

from icat_report.text import html

PAGE_CONTAINERS = (".md-main__inner", ".md-content", ".md-typeset", ".md-main", ".md-container")
# `:has(` whose argument does not start with a child combinator: it looks at every descendant.
DEEP_HAS = re.compile(r"(?P<anchor>\.[\w-]+)(?::not\()?:has\(\s*(?!>)")

KINDS = [
    ("", {"icat-content--home"}),
    ("print_page/", {"icat-content--whole-report"}),
    ("timeline/", {"icat-content--wide"}),
    ("matrix/", {"icat-content--wide"}),
    ("foreword/", {"icat-content--actions"}),
    ("year-in-review/non-punishment/", {"icat-content--actions"}),
    ("members/unodc/", set()),
    ("priorities/evidence-base/", set()),
]


def _content_classes(site, path: str) -> set[str]:
    document = html.document((site / path / "index.html").read_text(encoding="utf-8"))
    content = document.css_first("div.md-content")
    assert content is not None, path
    return {name for name in (content.attributes.get("class") or "").split() if name.startswith("icat-content--")}


@pytest.mark.parametrize(("path", "kinds"), KINDS, ids=[p or "home" for p, _ in KINDS])
def test_each_page_says_its_kind_on_its_content(built_site, path, kinds):
    assert _content_classes(built_site, path) == kinds


def test_the_action_and_its_mark_go_together(built_site):
    for path in sorted(built_site.rglob("index.html")):
        document = html.document(path.read_text(encoding="utf-8"))
        marked = document.css_first("div.md-content.icat-content--actions") is not None
        assert marked == (document.css_first("div.md-content > .icat-page-actions") is not None), path


def test_no_layout_rule_asks_a_page_container_about_its_descendants(built_site):
    css = (built_site / "assets/stylesheets/site.css").read_text(encoding="utf-8")
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    found = sorted({m.group(0) for m in DEEP_HAS.finditer(css) if m.group("anchor") in PAGE_CONTAINERS})
    assert not found, f"say the page's kind in overrides/main.html instead: {found}"
    # the pattern finds what it is meant to find
    assert DEEP_HAS.search(".md-main__inner:has(.whole-report__contents) > .md-content")
    assert DEEP_HAS.search(".md-main__inner:not(:has(.icat-cover-frame))")
    assert not DEEP_HAS.search(".md-typeset:has(> h1#acronyms)")
