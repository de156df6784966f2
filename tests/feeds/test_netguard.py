"""Feeds added from Discord cannot reach the operator's network, however the URL is spelt.

Real DNS is replaced by a resolver seam (``FakeDNS``); where a connection must really be
made to a "public" address, a dialer seam stands in for the Internet and connects to the
loopback test server instead, recording which address it was asked for.
"""

from __future__ import annotations

import asyncio
import ipaddress
import shutil
import socket
import ssl
import subprocess

import httpcore
import httpx
import pytest
from pytest_httpserver import HTTPServer

from feeds._transport import UNTRUSTED_KEY, GuardedTransport
from feeds.errors import BlockedURL, NetworkError
from feeds.fetch import Fetcher, FetchLimits
from feeds.netguard import blocked_reason, check_url, parse_ip

PUBLIC = "93.184.216.34"
FEED = b"<rss version='2.0'><channel><title>ISS</title></channel></rss>"


class FakeDNS:
    """Answers from a table; a list of answers is served in order (DNS rebinding)."""

    def __init__(self, table: dict[str, list[str] | list[list[str]]]) -> None:
        self.table = table
        self.calls: list[str] = []

    async def __call__(self, host: str, port: int) -> list[str]:
        self.calls.append(host)
        answers = self.table.get(host)
        if answers is None:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        if answers and isinstance(answers[0], list):
            seen = self.calls.count(host)
            return answers[min(seen, len(answers)) - 1]  # type: ignore[return-value]
        return answers  # type: ignore[return-value]


class InternetStandIn(httpcore.AsyncNetworkBackend):
    """Records the address each pinned connection asks for; really connects to loopback."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, int]] = []
        self._inner = httpcore.AnyIOBackend()

    async def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):  # noqa: ASYNC109
        self.asked.append((host, port))
        return await self._inner.connect_tcp("127.0.0.1", port, timeout=timeout)

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


async def _refused(url: str, dns: FakeDNS | None = None) -> str:
    with pytest.raises(BlockedURL) as caught:
        await check_url(url, resolve=dns or FakeDNS({}))
    return str(caught.value)


# --- the check function: no connection is ever made ----------------------------------

LOOPBACK_SPELLINGS = [
    "http://127.0.0.1/",
    "http://127.0.0.1./feed",
    "http://2130706433/",  # decimal
    "http://0x7f.1/",  # hex, short form
    "http://0x7f000001/",
    "http://127.1/",  # short form
    "http://127.0.1/",
    "http://0x7f.0.0.1:8080/",
    "http://[::1]/",
    "http://[0:0:0:0:0:0:0:1]/",
    "http://[::ffff:127.0.0.1]/",  # IPv4-mapped
    "http://[::ffff:7f00:1]/",
    "http://[64:ff9b::7f00:1]/",  # NAT64
    "http://[2002:7f00:1::]/",  # 6to4
    "http://[::127.0.0.1]/",  # IPv4-compatible
    "http://localhost/",
    "http://localhost./",
    "http://LOCALHOST:8080/",
    "http://feeds.localhost/",
    "https://127.0.0.1/",
]


@pytest.mark.parametrize("url", LOOPBACK_SPELLINGS)
async def test_every_spelling_of_loopback_is_refused(url: str):
    reason = await _refused(url)
    assert reason.startswith("blocked: ")
    assert "loopback" in reason


def test_octal_spelling_is_refused_by_the_url_parser_or_read_as_loopback():
    # httpx rejects "0177.0.0.1" as an invalid URL; the guard itself reads it as the
    # resolver would, in case a caller hands it a bare host.
    assert str(parse_ip("0177.0.0.1")) == "127.0.0.1"
    assert str(parse_ip("017700000001")) == "127.0.0.1"


async def test_octal_url_is_refused():
    assert (await _refused("http://0177.0.0.1/")).startswith("blocked: ")


@pytest.mark.parametrize(
    "host",
    ["127.1", "0x7f.1", "2130706433", "0177.0.0.1", "10.1", "192.168.0x1.1", "1.2.65535", "0"],
)
def test_ipv4_literals_are_read_as_the_resolver_reads_them(host: str):
    assert str(parse_ip(host)) == socket.inet_ntoa(socket.inet_aton(host))


@pytest.mark.parametrize("host", ["08.1.1.1", "1.2.3.256", "4294967296", "0x.1", "1..1", "a.b"])
def test_non_ip_hosts_are_names(host: str):
    assert parse_ip(host) is None


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("10.0.0.1", "private"),
        ("172.16.5.4", "private"),
        ("192.168.1.1", "private"),
        ("169.254.169.254", "link-local"),  # cloud metadata
        ("100.64.0.1", "shared"),
        ("0.0.0.0", "unspecified"),
        ("224.0.0.1", "multicast"),
        ("239.255.255.250", "multicast"),
        ("240.0.0.1", "reserved"),
        ("255.255.255.255", "reserved"),
        ("192.0.0.8", "reserved"),
        ("198.18.0.1", "private"),
        ("fe80::1", "link-local"),
        ("fc00::1", "private"),
        ("fd12:3456::1", "private"),
        ("ff02::1", "multicast"),
        ("::", "unspecified"),
        ("fec0::1", "site-local"),
        ("::ffff:10.0.0.1", "private"),
        ("::ffff:169.254.169.254", "link-local"),
        ("64:ff9b::a00:1", "private"),
        ("2002:a00:1::", "private"),
    ],
)
def test_non_public_addresses_are_refused_with_their_kind(address: str, kind: str):
    reason = blocked_reason(ipaddress.ip_address(address))
    assert reason is not None
    assert kind in reason


@pytest.mark.parametrize("address", [PUBLIC, "8.8.8.8", "2606:4700:4700::1111"])
def test_public_addresses_are_allowed(address: str):
    assert blocked_reason(ipaddress.ip_address(address)) is None


async def test_public_ip_literal_passes_without_dns():
    dns = FakeDNS({})
    await check_url(f"https://{PUBLIC}/feed.xml", resolve=dns)
    await check_url("http://[2606:4700:4700::1111]/rss", resolve=dns)
    assert dns.calls == []


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("file:///etc/passwd", "only http and https URLs are allowed, not file"),
        ("ftp://news.example/feed", "only http and https URLs are allowed, not ftp"),
        ("gopher://news.example/", "only http and https URLs are allowed, not gopher"),
        ("/etc/passwd", "only http and https URLs are allowed, not none"),
        ("http://user:secret@news.example/feed", "user name or password"),
        ("http://user@news.example/feed", "user name or password"),
        ("http:///feed.xml", "no host"),
        ("http://news.example:99999/feed", "port 99999 is out of range"),
    ],
)
async def test_schemes_userinfo_and_empty_hosts_are_refused(url: str, reason: str):
    message = await _refused(url, FakeDNS({"news.example": [PUBLIC]}))
    assert reason in message
    assert "secret" not in message


async def test_name_resolving_to_loopback_is_refused():
    dns = FakeDNS({"evil.example": ["127.0.0.1"]})
    assert await _refused("http://evil.example/feed", dns) == (
        "blocked: 127.0.0.1 is a loopback address (resolved from evil.example)"
    )


async def test_every_resolved_address_must_be_public():
    dns = FakeDNS({"mixed.example": [PUBLIC, "10.0.0.7"]})
    assert "10.0.0.7 is a private address" in await _refused("http://mixed.example/", dns)


async def test_name_resolving_to_mapped_ipv6_loopback_is_refused():
    dns = FakeDNS({"v6.example": ["::ffff:127.0.0.1"]})
    assert "maps to 127.0.0.1" in await _refused("http://v6.example/", dns)


async def test_public_name_passes():
    await check_url("https://news.example/feed.xml", resolve=FakeDNS({"news.example": [PUBLIC]}))


async def test_unresolvable_name_is_a_dns_failure_not_a_block():
    with pytest.raises(NetworkError, match="DNS lookup failed for nowhere.example"):
        await check_url("http://nowhere.example/", resolve=FakeDNS({}))


# --- the fetcher: checks every hop and pins the connection ---------------------------


@pytest.fixture
async def guarded(small_limits: FetchLimits):
    async def make(dns: FakeDNS) -> tuple[Fetcher, InternetStandIn]:
        dialer = InternetStandIn()
        fetcher = Fetcher(small_limits, resolve=dns, dialer=dialer)
        made.append(fetcher)
        return fetcher, dialer

    made: list[Fetcher] = []
    yield make
    for fetcher in made:
        await fetcher.aclose()


async def test_untrusted_fetch_connects_to_the_checked_address_with_the_real_host_header(
    guarded, httpserver: HTTPServer
):
    httpserver.expect_request("/feed.xml").respond_with_data(FEED)
    fetcher, dialer = await guarded(FakeDNS({"news.example": [PUBLIC]}))
    result = await fetcher.fetch(f"http://news.example:{httpserver.port}/feed.xml", untrusted=True)
    assert result.body == FEED
    assert dialer.asked == [(PUBLIC, httpserver.port)]
    assert httpserver.log[0][0].headers["Host"] == f"news.example:{httpserver.port}"


async def test_rebinding_after_the_check_does_not_move_the_connection(
    guarded, httpserver: HTTPServer
):
    httpserver.expect_request("/feed.xml").respond_with_data(FEED)
    dns = FakeDNS({"rebind.example": [[PUBLIC], ["127.0.0.1"]]})
    fetcher, dialer = await guarded(dns)
    url = f"http://rebind.example:{httpserver.port}/feed.xml"
    assert (await fetcher.fetch(url, untrusted=True)).body == FEED
    assert dns.calls == ["rebind.example"]  # resolved once, for the check
    assert dialer.asked == [(PUBLIC, httpserver.port)]  # and connected to what was checked
    with pytest.raises(BlockedURL, match="127.0.0.1 is a loopback address"):
        await fetcher.fetch(url, untrusted=True)  # the next fetch sees the new answer
    assert dialer.asked == [(PUBLIC, httpserver.port)]


async def test_redirect_from_a_public_host_to_loopback_is_refused(guarded, httpserver: HTTPServer):
    secret = httpserver.url_for("/admin")
    httpserver.expect_request("/feed.xml").respond_with_data(
        b"", status=302, headers={"Location": secret}
    )
    httpserver.expect_request("/admin").respond_with_data(b"operator secrets")
    fetcher, _ = await guarded(FakeDNS({"news.example": [PUBLIC]}))
    with pytest.raises(BlockedURL, match="127.0.0.1 is a loopback address"):
        await fetcher.fetch(f"http://news.example:{httpserver.port}/feed.xml", untrusted=True)
    assert [req.path for req, _ in httpserver.log] == ["/feed.xml"]


async def test_redirect_to_a_name_resolving_to_a_private_address_is_refused(
    guarded, httpserver: HTTPServer
):
    httpserver.expect_request("/feed.xml").respond_with_data(
        b"", status=301, headers={"Location": "http://intranet.example/feed.xml"}
    )
    dns = FakeDNS({"news.example": [PUBLIC], "intranet.example": ["10.1.2.3"]})
    fetcher, dialer = await guarded(dns)
    with pytest.raises(BlockedURL, match="10.1.2.3 is a private address"):
        await fetcher.fetch(f"http://news.example:{httpserver.port}/feed.xml", untrusted=True)
    assert dns.calls == ["news.example", "intranet.example"]
    assert len(dialer.asked) == 1


async def test_untrusted_request_without_a_checked_target_fails_closed(httpserver: HTTPServer):
    httpserver.expect_request("/feed.xml").respond_with_data(FEED)
    transport = GuardedTransport(max_connections=2)
    async with httpx.AsyncClient(transport=transport) as client:
        request = client.build_request(
            "GET", httpserver.url_for("/feed.xml"), extensions={UNTRUSTED_KEY: True}
        )
        with pytest.raises(BlockedURL, match="was not checked"):
            await client.send(request)
    assert httpserver.log == []


@pytest.fixture(scope="session")
def news_example_cert(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    """A self-signed certificate (and key) for news.example, made with the openssl CLI."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl command not available")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = str(folder / "cert.pem"), str(folder / "key.pem")
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", "/CN=news.example", "-addext", "subjectAltName=DNS:news.example",
         "-keyout", key, "-out", cert],
        check=True, capture_output=True,
    )  # fmt: skip
    return cert, key


@pytest.fixture
async def tls_server(news_example_cert: tuple[str, str]):
    """An HTTPS server on loopback presenting the news.example certificate; ``sni``
    records the server names clients asked for."""
    cert, key = news_example_cert
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_ctx.load_cert_chain(cert, key)
    sni: list[str | None] = []
    server_ctx.sni_callback = lambda sock, name, ctx: sni.append(name)

    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % len(FEED) + FEED)
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(answer, "127.0.0.1", 0, ssl=server_ctx)
    client_ctx = ssl.create_default_context(cafile=cert)
    yield server.sockets[0].getsockname()[1], client_ctx, sni
    server.close()


async def test_pinned_https_keeps_sni_and_certificate_checks_on_the_host_name(
    small_limits: FetchLimits, tls_server
):
    port, client_ctx, sni = tls_server
    dialer = InternetStandIn()
    dns = FakeDNS({"news.example": [PUBLIC]})
    async with Fetcher(small_limits, resolve=dns, dialer=dialer, ssl_context=client_ctx) as f:
        result = await f.fetch(f"https://news.example:{port}/feed.xml", untrusted=True)
    assert result.body == FEED
    assert dialer.asked == [(PUBLIC, port)]
    assert sni == ["news.example"]
