"""Command line for editors and CI: `python -m icat_report check | schemas | render | pdf`.

`check` validates data/ exactly as the site build does and prints every problem,
one per line as file:line:column: message (or as GitHub annotations with
--github), then a one-line summary. It exits 0 when the data is sound, 1 otherwise.
`render OUT/` runs the site's strict build and writes its final pages as a plain
project for Zensical (icat_report.plain; README: "When Material for MkDocs reaches end of life").
`pdf SITE_DIR [OUTPUT]` typesets the built site's whole-report page as the report's PDF
(icat_report.paper; `make pdf` runs it between its two builds).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .model.schema import schema_texts, write_schemas
from .problems import DataError
from .project import load_project
from .validate.loader import load_report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m icat_report", description="Check the report's data, or write its JSON Schemas."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="validate data/ and report every problem")
    check.add_argument("--data", type=Path, default=Path("data"), help="the data folder (default: data)")
    check.add_argument(
        "--docs",
        type=Path,
        default=Path("docs"),
        help="the pages folder, to check page paths, anchors and the ids pages use (default: docs)",
    )
    check.add_argument("--github", action="store_true", help="print problems as GitHub Actions annotations")
    schemas = commands.add_parser("schemas", help="write the JSON Schemas of the data files")
    schemas.add_argument("--out", type=Path, default=Path("schemas"))
    schemas.add_argument("--check", action="store_true", help="only report whether the files are current")
    render = commands.add_parser("render", help="write the site's final pages as a plain project Zensical builds")
    render.add_argument("out", type=Path, help="the folder to write (its docs/ is replaced)")
    render.add_argument(
        "--config", type=Path, default=Path("mkdocs.yml"), help="the site's config (default: mkdocs.yml)"
    )
    pdf = commands.add_parser("pdf", help="typeset a built site's whole report as the report's PDF")
    pdf.add_argument("site", type=Path, help="the built site (mkdocs build with REPORT_PDF=1)")
    pdf.add_argument("output", type=Path, nargs="?", help="where to write the PDF (default: where the site links it)")
    args = parser.parse_args(argv)
    if args.command == "pdf":
        from .paper.make import main as make_pdf

        return make_pdf(args.site, args.output)
    if args.command == "render":
        return _render(args.out, args.config)
    if args.command == "check":
        return _check(args.data, args.docs if args.docs.is_dir() else None, args.github)
    return _schemas(args.out, args.check)


def _check(data: Path, docs: Path | None, github: bool) -> int:
    try:
        report = load_project(data, docs) if docs is not None else load_report(data)
    except DataError as error:
        for problem in error.problems:
            if github:
                print(
                    f"::error file={problem.file},line={problem.line},col={problem.column},"
                    f"title=Report data::{problem.one_line}"
                )
            else:
                print(problem)
        count = len(error.problems)
        noun = "problem" if count == 1 else "problems"
        print(f"{count} {noun} in {data}/: fix them and run the check again.", file=sys.stderr)
        return 1
    print(
        f"{data}/ is sound: {len(report.members)} entities, {len(report.priorities)} priorities, "
        f"{len(report.activities)} highlights, {len(report.events)} events, {len(report.links)} links."
    )
    return 0


def _schemas(out: Path, check_only: bool) -> int:
    stale = [
        name
        for name, text in schema_texts().items()
        if not (out / name).is_file() or (out / name).read_text(encoding="utf-8") != text
    ]
    if check_only:
        for name in stale:
            print(f"{out}/{name} is out of date: run `make schemas`")
        return 1 if stale else 0
    write_schemas(out)
    print(f"wrote {len(schema_texts())} schemas to {out}/")
    return 0


def _render(out: Path, config_file: Path) -> int:
    """Run the site's strict build and write its pages as a plain project (icat_report.plain)."""
    import logging

    from mkdocs.exceptions import MkDocsException

    from .plain.render import render

    # The build's warnings and errors (each data problem at file:line:col), as `mkdocs build` prints them.
    shown = logging.StreamHandler()
    shown.setFormatter(logging.Formatter("%(levelname)s - %(message)s"))
    logging.getLogger("mkdocs").addHandler(shown)
    try:
        project = render(out, config_file)
    except MkDocsException as error:  # the build's own one-line message; problems were logged above it
        print(f"render: the build failed: {error}", file=sys.stderr)
        return 1
    finally:
        logging.getLogger("mkdocs").removeHandler(shown)
    print(
        f"wrote {len(project.pages)} pages and {len(project.files)} files to {out}/; build: cd {out} && zensical build"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
