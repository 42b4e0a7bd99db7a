"""Which network addresses the link check may connect to: public unicast hosts only.

An address in the data, or a redirect, may name a host that resolves into a private
network, this machine or a cloud's metadata service (169.254.169.254). The check never
sends a request there, whatever the name looks like: every address a name resolves to is
judged here, and the connection goes to an address that passed (connect.py).
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

# IPv6 ranges that carry an IPv4 address inside them, and where that address sits:
# NAT64 (RFC 6052) keeps it in the last 32 bits; 6to4 (RFC 3056) is read by `sixtofour`.
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
_SHARED = ipaddress.IPv4Network("100.64.0.0/10")  # carrier-grade NAT (RFC 6598)


@dataclass(frozen=True)
class AddressPolicy:
    """Public unicast addresses only; `allow_loopback` lets a test reach its own server on 127.0.0.0/8 or ::1."""

    allow_loopback: bool = False

    def refusal(self, address: str | IPAddress) -> str | None:
        """Why the check may not connect to `address` (a phrase: "a private address"), or None when it may."""
        ip = ipaddress.ip_address(address) if isinstance(address, str) else address
        embedded = _embedded_ipv4(ip)
        if embedded is not None:
            inner = self.refusal(embedded)
            return f"an IPv6 form of {embedded}, {inner}" if inner else None
        return _kind(ip, allow_loopback=self.allow_loopback)


def _embedded_ipv4(ip: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv4-mapped, 6to4 or NAT64 IPv6 address leads to."""
    if not isinstance(ip, ipaddress.IPv6Address):
        return None
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def _kind(ip: IPAddress, *, allow_loopback: bool) -> str | None:
    """The kind of non-public address ip is, most specific first; None for a public unicast address."""
    if ip.is_loopback:
        return None if allow_loopback else "a loopback address (this machine)"
    checks = (
        (ip.is_unspecified, "an unspecified address"),
        (ip.is_link_local, "a link-local address"),
        (ip.is_multicast, "a multicast address"),
        (ip.is_reserved, "a reserved address"),
        (ip.is_private, "a private address"),
        (isinstance(ip, ipaddress.IPv4Address) and ip in _SHARED, "a shared (carrier-grade NAT) address"),
        # What is left of the special-purpose registries (documentation, benchmarking, ...).
        (not ip.is_global, "a special-purpose address that is not public"),
    )
    return next((phrase for matched, phrase in checks if matched), None)
