"""The bundled offline sample site: four feeds and their article pages, served with no
network through an httpx transport.

Mount it on the one shared client and the poller fetches it like any other site, with
conditional GET and all:

    httpx.AsyncClient(mounts={SAMPLE_BASE: SampleSiteTransport()})

The files live in feeds/sample/ (see its README for what each story is there to test).
``SAMPLE_BASE`` uses the reserved ``.invalid`` top-level domain, so it can never reach a
real host even if the mount is forgotten.
"""

from __future__ import annotations

import hashlib
import posixpath
from importlib import resources
from importlib.resources.abc import Traversable

import httpx

SAMPLE_BASE = "http://sample.spacebrief.invalid"

# (path under feeds/sample/, feed name)
SAMPLE_FEEDS: tuple[tuple[str, str], ...] = (
    ("feeds/orbit-and-state.xml", "Orbit & State"),
    ("feeds/station-log.atom", "Station Log"),
    ("feeds/policy-orbit.rdf", "Policy Orbit"),
    ("feeds/markets-and-more.xml", "Markets & More"),
)

CONTENT_TYPES = {
    ".xml": "application/rss+xml; charset=utf-8",
    ".atom": "application/atom+xml; charset=utf-8",
    ".rdf": "application/rdf+xml; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".opml": "text/x-opml; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
}


def sample_feed_urls() -> list[tuple[str, str]]:
    """(url, name) of every sample feed, for `feeds add --sample` and the demo."""
    return [(f"{SAMPLE_BASE}/{path}", name) for path, name in SAMPLE_FEEDS]


def sample_root() -> Traversable:
    return resources.files("feeds") / "sample"


class SampleSiteTransport(httpx.AsyncBaseTransport):
    """Serves feeds/sample/ for any host: 200 with an ETag (content hash), 304 when
    If-None-Match matches, 404 for unknown paths, 405 for anything but GET and HEAD.

    Files are read once, on first use, so no request blocks the event loop on disk.
    """

    def __init__(self, root: Traversable | None = None) -> None:
        self._root = root or sample_root()
        self._files: dict[str, tuple[bytes, str, str]] | None = None
        self.requests: list[httpx.Request] = []  # what was asked, for tests and the demo

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.method not in ("GET", "HEAD"):
            return _text(405, "method not allowed", {"Allow": "GET, HEAD"})
        found = self._load().get(_clean_path(request.url.path))
        if found is None:
            return _text(404, "not found")
        body, content_type, etag = found
        headers = {"ETag": etag, "Cache-Control": "max-age=300"}
        if _etag_matches(request.headers.get("If-None-Match"), etag):
            return httpx.Response(304, headers=headers)
        headers["Content-Type"] = content_type
        if request.method == "HEAD":
            headers["Content-Length"] = str(len(body))
            return httpx.Response(200, headers=headers)
        return httpx.Response(200, headers=headers, content=body)

    def _load(self) -> dict[str, tuple[bytes, str, str]]:
        if self._files is None:
            files: dict[str, tuple[bytes, str, str]] = {}
            _walk(self._root, "", files)
            self._files = files
        return self._files


def _walk(folder: Traversable, prefix: str, into: dict[str, tuple[bytes, str, str]]) -> None:
    for item in folder.iterdir():
        path = f"{prefix}/{item.name}"
        if item.is_dir():
            _walk(item, path, into)
            continue
        suffix = posixpath.splitext(item.name)[1]
        if suffix not in CONTENT_TYPES or item.name.startswith("."):
            continue
        body = item.read_bytes()
        etag = '"' + hashlib.sha256(body).hexdigest()[:20] + '"'
        into[path] = (body, CONTENT_TYPES[suffix], etag)


def _clean_path(path: str) -> str:
    normal = posixpath.normpath("/" + path.lstrip("/"))
    return normal if not normal.startswith("//") else normal[1:]


def _etag_matches(header: str | None, etag: str) -> bool:
    if not header:
        return False
    wanted = {tag.strip().removeprefix("W/") for tag in header.split(",")}
    return "*" in wanted or etag in wanted


def _text(status: int, message: str, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(
        status,
        headers={"Content-Type": "text/plain; charset=utf-8", **(headers or {})},
        text=message + "\n",
    )
