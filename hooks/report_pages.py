"""MkDocs hook: the pages made from data/ alone, and the whole report on one page.

Each generated page (a member, partner or priority) holds one macro call, so its
content is rendered by the macros like every other page (and text from YAML is never
read as a template). Adding an entity to data/members.yaml adds its page; nothing is
written by hand.

The page whose front matter says `whole_report: true` (docs/print_page.md) receives,
after its own text, every page of the navigation in reading order, except pages that
say `print: false`. It is filled in just before it is rendered, once every page's
Markdown has become HTML; icat_report.page.print_page does the joining.
"""
from __future__ import annotations

from pathlib import Path

from jinja2 import FileSystemBytecodeCache
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink

from icat_report import DataError
from icat_report.page.generated import generated_downloads, generated_pages
from icat_report.validate.loader import load_report_once
from icat_report.page.print_page import Heading, Part, combine


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Fail before anything is built when the data has problems; take the copyright line."""
    report = _report(config)
    config.copyright = report.info.copyright
    return config


_serving = False


def on_startup(*, command: str, dirty: bool) -> None:
    global _serving
    _serving = command == "serve"


def on_env(env, *, config: MkDocsConfig, files: Files):
    """While previewing, keep the theme's compiled templates between rebuilds (each
    rebuild is then about a quarter faster). The cache lives in .cache/, which git
    ignores; `mkdocs build` compiles afresh, as CI and the benchmarks do."""
    if not _serving:
        return env
    cache = Path(config.config_file_path).parent / ".cache" / "jinja"
    cache.mkdir(parents=True, exist_ok=True)
    env.bytecode_cache = FileSystemBytecodeCache(str(cache))
    return env


# How often `mkdocs serve` looks for saved files. MkDocs 1.6 polls every 0.5 s and has
# no setting for it; at 0.1 s a saved change reaches the browser in under a second
# (bench/README.md). Polling the few small folders watched costs next to nothing.
POLL_SECONDS = 0.1


def on_serve(server, *, config: MkDocsConfig, builder):
    """Watch with a faster poll: move what MkDocs already watches to a new observer
    (nothing is watching yet: the observer starts after this event)."""
    from watchdog.observers.polling import PollingObserver  # only serve needs it; builds skip the import

    candidates = [config.docs_dir, config.config_file_path, *config.theme.dirs]
    watched = []
    for path in dict.fromkeys(filter(None, candidates)):
        try:
            server.unwatch(path)
        except KeyError:  # not watched (theme folders are watched only with --watch-theme)
            continue
        watched.append(path)
    server.observer = PollingObserver(timeout=POLL_SECONDS)
    for path in watched:
        server.watch(path)
    return server


def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    report = _report(config)
    try:
        downloads = generated_downloads(report, Path(config.config_file_path).parent / "schemas")
    except FileNotFoundError as error:
        raise PluginError(str(error)) from None
    made = {**generated_pages(report), **downloads}
    for src_uri, content in made.items():
        files.append(File.generated(config, src_uri, content=content))
    return files


def on_pre_page(page, *, config: MkDocsConfig, files: Files):
    """Point "edit this page" on a generated page at the data file it comes from."""
    if page.file.generated_by and page.edit_url:
        source = "members.yaml" if page.file.src_uri.startswith("members/") else "activities.yaml"
        docs_edit_uri = config.edit_uri.rstrip("/")
        data_edit_uri = docs_edit_uri.rsplit("/", 1)[0] + "/data"
        page.edit_url = f"{config.repo_url.rstrip('/')}/{data_edit_uri}/{source}"
    return page


def on_page_context(context, *, page: Page, config: MkDocsConfig, nav: Navigation):
    """Fill the whole-report page. The search plugin has already indexed it by then, so
    search finds it by its own title and text, and does not list every sentence twice."""
    if page.meta.get("whole_report"):
        parts = [_part(each, depth) for each, depth in _reading_order(nav.items) if _printed(each, page)]
        whole = combine(parts, at=page.url)
        page.content = (page.content or "") + whole.html
        if page.toc:
            page.toc.items[0].children.extend(_anchor_links(whole.contents, level=2))
    return context


def _reading_order(items, depth: int = -1):
    """(page, depth) in navigation order; depth 1 for a chapter's sections, else 0."""
    for item in items:
        if item.is_page:
            # A section's index page is the chapter itself (navigation.indexes).
            yield item, max(depth - (1 if item.is_index else 0), 0)
        elif item.is_section:
            yield from _reading_order(item.children, depth + 1)


def _printed(page: Page, whole_page: Page) -> bool:
    return page is not whole_page and page.meta.get("print", True) is not False and page.content is not None


def _part(page: Page, depth: int) -> Part:
    headings = tuple(_heading(link) for link in page.toc)
    return Part(url=page.url, title=page.title or "", html=page.content, headings=headings, depth=depth)


def _heading(link: AnchorLink) -> Heading:
    return Heading(link.id, link.title, tuple(_heading(child) for child in link.children))


def _anchor_links(headings: tuple[Heading, ...], level: int) -> list[AnchorLink]:
    links = []
    for heading in headings:
        link = AnchorLink(heading.title, heading.id, level)
        link.children = _anchor_links(heading.children, level + 1)
        links.append(link)
    return links


def _report(config: MkDocsConfig):
    project = Path(config.config_file_path).parent
    try:
        return load_report_once(project / "data", Path(config.docs_dir))
    except DataError as error:
        raise PluginError(str(error)) from None
