"""Which Chromium to drive, and how to start it: one answer for the PDF (`make pdf`), the
browser tests and the benchmarks.

Nothing is downloaded: Playwright's own browser if it was installed, else $CHROMIUM, else
Debian's /usr/bin/chromium. This machine's network reaches only the package registries, so
the browser is started with everything that would call home switched off.
"""

from __future__ import annotations

import os
from pathlib import Path

SYSTEM_CHROMIUM = "/usr/bin/chromium"
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
INSTALL_ADVICE = (
    "install one: `.venv/bin/python -m playwright install chromium` (Playwright's own build), "
    "the OS package (`apt-get install chromium`), or point $CHROMIUM at a Chromium/Chrome executable"
)


class NoChromium(Exception):
    """No Chromium could be found; str() lists where it was looked for and how to install one."""


def find_chromium(playwright, *, system: str = SYSTEM_CHROMIUM) -> str:
    """The path of the Chromium to launch: Playwright's, then $CHROMIUM, then `system`."""
    candidates = []
    try:
        candidates.append(("Playwright's Chromium", playwright.chromium.executable_path))
    except Exception:  # noqa: BLE001 - Playwright raises when it has no browser for this platform
        pass
    if os.environ.get("CHROMIUM"):
        candidates.append(("$CHROMIUM", os.environ["CHROMIUM"]))
    candidates.append(("Debian's chromium", system))
    for _name, path in candidates:
        if path and Path(path).is_file() and os.access(path, os.X_OK):
            return path
    tried = "\n".join(f"  {name}: {path}" for name, path in candidates)
    raise NoChromium(f"No Chromium found. Tried:\n{tried}\n{INSTALL_ADVICE[0].upper()}{INSTALL_ADVICE[1:]}.")
