"""Command line for editors and CI: `python -m icat_report check | schemas | render | diff | links | pdf`.

`check` validates data/ exactly as the site build does and prints every problem,
one per line as file:line:column: message (or as GitHub annotations with
--github), then a one-line summary. It exits 0 when the data is sound, 1 otherwise.
When it is sound, it also says, as information, how far the data and pages have moved from
the printed report (its words, and the records added or removed: icat_report.edition).
`diff BASE [HEAD]` says what a change does to the report (icat_report.diff).
`render OUT/` runs the site's strict build and writes its final pages as a plain
project for Zensical (icat_site.plain; README: "When Material for MkDocs reaches end of life").
`links` checks the report's outbound addresses; it has its own options (icat_report.linkcheck.command).
`pdf SITE_DIR [OUTPUT]` typesets the built site's whole-report page as the report's PDF
(icat_report.paper; `make pdf` runs it between its two builds).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .model.schema import schema_texts, write_schemas
from .problems import DataError
from .project import Project, load_project


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["links"]:  # its own parser: it needs httpx only when it runs
        from .linkcheck.command import main as links

        return links(argv[1:])
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
    diff = commands.add_parser("diff", help="what a change does to the report: records, figures, pages, words")
    diff.add_argument("base", help="the revision to compare from (a branch, a tag or a commit, e.g. main)")
    diff.add_argument("head", nargs="?", default=None, help="the revision to compare to (default: the working tree)")
    diff.add_argument("--format", choices=("markdown", "text"), default="markdown", help="default: markdown")
    commands.add_parser("links", help="check the report's outbound addresses (see: links --help)", add_help=False)
    pdf = commands.add_parser("pdf", help="typeset a built site's whole report as the report's PDF")
    pdf.add_argument("site", type=Path, help="the built site (mkdocs build with REPORT_PDF=1)")
    pdf.add_argument("output", type=Path, nargs="?", help="where to write the PDF (default: where the site links it)")
    args = parser.parse_args(argv)
    if args.command == "diff":
        from .diff.command import run

        return run(args.base, args.head, markdown=args.format == "markdown")
    if args.command == "pdf":
        return _pdf(args.site, args.output)
    if args.command == "render":
        return _render(args.out, args.config)
    if args.command == "check":
        return _check(args.data, args.docs if args.docs.is_dir() else None, args.github)
    return _schemas(args.out, args.check)


def _check(data: Path, docs: Path | None, github: bool) -> int:
    try:
        project = load_project(data, docs)
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
    report = project.report
    print(
        f"{data}/ is sound: {len(report.members)} entities, {len(report.priorities)} priorities, "
        f"{len(report.activities)} highlights, {len(report.events)} events, {len(report.links)} links."
    )
    if project.pages is not None:
        _tell_departures(project, data.name, github)
    return 0


def _tell_departures(project: Project, data_name: str, github: bool) -> None:
    """How far the data and pages have moved from the printed report: information, never a failure."""
    from . import departures as told

    moved = told.departures(project)
    print(told.summary_line(moved))
    for line in told.github_notices(moved, data_name) if github else []:
        print(line)
    for line in told.record_lines(moved, data_name):
        print(f"  {line}")
    if moved.records_changed:
        print(told.FOOTNOTE)


def _pdf(site: Path, output: Path | None) -> int:
    """The report's PDF typeset from a built site (icat_report.paper), or one sentence saying why not.

    The data is read from data/ and docs/ under the current folder, as `check` does."""
    import time

    from .paper.file import pdf_path
    from .paper.make import TOKENS, make_pdf
    from .paper.source import PaperError

    began = time.perf_counter()
    try:
        report = load_project(Path("data"), Path("docs")).report
        target = output or site / pdf_path(report)
        tokens = TOKENS.read_text(encoding="utf-8") if TOKENS.is_file() else ""
        warnings = make_pdf(site, target, report, tokens)
    except DataError as error:
        print(error.report(), file=sys.stderr)
        return 1
    except PaperError as error:
        print(f"pdf: {error}", file=sys.stderr)
        return 1
    for warning in warnings:
        print(f"pdf: the typesetter warns: {warning}", file=sys.stderr)
    print(f"{target}: {target.stat().st_size:,} bytes in {time.perf_counter() - began:.1f} s")
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
    """Run the site's strict build and write its pages as a plain project (icat_site.plain)."""
    import logging

    from mkdocs.exceptions import MkDocsException

    from icat_site.plain.render import render

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
