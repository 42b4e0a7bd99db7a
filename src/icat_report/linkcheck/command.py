"""`python -m icat_report links`: check the report's outbound addresses and say what to do.

Prints a table (text for a terminal, or Markdown with --format markdown for a GitHub job
summary), writes the JSON report with --json FILE, and exits 1 when an address is broken,
0 otherwise (2 for arguments it cannot use, said in one sentence).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from ..problems import DataError
from .cache import DEFAULT_MAX_AGE, DEFAULT_PATH

PROG = "python -m icat_report links"
_DURATION = re.compile(r"(\d+(?:\.\d+)?)([smhd])")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


class _Parser(argparse.ArgumentParser):
    """argparse, with a mistake said in one sentence instead of the usage block."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


def _duration(text: str) -> float:
    match = _DURATION.fullmatch(text.strip())
    if not match:
        raise argparse.ArgumentTypeError(f"'{text}' is not an age such as 1d, 12h, 30m or 90s")
    return float(match.group(1)) * _UNITS[match.group(2)]


def _positive(kind: type):
    def convert(text: str):
        try:
            value = kind(text)
        except ValueError:
            value = 0
        if value <= 0:
            noun = "a whole number" if kind is int else "a number"
            raise argparse.ArgumentTypeError(f"'{text}' is not {noun} above 0")
        return value

    return convert


def parser() -> argparse.ArgumentParser:
    cli = _Parser(prog=PROG, description="Check every outbound address of the report (data/ and a built site).")
    cli.add_argument("--data", type=Path, default=Path("data"), help="the data folder (default: data)")
    cli.add_argument("--docs", type=Path, default=Path("docs"), help="the pages folder, checked with the data")
    cli.add_argument("--site", type=Path, help="a built site folder: check its pages' outbound links too")
    cli.add_argument("--format", choices=("text", "markdown"), default="text", help="the table's form (default: text)")
    cli.add_argument("--json", type=Path, metavar="FILE", help="also write the whole report as JSON to FILE")
    cli.add_argument("--no-cache", action="store_true", help="ask every address again (fresh results are still kept)")
    cli.add_argument("--cache", type=Path, default=DEFAULT_PATH, help=f"the cache file (default: {DEFAULT_PATH})")
    cli.add_argument(
        "--max-age", type=_duration, default=DEFAULT_MAX_AGE, help="reuse results younger than this (default: 1d)"
    )
    cli.add_argument("--timeout", type=_positive(float), default=10.0, help="seconds per request (default: 10)")
    cli.add_argument("--per-host", type=_positive(int), default=2, help="requests at a time to one host (default: 2)")
    cli.add_argument("--overall", type=_positive(int), default=8, help="requests at a time in all (default: 8)")
    return cli


def main(argv: list[str], *, allow_loopback: bool = False) -> int:
    """Run the check; allow_loopback lets a test's own server on 127.0.0.1 be asked (never set by the CLI)."""
    cli = parser()
    args = cli.parse_args(argv)
    if args.site is not None and not (args.site / "index.html").is_file():
        cli.error(f"--site {args.site} is not a built site (no index.html there); build it first with `make build`")
    try:
        from . import checker, output, sources
        from .cache import ResultCache
        from .run import check_addresses
    except ImportError as error:
        cli.error(f"the link check needs {error.name}: run `make setup`, which installs the 'links' extra")
    try:
        addresses = sources.data_addresses(args.data, args.docs if args.docs.is_dir() else None)
    except DataError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        count = len(error.problems)
        noun = "problem" if count == 1 else "problems"
        print(f"{count} {noun} in {args.data}/: fix them first (make check), then check the links.", file=sys.stderr)
        return 1
    if args.site is not None:
        addresses = sources.merge(addresses, sources.site_addresses(args.site))
    settings = checker.Settings(
        timeout=args.timeout, per_host=args.per_host, overall=args.overall, allow_loopback=allow_loopback
    )
    cache = ResultCache(args.cache, args.max_age)
    print(f"checking {len(addresses)} addresses...", file=sys.stderr)
    results = check_addresses(addresses, settings, cache, read_cache=not args.no_cache)
    _save(cache)
    max_age = None if args.no_cache else args.max_age
    table = output.markdown_table if args.format == "markdown" else output.text_table
    sys.stdout.write(table(results, max_age))
    if args.json is not None:
        _write_json(cli, args.json, output.json_report(results, _settings_shown(settings, args)))
    return 1 if any(result.status == "broken" for result in results) else 0


def _settings_shown(settings, args: argparse.Namespace) -> dict:
    return {
        "timeout_seconds": settings.timeout,
        "per_host": settings.per_host,
        "overall": settings.overall,
        "tries": settings.tries,
        "max_redirects": settings.max_redirects,
        "max_body_bytes": settings.max_body_bytes,
        "cache": None if args.no_cache else str(args.cache),
        "cache_max_age_seconds": None if args.no_cache else args.max_age,
    }


def _save(cache) -> None:
    try:
        cache.save()
    except OSError as error:
        print(f"{PROG}: the results could not be kept in {cache.path} ({error.strerror}); going on", file=sys.stderr)


def _write_json(cli: argparse.ArgumentParser, path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as error:
        cli.error(f"--json {path} cannot be written ({error.strerror})")
