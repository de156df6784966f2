"""Embeds: feed text escaped, every Discord limit kept."""

from __future__ import annotations

from datetime import timedelta

import discord

from bot.render_discord import MAX_TOTAL, clean, digest_pages, link, story_embed
from summaries.models import Quote, Story
from tests.bot.helpers import real_now


def story(n: int, **kw) -> Story:
    base = dict(
        id=n,
        title=f"Title {n}",
        url=f"https://news.example/{n}",
        source="Wire",
        published="2024-03-01T10:00:00Z",
        first_seen="2024-03-01T10:05:00Z",
        updated="2024-03-01T10:05:00Z",
        text="",
        iss_geopolitical=True,
        score=0.8,
        reasons=("why",),
        tags=("ISS",),
        summary="A summary.",
        quotes=(Quote("We stay", "NASA", 0, 7),),
    )
    return Story(**(base | kw))


def test_clean_defuses_mentions_and_escapes_markdown():
    text = clean("@everyone @here <@&123> <@!42> <#7> **bold** _x_ `code`")
    for raw in ("@everyone", "@here", "<@&123>", "<@!42>", "<#7>", "**bold**", "`code`"):
        assert raw not in text
    assert "\\*\\*bold\\*\\*" in text


def test_clean_drops_bidi_overrides_stored_before_ingest_stripped_them():
    # "evil<U+202E>txt.exe" would show as "evilexe.txt" in a Discord embed
    assert clean("evil\u202etxt.exe \x1b[31mred\x1b[0m") == "eviltxt.exe red"


def test_clean_cuts_without_leaving_a_dangling_escape():
    text = clean("*" * 50, 10)
    assert len(text) <= 10 and text.endswith("…") and not text.endswith("\\…")


def test_link_refuses_non_http_targets_and_brackets_cannot_break_it():
    assert link("a] (x", "javascript:alert(1)") == "a) (x"
    assert link("t", "https://e.example/a b)") == "[t](https://e.example/a%20b%29)"


def test_full_story_embed_with_huge_fields_stays_within_limits():
    s = story(
        1,
        title="T" * 1000,
        summary="S" * 10000,
        reasons=("R" * 5000,) * 10,
        quotes=tuple(Quote("Q" * 3000, "P" * 500, 0, 1) for _ in range(12)),
    )
    e = story_embed(s, full=True)
    assert len(e.title) <= 256 and len(e.description) <= 4096 and len(e.fields) <= 25
    assert all(len(f.value) <= 1024 and len(f.name) <= 256 for f in e.fields)
    assert len(e) <= MAX_TOTAL


def test_digest_pages_hold_at_most_ten_embeds_and_six_thousand_characters():
    stories = [story(n, summary="word " * 140) for n in range(1, 41)]
    pages = digest_pages(stories)
    assert [sid for p in pages for sid in p.story_ids] == list(range(1, 41))
    for p in pages:
        assert len(p.embeds) <= 10 and sum(len(e) for e in p.embeds) <= 6000
    assert pages[0].content and all(p.content is None for p in pages[1:])
    assert digest_pages([]) == []


def test_embed_colour_and_footer_identify_the_story():
    e = story_embed(story(7))
    assert e.footer.text.startswith("story 7") and isinstance(e.colour, discord.Colour)
    assert real_now() - timedelta(days=1) < real_now()


def test_a_split_key_quote_is_one_field_in_the_speakers_order():
    from summaries.analyse import analyse
    from tests.summaries.test_key_quotes_split import HALT

    quotes = analyse("Roscosmos halts crew rotations to ISS over sanctions", HALT).quotes
    s = story(3, text=HALT, quotes=quotes)
    [key] = [f.value for f in story_embed(s).fields if f.name == "Key quote"]
    assert key.startswith("“In the meantime, the Americans will have to fly")
    full = [f.value for f in story_embed(s, full=True).fields if f.name.startswith("Quote ")]
    assert len(full) == 2 and full[0].endswith("themselves.” — Zimin")
