"""What a phone waits for before it shows the first words: on every built page, the stylesheets are the
theme's two and the site's one joined file (hooks/stylesheets.py), and no script holds the first paint
(overrides/main.html defers the theme's script)."""

from __future__ import annotations

from pathlib import Path

from icat_report.text import html

THEME_STYLESHEETS = 2  # Material's main and palette stylesheets


def _pages(site: Path) -> list[Path]:
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 20, f"only {len(pages)} pages built"
    return pages


def test_no_script_holds_the_first_paint(built_site):
    """A script with a source and neither `defer` nor `async` stops the page from painting until it arrives."""
    blocking = []
    for path in _pages(built_site):
        for script in html.document(path.read_text(encoding="utf-8")).css("script[src]"):
            if "defer" not in script.attributes and "async" not in script.attributes:
                blocking.append(f"{path.relative_to(built_site)}: {script.attributes['src']}")
    assert not blocking, "scripts that hold the first paint:\n" + "\n".join(blocking[:10])


def test_the_theme_script_is_still_on_every_page(built_site):
    """Deferring must not drop it: search, the palette switch and the menu's state need it."""
    missing = [
        str(path.relative_to(built_site))
        for path in _pages(built_site)
        if not any(
            "assets/javascripts/bundle." in (script.attributes.get("src") or "")
            for script in html.document(path.read_text(encoding="utf-8")).css("script[src]")
        )
    ]
    assert not missing, f"pages without the theme's script: {missing[:10]}"


def test_one_stylesheet_of_the_sites_own_before_the_first_paint(built_site):
    for path in _pages(built_site):
        links = html.document(path.read_text(encoding="utf-8")).css('head link[rel="stylesheet"]')
        hrefs = [link.attributes.get("href") or "" for link in links if "media" not in link.attributes]
        ours = [href for href in hrefs if "/assets/stylesheets/" in "/" + href and ".min.css" not in href]
        assert len(hrefs) == THEME_STYLESHEETS + 1, f"{path.relative_to(built_site)}: {hrefs}"
        assert [href.rsplit("/", 1)[-1] for href in ours] == ["site.css"], f"{path.relative_to(built_site)}: {hrefs}"
