"""Loopback servers for fetch tests, shared with anyone testing the feeds pipeline.

``httpserver`` (pytest-httpserver) covers ordinary responses. The raw asyncio servers here
cover what a well-behaved HTTP framework will not do on request: drip a byte at a time,
accept and never answer, stream an endless body, or count concurrent requests. Every one
listens on 127.0.0.1 on a free port and is torn down with its connections.
"""

from __future__ import annotations

import asyncio
import contextlib
import zlib
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field

import pytest

from feeds.fetch import Fetcher, FetchLimits

Handler = Callable[[bytes, asyncio.StreamWriter], Awaitable[None]]


@dataclass
class RawServer:
    """A started asyncio server; ``requests`` holds each raw request head received."""

    port: int
    requests: list[bytes] = field(default_factory=list)
    active: int = 0
    max_active: int = 0

    def url(self, path: str = "/feed.xml", host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"


Starter = Callable[[Handler], Awaitable[RawServer]]


async def read_head(reader: asyncio.StreamReader) -> bytes:
    """The request line and headers, or b"" if the client went away first."""
    try:
        return await reader.readuntil(b"\r\n\r\n")
    except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
        return b""


@pytest.fixture
def small_limits() -> FetchLimits:
    """Limits small enough that every timeout and cap test finishes in about a second."""
    return FetchLimits(
        connect_timeout=1.0,
        read_timeout=1.0,
        deadline=2.0,
        max_bytes=1024 * 1024,
        max_redirects=5,
        global_concurrency=16,
        per_host_concurrency=2,
    )


@pytest.fixture
async def fetcher(small_limits: FetchLimits) -> AsyncIterator[Fetcher]:
    async with Fetcher(small_limits) as f:
        yield f


@pytest.fixture
async def raw_server() -> AsyncIterator[Callable[[Handler], Awaitable[RawServer]]]:
    """Factory: ``await raw_server(handler)`` serves on 127.0.0.1:<free port>.

    The server reads each request head itself (kept in ``RawServer.requests``) and then
    calls ``handler(head, writer)``; it counts connections being served concurrently.
    """
    servers: list[asyncio.Server] = []
    tasks: set[asyncio.Task[None]] = set()

    async def start(handler: Handler) -> RawServer:
        info = RawServer(port=0)

        async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            task = asyncio.current_task()
            assert task is not None
            tasks.add(task)
            try:
                head = await read_head(reader)
                if not head:
                    return
                info.requests.append(head)
                info.active += 1
                info.max_active = max(info.max_active, info.active)
                try:
                    await handler(head, writer)
                finally:
                    info.active -= 1
            except (ConnectionError, asyncio.CancelledError):
                pass
            finally:
                writer.close()
                tasks.discard(task)

        server = await asyncio.start_server(serve, "127.0.0.1", 0)
        servers.append(server)
        info.port = server.sockets[0].getsockname()[1]
        return info

    yield start
    for task in list(tasks):
        task.cancel()
    await asyncio.sleep(0)
    for server in servers:
        server.close()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(server.wait_closed(), 1)


def _head(status: str = "200 OK", **headers: str) -> bytes:
    lines = [f"HTTP/1.1 {status}", *(f"{k.replace('_', '-')}: {v}" for k, v in headers.items())]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


@pytest.fixture
async def slow_drip_server(raw_server: Starter) -> RawServer:
    """Sends headers, then one byte every 0.1 s of a 10,000-byte body: never idle long
    enough for a read timeout, so only the overall deadline stops it."""

    async def drip(head: bytes, writer: asyncio.StreamWriter) -> None:
        writer.write(_head(Content_Type="application/rss+xml", Content_Length="10000"))
        for _ in range(10_000):
            writer.write(b"<")
            await writer.drain()
            await asyncio.sleep(0.1)

    return await raw_server(drip)


@pytest.fixture
async def hanging_server(raw_server: Starter) -> RawServer:
    """Accepts the connection, reads the request, never answers."""

    async def hang(head: bytes, writer: asyncio.StreamWriter) -> None:
        await asyncio.Event().wait()

    return await raw_server(hang)


ENDLESS_BYTES = 200 * 1024 * 1024


@pytest.fixture
async def endless_body_server(raw_server: Starter) -> RawServer:
    """Streams a 200 MB body generated lazily, with no Content-Length (read to close)."""
    chunk = b"x" * 65536

    async def stream(head: bytes, writer: asyncio.StreamWriter) -> None:
        writer.write(_head(Content_Type="application/rss+xml", Connection="close"))
        for _ in range(ENDLESS_BYTES // len(chunk)):
            writer.write(chunk)
            await writer.drain()

    return await raw_server(stream)


@pytest.fixture
async def counting_server(raw_server: Starter) -> RawServer:
    """Answers each request after 0.2 s; ``max_active`` is the peak concurrency seen."""
    body = b"<rss version='2.0'><channel><title>t</title></channel></rss>"

    async def slow_ok(head: bytes, writer: asyncio.StreamWriter) -> None:
        await asyncio.sleep(0.2)
        writer.write(_head(Content_Type="application/rss+xml", Content_Length=str(len(body))))
        writer.write(body)
        await writer.drain()

    return await raw_server(slow_ok)


@pytest.fixture(scope="session")
def gzip_bomb() -> bytes:
    """~100 KB of gzip that inflates to 100 MB of zeros."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = bytes(1024 * 1024)
    parts = [compressor.compress(block) for _ in range(100)]
    parts.append(compressor.flush())
    return b"".join(parts)


@pytest.fixture
async def gzip_bomb_server(raw_server: Starter, gzip_bomb: bytes) -> RawServer:
    """Serves ``gzip_bomb`` with ``Content-Encoding: gzip`` on every path (in the test's
    own event loop, so memory measured with tracemalloc is the client's alone)."""
    head = _head(Content_Encoding="gzip", Content_Length=str(len(gzip_bomb)))

    async def bomb(request: bytes, writer: asyncio.StreamWriter) -> None:
        writer.write(head + gzip_bomb)
        await writer.drain()

    return await raw_server(bomb)
