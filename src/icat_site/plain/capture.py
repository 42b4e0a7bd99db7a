"""The plugin `render` adds to one build: it hands each page's final Markdown to a plain project.

Not listed in mkdocs.yml: render.py adds it to one build of its own, which is otherwise the
site's own strict build (the same data, plugins and hooks). It takes, per page, the Markdown the
macros and the page finishing leave (links resolved, footnotes added), the whole-report page's
filling, the files beside the pages (assets and downloads) and the settings as the other plugins
and hooks leave them (the acronym glossary, the copyright line), into the `PlainProject` it
holds. Nothing is rendered here: every page is made by the one path the MkDocs build takes.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from .project import PlainProject

# What the MkDocs build sets from these settings; the plain project's config copies them.
COPIED_SETTINGS = (
    "site_name",
    "site_description",
    "site_author",
    "site_url",
    "repo_url",
    "edit_uri",
    "copyright",
    "use_directory_urls",
    "extra_css",
    "extra_javascript",
    "nav",
)
THEME_SETTINGS = ("language", "font", "icon", "palette", "features", "logo", "favicon")


class PlainProjectCapture(BasePlugin):
    """Captures one build into `project`."""

    def __init__(self, project: PlainProject) -> None:
        super().__init__()
        self.project = project

    @event_priority(-100)  # after the report plugin has added the pages and downloads made from data
    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        """Every file that is not a page (assets, open data, schemas), byte for byte."""
        for file in files:
            if not file.is_documentation_page():
                self.project.add_file(file.src_uri, file.content_bytes)
        return files

    @event_priority(-100)  # after the macros plugin: the page's final Markdown
    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        self.project.add_page(page.file.src_uri, dict(page.meta), markdown)
        return markdown

    @event_priority(100)  # before hooks/whole_report.py fills the whole-report page
    def on_page_context(self, context, *, page: Page, config: MkDocsConfig, nav):
        if page.meta.get("whole_report"):
            self.project.own_html[page.file.src_uri] = page.content or ""
        return context

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        """The whole-report page's filling: what hooks/whole_report.py added after the page's own HTML."""
        if page.meta.get("whole_report"):
            self.project.add_filling(page.file.src_uri, page.content or "")
        return output

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        self.project.set_settings(_settings(config))


def _settings(config: MkDocsConfig) -> dict:
    """What the plain project's config copies from the build's."""
    settings = {name: config[name] for name in COPIED_SETTINGS if config.get(name) is not None}
    if config.not_in_nav is not None:  # a pathspec here; the config wants its lines
        settings["not_in_nav"] = "\n".join(pattern.pattern for pattern in config.not_in_nav.patterns)
    settings["theme"] = {name: config.theme[name] for name in THEME_SETTINGS if config.theme.get(name) is not None}
    settings["extra"] = dict(config.extra)
    search = next((plugin for name, plugin in config.plugins.items() if name.endswith("search")), None)
    settings["search_separator"] = search.config.separator if search else None
    settings["markdown_extensions"] = [
        {name: config.mdx_configs[name]} if name in config.mdx_configs else name for name in config.markdown_extensions
    ]
    return settings
