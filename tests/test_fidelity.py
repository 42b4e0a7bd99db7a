"""Every word of the report is on the site (and on its print page), by our own measure."""

from __future__ import annotations

from fidelity import site_coverage


def test_the_site_shows_the_whole_report(built_site):
    result = site_coverage(sorted(built_site.rglob("*.html")))
    assert result.percent >= 99.5, (
        f"{result.percent:.2f}% of {result.total} words; missing: {' '.join(result.missing[:80])}"
    )


def test_the_print_page_alone_holds_the_whole_report(built_site):
    result = site_coverage([built_site / "print_page" / "index.html"])
    assert result.percent >= 98.0, (
        f"{result.percent:.2f}% of {result.total} words; missing: {' '.join(result.missing[:80])}"
    )


def test_the_measure_notices_missing_words(tmp_path):
    page = tmp_path / "index.html"
    page.write_text("<html><body><p>ICAT The Inter-Agency Coordination Group</p></body></html>", encoding="utf-8")
    assert site_coverage([page]).percent < 1
