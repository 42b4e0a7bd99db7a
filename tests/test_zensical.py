"""The site built by Zensical from `python -m icat_report render` equals the MkDocs build.

Both builds are made once per session from one copy of the project (tests/zensical_build.py),
so the comparison holds for whatever the pages say: the same page addresses; per page
the same text a reader sees in the content (word 6-grams); the same links, each leading
to a page and anchor that exist; the same fidelity to the printed report; the downloads
and every other file of docs/ byte for byte. What Zensical does differently is named
in KNOWN_DIFFERENCES, each asserted, and listed in the README.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
import yaml
from zensical_build import Builds

from icat_report.cli import main
from icat_report.macros.macro_set import ReportMacros
from icat_report.text import html
from icat_report.text.markdown_text import without_code
from icat_site.plain.links import for_source_file

from fidelity import site_coverage, words
from projects import copy_project

RUN = 6
MIN_SHARED_RUNS = 0.99
MIN_FIDELITY = 99.5
# What Zensical does differently, each asserted below (and listed in README.md).
KNOWN_DIFFERENCES = {
    "search index": "MkDocs writes search/search_index.json, Zensical search.json (each theme reads its own)",
    "sitemap.xml.gz": "Zensical writes sitemap.xml only",
    "whole-report contents sidebar": "the whole-report page's table of contents lists its parts in MkDocs only",
    "edit link of a generated page": "to its data file in MkDocs; in Zensical to docs/members/ID.md (no such file)",
}


@pytest.fixture(scope="session")
def builds(zensical_builds) -> Builds:
    return zensical_builds


def page_files(site: Path) -> set[str]:
    return {path.relative_to(site).as_posix() for path in site.rglob("*.html")}


def content(site: Path, page: str) -> html.Node:
    article = html.document((site / page).read_text(encoding="utf-8")).css_first("article")
    assert article is not None, f"{page} has no <article>"
    return article


def runs(node: html.Node) -> set[tuple[str, ...]]:
    found = words(html.visible_text(node, hidden={*html.HIDDEN, "svg"}, tag_gap=" "))
    return {tuple(found[i : i + RUN]) for i in range(len(found) - RUN + 1)}


def page_url(page: str) -> str:
    """'annex/index.html' -> '/annex/'"""
    return "/" + page.removesuffix("index.html")


def internal_targets(node: html.Node, page: str) -> set[str]:
    """Every link of the content that stays on the site, as an address from the site root."""
    here = page_url(page)
    return {
        urljoin(here, href)
        for href, _ in html.links(node)
        if href and not urlsplit(href).scheme and not href.startswith("//")
    }


def test_same_pages(builds):
    assert page_files(builds.zensical) == page_files(builds.mkdocs)


def test_same_text_on_every_page(builds):
    shares = {}
    for page in sorted(page_files(builds.mkdocs)):
        ours, theirs = runs(content(builds.mkdocs, page)), runs(content(builds.zensical, page))
        if ours or theirs:
            shared = len(ours & theirs)
            shares[page] = min(shared / max(len(ours), 1), shared / max(len(theirs), 1))
    low = {page: f"{share:.2%}" for page, share in shares.items() if share < MIN_SHARED_RUNS}
    print(f"\nword {RUN}-grams shared, the lowest page: {min(shares.values()):.2%} over {len(shares)} pages")
    assert not low, f"pages whose text differs between the builds: {low}"


def test_same_links_and_every_one_resolves(builds):
    for page in sorted(page_files(builds.mkdocs)):
        ours = internal_targets(content(builds.mkdocs, page), page)
        theirs = internal_targets(content(builds.zensical, page), page)
        assert theirs == ours, f"{page}: only MkDocs {sorted(ours - theirs)}; only Zensical {sorted(theirs - ours)}"
        unresolved = [target for target in theirs if not _resolves(builds.zensical, target)]
        assert not unresolved, f"{page}: links to nothing in the Zensical build: {sorted(unresolved)}"


def _resolves(site: Path, target: str) -> bool:
    path, _, anchor = target.partition("#")
    file = site / path.lstrip("/")
    if path.endswith("/") or not path:
        file = file / "index.html"
    if not file.is_file():
        return False
    return not anchor or (file.suffix == ".html" and anchor in html.ids(html.document(file.read_text("utf-8"))))


@pytest.mark.parametrize("site", ["mkdocs", "zensical"])
def test_fidelity(builds, site):
    built = getattr(builds, site)
    result = site_coverage(sorted(built.rglob("*.html")))
    print(f"\n{site}: fidelity {result.percent:.2f}%")
    assert result.percent >= MIN_FIDELITY


def test_downloads_and_assets_are_byte_identical(builds):
    files = [p.relative_to(builds.plain / "docs") for p in (builds.plain / "docs").rglob("*") if p.is_file()]
    files = [f for f in files if f.suffix != ".md"]
    assert any(f.parts[0] == "downloads" for f in files)
    different = [str(f) for f in files if (builds.mkdocs / f).read_bytes() != (builds.zensical / f).read_bytes()]
    assert not different


def test_the_known_differences_still_hold(builds):
    """When Zensical closes one, this fails: take it off KNOWN_DIFFERENCES and the README."""
    assert (builds.mkdocs / "search/search_index.json").is_file() and not (builds.zensical / "search").exists()
    assert (builds.zensical / "search.json").is_file()
    assert (builds.mkdocs / "sitemap.xml.gz").is_file() and not (builds.zensical / "sitemap.xml.gz").exists()
    assert _contents_entries(builds.mkdocs) and not _contents_entries(builds.zensical)
    member = next(p.relative_to(builds.mkdocs).as_posix() for p in (builds.mkdocs / "members").glob("*/index.html"))
    assert _edit_link(builds.mkdocs, "foreword/index.html") == _edit_link(builds.zensical, "foreword/index.html")
    assert _edit_link(builds.mkdocs, member).endswith("/data/members.yaml")
    assert _edit_link(builds.zensical, member).endswith(f"/docs/{member.removesuffix('/index.html')}.md")
    assert len(KNOWN_DIFFERENCES) == 4


def _contents_entries(site: Path) -> list[str]:
    page = html.document((site / "print_page/index.html").read_text(encoding="utf-8"))
    toc = page.css_first("nav.md-nav--secondary")
    return [] if toc is None else [href for href, _ in html.links(toc)]


def _edit_link(site: Path, page: str) -> str | None:
    link = html.document((site / page).read_text(encoding="utf-8")).css_first('a[rel="edit"]')
    return None if link is None else link.attributes.get("href") or ""


def test_same_acronym_marks(builds):
    """The project's own Markdown extension runs in both: each acronym explained, the first one focusable."""
    for page in sorted(page_files(builds.mkdocs)):
        ours, theirs = _acronyms(builds.mkdocs, page), _acronyms(builds.zensical, page)
        assert theirs == ours, f"{page}: the acronym marks differ"


def _acronyms(site: Path, page: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (abbr.text(), abbr.attributes.get("data-expansion"), abbr.attributes.get("tabindex"))
        for abbr in content(site, page).css("abbr")
    ]


def test_the_plain_project_needs_no_plugin_or_hook_of_ours(builds):
    config = yaml.safe_load((builds.plain / "mkdocs.yml").read_text(encoding="utf-8"))
    assert config["docs_dir"] == "docs" and config["site_dir"] == "site"  # Zensical panics on an absolute docs_dir
    assert "hooks" not in config
    assert [next(iter(p)) if isinstance(p, dict) else p for p in config["plugins"]] == ["search"]
    extensions = [next(iter(e)) if isinstance(e, dict) else e for e in config["markdown_extensions"]]
    assert "icat_report.finish.abbreviations" in extensions
    calls = [f"{{{{ {name}(" for name in ReportMacros.NAMES]
    pages = {page.name: without_code(page.read_text("utf-8")) for page in (builds.plain / "docs").rglob("*.md")}
    left = [name for name, text in pages.items() if any(call in text for call in calls)]
    assert not left, f"macro calls left (outside code) in {left}"


@pytest.mark.parametrize(
    ("markdown", "src_uri", "expected"),
    [
        ('<a href="unodc/">UNODC</a>', "members.md", '<a href="members/unodc/">UNODC</a>'),
        ('<td><a href="../members/coe/">', "matrix.md", '<td><a href="matrix/../members/coe/">'),
        ('<img src="../assets/x.png">', "year-in-review/coordination.md", '<img src="coordination/../assets/x.png">'),
        ('<a href="unodc/">UNODC</a>', "members/index.md", '<a href="unodc/">UNODC</a>'),
        ('<a href="#p1"> <a href="/x/"> <a href="https://un.org/">', "annex.md", None),
        ('`<a href="unodc/">` is how it is written', "editing.md", None),
        ("[words](annex.md#p1)", "foreword.md", None),
    ],
)
def test_raw_html_links_are_read_from_the_source_file(markdown, src_uri, expected):
    assert for_source_file(markdown, src_uri) == (markdown if expected is None else expected)


def test_render_stops_on_a_data_problem_with_its_place_and_writes_nothing(tmp_path, capsys, monkeypatch):
    project = copy_project(tmp_path / "project")
    members = project / "data" / "members.yaml"
    members.write_text(members.read_text(encoding="utf-8").replace("\n- id: unodc\n", "\n- id: Unodc\n"), "utf-8")
    monkeypatch.chdir(project)  # macros resolve module_name against the working directory
    assert main(["render", str(tmp_path / "plain")]) == 1
    said = capsys.readouterr().err
    assert "data/members.yaml:" in said and "Traceback" not in said
    assert not (tmp_path / "plain").exists()
