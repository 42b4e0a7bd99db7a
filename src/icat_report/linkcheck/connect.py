"""Connections pinned to checked addresses: the network backend under httpx.

httpx hands every connection to its httpcore network backend as `connect_tcp(host,
port)`, with the URL's own host name, and then starts TLS on the stream with that name
as the SNI and the name the certificate must match. `PinnedBackend` resolves the name
itself, judges every address it resolves to (policy.py), and connects to one of those
addresses: a second resolution, which a DNS-rebinding host could answer differently, never
happens. The Host header, the SNI and the certificate check stay on the real name, since
httpx and httpcore take them from the URL, not from the socket.

Redirects are followed by the checker one hop at a time through the same client, so
every hop's host passes here too.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import ssl
from collections.abc import Awaitable, Callable, Iterable

import httpcore
import httpx

from .policy import AddressPolicy

# A resolver: (host name, port) -> the addresses the name resolves to, as text.
Resolver = Callable[[str, int], Awaitable[list[str]]]


class RefusedByPolicy(Exception):
    """The host resolves to an address the check may not connect to; nothing was sent."""

    def __init__(self, host: str, address: str, reason: str) -> None:
        where = f"{host} is" if host == address else f"{host} resolves to {address},"
        super().__init__(f"refused by policy: {where} {reason}; only public hosts are asked")


class NameNotResolved(Exception):
    """The host name does not resolve to any address."""


async def system_resolver(host: str, port: int) -> list[str]:
    """The addresses the operating system's resolver gives for host, in its order of preference."""
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as error:
        raise NameNotResolved(f"the name {host} does not resolve ({error.strerror})") from None
    addresses: list[str] = []
    for _family, _type, _proto, _name, sockaddr in infos:
        if sockaddr[0] not in addresses:
            addresses.append(str(sockaddr[0]))
    return addresses


def _is_literal(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


class PinnedBackend(httpcore.AsyncNetworkBackend):
    """httpcore's network backend, connecting only to addresses the policy allows."""

    def __init__(self, policy: AddressPolicy, resolver: Resolver | None = None) -> None:
        self.policy = policy
        self.resolver = resolver or system_resolver
        self.inner = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        addresses = await self.addresses(host, port, timeout)
        last_error: Exception | None = None
        for address in addresses:  # the checked addresses, in the resolver's order
            try:
                return await self.inner.connect_tcp(
                    address, port, timeout=timeout, local_address=local_address, socket_options=socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as error:
                last_error = error
        assert last_error is not None  # addresses() never returns an empty list
        raise last_error

    async def addresses(self, host: str, port: int, timeout: float | None) -> list[str]:
        """Every address host resolves to, each allowed by the policy; else RefusedByPolicy or NameNotResolved."""
        if _is_literal(host):
            addresses = [host]  # an address written in the URL: nothing to resolve
        else:
            try:
                addresses = await asyncio.wait_for(self.resolver(host, port), timeout)
            except TimeoutError:
                raise httpcore.ConnectTimeout(f"the name {host} did not resolve in time") from None
        if not addresses:
            raise NameNotResolved(f"the name {host} resolves to no address")
        for address in addresses:
            reason = self.policy.refusal(address)
            if reason is not None:
                raise RefusedByPolicy(host, address, reason)
        return addresses

    async def sleep(self, seconds: float) -> None:
        await self.inner.sleep(seconds)


class PinnedTransport(httpx.AsyncHTTPTransport):
    """httpx's own transport (request and response mapping, errors) over a pool using `PinnedBackend`.

    httpx does not take a network backend as a parameter, so the pool it builds is replaced
    by one that is the same but for the backend. No proxy: a proxy would make its own
    connection to the host and bypass the address check. Certificates are checked against
    certifi's authorities, or `ca_file`'s (a test's own authority).
    """

    def __init__(self, backend: PinnedBackend, *, max_connections: int, ca_file: str | None = None) -> None:
        super().__init__(trust_env=False)
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=ssl.create_default_context(cafile=ca_file) if ca_file else httpx.create_ssl_context(),
            max_connections=max_connections,
            max_keepalive_connections=max_connections,
            keepalive_expiry=5.0,
            network_backend=backend,
        )
