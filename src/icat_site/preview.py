"""The preview (`make serve`): it shows what is wrong, watches by file events, and caches templates.

- A rebuild that fails for any reason (a problem in data/ or in a page, a broken mkdocs.yml, a bug)
  writes an error page over every page of the preview, listing each problem as `make check` words it
  (`data/FILE.yaml:LINE:COL: ...`), and tells MkDocs the build is done: requests answer at once, the open
  page reloads to the error page, and saving the fixed file rebuilds the whole site and reloads it again.
  MkDocs 1.6 alone keeps the old site, makes new requests wait, and says "the server will appear stuck".
- Saved files are seen through the operating system's file events (watching.py).
- Its output holds what an editor needs: the address, each rebuild, each problem (not the macros
  plugin's list of its variables, nor MkDocs' routine lines).
- The theme's compiled templates are kept in .cache/jinja between rebuilds (each rebuild is about a
  quarter faster); `mkdocs build` compiles afresh, as CI and the benchmarks do.

The first build of `mkdocs serve` runs before `on_serve`, so the failing build is caught one level
down: the plugin's `on_startup` wraps the `build` that MkDocs' serve command calls for the first build and every
rebuild alike. Data that is already broken when the preview starts gives the error page too.
"""

from __future__ import annotations

import html
import logging
from pathlib import Path

from jinja2 import FileSystemBytecodeCache
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort, MkDocsException
from yaml import YAMLError

from icat_report import DataError

log = logging.getLogger("mkdocs.plugins.icat_report.serve")


# What the preview's output keeps: the address, each rebuild, each problem (warnings and errors always).
QUIET_LOGGERS = ("mkdocs.plugins.mkdocs_macros",)  # the macros plugin lists its variables on every build
QUIET_MESSAGES = ("Building documentation", "Cleaning site directory", "Watching paths for changes")
SERVING = "Serving on "


class _EditorsOutput(logging.Filter):
    """Drops the preview's routine lines, and says after the address what the preview does."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.WARNING:
            return True
        if record.name.startswith(QUIET_LOGGERS):
            return False
        message = record.getMessage()  # the live server's lines start with the time: "[13:45:13] Serving on"
        if any(routine in message for routine in QUIET_MESSAGES):
            return False
        if SERVING in message:
            when, _, address = message.partition(SERVING)
            record.msg = (
                f"{when}The preview is at {address}: saving a file in data/ or docs/ rebuilds it, "
                "and every page lists the problems while there are any."
            )
            record.args = ()
        return True


def quiet_output() -> None:
    """Under `mkdocs serve`: only what an editor needs in the output (the address, each rebuild, each problem)."""
    for handler in logging.getLogger("mkdocs").handlers:
        if not any(isinstance(each, _EditorsOutput) for each in handler.filters):
            handler.addFilter(_EditorsOutput())


def check_address_free(config: MkDocsConfig) -> None:
    """Abort with a sentence, not a traceback, when the preview's port is taken (another preview?)."""
    import socket

    host, port = config.dev_addr.host, config.dev_addr.port
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:
            probe.bind((host, port))
        except OSError:
            log.error(
                "Port %s of %s is in use (is another preview running?): stop it, "
                "or start this one on another port: make serve PORT=%s",
                port,
                host,
                port + 1,
            )
            raise Abort("The preview did not start.") from None


def show_problems_on_every_page() -> None:
    """Under `mkdocs serve`: every build, the first included, shows a failure as the error page."""
    from mkdocs.commands import serve as serve_command  # only when serving: livereload, watchdog (~20 ms)

    if not getattr(serve_command.build, "shows_problems", False):
        # MkDocs 1.x is frozen (2.0 drops plugins): its serve command looks `build` up in its module for
        # the first build and each rebuild; tests/test_serve.py fails if that ever changes.
        serve_command.build = showing_problems(serve_command.build)


def cache_templates(env, config: MkDocsConfig) -> None:
    """Keep the theme's compiled templates in .cache/jinja (git ignores it) between rebuilds."""
    cache = Path(config.config_file_path).parent / ".cache" / "jinja"
    cache.mkdir(parents=True, exist_ok=True)
    env.bytecode_cache = FileSystemBytecodeCache(str(cache))


# -- A failed rebuild becomes the error page ------------------------------------------------------


def showing_problems(build):
    """`build(config, ...)`, except that a failure writes the error page over the site instead of raising."""
    pages: set[Path] = set()
    shown: set[Path] = set()  # where the error page is now

    def build_or_show_problems(config, *args, **kwargs) -> None:
        site_dir = Path(config.site_dir)
        pages.update(site_dir.rglob("*.html"))  # the pages of the last build (or of the last error page)
        for path in shown:  # `serve --dirty` rebuilds only pages older than their source: remove them
            path.unlink(missing_ok=True)
        shown.clear()
        logged = _Collector()
        logging.getLogger("mkdocs").addHandler(logged)
        try:
            build(config, *args, **kwargs)
        except Exception as error:  # noqa: BLE001 - whatever broke, the preview lives on and says so
            problems = problems_of(error, logged.lines)
            if not _editor_error(error):
                log.exception("The rebuild failed in the code, not in the data:")
            unsaid = [problem for problem in problems if not any(problem in line for line in logged.lines)]
            listed = "".join(f"\n  {problem}" for problem in unsaid)
            log.error("Every page of the preview lists the problems until they are fixed.%s", listed)
            shown.update(write_error_page(site_dir, pages, problems))
        finally:
            logging.getLogger("mkdocs").removeHandler(logged)

    build_or_show_problems.shows_problems = True
    return build_or_show_problems


class _Collector(logging.Handler):
    """The warnings and errors MkDocs logs during one build (in strict mode, each one fails it)."""

    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


def _causes(error: BaseException):
    """The error, then what it was raised from or while handling, innermost last."""
    seen = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        yield error
        error = error.__cause__ or error.__context__


def _editor_error(error: BaseException) -> bool:
    """A problem an editor can fix (data, pages, mkdocs.yml), as opposed to a bug in the code."""
    causes = list(_causes(error))
    return any(isinstance(cause, DataError) for cause in causes) or isinstance(causes[-1], MkDocsException | YAMLError)


def problems_of(error: BaseException, logged: list[str]) -> list[str]:
    """Each problem as one line: the data's own file:line:col sentences when the data is at fault,
    else what MkDocs logged during the build and the error itself."""
    for cause in _causes(error):
        if isinstance(cause, DataError):
            return [str(problem) for problem in cause.problems]
    lines = [line.strip() for line in logged]
    for cause in _causes(error):
        if not isinstance(cause, Abort):  # "Aborted with ..." only sums up what was logged
            lines.append(_one_line(cause))
    return list(dict.fromkeys(line for line in lines if line)) or [_one_line(error)]


def _one_line(error: BaseException) -> str:
    """An exception as `file:line: Type: message`, the place being the innermost frame of our code."""
    text = str(error) if isinstance(error, MkDocsException) else f"{type(error).__name__}: {error}"
    frame = error.__traceback__
    place = None
    while frame is not None:
        path = Path(frame.tb_frame.f_code.co_filename)
        if "site-packages" not in path.parts and not isinstance(error, MkDocsException):
            place = f"{_relative(path)}:{frame.tb_lineno}"
        frame = frame.tb_next
    return f"{place}: {text}" if place else text


def _relative(path: Path) -> str:
    try:
        return path.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return str(path)


ERROR_STYLE = (
    "body{font:1rem/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;"
    "color:#1b1b1b;background:#fff}"
    "li{font-family:ui-monospace,monospace;white-space:pre-wrap;overflow-wrap:anywhere;margin:.6rem 0}"
    "@media (prefers-color-scheme:dark){body{color:#eee;background:#1e2129}}"
)


def error_page(problems: list[str]) -> str:
    """A page of its own (the theme's files may be gone with the failed build) listing the problems."""
    count = len(problems)
    noun = "problem" if count == 1 else "problems"
    items = "\n".join(f"<li>{html.escape(problem)}</li>" for problem in problems)
    return (
        '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>The site cannot be built: {count} {noun}</title>\n<style>{ERROR_STYLE}</style>\n</head>\n"
        "<body>\n<main>\n<h1>The site cannot be built</h1>\n"
        f"<p>{count} {noun}, as <code>make check</code> and the build report them. "
        "Fix the file and save it: this page turns back into the site by itself.</p>\n"
        f'<ul class="problems">\n{items}\n</ul>\n</main>\n</body>\n</html>\n'
    )


def write_error_page(site_dir: Path, pages: set[Path], problems: list[str]) -> set[Path]:
    """The error page at every page's address, and as the page for any other address (404)."""
    text = error_page(problems)
    written = {*pages, site_dir / "index.html", site_dir / "404.html"}
    for path in written:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return written
