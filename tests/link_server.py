"""A local web server on 127.0.0.1 for the link check's tests, answering each kind of case.

http.server in a thread of its own. Paths: /ok (200), /moved (301 to /ok), /temp (302 to
/ok), /chain (301 to /temp), /gone (404), /error (500), /no-head (405 to HEAD, 200 to GET),
/slow (holds the answer until the test ends), /loop-a and /loop-b (301 to each other),
/huge (405 to HEAD; to GET, a body of 256 MiB it writes until the client goes away),
/busy (429 with Retry-After: 0 the first time, then 200), /unavailable (503 always),
/to-private (302 to http://10.0.0.1/), /to-ftp (301 to an ftp: address), /hops/N (302 to
/hops/N-1; /hops/0 is 200), /hold/... (200 once the test lets it go: for counting
simultaneous requests). The server counts the requests of each path, the Host headers,
and what /huge managed to send. `TlsLinkServer` is the same over TLS with a certificate
made for the test (`certificate`), recording the names clients asked for (SNI).

`network_watch` is a fixture that records, through Python's audit hooks, every connection
and name look-up the process makes while a test runs; one outside 127.0.0.0/8 and ::1, or a
name asked of the system's resolver, is stopped before it happens and fails the test.
"""

from __future__ import annotations

import ipaddress
import ssl
import subprocess
import sys
import threading
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

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
    hosts: Counter = field(default_factory=Counter)  # Host header -> count
    server_names: list = field(default_factory=list)  # the SNI of each TLS handshake
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
            state.hosts[self.headers.get("Host", "")] += 1
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
        if path.startswith("/hops/"):
            left = int(path.removeprefix("/hops/"))
            return self._send(302, {"Location": f"/hops/{left - 1}"}) if left > 0 else self._send(200)
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
        self.thread = threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)

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


class TlsLinkServer(LinkServer):
    """The same paths over TLS, with the certificate and key given; records each handshake's SNI."""

    def __init__(self, certificate: Path, key: Path) -> None:
        super().__init__()
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(certificate, key)
        context.sni_callback = lambda _socket, name, _context: self.state.server_names.append(name)
        self.socket = context.wrap_socket(self.socket, server_side=True)

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"https://{host}:{self.server_address[1]}{path}"


def certificate(folder: Path, name: str) -> tuple[Path, Path]:
    """A self-signed certificate for `name` and its key, made by the openssl command."""
    cert, key = folder / f"{name}.pem", folder / f"{name}.key"
    command = ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", f"/CN={name}"]
    command += ["-addext", f"subjectAltName=DNS:{name}", "-keyout", str(key), "-out", str(cert)]
    try:
        subprocess.run(command, check=True, capture_output=True, timeout=60)
    except FileNotFoundError:
        pytest.fail("the TLS test makes its certificate with the openssl command: install openssl")
    return cert, key


# -- every connection and look-up the process makes, while a test watches -----------------
_WATCHERS: list[list[tuple[str, tuple]]] = []


def _audit(event: str, args: tuple) -> None:
    if not _WATCHERS or event not in ("socket.connect", "socket.getaddrinfo"):
        return
    _WATCHERS[-1].append((event, args))
    host = args[1][0] if event == "socket.connect" else args[0]
    if not _local(host):  # raising here stops the call: nothing leaves the machine, even from a broken checker
        raise PermissionError(f"the test blocked a connection or look-up outside the loopback range: {host}")


sys.addaudithook(_audit)  # once per process; it records only while a test watches


def _local(host: object) -> bool:
    text = host.decode() if isinstance(host, bytes) else str(host)
    try:
        address = ipaddress.ip_address(text.split("%", 1)[0])
    except ValueError:
        return False  # a name: the system's resolver was asked
    mapped = getattr(address, "ipv4_mapped", None)
    return address.is_loopback or (mapped is not None and mapped.is_loopback)


@dataclass
class Network:
    """What the process did on the network during a test."""

    events: list[tuple[str, tuple]]

    @property
    def connections(self) -> list[tuple]:
        """(host, port) of each socket connection made."""
        return [tuple(args[1][:2]) for event, args in self.events if event == "socket.connect"]

    @property
    def lookups(self) -> list[str]:
        return [args[0] for event, args in self.events if event == "socket.getaddrinfo"]


@pytest.fixture
def network_watch():
    events: list[tuple[str, tuple]] = []
    _WATCHERS.append(events)
    try:
        yield Network(events)
    finally:
        _WATCHERS.remove(events)
    network = Network(events)
    outside = [address for address in network.connections if not _local(address[0])]
    names = [host for host in network.lookups if not _local(host)]
    assert not outside, f"the test connected outside the loopback range: {outside}"
    assert not names, f"the test asked the system's resolver for names: {names}"
