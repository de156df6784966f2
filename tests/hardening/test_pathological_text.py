"""Inputs built to make regexes backtrack or loops go quadratic must still finish.

Each call runs in a forked child with a generous bound (BOUND seconds): a regex stuck in
catastrophic backtracking holds the GIL, so a thread-and-join timer in this process could
not even notice it. The bound is a ceiling, not a benchmark; measured times are far below
(see docs/reliability.md). A 1 MB article full of quotes took 17 s before classify's quote
lookup stopped being quadratic (commit "detect: fix quadratic quote lookup").
"""

from __future__ import annotations

import multiprocessing
import random
import time
from collections.abc import Callable

import pytest

from feeds.article import extract_main_text
from feeds.normalize import html_to_text
from feeds.parse import parse_feed
from summaries.analyse import analyse
from summaries.quotes import extract_quotes
from summaries.sentences import split_sentences

BOUND = 20.0
_WORDS = [
    "the",
    "station",
    "crew",
    "said",
    "Roscosmos",
    "sanctions",
    "partner",
    "module",
    "orbit",
    "NASA",
    "Soyuz",
]


def _bounded(fn: Callable[[], object]) -> None:
    """Run ``fn`` in a forked child; fail if it raises or outlives BOUND seconds."""
    ctx = multiprocessing.get_context("fork")
    child = ctx.Process(target=fn, daemon=True)
    started = time.monotonic()
    child.start()
    child.join(BOUND)
    if child.is_alive():
        child.kill()
        child.join()
        pytest.fail(f"still running after {BOUND:g} s")
    assert child.exitcode == 0, "raised (see captured stderr)"
    print(f"{time.monotonic() - started:.2f} s")


def _words(n_chars: int, seed: int = 1) -> str:
    rnd = random.Random(seed)
    return " ".join(rnd.choice(_WORDS) for _ in range(n_chars // 5))[:n_chars]


def _quotes_hold(text: str) -> None:
    for q in extract_quotes(text):
        assert text[q.start : q.end] == q.text
    result = analyse("ISS partners and sanctions", text)
    assert not any(r.startswith("analysis failed") for r in result.reasons)


UNBALANCED = {
    "straight": '"' * 10_000,
    "curly-open": "“" * 10_000,
    "curly-close": "”" * 10_000,
    "guillemets": "«" * 5_000 + "»" * 3 + "«" * 5_000,
    "words-between": " ".join(f'"{w}' for w in (_WORDS * 1000)[:10_000]),
    "said-between": ' he said "'.join(_WORDS * 1000)[:200_000],
    "mixed": ("“a ”b „c «d »e \"f '" * 1_500)[:30_000],
}


@pytest.mark.parametrize("name", sorted(UNBALANCED))
def test_ten_thousand_unbalanced_quote_marks(name: str):
    text = UNBALANCED[name]
    _bounded(lambda: (_quotes_hold(text), split_sentences(text)))


def test_one_megabyte_single_paragraph_article():
    text = _words(1_000_000)
    assert "\n" not in text
    _bounded(lambda: _quotes_hold(text))


def test_one_megabyte_article_made_of_quotes():
    rnd = random.Random(2)
    parts = []
    while sum(map(len, parts)) < 1_000_000:
        said = rnd.choice(["he said.", "said Rogozin.", "according to NASA.", "the letter states."])
        parts.append(f'"{" ".join(rnd.choice(_WORDS) for _ in range(8))}," {said}')
    text = " ".join(parts)[:1_000_000]
    _bounded(lambda: _quotes_hold(text))


def test_one_megabyte_of_abbreviations_and_stops():
    text = ("U.S. Mr. Dr. No. 3.5 e.g. ... … ?! " * 40_000)[:1_000_000]
    _bounded(lambda: (split_sentences(text), _quotes_hold(text)))


NESTED = 50_000


def test_deeply_nested_html_to_text_and_main_text():
    page = "<div>" * NESTED + "<p>deep text</p>" + "</div>" * NESTED
    unclosed = "<b><i><span>" * (NESTED // 3) + "text"
    _bounded(
        lambda: (
            html_to_text(page),
            html_to_text(unclosed),
            extract_main_text(page, "http://news.example/a"),
            extract_main_text(unclosed, None),
        )
    )


def test_deeply_nested_feed_content_and_elements():
    escaped = "&lt;div&gt;" * NESTED + "x"
    content = (
        '<rss version="2.0"><channel><title>t</title><item><guid>g</guid><title>t</title>'
        f"<description>{escaped}</description></item></channel></rss>"
    )
    elements = (
        '<rss version="2.0"><channel><title>t</title><item><guid>g</guid><title>t</title>'
        + "<x>" * NESTED
        + "</x>" * NESTED
        + "</item></channel></rss>"
    )
    _bounded(
        lambda: (
            parse_feed(content.encode(), {}, "http://feeds.example/a"),
            parse_feed(elements.encode(), {}, "http://feeds.example/b"),
        )
    )
