"""Command line for editors and CI: `python -m icat_report check | schemas`.

`check` validates data/ exactly as the site build does and prints every problem,
one per line as file:line:column: message (or as GitHub annotations with
--github), then a one-line summary. It exits 0 when the data is sound, 1 otherwise.
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
    args = parser.parse_args(argv)
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


if __name__ == "__main__":
    sys.exit(main())
