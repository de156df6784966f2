"""Suite-wide fixtures: the loopback HTTP server handles requests concurrently, so a
slow feed in one test cannot hide whether the bot itself would wait on it."""

from __future__ import annotations

import pytest
from pytest_httpserver import HTTPServer


@pytest.fixture(scope="session")
def make_httpserver():
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    yield server
    server.clear()
    if server.is_running():
        server.stop()
