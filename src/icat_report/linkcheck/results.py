"""What the check found for one address, and where the address is used.

A `Result` is plain data: the checker makes it, the cache stores it as JSON, the
outputs (output.py) show it. Statuses:

- ok: the address answers 2xx itself.
- redirected: it answers 2xx after one or more redirects; `moved_to` is set when the first
  hops are permanent (301, 308): the address to put in the data.
- broken: an error status (4xx, 5xx), a redirect loop or too many redirects, a name that
  does not resolve, a connection that fails (refused, reset, TLS) on every try.
- timeout: no answer within the time allowed for one request.
- refused: not requested, by policy: the host is, or resolves to, an address that is not
  public (policy.py), or a redirect leads to an address that is not http(s).
- not-checked: not a web address (an e-mail address); `reason` says why.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from typing import Any

OK, REDIRECTED, BROKEN, TIMEOUT = "ok", "redirected", "broken", "timeout"
REFUSED, NOT_CHECKED = "refused", "not-checked"
# The order the outputs list them in: what needs a person first.
STATUSES = (BROKEN, TIMEOUT, REFUSED, REDIRECTED, NOT_CHECKED, OK)
PERMANENT_REDIRECTS = frozenset({301, 308})
REDIRECTS = frozenset({301, 302, 303, 307, 308})


@dataclass(frozen=True)
class Use:
    """Where an address is used: a data file's line (`file`, `line`, `field`) or a built page (`page`)."""

    file: str | None = None
    line: int | None = None
    field: str | None = None  # e.g. "links: glotip-2020 url" or "contacts.website"
    page: str | None = None  # the page's address within the site, e.g. /members/unodc/

    @property
    def where(self) -> str:
        if self.page is not None:
            return self.page
        return f"{self.file}:{self.line}"

    @property
    def is_data(self) -> bool:
        return self.file is not None


@dataclass(frozen=True)
class Hop:
    """One redirect: the address asked, the status it answered and where it sent the check."""

    url: str
    http_status: int
    location: str


@dataclass(frozen=True)
class Result:
    url: str
    status: str
    reason: str  # one phrase, e.g. "the server answers 404 Not Found"
    http_status: int | None = None  # the final answer's status code
    redirects: tuple[Hop, ...] = ()
    moved_to: str | None = None  # where the leading permanent redirects lead
    tries: int = 0  # requests made for the final hop (retries included)
    seconds: float = 0.0
    checked_at: float = 0.0  # Unix time
    from_cache: bool = False
    uses: tuple[Use, ...] = field(default=(), compare=False)

    @property
    def final_url(self) -> str:
        return self.redirects[-1].location if self.redirects else self.url

    def with_uses(self, uses: tuple[Use, ...]) -> Result:
        return replace(self, uses=uses)

    def to_json(self) -> dict[str, Any]:
        """The result as JSON-ready values (the cache and the --json report)."""
        data = asdict(self)
        data["redirects"] = [asdict(hop) for hop in self.redirects]
        data["uses"] = [{key: value for key, value in asdict(use).items() if value is not None} for use in self.uses]
        data["final_url"] = self.final_url
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Result:
        """A result read back from the cache; ValueError or TypeError when it is not one."""
        known = {name for name in cls.__dataclass_fields__ if name not in ("redirects", "uses")}
        values = {key: value for key, value in data.items() if key in known}
        hops = tuple(Hop(**hop) for hop in data.get("redirects", ()))
        result = cls(**values, redirects=hops)
        if result.status not in STATUSES or not isinstance(result.url, str):
            raise ValueError(f"not a link check result: {data!r}")
        return result


def not_checked(url: str, reason: str) -> Result:
    return Result(url, NOT_CHECKED, reason)
