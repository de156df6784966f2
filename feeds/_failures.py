"""Turn the ways an HTTP exchange fails into one line a moderator understands."""

from __future__ import annotations

import errno
import math
import socket
import ssl
from collections.abc import Iterator
from http import HTTPStatus
from typing import TYPE_CHECKING

import httpx

from feeds.errors import FetchError, FetchTimeout, NetworkError

if TYPE_CHECKING:
    from feeds.fetch import FetchLimits


def display_url(url: httpx.URL) -> str:
    """The URL for a message: never with its user name or password."""
    return str(url.copy_with(userinfo=b"")) if url.userinfo else str(url)


def format_seconds(value: float) -> str:
    return f"{value:g}"


def status_message(status: int, reason: str, retry_after: float | None) -> str:
    try:
        reason = HTTPStatus(status).phrase
    except ValueError:
        reason = reason or "error"
    message = f"HTTP {status} {reason}"
    if retry_after is not None:
        message += f" (retry after {math.ceil(retry_after)} s)"
    return message


def _causes(exc: BaseException) -> Iterator[BaseException]:
    stack, seen = [exc], set()
    while stack:
        err = stack.pop()
        if id(err) in seen:
            continue
        seen.add(id(err))
        yield err
        stack.extend(e for e in (err.__cause__, err.__context__) if e is not None)
        if isinstance(err, BaseExceptionGroup):
            stack.extend(err.exceptions)


def _connect_failure(exc: BaseException, host: str) -> str:
    for err in _causes(exc):
        if isinstance(err, socket.gaierror):
            return f"DNS lookup failed for {host}"
        if (
            isinstance(err, ConnectionRefusedError)
            or getattr(err, "errno", None) == errno.ECONNREFUSED
        ):
            return "connection refused"
        if isinstance(err, ssl.SSLCertVerificationError):
            return f"TLS certificate of {host} not valid"
        if isinstance(err, ssl.SSLError):
            return f"TLS handshake with {host} failed"
    if "Name or service not known" in str(exc) or "nodename nor servname" in str(exc):
        return f"DNS lookup failed for {host}"
    return f"could not connect to {host}"


def map_error(exc: Exception, url: httpx.URL, limits: FetchLimits) -> FetchError:
    """One line a moderator understands, for each way the exchange can fail."""
    host = url.host or display_url(url)
    if isinstance(exc, httpx.ConnectTimeout):
        return FetchTimeout(
            f"connection to {host} timed out after {format_seconds(limits.connect_timeout)} s"
        )
    if isinstance(exc, httpx.ReadTimeout):
        return FetchTimeout(f"read timed out after {format_seconds(limits.read_timeout)} s")
    if isinstance(exc, httpx.TimeoutException):
        return FetchTimeout(f"timed out talking to {host}")
    if isinstance(exc, httpx.ConnectError):
        return NetworkError(_connect_failure(exc, host))
    if isinstance(exc, httpx.RemoteProtocolError):
        return NetworkError(f"{host} sent an invalid or incomplete HTTP response")
    if isinstance(exc, httpx.UnsupportedProtocol):
        return FetchError(f"unsupported URL scheme: {url.scheme or 'none'}")
    if isinstance(exc, httpx.TransportError):
        return NetworkError(f"connection to {host} broken")
    return FetchError(f"invalid request for {display_url(url)}: {exc}")
