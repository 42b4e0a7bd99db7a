"""MkDocs hook: skip what the macros plugin computes on every build and this site never uses.

mkdocs-macros-plugin 1.5 has no option for it: its `on_config` runs 12 `git` commands
to offer a `git` variable (last commit, tag, author), a tenth of a fresh build's
cost over a plain one. No page here uses `git`; it is answered as the plugin answers
outside a repository. tests/test_macros.py fails if the plugin stops calling it so.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority


def no_git_info() -> dict:
    """The plugin's `git` variable as it is outside a git repository."""
    return {"status": False, "date": None}


@event_priority(100)  # before the macros plugin's own on_config, which asks for it
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Answer the macros plugin's `git` variable without running git."""
    from mkdocs_macros import context

    context.get_git_info = no_git_info
    return config
