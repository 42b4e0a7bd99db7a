"""Ask each address whether it still answers: HEAD first, a bounded GET when HEAD is refused.

Politeness and bounds: at most `per_host` requests at a time to one host and `overall`
in all; a time limit per request; retries with a doubling wait for connection errors,
429 and 503 (a Retry-After is honoured up to `retry_after_cap` seconds); at most
`max_body_bytes` of a body read, never the whole of it; redirects followed one hop at a
time, at most `max_redirects`, each hop asked by the same rules and through the same
pinned connections (connect.py), so a redirect cannot lead the check into a private network.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import email.utils
import functools
import http
import ssl
import time
from collections.abc import Iterable
from dataclasses import dataclass, replace

import httpx

from .connect import NameNotResolved, PinnedBackend, PinnedTransport, RefusedByPolicy, Resolver
from .policy import AddressPolicy
from .results import (
    BROKEN,
    OK,
    PERMANENT_REDIRECTS,
    REDIRECTED,
    REDIRECTS,
    REFUSED,
    TIMEOUT,
    Hop,
    Result,
    not_checked,
)

USER_AGENT = "icat-report-linkcheck/1.0 (checks the outbound links of the ICAT report site once a week)"
HEAD_REFUSED = frozenset({403, 405, 501})  # servers that answer HEAD so are asked again with GET
RETRY_STATUSES = frozenset({429, 503})


@dataclass(frozen=True)
class Settings:
    """How the check asks. `allow_loopback`, `resolver` and `ca_file` are for tests with their own server."""

    timeout: float = 10.0  # seconds for one request
    per_host: int = 2
    overall: int = 8
    tries: int = 3  # for connection errors, 429 and 503
    backoff: float = 1.0  # the first wait between tries; it doubles
    retry_after_cap: float = 30.0
    max_redirects: int = 5
    max_body_bytes: int = 64 * 1024
    allow_loopback: bool = False
    resolver: Resolver | None = None  # None: the operating system's
    ca_file: str | None = None  # certificate authorities to trust instead of certifi's (a test's own)
    user_agent: str = USER_AGENT


@dataclass(frozen=True)
class Answer:
    """A server's answer to one request: what the checker needs of it."""

    status: int
    location: str | None = None
    retry_after: float | None = None
    tries: int = 1

    @classmethod
    def of(cls, response: httpx.Response) -> Answer:
        return cls(response.status_code, response.headers.get("location"), retry_after(response.headers))


def check_urls(urls: Iterable[str], settings: Settings | None = None) -> dict[str, Result]:
    """Each distinct address checked once; results by address, in the order given."""
    unique = list(dict.fromkeys(urls))
    run = functools.partial(asyncio.run, _check_all(unique, settings or Settings()))
    if not _loop_running():
        return run()
    # Called from code that runs an event loop in this thread (Playwright's sync API does):
    # asyncio.run needs a thread of its own.
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as worker:
        return worker.submit(run).result()


def _loop_running() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


async def _check_all(urls: list[str], settings: Settings) -> dict[str, Result]:
    async with Checker(settings) as checker:
        results = await asyncio.gather(*(checker.check(url) for url in urls))
    return dict(zip(urls, results, strict=True))


def retry_after(headers: httpx.Headers, now: float | None = None) -> float | None:
    """Seconds a Retry-After header asks to wait (a number or an HTTP date), or None."""
    value = headers.get("retry-after", "").strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class Checker:
    """One client for a whole run: its connection pool, the per-host and overall limits."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        backend = PinnedBackend(AddressPolicy(allow_loopback=settings.allow_loopback), settings.resolver)
        self.client = httpx.AsyncClient(
            transport=PinnedTransport(backend, max_connections=settings.overall, ca_file=settings.ca_file),
            timeout=settings.timeout,
            follow_redirects=False,  # one hop at a time, below
            trust_env=False,  # no proxy from the environment: it would connect for us, unchecked
            headers={"User-Agent": settings.user_agent, "Accept": "*/*"},
        )
        self.overall = asyncio.Semaphore(settings.overall)
        self.hosts: dict[str, asyncio.Semaphore] = {}

    async def __aenter__(self) -> Checker:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.client.aclose()

    async def check(self, url: str) -> Result:
        if not url.lower().startswith(("http://", "https://")):
            kind = "an e-mail address" if url.lower().startswith("mailto:") else "not a web address"
            return not_checked(url, f"{kind}: only http(s) addresses are checked")
        started = time.monotonic()
        result = await self._follow(url)
        return replace(result, seconds=round(time.monotonic() - started, 3), checked_at=time.time())

    async def _follow(self, url: str) -> Result:
        """Ask url, then each redirect's target in turn, until an answer that is not a redirect."""
        hops: list[Hop] = []
        current = url
        while True:
            answer = await self._ask(current)
            if isinstance(answer, Result):
                return replace(answer, url=url, redirects=tuple(hops))
            target = _redirect_target(current, answer)
            if target is None:
                return _final(url, answer, tuple(hops))
            hops.append(Hop(current, answer.status, target))
            stop = self._stop_redirect(url, target, hops)
            if stop is not None:
                return replace(stop, tries=answer.tries)
            current = target

    def _stop_redirect(self, url: str, target: str, hops: list[Hop]) -> Result | None:
        """The result when a redirect must not be followed, else None."""
        status = hops[-1].http_status
        if not target.lower().startswith(("http://", "https://")):
            reason = f"not requested: a redirect ({status}) leads to {target}, which is not an http(s) address"
            return Result(url, REFUSED, reason, status, tuple(hops))
        if target in {hop.url for hop in hops}:
            return Result(url, BROKEN, f"a redirect loop: {hops[-1].url} leads back to {target}", status, tuple(hops))
        if len(hops) > self.settings.max_redirects:
            limit = self.settings.max_redirects
            return Result(url, BROKEN, f"more than {limit} redirects in a row", status, tuple(hops))
        return None

    async def _ask(self, url: str) -> Answer | Result:
        """One address asked, with retries; an Answer, or the Result that ends the check."""
        settings = self.settings
        for attempt in range(1, settings.tries + 1):
            try:
                answer = await self._head_then_get(url)
            except RefusedByPolicy as refusal:
                return Result(url, REFUSED, str(refusal), tries=attempt)
            except (httpx.TimeoutException, TimeoutError):
                return Result(url, TIMEOUT, f"no answer within {settings.timeout:g} s", tries=attempt)
            except httpx.InvalidURL as error:
                return Result(url, BROKEN, f"the address cannot be read ({error})", tries=attempt)
            except (httpx.HTTPError, NameNotResolved) as error:
                if attempt == settings.tries:
                    return Result(url, BROKEN, _connection_problem(error, attempt), tries=attempt)
                await asyncio.sleep(self._backoff(attempt))
                continue
            if answer.status in RETRY_STATUSES and attempt < settings.tries:
                wait = self._backoff(attempt) if answer.retry_after is None else answer.retry_after
                await asyncio.sleep(min(wait, settings.retry_after_cap))
                continue
            return replace(answer, tries=attempt)
        raise AssertionError("unreachable: the last try returns")

    def _backoff(self, attempt: int) -> float:
        return self.settings.backoff * 2 ** (attempt - 1)

    async def _head_then_get(self, url: str) -> Answer:
        """HEAD, and GET when the server refuses HEAD; within the host's and the overall limits."""
        host = httpx.URL(url).host
        slot = self.hosts.setdefault(host, asyncio.Semaphore(self.settings.per_host))
        async with slot, self.overall:
            async with asyncio.timeout(self.settings.timeout):
                answer = Answer.of(await self.client.head(url))
            if answer.status in HEAD_REFUSED:
                async with asyncio.timeout(self.settings.timeout):
                    answer = await self._get(url)
        return answer

    async def _get(self, url: str) -> Answer:
        """GET, reading at most max_body_bytes of the body; closing the response drops the rest."""
        async with self.client.stream("GET", url) as response:
            read = 0
            async for chunk in response.aiter_raw():
                read += len(chunk)
                if read >= self.settings.max_body_bytes:
                    break
            return Answer.of(response)


def _redirect_target(current: str, answer: Answer) -> str | None:
    if answer.status not in REDIRECTS or not answer.location:
        return None
    return str(httpx.URL(current).join(answer.location))


def _final(url: str, answer: Answer, hops: tuple[Hop, ...]) -> Result:
    """The result of an answer that is not a redirect to follow."""
    code, phrase = answer.status, _phrase(answer.status)
    after = f" after {len(hops)} redirect{'s' if len(hops) > 1 else ''}" if hops else ""
    if code < 400 and code not in REDIRECTS:
        moved_to = None
        for hop in hops:  # the address the permanent redirects lead to, before any temporary one
            if hop.http_status not in PERMANENT_REDIRECTS:
                break
            moved_to = hop.location
        status = REDIRECTED if hops else OK
        return Result(url, status, f"answers {phrase}{after}", code, hops, moved_to, answer.tries)
    if code in REDIRECTS:
        return Result(url, BROKEN, f"answers {phrase}{after} without saying where to", code, hops, tries=answer.tries)
    tried = f" on each of {answer.tries} tries" if answer.tries > 1 else ""
    return Result(url, BROKEN, f"the server answers {phrase}{after}{tried}", code, hops, tries=answer.tries)


def _phrase(code: int) -> str:
    """The status code and its standard phrase (a server's own phrase is not shown: it could say anything)."""
    try:
        return f"{code} {http.HTTPStatus(code).phrase}"
    except ValueError:
        return str(code)


def _connection_problem(error: Exception, tries: int) -> str:
    """What went wrong with the connection, from the error and the errors it was raised from."""
    causes, waiting = [], [error]
    while waiting and len(causes) < 20:  # the errors it was raised from, or wraps (httpcore's hold theirs in args)
        cause = waiting.pop()
        causes.append(cause)
        waiting += [c for c in (cause.__cause__, cause.__context__, *cause.args) if isinstance(c, BaseException)]
    certificate = next((c for c in causes if isinstance(c, ssl.SSLCertVerificationError)), None)
    if isinstance(error, NameNotResolved):
        what = str(error)
    elif any(isinstance(c, ConnectionRefusedError) for c in causes):
        what = "the connection was refused: nothing answers at that address and port"
    elif certificate is not None:
        what = f"the site's certificate is not valid ({certificate.verify_message or certificate})"
    else:
        what = f"the connection failed ({str(error) or type(error).__name__})"
    return f"{what}, on each of {tries} tries"
