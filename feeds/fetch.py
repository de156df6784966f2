"""Fetch one URL politely and defensively; everything that goes wrong is a FetchError.

One ``Fetcher`` owns one ``httpx.AsyncClient`` for its lifetime. Each fetch:

- waits for a slot on its host (``per_host_concurrency``), then a global slot, in that
  order, so feeds queued behind one slow host never hold global slots while they wait;
- then runs under one overall deadline (redirects and body included): httpx's connect and
  read timeouts catch a silent server, the deadline catches one that drips a byte a second;
- follows redirects itself (the client's ``follow_redirects`` is off) to count hops, spot
  loops and, for untrusted URLs, check every hop with ``netguard`` and pin the connection
  to the checked addresses (see ``_transport``);
- reads the body under a cap that holds on the decompressed size too (see ``_body``).

``fetch`` only raises; logging the failure once, with the feed, is the poller's job.
"""

from __future__ import annotations

import asyncio
import re
import ssl
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from types import TracebackType

import httpcore
import httpx

from feeds._body import SUPPORTED_ENCODINGS, make_inflater, read_capped
from feeds._failures import display_url, format_seconds, map_error, status_message
from feeds._transport import TARGET_KEY, UNTRUSTED_KEY, GuardedTransport
from feeds.errors import (
    FetchError,
    FetchTimeout,
    HTTPStatusError,
    TooManyRedirects,
)
from feeds.models import FetchResult
from feeds.netguard import ALLOWED_SCHEMES, Resolver, resolve_target, system_resolve

USER_AGENT = "SpaceBrief/0.1 (+https://github.com/spacebrief/spacebrief; ISS news bot)"
FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
    "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
)
HTML_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
PERMANENT_REDIRECTS = frozenset({301, 308})
RETRY_AFTER_STATUSES = frozenset({429, 503})
MAX_RETRY_AFTER = 24 * 3600.0  # a server asking for longer is clamped to a day


@dataclass(frozen=True)
class FetchLimits:
    connect_timeout: float = 10.0
    read_timeout: float = 15.0
    deadline: float = 30.0  # overall per fetch: redirects and body included
    max_bytes: int = 5 * 1024 * 1024  # decompressed
    max_redirects: int = 5
    global_concurrency: int = 16
    per_host_concurrency: int = 2


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date).

    Unreadable → None; a past date → 0; more than a day → a day.
    """
    text = (value or "").strip()
    if not text:
        return None
    if re.fullmatch(r"[0-9]+", text):
        seconds = float(int(text))
    else:
        try:
            when = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        now = now or datetime.now(UTC)
        if now.tzinfo is None:
            now = now.replace(tzinfo=UTC)
        seconds = (when - now).total_seconds()
    return min(max(seconds, 0.0), MAX_RETRY_AFTER)


class Fetcher:
    """The one HTTP client of the process; use as ``async with Fetcher(...) as f``.

    ``mounts`` maps URL patterns ("http://sample.spacebrief.invalid", as in httpx) to
    transports, e.g. the bundled offline sample site; mounted hosts are operator-trusted and
    skip DNS and the guard. ``resolve`` and ``dialer`` are seams for tests: the resolver
    the guard uses, and the httpcore network backend pinned connections are opened with.
    ``ssl_context`` replaces the default (certifi) trust store, e.g. for a private CA.
    """

    def __init__(
        self,
        limits: FetchLimits = FetchLimits(),  # noqa: B008 (frozen, so sharing is safe)
        *,
        mounts: dict[str, httpx.AsyncBaseTransport] | None = None,
        resolve: Resolver = system_resolve,
        dialer: httpcore.AsyncNetworkBackend | None = None,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.limits = limits
        self._resolve = resolve
        self._mount_keys = tuple(mounts or ())
        connections = max(limits.global_concurrency, 1) * 2
        self._client = httpx.AsyncClient(
            transport=GuardedTransport(
                max_connections=connections, dialer=dialer, ssl_context=ssl_context
            ),
            mounts=dict(mounts or {}),
            timeout=httpx.Timeout(
                connect=limits.connect_timeout,
                read=limits.read_timeout,
                write=limits.read_timeout,
                pool=limits.deadline,
            ),
            follow_redirects=False,
            trust_env=False,
            headers={"User-Agent": USER_AGENT, "Accept-Encoding": SUPPORTED_ENCODINGS},
        )
        self._global = asyncio.Semaphore(limits.global_concurrency)
        self._hosts: dict[str, _HostSlot] = {}

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._client.aclose()

    async def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        untrusted: bool = False,
        accept: str = FEED_ACCEPT,
        max_bytes: int | None = None,
    ) -> FetchResult:
        """200 → the body; 304 → ``body=None``; anything else raises a FetchError."""
        try:
            host = (httpx.URL(url).host or "").lower()
        except (httpx.InvalidURL, TypeError) as err:
            raise FetchError(f"invalid URL: {err}") from None
        headers = {"Accept": accept}
        if etag and etag.strip():
            headers["If-None-Match"] = etag.strip()
        if last_modified and last_modified.strip():
            headers["If-Modified-Since"] = last_modified.strip()
        cap = self.limits.max_bytes if max_bytes is None else max_bytes
        async with self._host_slot(host), self._global:
            deadline = asyncio.timeout(self.limits.deadline)
            try:
                async with deadline:
                    return await self._follow(url, headers, untrusted, cap)
            except TimeoutError:
                if deadline.expired():
                    raise FetchTimeout(
                        f"timed out after {format_seconds(self.limits.deadline)} s"
                    ) from None
                raise

    @asynccontextmanager
    async def _host_slot(self, host: str) -> AsyncIterator[None]:
        slot = self._hosts.get(host)
        if slot is None:
            slot = self._hosts[host] = _HostSlot(
                asyncio.Semaphore(self.limits.per_host_concurrency)
            )
        slot.users += 1
        try:
            async with slot.semaphore:
                yield
        finally:
            slot.users -= 1
            if slot.users == 0:
                del self._hosts[host]

    async def _follow(
        self, url: str, headers: dict[str, str], untrusted: bool, cap: int
    ) -> FetchResult:
        current = httpx.URL(url)
        seen = {str(current)}
        permanent = True  # every hop so far a 301 or 308
        for hop in range(self.limits.max_redirects + 1):
            request = await self._build(current, headers, untrusted)
            try:
                response = await self._client.send(request, stream=True)
                try:
                    location = response.headers.get("location")
                    if response.status_code not in REDIRECT_STATUSES or not location:
                        result = await self._complete(response, cap)
                        if hop and permanent:
                            result = replace(result, moved_to=str(current))
                        return result
                    permanent = permanent and response.status_code in PERMANENT_REDIRECTS
                finally:
                    await response.aclose()
            except httpx.HTTPError as err:
                raise map_error(err, current, self.limits) from err
            try:
                current = current.join(location.strip())
            except (httpx.InvalidURL, ValueError):
                raise FetchError(f"invalid redirect from {display_url(current)}") from None
            if hop == self.limits.max_redirects:
                raise TooManyRedirects(f"more than {self.limits.max_redirects} redirects")
            if str(current) in seen:
                raise TooManyRedirects(f"redirect loop at {display_url(current)}")
            seen.add(str(current))
        raise AssertionError("unreachable")

    async def _build(
        self, url: httpx.URL, headers: dict[str, str], untrusted: bool
    ) -> httpx.Request:
        if url.port is not None and not 0 < url.port <= 65535:
            # httpx parses it; the socket layer would fail with an ExceptionGroup instead
            raise FetchError(f"invalid URL: port {url.port} is out of range (1-65535)")
        extensions: dict[str, object] = {}
        mounted = self._is_mounted(url)
        if untrusted and not mounted:
            extensions[UNTRUSTED_KEY] = True
            extensions[TARGET_KEY] = await resolve_target(str(url), self._resolve)
        elif url.scheme not in ALLOWED_SCHEMES and not mounted:
            raise FetchError(f"unsupported URL scheme: {url.scheme or 'none'}")
        return self._client.build_request("GET", url, headers=headers, extensions=extensions)

    def _is_mounted(self, url: httpx.URL) -> bool:
        """Mirror of httpx's mount matching for the simple patterns we use.

        A mismatch fails closed: an untrusted request that reaches our own transport
        without a checked target is refused there.
        """
        for key in self._mount_keys:
            scheme, _, rest = key.partition("://")
            if scheme not in ("all", url.scheme):
                continue
            hostport = rest.split("/")[0].lower()
            if not hostport:
                return True
            host, _, port = hostport.partition(":")
            if port and port.isdigit() and int(port) != (url.port or _default_port(url)):
                continue
            if host == url.host or (host.startswith("*.") and url.host.endswith(host[1:])):
                return True
        return False

    async def _complete(self, response: httpx.Response, cap: int) -> FetchResult:
        status = response.status_code
        headers = dict(response.headers.items())
        url = str(response.url)
        if status == 304:
            return FetchResult(
                url, 304, None, headers, headers.get("etag"), headers.get("last-modified")
            )
        if 200 <= status < 300:
            body = await read_capped(response, cap)
            if make_inflater(headers.get("content-encoding")) is not None:
                headers.pop("content-encoding", None)
                headers.pop("content-length", None)
            return FetchResult(
                url, status, body, headers, headers.get("etag"), headers.get("last-modified")
            )
        retry_after = None
        if status in RETRY_AFTER_STATUSES:
            retry_after = parse_retry_after(headers.get("retry-after"))
        if 300 <= status < 400:
            raise HTTPStatusError(status, f"HTTP {status} redirect without a Location")
        raise HTTPStatusError(
            status, status_message(status, response.reason_phrase, retry_after), retry_after
        )


@dataclass
class _HostSlot:
    semaphore: asyncio.Semaphore
    users: int = 0


def _default_port(url: httpx.URL) -> int:
    return 443 if url.scheme == "https" else 80
