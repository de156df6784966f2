"""A hostile web site on loopback, run on its own thread so subprocess tests can poll it.

Raw asyncio servers, not a framework: a framework will not drip one byte a second, accept
and never answer, or stream 200 MB it never holds. Each server listens on one loopback
address (127.0.0.1, 127.0.0.2, ...; on Linux all of 127/8 is loopback) so that feeds meant
to be slow sit on hosts of their own, as they would on the web: the fetcher's per-host
limit (2) would otherwise queue them behind each other.

Every request is counted per URL path (``hits``), so a test can show that a second poll
left a feed inside its backoff window alone.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import zlib
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

Handler = Callable[[bytes, asyncio.StreamWriter], Awaitable[None]]


def head(status: str = "200 OK", **headers: str) -> bytes:
    """A response head; ``Content_Type="x"`` becomes ``Content-Type: x``."""
    lines = [f"HTTP/1.1 {status}", *(f"{k.replace('_', '-')}: {v}" for k, v in headers.items())]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


# -- handlers ------------------------------------------------------------------------


def static(
    body: bytes, status: str = "200 OK", content_type: str = "application/rss+xml", **headers
) -> Handler:
    async def serve(request: bytes, writer: asyncio.StreamWriter) -> None:
        writer.write(
            head(status, Content_Type=content_type, Content_Length=str(len(body)), **headers) + body
        )
        await writer.drain()

    return serve


def redirect(location: str) -> Handler:
    return static(b"", "302 Found", "text/plain", Location=location)


def drip(interval: float = 1.0, total: int = 10_000) -> Handler:
    """Headers at once, then one byte every ``interval`` seconds: never idle long enough
    for a read timeout, so only the overall deadline can stop it."""

    async def serve(request: bytes, writer: asyncio.StreamWriter) -> None:
        writer.write(head(Content_Type="application/rss+xml", Content_Length=str(total)))
        await writer.drain()
        for _ in range(total):
            writer.write(b"<")
            await writer.drain()
            await asyncio.sleep(interval)

    return serve


def hang() -> Handler:
    """Accept, read the request, never answer."""

    async def serve(request: bytes, writer: asyncio.StreamWriter) -> None:
        await asyncio.Event().wait()

    return serve


def endless(total: int = 200 * 1024 * 1024) -> Handler:
    """``total`` bytes of a body generated lazily, no Content-Length (read to close)."""
    chunk = b"<rss>" + b"x" * (65536 - 5)

    async def serve(request: bytes, writer: asyncio.StreamWriter) -> None:
        writer.write(head(Content_Type="application/rss+xml", Connection="close"))
        sent = 0
        while sent < total:
            writer.write(chunk)
            sent += len(chunk)
            await writer.drain()
        writer.close()

    return serve


def gzip_bomb(inflated: int = 500 * 1024 * 1024) -> Handler:
    """gzip of ``inflated`` zero bytes, compressed one MB at a time as the client reads:
    about 1 KB on the wire per inflated MB, and never more than a MB in this process."""
    block = bytes(1024 * 1024)

    async def serve(request: bytes, writer: asyncio.StreamWriter) -> None:
        writer.write(
            head(Content_Type="application/rss+xml", Content_Encoding="gzip", Connection="close")
        )
        compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
        for _ in range(inflated // len(block)):
            writer.write(compressor.compress(block))
            await writer.drain()
            await asyncio.sleep(0)
        writer.write(compressor.flush())
        await writer.drain()
        writer.close()

    return serve


# -- the site ------------------------------------------------------------------------


@dataclass
class _Server:
    address: str
    port: int
    routes: dict[str, Handler]


class HostileSite:
    """``site.route(path, handler, host=2)`` → the URL; servers start on first use."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self._thread.start()
        self._servers: dict[int, _Server] = {}
        self._asyncio_servers: list[asyncio.Server] = []
        self._tasks: set[asyncio.Task] = set()
        self._lock = threading.Lock()
        self.hits: Counter[str] = Counter()

    def route(self, path: str, handler: Handler, host: int = 1) -> str:
        server = self._server(host)
        server.routes[path] = handler
        return f"http://{server.address}:{server.port}{path}"

    def url(self, path: str, host: int = 1) -> str:
        server = self._server(host)
        return f"http://{server.address}:{server.port}{path}"

    def _server(self, host: int) -> _Server:
        if host not in self._servers:
            address = f"127.0.0.{host}"
            routes: dict[str, Handler] = {}
            port = asyncio.run_coroutine_threadsafe(self._start(address, routes), self.loop)
            self._servers[host] = _Server(address, port.result(10), routes)
        return self._servers[host]

    async def _start(self, address: str, routes: dict[str, Handler]) -> int:
        async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            task = asyncio.current_task()
            assert task is not None
            self._tasks.add(task)
            try:
                while True:  # keep-alive: several requests may share a connection
                    try:
                        request = await reader.readuntil(b"\r\n\r\n")
                    except (asyncio.IncompleteReadError, asyncio.LimitOverrunError):
                        return
                    path = request.split(b" ", 2)[1].decode("latin-1").split("?")[0]
                    with self._lock:
                        self.hits[path] += 1
                    handler = routes.get(path) or static(b"not here", "404 Not Found", "text/plain")
                    await handler(request, writer)
                    if b"connection: close" in request.lower():
                        return
            except (ConnectionError, asyncio.CancelledError):
                pass
            finally:
                writer.close()
                self._tasks.discard(task)

        server = await asyncio.start_server(serve, address, 0)
        self._asyncio_servers.append(server)
        return server.sockets[0].getsockname()[1]

    def count(self, url_or_path: str) -> int:
        """Requests received for this URL's path (whatever the host)."""
        path = url_or_path
        if "://" in url_or_path:
            path = "/" + url_or_path.split("/", 3)[3] if url_or_path.count("/") >= 3 else "/"
        with self._lock:
            return self.hits[path]

    def total(self, prefix: str) -> int:
        """Requests for every path starting with ``prefix``."""
        with self._lock:
            return sum(n for path, n in self.hits.items() if path.startswith(prefix))

    def reset_counts(self) -> None:
        with self._lock:
            self.hits.clear()

    def close(self) -> None:
        async def stop() -> None:
            for task in list(self._tasks):
                task.cancel()
            await asyncio.sleep(0)
            for server in self._asyncio_servers:
                server.close()
                with contextlib.suppress(Exception):
                    await asyncio.wait_for(server.wait_closed(), 1)

        asyncio.run_coroutine_threadsafe(stop(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(5)
        self.loop.close()
