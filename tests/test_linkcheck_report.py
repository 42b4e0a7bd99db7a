"""The link check as editors and CI meet it: addresses found at their data line and pages, the
cache, the three outputs, the advice for a moved address, and the command's exit codes.

Requests go to a local server only (link_server.py); the data is a copy of the minimal
fixture whose addresses point at it.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from link_server import LinkServer, network_watch

from icat_report.linkcheck import command
from icat_report.linkcheck.cache import ResultCache
from icat_report.linkcheck.checker import Settings
from icat_report.linkcheck.output import markdown_table
from icat_report.linkcheck.results import Hop, Result, Use
from icat_report.linkcheck.run import check_addresses
from icat_report.linkcheck.sources import data_addresses, site_addresses

from projects import EDITION

DATA, DOCS = EDITION / "data", EDITION / "docs"  # the 2021 edition: an edit of data/ cannot fail these

pytestmark = pytest.mark.usefixtures("network_watch")
__all__ = ["network_watch"]  # the fixture, imported for pytest
MINIMAL = Path(__file__).parent / "fixtures" / "minimal"


@pytest.fixture
def server():
    with LinkServer() as running:
        yield running


def _line_of(path: Path, key: str, value: str = "") -> int:
    """The line where `key: value` is written (the field itself, not a comment or a note quoting it)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    stripped = (line.strip().removeprefix("- ") for line in lines)
    return next(number for number, line in enumerate(stripped, 1) if line.startswith(f"{key}:") and value in line)


def local_project(tmp_path: Path, server: LinkServer) -> Path:
    """The minimal data, its addresses pointing at the local server: glotip-2020 moved, a contact gone."""
    project = tmp_path / "project"
    shutil.copytree(MINIMAL, project)
    links = project / "data" / "links.yaml"
    text = links.read_text(encoding="utf-8")
    text = re.sub(r'url: "https://sherloc[^"]*"', f'url: "{server.url("/moved")}"', text)
    text += '- id: contact-form\n  title: Contact\n  url: "mailto:icat@un.org"\n  note: "kept as it is"\n'
    links.write_text(text, encoding="utf-8")
    report = project / "data" / "report.yaml"
    text = report.read_text(encoding="utf-8").replace("http://icat.un.org/", server.url("/ok"))
    report.write_text(text.replace("https://twitter.com/ICAT_News", server.url("/gone")), encoding="utf-8")
    return project


def run(project: Path, *extra: str) -> int:
    data, docs = project / "data", project / "docs"
    argv = ["--data", str(data), "--docs", str(docs), "--cache", str(project / "links.json"), *extra]
    return command.main(argv, allow_loopback=True)


def test_every_address_of_the_editions_data_is_found_at_its_line(edition_project):
    addresses = data_addresses(edition_project / "data", edition_project / "docs")
    entries = yaml.safe_load((DATA / "links.yaml").read_text(encoding="utf-8"))
    for entry in (entry for entry in entries if entry.get("url")):
        uses = addresses[entry["url"].split("#")[0]]
        line = _line_of(DATA / "links.yaml", "url", entry["url"])
        assert Use(file="data/links.yaml", line=line, field=f"link {entry['id']}, url") in uses
    contacts = yaml.safe_load((DATA / "report.yaml").read_text(encoding="utf-8"))["contacts"]
    for name in ("website", "twitter"):
        line = _line_of(DATA / "report.yaml", name)
        assert Use(file="data/report.yaml", line=line, field=f"contacts, {name}") in addresses[contacts[name]]
    assert f"mailto:{contacts['email']}" in addresses


def test_the_built_pages_outbound_links_with_their_page_addresses(built_site):
    addresses = site_addresses(built_site)
    assert all(address.startswith(("http://", "https://")) and "#" not in address for address in addresses)
    assert not [address for address in addresses if address.startswith("http://127.0.0.1:8000")], "own address"
    link = yaml.safe_load((DATA / "links.yaml").read_text(encoding="utf-8"))[3]  # eu-thb-strategy
    pages = [use.page for use in addresses[link["url"]]]
    assert pages and all(page.startswith("/") and (page.endswith("/") or page.endswith(".html")) for page in pages)
    assert len(pages) == len(set(pages))


def test_a_second_run_asks_no_one_and_no_cache_asks_again(tmp_path, server):
    addresses = {server.url("/ok"): [Use(page="/")], server.url("/gone"): [Use(page="/a/")]}
    settings = Settings(backoff=0.0, allow_loopback=True)
    cache = ResultCache(tmp_path / "links.json")
    first = check_addresses(addresses, settings, cache)
    cache.save()
    asked = sum(server.state.requests.values())
    later = ResultCache(tmp_path / "links.json", now=cache.now + 3600)
    second = check_addresses(addresses, settings, later)
    assert sum(server.state.requests.values()) == asked
    assert [r.status for r in second] == [r.status for r in first] and all(r.from_cache for r in second)
    assert [r.uses for r in second] == [r.uses for r in first]
    check_addresses(addresses, settings, later, read_cache=False)
    assert sum(server.state.requests.values()) == 2 * asked
    stale = ResultCache(tmp_path / "links.json", now=cache.now + 2 * 86400)  # older than a day: asked again
    assert not any(r.from_cache for r in check_addresses(addresses, settings, stale))
    assert sum(server.state.requests.values()) == 3 * asked


def test_a_cache_file_that_cannot_be_read_is_ignored(tmp_path):
    path = tmp_path / "links.json"
    path.write_text('{"version": 1, "results": {"https://x.org/": {"status": "fine"}}}', encoding="utf-8")
    assert ResultCache(path).results == {}
    path.write_text("not json", encoding="utf-8")
    assert ResultCache(path).results == {}


def test_the_command_names_the_data_line_to_change_for_a_moved_address(tmp_path, server, capsys):
    project = local_project(tmp_path, server)
    assert run(project, "--json", str(tmp_path / "report.json")) == 1  # the twitter contact is gone
    out = capsys.readouterr().out
    line = _line_of(project / "data" / "links.yaml", "url", server.url("/moved"))
    advice = f"put {server.url('/ok')} in place of the address in data/links.yaml:{line}"
    assert advice in out
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    moved = next(entry for entry in report["results"] if entry["url"] == server.url("/moved"))
    assert moved["status"] == "redirected" and moved["moved_to"] == server.url("/ok")
    assert moved["uses"] == [{"file": "data/links.yaml", "line": line, "field": "link glotip-2020, url"}]
    assert advice in moved["advice"]
    assert report["counts"] == {
        "broken": 1,
        "timeout": 0,
        "refused": 0,
        "redirected": 1,
        "not-checked": 1,
        "ok": 1,
    }
    gone = next(entry for entry in report["results"] if entry["status"] == "broken")
    assert gone["http_status"] == 404
    assert gone["uses"][0]["line"] == _line_of(project / "data" / "report.yaml", "twitter")


def test_the_markdown_table_has_a_row_per_address_and_the_site_pages(tmp_path, server, capsys):
    project = local_project(tmp_path, server)
    site = tmp_path / "site"
    (site / "members" / "unodc").mkdir(parents=True)
    own = '<link rel="canonical" href="http://127.0.0.1:8000/">'
    (site / "index.html").write_text(f'{own}<a href="{server.url("/ok")}#top">x</a><a href="/x/">in</a>')
    (site / "members" / "unodc" / "index.html").write_text(f'<a href="{server.url("/no-head")}">y</a>')
    (site / "404.html").write_text('<a href="http://127.0.0.1:8000/">home</a>')
    assert run(project, "--site", str(site), "--format", "markdown") == 1
    out = capsys.readouterr().out
    rows = [line for line in out.splitlines() if line.startswith("| [")]
    assert len(rows) == 5  # the moved link, the e-mail, two contacts (one also on the home page), a page's link
    assert all(len(re.split(r"(?<!\\)\|", row)) == 6 for row in rows)  # four cells each
    assert out.startswith("### Outbound links: 1 broken of 5 addresses")
    no_head = next(row for row in rows if "/no-head" in row)
    assert "**ok** (200)" in no_head and "pages /members/unodc/" in no_head
    home = next(row for row in rows if f"{server.url('/ok')})" in row)
    assert "data/report.yaml:" in home and "pages /" in home


def test_a_value_that_could_break_the_markdown_table_stays_in_its_cell():
    result = Result(
        "https://example.org/a|b", "redirected", "answers 200 OK | after <b>1</b> redirect", 200,
        (Hop("https://example.org/a|b", 301, "https://example.org/c"),), "https://example.org/c",
        uses=(Use(file="data/links.yaml", line=7, field="link x|y, url"),),
    )  # fmt: skip
    row = markdown_table([result]).splitlines()[-1]
    assert len(re.split(r"(?<!\\)\|", row)) == 6
    assert "<b>" not in row and "data/links.yaml:7" in row


def test_the_command_exits_0_when_nothing_is_broken(tmp_path, server, capsys):
    project = local_project(tmp_path, server)
    report = project / "data" / "report.yaml"
    report.write_text(report.read_text(encoding="utf-8").replace(server.url("/gone"), server.url("/ok")))
    assert run(project) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split() == ["STATUS", "HTTP", "ADDRESS"]
    assert out.splitlines()[-1].startswith("3 addresses: 0 broken")  # both contacts now at one address


@pytest.fixture
def offline_project(tmp_path) -> Path:
    """The minimal data with every address on 127.0.0.1:9, which the command (loopback refused) never asks."""
    project = tmp_path / "project"
    shutil.copytree(MINIMAL, project)
    for name in ("links.yaml", "report.yaml"):
        path = project / "data" / name
        path.write_text(re.sub(r"https?://[^\"\s]+", "http://127.0.0.1:9/x", path.read_text(encoding="utf-8")))
    return project


def _cli(project: Path, *args: str) -> subprocess.CompletedProcess:
    folders = ["--data", str(project / "data"), "--docs", str(project / "docs")]
    command_line = [sys.executable, "-m", "icat_report", "links", *folders, *args]
    return subprocess.run(command_line, cwd=project, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--per-host", "0"], "'0' is not a whole number above 0"),
        (["--max-age", "soon"], "'soon' is not an age such as 1d"),
        (["--format", "html"], "invalid choice: 'html'"),
        (["--bogus"], "unrecognized arguments: --bogus"),
        (["--site", "no-such-folder"], "--site no-such-folder is not a built site"),
    ],
)
def test_a_bad_argument_is_one_sentence_and_exit_2(offline_project, args, words):
    result = _cli(offline_project, *args)
    assert result.returncode == 2
    assert result.stdout == "" and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and words in result.stderr


def test_data_with_a_mistake_is_reported_at_its_line_and_nothing_is_asked(offline_project):
    links = offline_project / "data" / "links.yaml"
    links.write_text(links.read_text(encoding="utf-8").replace('url: "http://', 'url: "htps://'), encoding="utf-8")
    result = _cli(offline_project)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert re.search(r"^data/links\.yaml:3:\d+: 'url': an address must start with https://", result.stderr, re.M)
    assert "fix them first (make check)" in result.stderr
    assert result.stdout == "" and "checking" not in result.stderr


def test_the_command_refuses_loopback_when_run_for_real(offline_project):
    result = _cli(offline_project, "--format", "markdown")
    assert result.returncode == 0 and "Traceback" not in result.stderr
    assert "**refused**: refused by policy: 127.0.0.1 is a loopback address" in result.stdout


def test_the_check_runs_without_mkdocs(offline_project):
    """`python -m icat_report.linkcheck` is core code: it reads the data and the pages with MkDocs absent."""
    site = offline_project / "site"
    site.mkdir()
    (site / "index.html").write_text('<a href="http://127.0.0.1:9/page">a page</a>', encoding="utf-8")
    code = (
        "import sys\n"
        "sys.modules['mkdocs'] = None  # any import of MkDocs now fails\n"
        "import runpy\n"
        "sys.argv = ['icat_report.linkcheck', '--data', 'data', '--docs', 'docs', '--site', 'site']\n"
        "runpy.run_module('icat_report.linkcheck', run_name='__main__')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=offline_project, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "pages /" in result.stdout
