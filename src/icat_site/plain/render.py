"""`python -m icat_report render OUT/`: the site's own strict MkDocs build, written out as a plain project.

The build is the one `mkdocs build --strict` runs (mkdocs.yml, its plugins and hooks),
plus the PlainProjectCapture plugin (capture.py), which hands each page's final Markdown to a PlainProject.
Its HTML goes to a temporary folder and is thrown away: the published site is still
built by `mkdocs build`. MkDocs is imported here only, so `check` works without it.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from .project import PlainProject

CAPTURE = "icat-plain-project"  # the name the capture plugin is added under


def render(out: Path, config_file: Path = Path("mkdocs.yml")) -> PlainProject:
    """Build the site from config_file with the capture plugin and write the project into out."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    from .capture import PlainProjectCapture

    project = PlainProject()
    with tempfile.TemporaryDirectory(prefix="icat-render-") as site_dir:
        config = load_config(str(config_file), site_dir=site_dir, strict=True)
        config.plugins[CAPTURE] = PlainProjectCapture(project)
        config.plugins.on_startup(command="build", dirty=False)  # as `mkdocs build` does
        try:
            build(config)
        finally:
            config.plugins.on_shutdown()
    project.write(out)
    return project
