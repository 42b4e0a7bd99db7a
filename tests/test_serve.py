"""`mkdocs serve` (as `make serve` runs it): saving a data file rebuilds the page; a problem in the
data turns every page into an error page that lists it at file:line:col, and fixing it brings the site
back, without the server ever stopping (icat_site/preview.py)."""

from __future__ import annotations

import queue
import sys

import pytest

from icat_report.text import html
from icat_site import preview, watching

from browser.serving import UNESCO_NAME, misspell_unesco_name, serving

PAGE = "/members/unesco/"
NAME = UNESCO_NAME
ERROR_HEADING = "The site cannot be built"


@pytest.fixture
def served(project_copy):
    with serving(project_copy) as server:
        yield server


def test_saving_a_data_file_rebuilds_the_page(served):
    first = served.wait_until(PAGE, lambda text: "Scientific and Cultural Organization" in text, "the member page")
    assert "(edited)" not in first
    members = served.project / "data" / "members.yaml"
    members.write_text(members.read_text(encoding="utf-8").replace(NAME, NAME + " (edited)"), encoding="utf-8")
    served.wait_until(PAGE, lambda text: "Cultural Organization (edited)" in text, "the edited name")


def test_a_data_problem_is_shown_on_every_page_until_it_is_fixed(served):
    served.wait_until(PAGE, lambda text: "Scientific and Cultural Organization" in text, "the member page")
    original, line = misspell_unesco_name(served.project)
    where = f"data/members.yaml:{line}:"
    shown = served.wait_until(PAGE, lambda text: ERROR_HEADING in text, "the error page")
    page = html.document(shown)
    problems = [item.text() for item in page.css("main li")]
    assert any(problem.startswith(where) for problem in problems), problems
    assert page.attributes.get("lang") == "en" and page.css_first("h1").text() == ERROR_HEADING
    # Any other page, and any other address, answers at once with the same problems.
    for other, status in (("/timeline/", 200), ("/no-such-page/", 404)):
        answer = served.get(other)
        assert answer[0] == status and where in answer[1], other
    (served.project / "data" / "members.yaml").write_text(original, encoding="utf-8")
    back = served.wait_until(PAGE, lambda text: ERROR_HEADING not in text, "the page after the fix")
    assert "Scientific and Cultural Organization" in back
    assert served.alive()


def test_a_preview_started_on_broken_data_shows_the_problem_then_the_site(project_copy):
    """The first build of `mkdocs serve` fails too when the data is already broken: the preview starts
    all the same, shows the problems, and becomes the site once they are fixed."""
    original, line = misspell_unesco_name(project_copy)
    with serving(project_copy) as served:
        # No page was ever built: the home page (and any address, as 404) is the error page.
        shown = served.wait_until("/", lambda text: ERROR_HEADING in text, "the error page")
        assert f"data/members.yaml:{line}:" in shown
        status, missing = served.get(PAGE)
        assert status == 404 and f"data/members.yaml:{line}:" in missing
        (served.project / "data" / "members.yaml").write_text(original, encoding="utf-8")
        served.wait_until("/", lambda text: ERROR_HEADING not in text, "the home page")
        assert "Scientific and Cultural Organization" in served.get(PAGE)[1]
        assert served.alive()


def test_the_preview_says_only_what_an_editor_needs(served):
    """The address with what the preview does, each rebuild, each problem: not the macros plugin's lists."""
    log = served.tail()
    port = served.base.rsplit(":", 1)[1]
    assert f"The preview is at http://127.0.0.1:{port}/: saving a file in data/ or docs/ rebuilds it" in log, log
    assert "[macros]" not in log and "Building documentation" not in log and "Watching paths" not in log, log
    assert "Documentation built in" in log


def test_a_port_in_use_is_one_sentence_not_a_traceback(project_copy):
    import socket
    import subprocess

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
            cwd=project_copy,
            capture_output=True,
            text=True,
            timeout=300,
        )
    assert result.returncode != 0
    assert f"Port {port} of 127.0.0.1 is in use (is another preview running?)" in result.stderr, result.stderr
    assert f"make serve PORT={port + 1}" in result.stderr and "Traceback" not in result.stderr, result.stderr


def test_the_error_page_escapes_what_it_quotes_and_names_a_bugs_place():
    page = html.document(preview.error_page(["data/links.yaml:3:8: bad url '<script>alert(1)</script>'"]))
    assert page.css("script") == [] and "<script>alert(1)</script>" in page.css_first("li").text()
    try:
        {}["missing"]
    except KeyError as error:
        problems = preview.problems_of(error, logged=[])
    [problem] = problems
    assert "test_serve.py:" in problem and problem.endswith(": KeyError: 'missing'"), problem


def test_file_events_report_saves_not_reads_and_follow_a_file_replaced_by_renaming(tmp_path):
    """A build reads every file it watches: if reading were an event, every build would start another."""
    from watchdog.events import FileSystemEventHandler

    config, sibling = tmp_path / "mkdocs.yml", tmp_path / "notes.txt"
    config.write_text("site_name: x\n", encoding="utf-8")
    seen: queue.Queue = queue.Queue()
    handler = FileSystemEventHandler()
    handler.on_any_event = seen.put
    observer = watching.make_observer([str(config)])
    observer.schedule(handler, str(config))
    observer.start()
    try:
        config.read_text(encoding="utf-8")  # a read: no event
        sibling.write_text("not watched\n", encoding="utf-8")  # another file of the folder: no event
        saved = tmp_path / "mkdocs.yml.new"
        saved.write_text("site_name: y\n", encoding="utf-8")
        saved.replace(config)  # saved as many editors save: a new file renamed over the old one
        first = seen.get(timeout=30)
        assert first.event_type == "moved" and first.dest_path == str(config), first
    finally:
        observer.stop()
        observer.join()


def test_watching_falls_back_to_polling_when_file_events_cannot_start(monkeypatch, tmp_path):
    import watchdog.observers
    from watchdog.observers.polling import PollingObserver

    assert not isinstance(watching.make_observer([str(tmp_path)]), PollingObserver)  # native where it works

    class OutOfWatches(watchdog.observers.Observer):
        def start(self):
            raise OSError(28, "inotify watch limit reached")

    monkeypatch.setattr(watchdog.observers, "Observer", OutOfWatches)
    assert isinstance(watching.make_observer([str(tmp_path)]), PollingObserver)
    monkeypatch.undo()
    monkeypatch.setenv("REPORT_SERVE_WATCH", "polling")  # folders shared from another machine send no events
    assert isinstance(watching.make_observer([str(tmp_path)]), PollingObserver)
