"""The `diff` command: the comparison written out, and every failure said in one sentence or as `check` says it."""

from __future__ import annotations

import sys
from pathlib import Path

from . import summary
from .compare import SideProblems, compare
from .revisions import RevisionError


def run(base: str, head: str | None, *, markdown: bool, root: Path | None = None) -> int:
    """Print what changing the project (the working folder's) from base to head does to the report."""
    root = root or Path.cwd()
    try:
        diff = compare(root, base, head)
    except RevisionError as error:
        print(f"diff: {error}", file=sys.stderr)
        return 2
    except SideProblems as failed:
        print(f"The {failed.side}, {failed.described}, does not pass the check; its problems:")
        for problem in failed.problems:
            print(problem)
        count = len(failed.problems)
        print(f"diff: {count} problem{'s' * (count != 1)} in the {failed.side}: nothing was compared.", file=sys.stderr)
        return 1
    print(summary.write(diff, markdown=markdown), end="")
    return 0
