"""What the poller sees from one fetch, against real loopback servers."""

from __future__ import annotations

import asyncio
import gzip
import socket
import tracemalloc
import zlib
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest
from pytest_httpserver import HTTPServer

from feeds.errors import (
    BlockedURL,
    FetchError,
    FetchTimeout,
    HTTPStatusError,
    NetworkError,
    ResponseTooLarge,
    TooManyRedirects,
)
from feeds.fetch import (
    FEED_ACCEPT,
    HTML_ACCEPT,
    USER_AGENT,
    Fetcher,
    FetchLimits,
    parse_retry_after,
)

FEED = b"<?xml version='1.0'?><rss version='2.0'><channel><title>ISS</title></channel></rss>"
MB = 1024 * 1024


# --- ordinary responses --------------------------------------------------------------


async def test_200_returns_body_and_captures_validators(fetcher: Fetcher, httpserver: HTTPServer):
    httpserver.expect_request("/feed.xml").respond_with_data(
        FEED,
        content_type="application/rss+xml; charset=utf-8",
        headers={"ETag": '"v1"', "Last-Modified": "Wed, 01 May 2024 10:00:00 GMT"},
    )
    result = await fetcher.fetch(httpserver.url_for("/feed.xml"))
    assert result.status == 200
    assert result.body == FEED
    assert result.etag == '"v1"'
    assert result.last_modified == "Wed, 01 May 2024 10:00:00 GMT"
    assert result.headers["content-type"] == "application/rss+xml; charset=utf-8"
    assert result.url == httpserver.url_for("/feed.xml")


async def test_request_names_the_bot_and_asks_for_feeds(fetcher: Fetcher, httpserver: HTTPServer):
    httpserver.expect_request("/feed.xml").respond_with_data(FEED)
    await fetcher.fetch(httpserver.url_for("/feed.xml"))
    request, _ = httpserver.log[0]
    assert request.headers["User-Agent"] == USER_AGENT
    assert request.headers["Accept"] == FEED_ACCEPT
    assert request.headers["Accept-Encoding"] == "gzip, deflate"


async def test_article_fetch_sends_html_accept(fetcher: Fetcher, httpserver: HTTPServer):
    httpserver.expect_request("/story").respond_with_data(b"<html></html>")
    await fetcher.fetch(httpserver.url_for("/story"), accept=HTML_ACCEPT)
    assert httpserver.log[0][0].headers["Accept"] == HTML_ACCEPT


async def test_conditional_get_sends_validators_and_304_has_no_body(
    fetcher: Fetcher, httpserver: HTTPServer
):
    httpserver.expect_request(
        "/feed.xml",
        headers={"If-None-Match": '"v1"', "If-Modified-Since": "Wed, 01 May 2024 10:00:00 GMT"},
    ).respond_with_data(b"", status=304, headers={"ETag": '"v1"'})
    result = await fetcher.fetch(
        httpserver.url_for("/feed.xml"),
        etag='"v1"',
        last_modified="Wed, 01 May 2024 10:00:00 GMT",
    )
    assert result.status == 304
    assert result.body is None
    assert result.etag == '"v1"'


@pytest.mark.parametrize("empty", [None, "", "   "])
async def test_empty_validators_are_not_sent(
    fetcher: Fetcher, httpserver: HTTPServer, empty: str | None
):
    httpserver.expect_request("/feed.xml").respond_with_data(FEED)
    await fetcher.fetch(httpserver.url_for("/feed.xml"), etag=empty, last_modified=empty)
    headers = httpserver.log[0][0].headers
    assert "If-None-Match" not in headers
    assert "If-Modified-Since" not in headers


async def test_gzip_and_deflate_bodies_are_decoded(fetcher: Fetcher, httpserver: HTTPServer):
    raw_deflate = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    encodings = {
        "/gz": ("gzip", gzip.compress(FEED)),
        "/zlib": ("deflate", zlib.compress(FEED)),
        "/raw": ("deflate", raw_deflate.compress(FEED) + raw_deflate.flush()),
    }
    for path, (coding, data) in encodings.items():
        httpserver.expect_request(path).respond_with_data(
            data, headers={"Content-Encoding": coding}
        )
    for path in encodings:
        result = await fetcher.fetch(httpserver.url_for(path))
        assert result.body == FEED, path
        assert "content-encoding" not in result.headers


async def test_unoffered_content_encoding_is_an_error(fetcher: Fetcher, httpserver: HTTPServer):
    httpserver.expect_request("/br").respond_with_data(b"xx", headers={"Content-Encoding": "br"})
    with pytest.raises(FetchError, match="unsupported content encoding: br"):
        await fetcher.fetch(httpserver.url_for("/br"))


# --- status errors -------------------------------------------------------------------


async def test_500_is_an_http_status_error(fetcher: Fetcher, httpserver: HTTPServer):
    httpserver.expect_request("/feed.xml").respond_with_data(b"oops", status=500)
    with pytest.raises(HTTPStatusError) as caught:
        await fetcher.fetch(httpserver.url_for("/feed.xml"))
    assert caught.value.status == 500
    assert caught.value.retry_after is None
    assert str(caught.value) == "HTTP 500 Internal Server Error"


@pytest.mark.parametrize("status", [404, 410])
async def test_gone_and_missing_carry_their_status(
    fetcher: Fetcher, httpserver: HTTPServer, status: int
):
    httpserver.expect_request("/feed.xml").respond_with_data(b"", status=status)
    with pytest.raises(HTTPStatusError) as caught:
        await fetcher.fetch(httpserver.url_for("/feed.xml"))
    assert caught.value.status == status


async def test_503_with_retry_after_seconds(fetcher: Fetcher, httpserver: HTTPServer):
    httpserver.expect_request("/feed.xml").respond_with_data(
        b"", status=503, headers={"Retry-After": "120"}
    )
    with pytest.raises(HTTPStatusError) as caught:
        await fetcher.fetch(httpserver.url_for("/feed.xml"))
    assert caught.value.retry_after == 120
    assert str(caught.value) == "HTTP 503 Service Unavailable (retry after 120 s)"


async def test_429_with_retry_after_http_date(fetcher: Fetcher, httpserver: HTTPServer):
    later = datetime.now(UTC) + timedelta(seconds=300)
    httpserver.expect_request("/feed.xml").respond_with_data(
        b"", status=429, headers={"Retry-After": format_datetime(later, usegmt=True)}
    )
    with pytest.raises(HTTPStatusError) as caught:
        await fetcher.fetch(httpserver.url_for("/feed.xml"))
    assert caught.value.status == 429
    assert 290 <= caught.value.retry_after <= 300
    assert str(caught.value).startswith("HTTP 429 Too Many Requests (retry after ")


NOW = datetime(2024, 5, 1, 12, 0, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("120", 120.0),
        (" 0 ", 0.0),
        ("Wed, 01 May 2024 12:02:00 GMT", 120.0),
        ("Wed, 01 May 2024 11:00:00 GMT", 0.0),  # in the past: retry now
        ("99999999999", 86400.0),  # absurd: clamped to a day
        ("-5", None),
        ("1.5", None),
        ("soon", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_retry_after(value: str | None, expected: float | None):
    assert parse_retry_after(value, now=NOW) == expected


# --- redirects -----------------------------------------------------------------------


def _chain(httpserver: HTTPServer, hops: int) -> str:
    for i in range(hops):
        httpserver.expect_request(f"/r{i}").respond_with_data(
            b"", status=302 if i % 2 else 301, headers={"Location": f"/r{i + 1}"}
        )
    httpserver.expect_request(f"/r{hops}").respond_with_data(FEED)
    return httpserver.url_for("/r0")


async def test_five_redirects_are_followed(fetcher: Fetcher, httpserver: HTTPServer):
    result = await fetcher.fetch(_chain(httpserver, 5))
    assert result.body == FEED
    assert result.url == httpserver.url_for("/r5")


async def test_six_redirects_are_too_many(fetcher: Fetcher, httpserver: HTTPServer):
    with pytest.raises(TooManyRedirects, match="more than 5 redirects"):
        await fetcher.fetch(_chain(httpserver, 6))


async def test_redirect_loop_is_reported(fetcher: Fetcher, httpserver: HTTPServer):
    httpserver.expect_request("/a").respond_with_data(b"", status=307, headers={"Location": "/b"})
    httpserver.expect_request("/b").respond_with_data(b"", status=308, headers={"Location": "/a"})
    with pytest.raises(TooManyRedirects) as caught:
        await fetcher.fetch(httpserver.url_for("/a"))
    assert str(caught.value) == f"redirect loop at {httpserver.url_for('/a')}"


async def test_redirect_loop_message_never_shows_a_password(
    fetcher: Fetcher, httpserver: HTTPServer
):
    httpserver.expect_request("/a").respond_with_data(b"", status=302, headers={"Location": "/a"})
    url = f"http://reader:hunter2@127.0.0.1:{httpserver.port}/a"
    with pytest.raises(TooManyRedirects) as caught:
        await fetcher.fetch(url)
    assert "hunter2" not in str(caught.value)
    assert str(caught.value) == f"redirect loop at {httpserver.url_for('/a')}"


async def test_relative_redirect_is_resolved_against_the_current_url(
    fetcher: Fetcher, httpserver: HTTPServer
):
    httpserver.expect_request("/news/old/feed").respond_with_data(
        b"", status=303, headers={"Location": "../new/feed.xml"}
    )
    httpserver.expect_request("/news/new/feed.xml").respond_with_data(FEED)
    result = await fetcher.fetch(httpserver.url_for("/news/old/feed"))
    assert result.body == FEED
    assert result.url == httpserver.url_for("/news/new/feed.xml")


async def test_redirect_to_a_file_url_is_refused(fetcher: Fetcher, httpserver: HTTPServer):
    httpserver.expect_request("/feed").respond_with_data(
        b"", status=302, headers={"Location": "file:///etc/passwd"}
    )
    with pytest.raises(FetchError, match="unsupported URL scheme: file"):
        await fetcher.fetch(httpserver.url_for("/feed"))


# --- timeouts and network failures ---------------------------------------------------


async def test_slow_drip_fails_at_the_overall_deadline(fetcher: Fetcher, slow_drip_server):
    with pytest.raises(FetchTimeout) as caught:
        await fetcher.fetch(slow_drip_server.url())
    assert str(caught.value) == "timed out after 2 s"


async def test_server_that_never_answers_fails_at_read_timeout(fetcher: Fetcher, hanging_server):
    with pytest.raises(FetchTimeout) as caught:
        await fetcher.fetch(hanging_server.url())
    assert str(caught.value) == "read timed out after 1 s"


async def test_refused_connection(fetcher: Fetcher):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(NetworkError) as caught:
        await fetcher.fetch(f"http://127.0.0.1:{port}/feed.xml")
    assert str(caught.value) == "connection refused"


async def test_unknown_host_is_a_dns_failure(fetcher: Fetcher):
    with pytest.raises(NetworkError) as caught:
        await fetcher.fetch("http://example.invalid/feed.xml")
    assert str(caught.value) == "DNS lookup failed for example.invalid"


async def test_non_http_scheme_is_refused_even_for_trusted_feeds(fetcher: Fetcher):
    with pytest.raises(FetchError, match="unsupported URL scheme: file"):
        await fetcher.fetch("file:///etc/passwd")


# --- size caps -----------------------------------------------------------------------


async def test_content_length_over_the_cap_fails_before_reading(
    fetcher: Fetcher, httpserver: HTTPServer
):
    httpserver.expect_request("/big").respond_with_data(b"x" * (MB + 1))
    with pytest.raises(ResponseTooLarge) as caught:
        await fetcher.fetch(httpserver.url_for("/big"))
    assert str(caught.value) == "response larger than 1 MB"


async def test_per_call_cap_overrides_the_default(fetcher: Fetcher, httpserver: HTTPServer):
    httpserver.expect_request("/page").respond_with_data(b"x" * 3000)
    with pytest.raises(ResponseTooLarge, match="response larger than 2 KB"):
        await fetcher.fetch(httpserver.url_for("/page"), max_bytes=2048)


async def _peak_memory_of_failed_fetch(fetcher: Fetcher, url: str) -> int:
    with pytest.raises(ResponseTooLarge, match="response larger than 1 MB"):
        await fetcher.fetch(url)  # warm-up: lazy imports and pools are not the body
    tracemalloc.start()
    try:
        with pytest.raises(ResponseTooLarge, match="response larger than 1 MB"):
            await fetcher.fetch(url)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


async def test_streamed_200_mb_body_stops_at_the_cap_in_bounded_memory(
    fetcher: Fetcher, endless_body_server
):
    peak = await _peak_memory_of_failed_fetch(fetcher, endless_body_server.url())
    assert peak < 4 * MB


async def test_gzip_bomb_is_never_inflated_past_the_cap(
    fetcher: Fetcher, gzip_bomb_server, gzip_bomb: bytes
):
    assert len(gzip_bomb) < MB  # small on the wire: only the decompressed cap can catch it
    peak = await _peak_memory_of_failed_fetch(fetcher, gzip_bomb_server.url())
    assert peak < 4 * MB  # inflated, the bomb is 100 MB; httpx's decoder alone would take 64


# --- concurrency ---------------------------------------------------------------------


async def test_per_host_limit_is_honoured(small_limits: FetchLimits, counting_server):
    async with Fetcher(small_limits) as f:
        await asyncio.gather(*(f.fetch(counting_server.url(f"/{i}")) for i in range(6)))
    assert len(counting_server.requests) == 6
    assert counting_server.max_active == 2


async def test_global_limit_is_honoured(counting_server):
    limits = FetchLimits(global_concurrency=3, per_host_concurrency=10)
    async with Fetcher(limits) as f:
        await asyncio.gather(*(f.fetch(counting_server.url(f"/{i}")) for i in range(8)))
    assert counting_server.max_active == 3


async def test_a_hanging_host_does_not_block_other_hosts(hanging_server, counting_server):
    limits = FetchLimits(
        read_timeout=5.0, deadline=5.0, global_concurrency=3, per_host_concurrency=2
    )
    async with Fetcher(limits) as f:
        stuck = [asyncio.create_task(f.fetch(hanging_server.url(f"/{i}"))) for i in range(6)]
        await asyncio.sleep(0.05)
        result = await f.fetch(counting_server.url(host="localhost"))
        assert result.status == 200
        assert not any(task.done() for task in stuck)
        assert len(hanging_server.requests) == 2
        for task in stuck:
            task.cancel()
        await asyncio.gather(*stuck, return_exceptions=True)


# --- mounts and untrusted URLs -------------------------------------------------------


async def test_mounted_sample_site_is_served_without_dns_or_guard(small_limits: FetchLimits):
    def sample(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=FEED, headers={"ETag": '"s"'})

    async def no_dns(host: str, port: int) -> list[str]:
        raise AssertionError("mounted hosts must not be resolved")

    mounts = {"http://sample.spacebrief.invalid": httpx.MockTransport(sample)}
    async with Fetcher(small_limits, mounts=mounts, resolve=no_dns) as f:
        result = await f.fetch("http://sample.spacebrief.invalid/feeds/iss.xml", untrusted=True)
    assert result.body == FEED
    assert result.etag == '"s"'


async def test_untrusted_fetch_of_loopback_is_blocked_before_connecting(
    fetcher: Fetcher, httpserver: HTTPServer
):
    httpserver.expect_request("/feed.xml").respond_with_data(FEED)
    with pytest.raises(BlockedURL) as caught:
        await fetcher.fetch(httpserver.url_for("/feed.xml"), untrusted=True)
    assert str(caught.value) == "blocked: 127.0.0.1 is a loopback address"
    assert httpserver.log == []


async def test_trusted_fetch_may_use_loopback(fetcher: Fetcher, httpserver: HTTPServer):
    httpserver.expect_request("/feed.xml").respond_with_data(FEED)
    assert (await fetcher.fetch(httpserver.url_for("/feed.xml"))).body == FEED


def test_errors_are_one_line():
    err = HTTPStatusError(503, "HTTP 503\nService Unavailable", 5)
    assert "\n" not in str(err)
