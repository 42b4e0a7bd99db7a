"""The link checker against a real local server (link_server.py), as it meets real sites.

Every request goes to 127.0.0.1 (the `network_watch` fixture fails a test that connects
anywhere else or asks the system's resolver for a name). Addresses that are not public
are refused without sending anything: names are resolved by a resolver the test supplies.
"""

from __future__ import annotations

import threading

import pytest
from link_server import HUGE_BYTES, LinkServer, TlsLinkServer, certificate, network_watch

from icat_report.linkcheck.checker import Settings, check_urls

pytestmark = pytest.mark.usefixtures("network_watch")
__all__ = ["network_watch"]  # the fixture, imported for pytest

FAST = Settings(timeout=5.0, backoff=0.0, allow_loopback=True)


@pytest.fixture
def server():
    with LinkServer() as running:
        yield running


def check(server: LinkServer, path: str, settings: Settings = FAST):
    url = server.url(path)
    return check_urls([url], settings)[url]


def test_an_address_that_answers_200_is_ok_after_one_head(server):
    result = check(server, "/ok")
    assert (result.status, result.http_status, result.redirects) == ("ok", 200, ())
    assert server.state.requests == {("HEAD", "/ok"): 1}


def test_a_permanent_redirect_gives_the_new_address(server):
    result = check(server, "/moved")
    assert (result.status, result.http_status) == ("redirected", 200)
    assert [(hop.http_status, hop.location) for hop in result.redirects] == [(301, server.url("/ok"))]
    assert result.moved_to == server.url("/ok")


def test_a_temporary_redirect_is_followed_but_moves_nothing(server):
    result = check(server, "/temp")
    assert result.status == "redirected" and result.moved_to is None
    assert [hop.http_status for hop in result.redirects] == [302]


def test_the_new_address_is_where_the_permanent_redirects_lead_before_a_temporary_one(server):
    result = check(server, "/chain")  # 301 to /temp, which is 302 to /ok
    assert [hop.http_status for hop in result.redirects] == [301, 302]
    assert result.moved_to == server.url("/temp")


@pytest.mark.parametrize(("path", "code"), [("/gone", 404), ("/error", 500)])
def test_an_error_status_is_broken(server, path, code):
    result = check(server, path)
    assert (result.status, result.http_status) == ("broken", code)
    assert str(code) in result.reason
    assert server.state.requests[("HEAD", path)] == 1  # 404 and 500 are not retried


def test_a_server_that_refuses_head_is_asked_with_get(server):
    result = check(server, "/no-head")
    assert (result.status, result.http_status) == ("ok", 200)
    assert server.state.requests == {("HEAD", "/no-head"): 1, ("GET", "/no-head"): 1}


def test_a_slow_answer_times_out(server):
    result = check(server, "/slow", Settings(timeout=0.3, backoff=0.0, allow_loopback=True))
    assert result.status == "timeout"
    assert "0.3 s" in result.reason
    assert server.state.requests[("HEAD", "/slow")] == 1  # a timeout is not retried


def test_a_redirect_loop_is_broken_and_each_address_asked_once(server):
    result = check(server, "/loop-a")
    assert result.status == "broken" and "redirect loop" in result.reason
    assert server.state.requests == {("HEAD", "/loop-a"): 1, ("HEAD", "/loop-b"): 1}


def test_at_most_five_redirects_are_followed(server):
    assert check(server, "/hops/5").status == "redirected"
    result = check(server, "/hops/6")
    assert result.status == "broken" and "more than 5 redirects" in result.reason
    assert server.state.requests[("HEAD", "/hops/0")] == 1  # reached by /hops/5 only


def test_a_huge_body_is_not_read_to_its_end(server):
    result = check(server, "/huge")  # HEAD is refused, so GET
    assert (result.status, result.http_status) == ("ok", 200)
    assert server.state.huge_closed.wait(60), "the server never saw the connection closed"
    # What the server could send before the client closed: socket buffers, far from the whole body.
    assert server.state.huge_sent < HUGE_BYTES // 8, f"{server.state.huge_sent:,} bytes were sent"


def test_a_closed_port_is_broken_after_the_retries(network_watch):
    import socket

    with socket.socket() as probe:  # a port that was free a moment ago, and nothing listens on it
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/"
    result = check_urls([url], FAST)[url]
    assert result.status == "broken" and "refused" in result.reason
    assert result.tries == 3
    assert network_watch.connections.count(("127.0.0.1", port)) == 3


def test_429_is_retried_after_retry_after(server):
    result = check(server, "/busy")  # 429 with Retry-After: 0, then 200
    assert (result.status, result.tries) == ("ok", 2)
    assert server.state.requests[("HEAD", "/busy")] == 2


def test_503_is_retried_then_broken(server):
    result = check(server, "/unavailable")
    assert (result.status, result.http_status, result.tries) == ("broken", 503, 3)
    assert server.state.requests[("HEAD", "/unavailable")] == 3


def test_a_redirect_to_a_private_address_is_refused_without_a_connection(server, network_watch):
    result = check(server, "/to-private")
    assert result.status == "refused" and "refused by policy" in result.reason
    assert [hop.location for hop in result.redirects] == ["http://10.0.0.1/"]
    assert all(host == "127.0.0.1" for host, _port in network_watch.connections)


def test_a_redirect_to_another_scheme_is_not_followed(server):
    result = check(server, "/to-ftp")
    assert result.status == "refused" and "not an http(s) address" in result.reason


def test_a_name_is_resolved_by_the_checker_and_the_connection_pinned_to_its_address(server, network_watch):
    asked = []

    async def resolver(host: str, port: int) -> list[str]:
        asked.append(host)
        return ["127.0.0.1"]

    url = server.url("/ok", host="report.test")
    result = check_urls([url], Settings(backoff=0.0, allow_loopback=True, resolver=resolver))[url]
    assert result.status == "ok"
    assert asked == ["report.test"]
    assert server.state.hosts == {f"report.test:{server.server_address[1]}": 1}  # the real name in Host
    assert network_watch.connections == [("127.0.0.1", server.server_address[1])]
    assert "report.test" not in network_watch.lookups


def test_a_name_that_rebinds_never_leads_a_connection_to_its_second_address(server, network_watch):
    answers = iter([["127.0.0.1"], ["10.0.0.1"], ["127.0.0.1"], ["10.0.0.1"]])

    async def rebinding(host: str, port: int) -> list[str]:
        return next(answers)

    url = server.url("/no-head", host="rebind.test")  # HEAD, then GET on a new connection: two look-ups
    result = check_urls([url], Settings(backoff=0.0, tries=1, allow_loopback=True, resolver=rebinding))[url]
    assert result.status == "refused" and "10.0.0.1" in result.reason
    assert network_watch.connections == [("127.0.0.1", server.server_address[1])]
    assert server.state.requests == {("HEAD", "/no-head"): 1}


def test_tls_carries_the_real_name_and_its_certificate_is_checked_for_it(tmp_path, network_watch):
    cert, key = certificate(tmp_path, "report.test")

    async def resolver(host: str, port: int) -> list[str]:
        return ["127.0.0.1"]

    settings = Settings(backoff=0.0, tries=1, allow_loopback=True, resolver=resolver, ca_file=str(cert))
    with TlsLinkServer(cert, key) as server:
        good, wrong = server.url("/ok", host="report.test"), server.url("/ok", host="other.test")
        results = check_urls([good, wrong], settings)
        assert results[good].status == "ok"
        assert results[wrong].status == "broken" and "certificate" in results[wrong].reason
        assert sorted(server.state.server_names) == ["other.test", "report.test"]
        assert server.state.requests == {("HEAD", "/ok"): 1}  # the wrong name never got its request through


def _hold_all(server: LinkServer, urls: list[str], settings: Settings, peak: int) -> dict:
    """Check urls (all /hold/...) in a thread; once `peak` requests are held at once, let them go one by one."""
    results: dict = {}
    worker = threading.Thread(target=lambda: results.update(check_urls(urls, settings)))
    worker.start()
    state = server.state
    state.wait_for(lambda: state.active["all"] >= peak, f"{peak} requests at once")
    for done in range(1, len(urls) + 1):
        state.let_go()
        state.wait_for(lambda done=done: state.finished >= done, f"{done} requests answered")
    worker.join(timeout=60)
    assert not worker.is_alive()
    return results


def test_at_most_two_requests_at_a_time_go_to_one_host(server):
    async def resolver(host: str, port: int) -> list[str]:
        return ["127.0.0.1"]

    urls = [server.url(f"/hold/{n}", host=host) for host in ("one.test", "two.test") for n in range(3)]
    settings = Settings(per_host=2, overall=10, backoff=0.0, allow_loopback=True, resolver=resolver)
    results = _hold_all(server, urls, settings, peak=4)
    assert {result.status for result in results.values()} == {"ok"}
    assert server.state.most_active == {"one.test": 2, "two.test": 2, "all": 4}


def test_at_most_overall_requests_at_a_time_in_all(server):
    urls = [server.url(f"/hold/{n}") for n in range(6)]
    results = _hold_all(server, urls, Settings(per_host=10, overall=3, backoff=0.0, allow_loopback=True), peak=3)
    assert {result.status for result in results.values()} == {"ok"}
    assert server.state.most_active["all"] == 3


def test_the_check_runs_when_called_where_an_event_loop_is_running(server):
    import asyncio

    async def inside_a_loop():  # as under Playwright's sync API, which keeps a loop running in its thread
        return check(server, "/ok")

    results = []  # a thread of the test's own, so that its loop is the only one there
    worker = threading.Thread(target=lambda: results.append(asyncio.run(inside_a_loop())))
    worker.start()
    worker.join(timeout=60)
    assert [result.status for result in results] == ["ok"]
