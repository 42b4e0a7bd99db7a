"""A local web server on 127.0.0.1 for the link check's tests, answering each kind of case.

http.server in a thread of its own. Paths: /ok (200), /moved (301 to /ok), /temp (302 to
/ok), /chain (301 to /temp), /gone (404), /error (500), /no-head (405 to HEAD, 200 to GET),
/slow (holds the answer until the test ends), /loop-a and /loop-b (301 to each other),
/huge (405 to HEAD; to GET, a body of 256 MiB it writes until the client goes away),
/busy (429 with Retry-After: 0 the first time, then 200), /unavailable (503 always),
/to-private (302 to http://10.0.0.1/), /to-ftp (301 to an ftp: address), /hold/... (200
once the test lets it go: for counting simultaneous requests). The server counts the
requests of each path and what /huge managed to send.
"""

from __future__ import annotations

import threading
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HUGE_BYTES = 256 * 1024 * 1024
CHUNK = 64 * 1024
REDIRECTS = {
    "/moved": (301, "/ok"),
    "/temp": (302, "/ok"),
    "/chain": (301, "/temp"),
    "/loop-a": (301, "/loop-b"),
    "/loop-b": (301, "/loop-a"),
    "/to-private": (302, "http://10.0.0.1/"),
    "/to-ftp": (301, "ftp://files.example.org/report.pdf"),
}
STATUSES = {"/ok": 200, "/gone": 404, "/error": 500, "/unavailable": 503}


@dataclass
class ServerState:
    """What the server saw, shared with the test; every change under `lock`, announced on `changed`."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    requests: Counter = field(default_factory=Counter)  # (method, path) -> count
    release: threading.Event = field(default_factory=threading.Event)  # ends /slow and /hold at teardown
    huge_sent: int = 0
    huge_closed: threading.Event = field(default_factory=threading.Event)
    active: Counter = field(default_factory=Counter)  # /hold requests in progress, by Host header
    most_active: Counter = field(default_factory=Counter)  # the most at once, by Host header and "all"
    tickets: int = 0  # /hold requests the test has let go
    finished: int = 0

    def __post_init__(self) -> None:
        self.changed = threading.Condition(self.lock)

    def wait_for(self, predicate, what: str) -> None:
        """Wait until predicate() holds; the long limit is a safety net for a broken checker, not a clock."""
        with self.changed:
            assert self.changed.wait_for(predicate, timeout=60), f"the server never saw {what}"

    def let_go(self, count: int = 1) -> None:
        with self.changed:
            self.tickets += count
            self.changed.notify_all()


class Handler(BaseHTTPRequestHandler):
    server: LinkServer

    def log_message(self, format, *args) -> None:  # noqa: A002 -- the base class's name
        pass

    def do_HEAD(self) -> None:  # noqa: N802 -- http.server's naming
        self._answer(head=True)

    def do_GET(self) -> None:  # noqa: N802
        self._answer(head=False)

    def _answer(self, head: bool) -> None:
        state, path = self.server.state, self.path.split("?", 1)[0]
        with state.changed:
            state.requests[(self.command, path)] += 1
            count = state.requests[(self.command, path)]
        if path in REDIRECTS:
            code, location = REDIRECTS[path]
            return self._send(code, {"Location": location})
        if path in STATUSES:
            return self._send(STATUSES[path])
        if path == "/busy":
            return self._send(429, {"Retry-After": "0"}) if count == 1 else self._send(200)
        if path == "/slow":
            state.release.wait()  # the client's timeout fires first; teardown lets the thread end
            return None
        if path.startswith("/hold/"):
            return self._hold(state)
        if path in ("/no-head", "/huge") and head:
            return self._send(405, {"Allow": "GET"})
        if path == "/no-head":
            return self._send(200)
        if path == "/huge":
            return self._huge(state)
        return self._send(404)

    def _send(self, code: int, headers: dict[str, str] | None = None) -> None:
        self.send_response(code)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _hold(self, state: ServerState) -> None:
        host = self.headers.get("Host", "").rsplit(":", 1)[0]
        with state.changed:
            state.active[host] += 1
            state.active["all"] += 1
            for key in (host, "all"):
                state.most_active[key] = max(state.most_active[key], state.active[key])
            state.changed.notify_all()
            state.changed.wait_for(lambda: state.tickets > 0 or state.release.is_set(), timeout=60)
            state.tickets = max(0, state.tickets - 1)
            state.active[host] -= 1
            state.active["all"] -= 1
            state.finished += 1
            state.changed.notify_all()
        self._send(200)

    def _huge(self, state: ServerState) -> None:
        self.send_response(200)
        self.send_header("Content-Length", str(HUGE_BYTES))
        self.end_headers()
        chunk = b"x" * CHUNK
        try:
            for _ in range(HUGE_BYTES // CHUNK):
                self.wfile.write(chunk)
                with state.changed:
                    state.huge_sent += CHUNK
        except OSError:  # the client closed the connection: what the test waits for
            state.huge_closed.set()


class LinkServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.state = ServerState()
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.server_address[1]}{path}"

    def __enter__(self) -> LinkServer:
        self.thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.state.release.set()
        with self.state.changed:
            self.state.changed.notify_all()
        self.shutdown()
        self.server_close()
