"""MkDocs hook: add a page per member, partner and priority, made from data/ alone.

Each generated page holds one macro call, so its content is rendered by the macros
like every other page (and text from YAML is never read as a template). Adding an
entity to data/members.yaml adds its page; nothing is written by hand.
"""
from __future__ import annotations

from pathlib import Path

from jinja2 import FileSystemBytecodeCache
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from icat_report import DataError
from icat_report.generated import generated_downloads, generated_pages
from icat_report.loader import load_report_once
from icat_report.print_page import relink_missing_pages


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


def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    report = _report(config)
    made = {**generated_pages(report), **generated_downloads(report)}
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


def on_post_build(*, config: MkDocsConfig) -> None:
    """On the print page, links to the pages made from data lead to those pages."""
    print_page = Path(config.site_dir) / "print_page" / "index.html"
    if print_page.is_file():
        report = _report(config)
        # The pages made from data, and the print page itself (the home page links to it).
        urls = [src.removesuffix(".md") + "/" for src in generated_pages(report)] + ["print_page/"]
        print_page.write_text(relink_missing_pages(print_page.read_text(encoding="utf-8"), urls), encoding="utf-8")


def _report(config: MkDocsConfig):
    project = Path(config.config_file_path).parent
    try:
        return load_report_once(project / "data", Path(config.docs_dir))
    except DataError as error:
        raise PluginError(str(error)) from None
