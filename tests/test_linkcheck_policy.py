"""The link check asks public hosts only: what is refused, and that refusing sends nothing.

Names are resolved by a resolver the test supplies, so no name is looked up for real; the
`network_watch` fixture records (and stops) any connection, and each test asserts that
none was attempted.
"""

from __future__ import annotations

import httpx
import pytest
from link_server import network_watch

from icat_report.linkcheck.checker import Settings, check_urls, retry_after
from icat_report.linkcheck.policy import AddressPolicy

pytestmark = pytest.mark.usefixtures("network_watch")
__all__ = ["network_watch"]  # the fixture, imported for pytest

# Names and what the test's resolver says they resolve to: none of them may be asked.
NOT_PUBLIC = {
    "private.test": ["10.0.0.1"],
    "metadata.test": ["169.254.169.254"],
    "loopback6.test": ["::1"],
    "mapped.test": ["::ffff:127.0.0.1"],
    "mapped-private.test": ["::ffff:192.168.1.1"],
    "unique-local.test": ["fd00::1"],
    "link-local6.test": ["fe80::1"],
    "loopback.test": ["127.0.0.1"],
    "unspecified.test": ["0.0.0.0"],
    "multicast.test": ["224.0.0.251"],
    "reserved.test": ["240.0.0.1"],
    "shared.test": ["100.64.0.1"],
    "nat64-private.test": ["64:ff9b::a00:1"],
    "sixtofour-private.test": ["2002:a00:1::1"],
    # One public address does not make up for a private one: every address is checked.
    "mixed.test": ["93.184.216.34", "10.0.0.1"],
}
LITERALS = [
    "http://10.0.0.1/",
    "http://169.254.169.254/latest/meta-data/",
    "http://127.0.0.1:8000/",
    "http://[::1]:8000/",
    "http://[::ffff:127.0.0.1]/",
    "https://[::ffff:10.0.0.1]/",
    "http://0.0.0.0/",
]


@pytest.mark.parametrize("name", sorted(NOT_PUBLIC))
def test_a_name_that_resolves_to_a_non_public_address_is_refused_before_any_connection(name, network_watch):
    asked = []

    async def resolver(host: str, port: int) -> list[str]:
        asked.append(host)
        return NOT_PUBLIC[host]

    url = f"https://{name}/report.pdf"
    result = check_urls([url], Settings(resolver=resolver, backoff=0.0))[url]
    assert result.status == "refused"
    assert result.reason.startswith(f"refused by policy: {name} resolves to ")
    assert asked == [name]
    assert network_watch.connections == []


@pytest.mark.parametrize("url", LITERALS)
def test_an_address_written_as_a_non_public_ip_is_refused_without_resolving_or_connecting(url, network_watch):
    async def resolver(host: str, port: int) -> list[str]:
        raise AssertionError(f"an address written in the URL needs no resolver (asked for {host})")

    result = check_urls([url], Settings(resolver=resolver, backoff=0.0))[url]
    assert result.status == "refused" and result.reason.startswith("refused by policy: ")
    assert network_watch.connections == []


@pytest.mark.parametrize("address", ["10.0.0.1", "169.254.169.254", "::ffff:10.0.0.1", "fd00::1"])
def test_allowing_loopback_for_a_test_still_refuses_every_other_non_public_address(address, network_watch):
    async def resolver(host: str, port: int) -> list[str]:
        return [address]

    url = "http://inside.test/"
    result = check_urls([url], Settings(resolver=resolver, allow_loopback=True, backoff=0.0))[url]
    assert result.status == "refused"
    assert network_watch.connections == []


@pytest.mark.parametrize(
    ("address", "phrase"),
    [
        ("10.0.0.1", "a private address"),
        ("172.16.5.4", "a private address"),
        ("192.168.1.1", "a private address"),
        ("169.254.169.254", "a link-local address"),
        ("127.0.0.1", "a loopback address (this machine)"),
        ("::1", "a loopback address (this machine)"),
        ("::ffff:127.0.0.1", "an IPv6 form of 127.0.0.1, a loopback address (this machine)"),
        ("0.0.0.0", "an unspecified address"),
        ("::", "an unspecified address"),
        ("224.0.0.1", "a multicast address"),
        ("ff02::1", "a multicast address"),
        ("fe80::1", "a link-local address"),
        ("fc00::1", "a private address"),
        ("100.64.0.1", "a shared (carrier-grade NAT) address"),
        ("192.0.2.10", "a private address"),  # documentation range: Python counts it as private
        ("8.8.8.8", None),
        ("2606:4700:4700::1111", None),
        ("64:ff9b::808:808", None),  # NAT64 of a public address
    ],
)
def test_the_policy_names_each_kind_of_address(address, phrase):
    assert AddressPolicy().refusal(address) == phrase


def test_retry_after_reads_seconds_and_dates_and_ignores_the_rest():
    assert retry_after(httpx.Headers({"Retry-After": "120"})) == 120.0
    date = httpx.Headers({"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"})
    assert retry_after(date, now=1445412470.0) == 10.0
    assert retry_after(date, now=1445412490.0) == 0.0  # a date in the past: no wait
    assert retry_after(httpx.Headers({"Retry-After": "soon"})) is None
    assert retry_after(httpx.Headers({})) is None
