"""Teaser detection and main-text extraction on the sample site's article pages.

Each page wraps a story in the boilerplate real news sites carry. The blocks are named by
XPath below (the same in the four outlet layouts): every one must be left out, and every
paragraph of the story kept. Run this module directly for the comparison with a naive
scrape of every <p> (and a rough time per page):

    python -m tests.feeds.test_article
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

import lxml.html
import pytest

from feeds.article import extract_main_text, is_teaser
from feeds.normalize import one_line

PAGES = sorted(
    (Path(__file__).resolve().parents[2] / "feeds" / "sample" / "articles").glob("*.html")
)
ARTICLE = "//div[@class='story-body']/p"
BOILERPLATE = {
    "cookie banner": "//body/div[1]",
    "navigation": "//header[@class='masthead']",
    "ad slot": "//*[@id='ad-top']",
    "share links": "//*[@class='share-tools']",
    "newsletter signup": "//main/*[self::section or self::div][.//form]",
    "related stories": "//main/aside",
    "footer": "//body/footer",
}


def page_parts(path: Path) -> tuple[list[str], dict[str, list[str]]]:
    """(article paragraphs, boilerplate block name → its text segments)."""
    tree = lxml.html.parse(str(path))
    paragraphs = [one_line(p.text_content()) for p in tree.xpath(ARTICLE)]
    blocks = {}
    for name, xpath in BOILERPLATE.items():
        found = tree.xpath(xpath)
        assert found, f"{path.name}: no {name} ({xpath})"
        segments = [one_line(s) for el in found for s in el.itertext()]
        blocks[name] = [s for s in segments if s]
    return paragraphs, blocks


def naive_paragraph_scrape(html: bytes) -> str:
    """The baseline: every <p> on the page, in order."""
    tree = lxml.html.fromstring(html)
    return "\n\n".join(t for t in (one_line(p.text_content()) for p in tree.iter("p")) if t)


def score(text: str, paragraphs: list[str], blocks: dict[str, list[str]]) -> dict[str, int]:
    out = [p for p in text.split("\n\n") if p] if text else []
    leaked_blocks = [
        name
        for name, segments in blocks.items()
        if any(s in text for s in segments if len(s.split()) >= 3)
    ]
    return {
        "article paragraphs": len(paragraphs),
        "missed": sum(p not in out for p in paragraphs),
        "boilerplate blocks leaked": len(leaked_blocks),
        "non-article lines": sum(not any(line in p for p in paragraphs) for line in out),
    }


@pytest.fixture(params=PAGES, ids=[p.stem for p in PAGES])
def page(request) -> Path:
    return request.param


def test_sample_site_has_article_pages():
    assert len(PAGES) >= 4


def test_extraction_keeps_every_article_paragraph(page):
    paragraphs, _ = page_parts(page)
    text = extract_main_text(
        page.read_bytes(), f"http://sample.spacebrief.invalid/articles/{page.name}"
    )
    assert text is not None
    kept = text.split("\n\n")
    assert [p for p in paragraphs if p not in kept] == []


def test_extraction_drops_every_boilerplate_block(page):
    _, blocks = page_parts(page)
    text = extract_main_text(page.read_bytes())
    for name, segments in blocks.items():
        leaked = [
            s for s in segments if s in text and (len(s.split()) >= 3 or s in text.split("\n\n"))
        ]
        assert leaked == [], f"{name} leaked from {page.name}"


def test_extraction_returns_nothing_but_the_article(page):
    paragraphs, blocks = page_parts(page)
    result = score(extract_main_text(page.read_bytes()), paragraphs, blocks)
    assert result["non-article lines"] == 0


def test_naive_scrape_leaks_boilerplate_that_extraction_drops():
    """The reason for trafilatura: the measurement the module docstring mentions."""
    naive_leaks = 0
    for path in PAGES:
        paragraphs, blocks = page_parts(path)
        naive_leaks += score(naive_paragraph_scrape(path.read_bytes()), paragraphs, blocks)[
            "boilerplate blocks leaked"
        ]
    assert naive_leaks >= len(PAGES) * 2


@pytest.mark.parametrize(
    "html",
    [
        b"",
        "",
        "<html><body></body></html>",
        "<html><body><nav><a href='/'>Home</a></nav></body></html>",
    ],
    ids=["empty-bytes", "empty-str", "empty-body", "nav-only"],
)
def test_pages_with_no_article_give_none(html):
    assert extract_main_text(html) is None


def test_str_and_bytes_give_the_same_text():
    raw = PAGES[0].read_bytes()
    assert extract_main_text(raw) == extract_main_text(raw.decode("utf-8"))


# --- is_teaser ----------------------------------------------------------------------

LONG = " ".join(
    f"Sentence number {i} says something about the station and its crew today." for i in range(8)
)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "One sentence about a spacewalk.",
        "Roscosmos said it may leave the station. NASA said it had received the letter.",
        LONG + " And then…",
        LONG + " [\u2026]",
        LONG + " [...]",
        LONG + " Read more",
        LONG + " Read more »",
        LONG + " Continue reading...",
        "A short excerpt. The post Crew returns appeared first on Station News.",
        "Word " * 59,
    ],
    ids=[
        "empty",
        "blank",
        "one-sentence",
        "two-sentences",
        "ellipsis",
        "bracket-ellipsis",
        "bracket-dots",
        "read-more",
        "read-more-arrow",
        "continue-reading",
        "wordpress-footer",
        "59-words",
    ],
)
def test_is_teaser(text):
    assert is_teaser(text)


@pytest.mark.parametrize(
    "text",
    [
        LONG,
        "\n\n".join([LONG, LONG]),
        LONG + " The post Crew returns appeared first on Station News.",
    ],
    ids=["eight-sentences", "two-paragraphs", "full-text-with-wordpress-footer"],
)
def test_full_text_is_not_a_teaser(text):
    assert not is_teaser(text)


def test_three_long_sentences_of_over_sixty_words_are_not_a_teaser():
    sentence = "The station partners met in Paris to discuss " + "long-term funding plans and " * 6
    text = ". ".join([sentence.strip()] * 3) + "."
    assert len(text.split()) > 60
    assert not is_teaser(text)


# --- measurement ------------------------------------------------------------------


def main() -> None:
    rows = []
    times: dict[str, list[float]] = {"trafilatura": [], "naive <p>": []}
    totals = {
        name: dict.fromkeys(
            ("article paragraphs", "missed", "boilerplate blocks leaked", "non-article lines"), 0
        )
        for name in times
    }
    for path in PAGES:
        html = path.read_bytes()
        paragraphs, blocks = page_parts(path)
        for name, extract in (
            ("trafilatura", extract_main_text),
            ("naive <p>", naive_paragraph_scrape),
        ):
            start = time.perf_counter()
            for _ in range(5):
                text = extract(html) or ""
            times[name].append((time.perf_counter() - start) / 5 * 1000)
            result = score(text, paragraphs, blocks)
            for key, value in result.items():
                totals[name][key] += value
            rows.append((path.stem, name, result))
    print(f"{len(PAGES)} sample article pages, {len(BOILERPLATE)} boilerplate blocks each\n")
    print(
        f"{'extractor':<12} {'paragraphs missed':>18} {'blocks leaked':>14} {'non-article lines':>18} {'median ms/page':>15}"
    )
    for name, total in totals.items():
        print(
            f"{name:<12} {total['missed']:>8}/{total['article paragraphs']:<9} "
            f"{total['boilerplate blocks leaked']:>7}/{len(PAGES) * len(BOILERPLATE):<6} "
            f"{total['non-article lines']:>18} {statistics.median(times[name]):>15.2f}"
        )


if __name__ == "__main__":
    main()


HEADLINED = """<html><head><title>Moscow sets terms | Orbit Desk</title></head><body>
<nav><a href="/">Home</a> | <a href="/space">Space</a></nav>
<main><article>{headline}
<p>Roscosmos told its partners on Monday that Russia would keep flying cargo to the
International Space Station only if sanctions on its suppliers were eased this year.</p>
<p>NASA said it had received the letter and would answer it through the usual channels
agreed by the partners, and that crew rotations would continue as planned.</p>
<h2>What comes next</h2>
<p>The partners meet in Montreal next month, where the cargo schedule for next year is due
to be settled along with the costs of bringing the station down.</p>
</article></main><footer>Copyright Orbit Desk</footer></body></html>"""
TITLE = "Moscow sets terms for cargo flights to the space station"


@pytest.mark.parametrize(
    "headline",
    [f"<h1>{TITLE}</h1>", f"<p><strong>{TITLE}</strong></p>", f"<header><h1>{TITLE}</h1></header>"],
)
def test_the_headline_is_not_the_first_paragraph_of_the_text(headline):
    """Most article pages put an <h1> inside <article>: kept, it became the story's
    summary and the lead every answer quoted (a tester's 13 of 14 stories)."""
    text = extract_main_text(HEADLINED.format(headline=headline), title=TITLE)
    assert text.startswith("Roscosmos told its partners on Monday"), text
    assert "What comes next" in text  # a subhead inside the story stays


def test_a_first_paragraph_is_kept_when_it_is_not_the_headline():
    page = HEADLINED.format(headline="<p>MOSCOW (Orbit Desk) — Cargo talks resumed.</p>")
    text = extract_main_text(page, title=TITLE)
    assert text.startswith("MOSCOW (Orbit Desk) — Cargo talks resumed."), text


_LD_BODY = (
    "WASHINGTON — A Senate bill would bar NASA from paying Roscosmos for services on the "
    "International Space Station, its sponsors said on Tuesday.\n\n"
    "Senator Ana Delgado said the bill closes a gap in the sanctions that lets payments reach "
    "the Russian space agency through the station's barter accounts.\n\n"
    '"Every dollar we send to Roscosmos is a dollar for its missile factories," Delgado said.'
    "\n\nRoscosmos called the bill &quot;theatre&quot; in a statement."
)


def _ld_page(body: object, visible: str) -> str:
    import json

    data = {"@context": "https://schema.org", "@type": "NewsArticle", "articleBody": body}
    return (
        '<html><head><script type="application/ld+json">'
        + json.dumps({"@graph": [{"@type": "WebPage"}, data]})
        + "</script></head><body><nav><a href='/'>Home</a></nav><article><h1>Senate bill</h1>"
        + visible
        + "<div class='paywall'>Continue reading in the app. Subscribers get more.</div>"
        "</article><footer>© Orbital Ledger</footer></body></html>"
    )


def test_a_teaser_page_with_the_article_in_its_json_ld_gives_the_article():
    visible = (
        "<p>WASHINGTON — A Senate bill would bar NASA from paying Roscosmos for services on "
        "the International Space Station, its sponsors said on Tuesday.</p>"
    )
    text = extract_main_text(_ld_page(_LD_BODY, visible), "https://x.example/a", "Senate bill")
    assert text is not None
    assert text.split("\n\n") == [
        one_line(p.replace("&quot;", '"')) for p in _LD_BODY.split("\n\n")
    ]
    assert "Continue reading" not in text and "Home" not in text


def test_the_visible_article_wins_when_the_json_ld_adds_nothing():
    paragraphs = [p.replace("&quot;", '"') for p in _LD_BODY.split("\n\n")]
    visible = "".join(f"<p>{p}</p>" for p in paragraphs)
    text = extract_main_text(_ld_page("A short blurb.", visible), "https://x.example/a")
    assert text is not None and text.split("\n\n") == paragraphs


@pytest.mark.parametrize("junk", ["{not json", '{"articleBody": 42}', "[" * 5000 + "]" * 5000])
def test_broken_json_ld_is_ignored(junk):
    # the comment makes the page pass the cheap "articleBody" test, so the JSON is read
    page = (
        '<html><head><!-- articleBody --><script type="application/ld+json">'
        + junk
        + "</script></head><body><article><p>"
        + "The station partners met in Houston to discuss crew rotation. " * 4
        + "</p></article></body></html>"
    )
    text = extract_main_text(page, "https://x.example/a")
    assert text is not None and text.startswith("The station partners met in Houston")
