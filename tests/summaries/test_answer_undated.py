"""A story whose feed gave no usable date has ``published`` null: answers date it by when it
was first seen and say so, rather than "reported on" the day the bot polled it."""

from __future__ import annotations

from bot.console import render_story
from bot.render_discord import story_embed
from summaries.answers import answer
from summaries.timeutil import from_rfc3339
from tests.summaries.answer_stories import ARTICLES, story_id

UNDATED = (
    "undated-warning",
    "Roscosmos warns of an early exit from the station",
    None,
    True,
    [
        "Roscosmos warned its partners that Russia could leave the International Space "
        "Station early if sanctions on its rocket factories stay in place.",
        '"The station will not outlive the sanctions by a single day," Vadim Orekhov, the '
        "agency's deputy head, said.",
    ],
    [("Orekhov", "The station will not outlive the sanctions by a single day,")],
)


def test_a_quote_from_an_undated_story_is_dated_when_first_seen(make_store):
    store = make_store([*ARTICLES, UNDATED])
    story = store.stories_by_ids([story_id(store, "undated-warning")])[0]
    assert story.published is None
    seen = from_rfc3339(story.first_seen)
    reply = answer(store, "what did orekhov say about sanctions?")
    assert reply.found
    assert f"as reported on {seen.day} {seen:%b %Y} (first seen):" in reply.answer


def test_the_console_story_card_says_first_seen_for_an_undated_story(make_store):
    store = make_store([*ARTICLES, UNDATED])
    card = render_story(store.stories_by_ids([story_id(store, "undated-warning")])[0])
    assert "(first seen; undated)" in card.splitlines()[1]
    dated = render_story(store.stories_by_ids([story_id(store, "sanctions-ultimatum")])[0])
    assert "first seen" not in dated


def test_the_discord_story_card_says_first_seen_for_an_undated_story(make_store):
    store = make_store([*ARTICLES, UNDATED])
    undated = story_embed(store.stories_by_ids([story_id(store, "undated-warning")])[0])
    fields = {f.name: f.value for f in undated.fields}
    assert "Published" not in fields
    assert fields["First seen"].endswith("UTC (undated)")
    dated = story_embed(store.stories_by_ids([story_id(store, "sanctions-ultimatum")])[0])
    fields = {f.name: f.value for f in dated.fields}
    assert "First seen" not in fields and fields["Published"].endswith(" UTC")
