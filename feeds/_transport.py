"""The HTTP transport behind ``Fetcher``: trusted requests and pinned untrusted ones.

httpx has no hook between "resolve the host" and "open the socket", and
``httpx.AsyncHTTPTransport`` takes no network backend, so an untrusted request goes through
its own ``httpcore.AsyncConnectionPool`` whose network backend connects only to the
addresses ``netguard`` checked for that request (passed down in a context variable set
around the pool call: httpcore opens the connection in the requesting task). The pool
still sends ``Host`` and TLS SNI for the host name, so HTTPS and virtual hosts work; only
the DNS answer is frozen. Untrusted connections never share a pool with trusted ones,
whose connections may go anywhere the operator configured.

A request marked untrusted that reaches this transport without a checked target is
refused, so a routing mistake fails closed.
"""

from __future__ import annotations

import contextlib
import contextvars
import ssl
import typing

import httpcore
import httpx

from feeds.errors import BlockedURL
from feeds.netguard import Target

TARGET_KEY = "spacebrief.target"  # request extension: the netguard.Target to pin to
UNTRUSTED_KEY = "spacebrief.untrusted"  # request extension: True for Discord-added URLs

_PINNED: contextvars.ContextVar[Target | None] = contextvars.ContextVar(
    "spacebrief_pinned_target", default=None
)

_EXC_MAP: tuple[tuple[type[Exception], type[httpx.HTTPError]], ...] = (
    # most specific first
    (httpcore.ConnectTimeout, httpx.ConnectTimeout),
    (httpcore.ReadTimeout, httpx.ReadTimeout),
    (httpcore.WriteTimeout, httpx.WriteTimeout),
    (httpcore.PoolTimeout, httpx.PoolTimeout),
    (httpcore.TimeoutException, httpx.TimeoutException),
    (httpcore.ConnectError, httpx.ConnectError),
    (httpcore.ReadError, httpx.ReadError),
    (httpcore.WriteError, httpx.WriteError),
    (httpcore.NetworkError, httpx.NetworkError),
    (httpcore.UnsupportedProtocol, httpx.UnsupportedProtocol),
    (httpcore.LocalProtocolError, httpx.LocalProtocolError),
    (httpcore.RemoteProtocolError, httpx.RemoteProtocolError),
    (httpcore.ProtocolError, httpx.ProtocolError),
)


@contextlib.contextmanager
def _httpx_errors() -> typing.Iterator[None]:
    try:
        yield
    except Exception as exc:
        for source, mapped in _EXC_MAP:
            if isinstance(exc, source):
                raise mapped(str(exc)) from exc
        raise


class PinnedBackend(httpcore.AsyncNetworkBackend):
    """Connects to the checked addresses of the current request, never to a fresh lookup."""

    def __init__(self, inner: httpcore.AsyncNetworkBackend | None = None) -> None:
        self._inner = inner or httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,  # noqa: ASYNC109 (httpcore interface)
        local_address: str | None = None,
        socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        target = _PINNED.get()
        if target is None or (target.host, target.port) != (host.lower(), port):
            raise BlockedURL(f"blocked: no checked address for {host}")
        error: Exception | None = None
        for address in target.addresses:
            try:
                return await self._inner.connect_tcp(
                    str(address),
                    port,
                    timeout=timeout,
                    local_address=local_address,
                    socket_options=socket_options,
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as err:
                error = err
        assert error is not None  # Target.addresses is never empty
        raise error

    async def connect_unix_socket(self, *args: typing.Any, **kwargs: typing.Any) -> typing.NoReturn:
        raise BlockedURL("blocked: unix sockets are not allowed")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


class _ResponseStream(httpx.AsyncByteStream):
    def __init__(self, stream: typing.AsyncIterable[bytes]) -> None:
        self._stream = stream

    async def __aiter__(self) -> typing.AsyncIterator[bytes]:
        with _httpx_errors():
            async for part in self._stream:
                yield part

    async def aclose(self) -> None:
        if hasattr(self._stream, "aclose"):
            await self._stream.aclose()


class GuardedTransport(httpx.AsyncBaseTransport):
    """Route each request to the trusted pool or the pinned, untrusted one."""

    def __init__(
        self,
        *,
        max_connections: int,
        dialer: httpcore.AsyncNetworkBackend | None = None,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        ssl_context = ssl_context or httpx.create_ssl_context(trust_env=False)
        limits = httpx.Limits(
            max_connections=max_connections, max_keepalive_connections=max_connections
        )
        self._trusted = httpx.AsyncHTTPTransport(
            verify=ssl_context, limits=limits, trust_env=False, retries=0
        )
        self._pinned = httpcore.AsyncConnectionPool(
            ssl_context=ssl_context,
            max_connections=max_connections,
            max_keepalive_connections=max_connections,
            keepalive_expiry=5.0,
            network_backend=PinnedBackend(dialer),
        )

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if not request.extensions.get(UNTRUSTED_KEY):
            return await self._trusted.handle_async_request(request)
        target = request.extensions.get(TARGET_KEY)
        if not isinstance(target, Target):
            raise BlockedURL(f"blocked: {request.url.host} was not checked")
        core_request = httpcore.Request(
            method=request.method,
            url=httpcore.URL(
                scheme=request.url.raw_scheme,
                host=request.url.raw_host,
                port=request.url.port,
                target=request.url.raw_path,
            ),
            headers=request.headers.raw,
            content=request.stream,
            extensions=request.extensions,
        )
        token = _PINNED.set(target)
        try:
            with _httpx_errors():
                response = await self._pinned.handle_async_request(core_request)
        finally:
            _PINNED.reset(token)
        return httpx.Response(
            status_code=response.status,
            headers=response.headers,
            stream=_ResponseStream(response.stream),
            extensions=response.extensions,
        )

    async def aclose(self) -> None:
        await self._trusted.aclose()
        await self._pinned.aclose()
