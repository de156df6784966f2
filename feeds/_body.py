"""Read a response body under a byte cap that also holds after decompression.

httpx's own decoders inflate each raw chunk in one call, so a 64 KB chunk of a gzip bomb
becomes ~64 MB in memory before any cap can look at it. Here the raw bytes are read with
``aiter_raw`` and inflated in steps of at most ``STEP`` bytes
(``decompressobj.decompress(data, max_length)``), so memory stays near ``cap + STEP``
whatever the compression ratio.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator

import httpx

from feeds.errors import FetchError, ResponseTooLarge

STEP = 64 * 1024
SUPPORTED_ENCODINGS = "gzip, deflate"


def human_size(n: int) -> str:
    for unit, size in (("MB", 1024 * 1024), ("KB", 1024)):
        if n >= size:
            return f"{round(n / size, 1):g} {unit}"
    return f"{n} bytes"


class Inflater:
    """Bounded gzip / deflate (zlib-wrapped or raw, as servers disagree) decoder."""

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding
        wbits = 16 + zlib.MAX_WBITS if encoding == "gzip" else zlib.MAX_WBITS
        self._obj = zlib.decompressobj(wbits)
        self._started = False

    def feed(self, data: bytes) -> Iterator[bytes]:
        """Yield the inflated form of ``data`` in pieces of at most STEP bytes."""
        if not self._started and self.encoding == "deflate":
            self._started = True
            try:
                first = self._obj.decompress(data, STEP)
            except zlib.error:  # raw deflate without the zlib header
                self._obj = zlib.decompressobj(-zlib.MAX_WBITS)
            else:
                yield first
                data = self._obj.unconsumed_tail
        self._started = True
        while data and not self._obj.eof:
            try:
                piece = self._obj.decompress(data, STEP)
            except zlib.error as err:
                raise FetchError(f"response body is not valid {self.encoding}") from err
            yield piece
            data = self._obj.unconsumed_tail

    def finish(self) -> bytes:
        try:
            return self._obj.flush()
        except zlib.error as err:
            raise FetchError(f"response body is not valid {self.encoding}") from err


def make_inflater(content_encoding: str | None) -> Inflater | None:
    """None for identity; FetchError for anything we did not offer in Accept-Encoding."""
    codings = [c.strip().lower() for c in (content_encoding or "").split(",")]
    codings = [c for c in codings if c and c != "identity"]
    if not codings:
        return None
    coding = {"x-gzip": "gzip"}.get(codings[0], codings[0])
    if len(codings) > 1 or coding not in ("gzip", "deflate"):
        raise FetchError(f"unsupported content encoding: {content_encoding}")
    return Inflater(coding)


async def read_capped(response: httpx.Response, cap: int) -> bytes:
    """The decoded body, or ResponseTooLarge as soon as raw or decoded bytes pass ``cap``."""
    too_large = ResponseTooLarge(f"response larger than {human_size(cap)}")
    declared = response.headers.get("content-length", "").strip()
    if declared.isdigit() and int(declared) > cap:
        raise too_large
    if response.is_stream_consumed:
        # An in-process transport (the bundled sample site) built the response from bytes:
        # httpx has already read and decoded it, so only the cap is left to apply.
        if len(response.content) > cap:
            raise too_large
        return response.content
    inflater = make_inflater(response.headers.get("content-encoding"))
    body = bytearray()
    received = 0
    async for chunk in response.aiter_raw():
        received += len(chunk)
        if received > cap:
            raise too_large
        pieces = inflater.feed(chunk) if inflater else (chunk,)
        for piece in pieces:
            body += piece
            if len(body) > cap:
                raise too_large
    if inflater:
        body += inflater.finish()
        if len(body) > cap:
            raise too_large
    return bytes(body)
