"""Recent results kept between runs (.cache/links.json), so a second run soon after asks no one again.

A result younger than the maximum age is used as it is; older ones, and addresses not
in the file, are checked. The file is written whole after each run (to a temporary file
first, then renamed, so an interrupted run leaves the old file). A file that cannot be
read is treated as empty: the cache only saves time, it never decides a result.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from pathlib import Path

from .results import NOT_CHECKED, Result

DEFAULT_PATH = Path(".cache/links.json")
DEFAULT_MAX_AGE = 24 * 3600.0  # one day, in seconds
VERSION = 1


class ResultCache:
    """Results by address, read from and written to one JSON file."""

    def __init__(self, path: Path, max_age: float = DEFAULT_MAX_AGE, now: float | None = None) -> None:
        self.path = path
        self.max_age = max_age
        self.now = time.time() if now is None else now
        self.results: dict[str, Result] = _read(path)

    def fresh(self, url: str) -> Result | None:
        """The stored result for url if it is younger than the maximum age."""
        result = self.results.get(url)
        # This run's own results are a little younger than `now`, the run's start: a negative age.
        if result is None or not -self.max_age < self.now - result.checked_at < self.max_age:
            return None
        return result

    def store(self, results: list[Result]) -> None:
        for result in results:
            if result.status != NOT_CHECKED and not result.from_cache:
                self.results[result.url] = result.with_uses(())

    def save(self) -> None:
        """Write every result younger than the maximum age; older ones are dropped."""
        kept = {url: result.to_json() for url, result in sorted(self.results.items()) if self.fresh(url) is not None}
        for data in kept.values():
            for name in ("uses", "from_cache", "final_url"):
                data.pop(name, None)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=self.path.name, suffix=".tmp")
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            json.dump({"version": VERSION, "results": kept}, file, indent=1, ensure_ascii=False)
            file.write("\n")
        os.replace(temporary, self.path)


def _read(path: Path) -> dict[str, Result]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("version") != VERSION:
            return {}
        return {url: Result.from_json(value) for url, value in data["results"].items()}
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return {}
