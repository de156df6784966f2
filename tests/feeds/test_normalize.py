"""Normalisation: what a feed says → what the store keeps."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest

from feeds.normalize import canonical_url, drop_press_tail, html_to_text, one_line, parse_date

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


# --- html_to_text -------------------------------------------------------------------


def test_paragraphs_become_blank_line_separated():
    html = "<p>First <b>para</b>.</p><p>Second\n   para.</p>"
    assert html_to_text(html) == "First para.\n\nSecond para."


@pytest.mark.parametrize(
    "html",
    [
        "<div>One</div><div>Two</div>",
        "One<br>Two",
        "<ul><li>One</li><li>Two</li></ul>",
        "<h2>One</h2>Two",
        "<blockquote>One</blockquote><p>Two</p>",
    ],
)
def test_block_elements_and_br_break_paragraphs(html):
    assert html_to_text(html) == "One\n\nTwo"


def test_script_style_and_comments_are_dropped_but_text_after_them_is_kept():
    html = (
        "<p>Before<script>var x = '<p>no</p>';</script> after<style>p{}</style>.</p><!-- c -->Tail"
    )
    assert html_to_text(html) == "Before after.\n\nTail"


def test_entities_are_unescaped():
    assert html_to_text("<p>AT&amp;T &ldquo;quoted&rdquo; &#8212; caf&eacute;</p>") == (
        "AT&T “quoted” — café"
    )


def test_plain_text_keeps_its_blank_lines_and_unescapes_entities():
    assert html_to_text("Line one\nstill one.\n\nTwo &amp; more.") == (
        "Line one still one.\n\nTwo & more."
    )


def test_empty_and_whitespace_give_empty_text():
    assert html_to_text("") == ""
    assert html_to_text("  \n ") == ""
    assert html_to_text("<p> </p><div></div>") == ""


def test_table_cells_are_separated_by_a_space():
    assert html_to_text("<table><tr><td>a</td><td>b</td></tr></table>") == "a b"


def test_one_line_collapses_all_whitespace():
    assert one_line("  a\n\n b\t c ") == "a b c"
    assert one_line(None) == ""


# --- canonical_url ------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("HTTP://Example.COM/Path", "http://example.com/Path"),
        ("https://example.com:443/a", "https://example.com/a"),
        ("http://example.com:80/a", "http://example.com/a"),
        ("https://example.com:8443/a", "https://example.com:8443/a"),
        ("https://example.com/a#comments", "https://example.com/a"),
        ("https://example.com", "https://example.com/"),
        ("https://example.com/a/", "https://example.com/a/"),
        (
            "https://example.com/a?utm_source=rss&utm_medium=feed&id=7&fbclid=x",
            "https://example.com/a?id=7",
        ),
        ("https://example.com/a?b=2&a=1&gclid=z", "https://example.com/a?b=2&a=1"),
        ("https://example.com/a?mc_cid=1&mc_eid=2&ref=home&ITO=x", "https://example.com/a"),
        ("https://example.com/a?cmpid=nl&page=2", "https://example.com/a?page=2"),
        ("  https://example.com/a  ", "https://example.com/a"),
        ("https://example.com/a?q=space%20station", "https://example.com/a?q=space%20station"),
        ("http://[::1]:8080/x", "http://[::1]:8080/x"),
    ],
)
def test_canonical_url(raw, expected):
    assert canonical_url(raw) == expected


@pytest.mark.parametrize("raw", ["mailto:desk@example.com", "not a url", "", "http://[bad"])
def test_canonical_url_leaves_non_http_strings_alone(raw):
    assert canonical_url(raw) == raw.strip()


def test_canonical_url_is_idempotent():
    url = "HTTPS://News.Example.com:443/story?id=1&utm_campaign=x#top"
    assert canonical_url(canonical_url(url)) == canonical_url(url)


# --- parse_date ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("Tue, 22 Jun 2021 16:52 EDT", "2021-06-22T20:52:00Z"),  # NASA's feed: no seconds, EDT
        ("Thu, 17 Sep 2026 04:15 EDT", "2026-09-17T08:15:00Z"),
        ("Mon, 05 Jan 2026 09:00:00 EST", "2026-01-05T14:00:00Z"),
        ("Fri, 13 Mar 2026 14:20:00 GMT", "2026-03-13T14:20:00Z"),
        ("Tue, 03 Feb 2026 09:00:00 +0100", "2026-02-03T08:00:00Z"),
        ("2026-07-09T12:00:00+02:00", "2026-07-09T10:00:00Z"),
        ("2026-04-22T12:30:00Z", "2026-04-22T12:30:00Z"),
        ("2026-04-22T12:30:00.250Z", "2026-04-22T12:30:00Z"),
        ("2026-04-22", "2026-04-22T00:00:00Z"),
    ],
)
def test_parse_date_strings_to_utc(raw, expected):
    assert parse_date(raw, now=NOW) == expected


def test_parse_date_accepts_feedparser_structs_which_are_already_utc():
    parsed = time.strptime("2021-06-22 20:52:00", "%Y-%m-%d %H:%M:%S")
    assert parse_date(parsed, now=NOW) == "2021-06-22T20:52:00Z"


@pytest.mark.parametrize(
    "raw",
    [
        None,
        "",
        "yesterday-ish",
        "Thu, 01 Jan 1970 00:00:00 GMT",  # epoch zero: a missing date in disguise
        "1989-12-31T23:59:59Z",
        "2100-01-01T00:00:00Z",
        "2026-11-28T12:00:01Z",  # over two days ahead
        "2026-11-26T12:00:01Z",  # just over a day ahead
        "2035-01-01T00:00:00Z",
        time.gmtime(0),
    ],
)
def test_missing_or_absurd_dates_are_none(raw):
    assert parse_date(raw, now=NOW) is None


def test_up_to_a_day_ahead_is_accepted_for_time_zones_and_clock_skew():
    assert parse_date("2026-11-26T11:00:00Z", now=NOW) == "2026-11-26T11:00:00Z"
    assert parse_date("Thu, 26 Nov 2026 12:00:00 +0000", now=NOW) == "2026-11-26T12:00:00Z"


_RELEASE = [
    "PARIS — ESA confirmed on Monday that the Rosalind Franklin rover will launch on Ariane 6.",
    "The mission was redesigned after cooperation with Roscosmos ended in 2022.",
    "NASA is contributing the braking engines under an agreement signed in 2024.",
    '"Today is about certainty," the programme manager said.',
]


@pytest.mark.parametrize(
    "tail",
    [
        ["About ESA", "The European Space Agency provides Europe's gateway to space."],
        ["Notes to editors:", "Images are available on request."],
        ["Media contacts: ESA Media Relations Office", "media@example.org"],
        ["###"],
    ],
)
def test_a_press_releases_closing_sections_are_not_the_story(tail):
    # "About ESA … provides Europe's gateway to space" answered "who provides propulsion
    # for the station?" and ended a summary
    assert drop_press_tail("\n\n".join(_RELEASE + tail)) == "\n\n".join(_RELEASE)


def test_an_about_heading_early_or_a_sentence_about_something_stays():
    early = ["About ESA", *_RELEASE]
    assert drop_press_tail("\n\n".join(early)) == "\n\n".join(early)
    prose = [*_RELEASE, "About 40 engineers worked on the redesign.", "More tests follow."]
    assert drop_press_tail("\n\n".join(prose)) == "\n\n".join(prose)
