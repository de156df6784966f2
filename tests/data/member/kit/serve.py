#!/usr/bin/env python3
"""Serve site/ on 127.0.0.1:8992 (article pages, feeds)."""

import functools
import http.server
import os
import sys

port = int(sys.argv[1]) if len(sys.argv) > 1 else 8992
site = os.path.join(os.path.dirname(os.path.abspath(__file__)), "site")


class H(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".xml": "application/rss+xml",
        ".atom": "application/atom+xml",
        ".html": "text/html; charset=utf-8",
    }

    def log_message(self, fmt, *args):
        sys.stderr.write(f"{self.log_date_time_string()} {fmt % args}\n")


http.server.ThreadingHTTPServer(
    ("127.0.0.1", port), functools.partial(H, directory=site)
).serve_forever()
