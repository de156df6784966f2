"""Keep feeds added from Discord away from the operator's own network.

A guild admin can type any URL into ``/feeds add``; without this guard the bot would fetch
``http://127.0.0.1:8080/admin`` or a cloud metadata address for them. The rules:

- only ``http`` and ``https``, no user name or password, a non-empty host;
- the host is resolved, and EVERY address it resolves to must be a public (global unicast)
  address: loopback, private, link-local, multicast, reserved, unspecified, shared
  (100.64/10) and IPv6 forms that embed such an IPv4 address are refused;
- IPv4 literals are read with the resolver's own rules (``inet_aton``): ``2130706433``,
  ``0177.0.0.1``, ``0x7f.1`` and ``127.1`` all mean 127.0.0.1, although ``ipaddress``
  rejects them.

The checked addresses are what the connection is then made to (see ``feeds/_transport.py``):
a second DNS answer, e.g. a rebinding attacker's TTL-0 record, is never consulted.
"""

from __future__ import annotations

import asyncio
import ipaddress
import re
import socket
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

import httpx

from feeds.errors import BlockedURL, NetworkError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], Awaitable[Sequence[str]]]
"""``resolve(host, port)`` → the addresses a connection to ``host`` could reach."""

ALLOWED_SCHEMES = frozenset({"http", "https"})
_LOCAL_NAMES = ("localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback")
_SHARED = ipaddress.IPv4Network("100.64.0.0/10")
_IETF_V4 = ipaddress.IPv4Network("192.0.0.0/24")  # protocol assignments, not routable
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
_V4_COMPAT = ipaddress.IPv6Network("::/96")
_IPV4_PART = re.compile(r"0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*")


@dataclass(frozen=True)
class Target:
    """A checked destination: connect only to ``addresses``, never re-resolve ``host``."""

    host: str  # as the HTTP client sends it (lower-case, IDNA-encoded)
    port: int
    addresses: tuple[IPAddress, ...]


async def system_resolve(host: str, port: int) -> list[str]:
    """The operating system's resolver, off the event loop thread."""
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def parse_ipv4(text: str) -> ipaddress.IPv4Address | None:
    """Read ``text`` as inet_aton does: 1–4 parts, each decimal, octal (0…) or hex (0x…).

    The last part fills the remaining bytes, so ``127.1`` is 127.0.0.1 and ``2130706433``
    is too. Stricter than glibc in one way: nothing may follow the address.
    """
    parts = text.split(".")
    if not 1 <= len(parts) <= 4:
        return None
    values = []
    for part in parts:
        if not _IPV4_PART.fullmatch(part):
            return None
        if part[:2].lower() == "0x":
            values.append(int(part[2:], 16))
        elif len(part) > 1 and part[0] == "0":
            values.append(int(part[1:], 8))
        else:
            values.append(int(part, 10))
    *head, last = values
    if any(v > 0xFF for v in head) or last >= 1 << (8 * (4 - len(head))):
        return None
    number = last
    for i, v in enumerate(head):
        number |= v << (8 * (3 - i))
    return ipaddress.IPv4Address(number)


def parse_ip(host: str) -> IPAddress | None:
    """An IP literal in any spelling a resolver accepts, else None (a name)."""
    text = host.strip("[]").rstrip(".")
    if ":" in text:
        try:
            return ipaddress.IPv6Address(text)
        except ValueError:
            return None
    return parse_ipv4(text) if text else None


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip in _NAT64 or (ip in _V4_COMPAT and int(ip) > 1):
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def _kind(ip: IPAddress) -> str | None:
    """What makes ``ip`` non-public, or None when it is a global unicast address."""
    checks = (
        ("is_unspecified", "an unspecified address"),
        ("is_loopback", "a loopback address"),
        ("is_link_local", "a link-local address"),
        ("is_multicast", "a multicast address"),
        ("is_reserved", "a reserved address"),
        ("is_private", "a private address"),
    )
    for attr, kind in checks:
        if getattr(ip, attr):
            return kind
    if isinstance(ip, ipaddress.IPv4Address) and ip in _SHARED:
        return "a shared (carrier-grade NAT) address"
    if isinstance(ip, ipaddress.IPv4Address) and ip in _IETF_V4:
        return "a reserved address"
    if isinstance(ip, ipaddress.IPv6Address) and ip.is_site_local:
        return "a site-local address"
    if not ip.is_global:
        return "not a public address"
    return None


def blocked_reason(ip: IPAddress) -> str | None:
    """A one-line reason to refuse ``ip``, or None when it may be fetched."""
    if isinstance(ip, ipaddress.IPv6Address):
        inner = _embedded_ipv4(ip)
        if inner is not None and (inner_kind := _kind(inner)):
            return f"blocked: {ip} maps to {inner}, {inner_kind}"
        if ip.ipv4_mapped is not None:
            return f"blocked: {ip} is an IPv4-mapped address"
    kind = _kind(ip)
    return f"blocked: {ip} is {kind}" if kind else None


def split_url(url: str) -> tuple[str, str, int]:
    """(scheme, host, port) as the HTTP client will see them; BlockedURL when unfit."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError) as err:
        raise BlockedURL(f"blocked: not a valid URL ({err})") from None
    scheme = parsed.scheme
    if scheme not in ALLOWED_SCHEMES:
        shown = scheme or "none"
        raise BlockedURL(f"blocked: only http and https URLs are allowed, not {shown}")
    if parsed.userinfo:
        raise BlockedURL("blocked: URLs with a user name or password are not allowed")
    host = parsed.raw_host.decode("ascii").lower()
    if not host.strip("[].") or any(c.isspace() for c in host):
        raise BlockedURL("blocked: the URL has no host")
    if parsed.port is not None and not 0 < parsed.port <= 65535:
        raise BlockedURL(f"blocked: port {parsed.port} is out of range")
    port = parsed.port or (443 if scheme == "https" else 80)
    return scheme, host, port


async def resolve_target(url: str, resolve: Resolver = system_resolve) -> Target:
    """Check ``url`` and return the only addresses it may be fetched from."""
    _, host, port = split_url(url)
    literal = parse_ip(host)
    if literal is not None:
        addresses: list[IPAddress] = [literal]
    else:
        name = host.rstrip(".")
        if name in _LOCAL_NAMES or name.endswith(".localhost"):
            raise BlockedURL(f"blocked: {name} is a loopback address")
        try:
            answers = await resolve(name, port)
        except (OSError, UnicodeError) as err:
            raise NetworkError(f"DNS lookup failed for {name}") from err
        addresses = [a for a in (parse_ip(str(ans).split("%")[0]) for ans in answers) if a]
        if not addresses:
            raise NetworkError(f"DNS lookup failed for {name}")
    for address in addresses:
        if reason := blocked_reason(address):
            suffix = "" if literal is not None else f" (resolved from {host.rstrip('.')})"
            raise BlockedURL(reason + suffix)
    return Target(host, port, tuple(dict.fromkeys(addresses)))


async def check_url(url: str, *, resolve: Resolver = system_resolve) -> None:
    """Raise BlockedURL (or NetworkError when DNS fails) unless ``url`` may be fetched
    on behalf of an untrusted user. ``/feeds add`` calls this before storing a URL."""
    await resolve_target(url, resolve)
