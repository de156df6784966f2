"""summaries.spellings: a member typing plain Latin finds names FTS5 does not fold.

The stories below write Andøya, Łódź, Đorđević and IRIS² (letters Unicode does not
decompose, and a superscript); members type "andoya", "lodz", "dordevic", "iris2".
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from bot.cli import main
from summaries import spellings
from summaries.answers import answer
from summaries.models import IncomingItem
from summaries.retrieval import (
    fold,
    load_aliases,
    recent_quotes,
    search,
    speakers,
    story_titles,
)
from summaries.schema import core
from summaries.store import Store
from tests.summaries import answer_stories
from tests.summaries.answer_stories import ARTICLES, story_id

SPELLED = [
    (
        "andoya-launch",
        "Rocket lifts off from Andøya for the first time",
        "2025-03-30T10:30:00Z",
        False,
        [
            "A small orbital rocket lifted off from the Andøya Spaceport in northern Norway "
            "on Sunday, the first orbital attempt from continental Europe.",
            '"The range worked exactly as planned," said Dragan Đorđević, the flight '
            "safety officer at the spaceport.",
        ],
        [("Đorđević", "The range worked exactly as planned,")],
    ),
    (
        "iris2-lodz",
        "Łódź firm joins the IRIS² constellation",
        "2025-04-02T09:00:00Z",
        False,
        [
            "An electronics company from Łódź signed a contract to build ground terminals "
            "for IRIS², the European Union's secure satellite constellation.",
        ],
        [],
    ),
]


@pytest.fixture
def store(make_store) -> Store:
    return make_store([*ARTICLES, *SPELLED])


def found(store: Store, query: str) -> set[int]:
    return {h.story_id for h in search(store, load_aliases().concepts(query)).hits}


def test_fold_spells_letters_unicode_does_not_decompose():
    assert fold("Andøya Łódź Đorđević IRIS² Wörner") == "Andoya Lodz Dordevic IRIS2 Worner"


def test_fold_keeps_one_token_per_word():
    assert fold("Sæther Straße Œuvre").split() == ["Saether", "Strasse", "OEuvre"]


@pytest.mark.parametrize(
    ("query", "slug"),
    [
        ("andoya", "andoya-launch"),
        ("dordevic", "andoya-launch"),
        ("lodz", "iris2-lodz"),
        ("iris2", "iris2-lodz"),
        ("Andøya", "andoya-launch"),
        ("IRIS²", "iris2-lodz"),
    ],
)
def test_search_finds_the_story_however_the_name_is_typed(store, query, slug):
    assert story_id(store, slug) in found(store, query)


def test_a_plain_latin_spelling_in_a_story_is_found_by_the_letter_too(make_store):
    plain = [("andoya-plain", "Andoya range reopens", "2025-05-01T08:00:00Z", False, [], [])]
    plain[0][4].append("The Andoya range reopened to sounding rockets on Thursday.")
    s = make_store(plain)
    assert story_id(s, "andoya-plain") in found(s, "Andøya")


def test_answer_to_a_plain_latin_question_quotes_the_original_spelling(store):
    reply = answer(store, "What did dordevic say about the andoya launch?")
    assert reply.found
    assert "Đorđević" in reply.answer and "The range worked exactly as planned" in reply.answer
    assert story_id(store, "andoya-launch") in {c.id for c in reply.citations}


def test_answer_about_lodz_and_iris2_shows_how_the_story_writes_them(store):
    # not "which company …": the story never names the firm, and the engine says so
    reply = answer(store, "what did the company from lodz sign for iris2?")
    assert reply.found, reply.answer
    assert [c.title for c in reply.citations][0] == "Łódź firm joins the IRIS² constellation"
    assert "Łódź" in reply.answer


def test_ask_command_answers_from_the_story(tmp_path):
    path = tmp_path / "cli.db"
    answer_stories.make_store(path, [*ARTICLES, *SPELLED]).close()
    result = CliRunner().invoke(
        main, ["--db", str(path), "ask", "--json", "what did dordevic say about andoya?"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert "Đorđević" in data["answer"]
    assert data["citations"][0]["url"] == "https://fixtures.example/andoya-launch"


def test_story_title_autocomplete_matches_a_typed_prefix(store):
    assert story_titles(store, "lod") == [(story_id(store, "iris2-lodz"), SPELLED[1][1])]
    assert story_titles(store, "rocket ando") == [(story_id(store, "andoya-launch"), SPELLED[0][1])]


# The Andøya launch is not ISS geopolitics, so /quotes leaves it out by default
# (iss_only); these tests are about spelling, so they look at every story.


def test_quotes_on_a_topic_typed_in_plain_latin(store):
    [(story, quote)] = recent_quotes(store, topic="andoya", iss_only=False)
    assert story.title == SPELLED[0][1] and quote.speaker == "Đorđević"


def test_quotes_by_a_speaker_typed_in_plain_latin(store):
    [(story, quote)] = recent_quotes(store, speaker="dordevic", iss_only=False)
    assert story.title == SPELLED[0][1] and quote.speaker == "Đorđević"


def test_speaker_autocomplete_offers_the_original_spelling(store):
    assert speakers(store, "dord", iss_only=False) == ["Đorđević"]
    assert speakers(store, "Đor", iss_only=False) == ["Đorđević"]


def test_a_query_without_stored_spellings_is_left_as_built(store):
    assert spellings.expand(store.db, '"station" OR "iss"') == '"station" OR "iss"'
    assert spellings.expand(store.db, '"andoya"') == '("andoya" OR "Andøya")'
    assert spellings.expand(store.db, '{title} : ("lodz firm")') == (
        '{title} : (("lodz firm" OR "Łódź firm"))'
    )


def test_an_updated_story_adds_its_new_spellings(store):
    feed = store.add_feed("https://later.example/feed.xml", "Later Wire")
    text = "Crews at Andøya and Tromsø prepared the second launch, Sørensen said."
    store.ingest(
        feed.id,
        [IncomingItem("later", "https://later.example/a", "Second try", "Draft.", None)],
    )
    assert not found(store, "tromso")
    store.ingest(
        feed.id,
        [IncomingItem("later", "https://later.example/a", "Second try", text, None)],
    )
    assert {"Tromsø", "Sørensen"} <= {
        r[0] for r in store.db.execute("SELECT written FROM spellings")
    }
    assert found(store, "tromso")


def test_a_store_from_the_previous_schema_is_upgraded_on_open(tmp_path, monkeypatch):
    path = tmp_path / "old.db"

    # The store as the previous release wrote it: no spellings table, none recorded. (It
    # gets the columns of later migrations that today's feeds and ingest write: has_title,
    # and the removed-feed columns of story_sources.)
    def previous_release(db):
        core.apply(db, stop_before="0302_spellings")
        db["stories"].add_column("has_title", int, not_null_default=1)
        db["story_sources"].add_column("feed_name", str)
        db["story_sources"].add_column("feed_url", str)

    monkeypatch.setattr("summaries.store.migrate", previous_release)
    monkeypatch.setattr(spellings, "record", lambda db, title, text: None)
    old = answer_stories.make_store(path, [*ARTICLES, *SPELLED])
    assert "spellings" not in old.db.table_names()
    assert not found(old, "andoya")
    counts = [old.db[t].count for t in ("stories", "quotes", "stories_fts")]
    old.close()
    monkeypatch.undo()

    upgraded = Store(path)
    assert [upgraded.db[t].count for t in ("stories", "quotes", "stories_fts")] == counts
    assert story_id(upgraded, "andoya-launch") in found(upgraded, "andoya")
    assert story_id(upgraded, "iris2-lodz") in found(upgraded, "iris2")
    applied = {r[0] for r in upgraded.db.execute("SELECT name FROM _sqlite_migrations")}
    assert "0302_spellings" in applied
    upgraded.close()


def test_the_words_recorded_are_those_fold_respells():
    assert spellings.unfolded("Tromsø", "Sørensen said") == {
        ("tromso", "Tromsø"),
        ("sorensen", "Sørensen"),
    }
    assert spellings.unfolded("Plain", "ASCII only, and Wörner") == {("worner", "Wörner")}


PROXY_VOTE = (
    "loviisa-contract",
    "ISS A/S wins Loviisa contract and writes off its Russian receivables",
    "2027-12-12T09:00:00Z",
    False,
    [
        "Danish facility services group ISS A/S won a contract at the Loviisa power "
        "station, and wrote off receivables left from its exit from Russia.",
        '"We have tried every legal route," ISS Chief Executive Henrik Dahl-Sørensen told '
        "analysts.",
        "Proxy adviser Glass Lewis weighed in on a related vote at Corvane Systems. "
        '"The exposure is a material risk," Corvane Systems said in its filing.',
    ],
    [],
)


def test_quotes_by_a_hyphened_name_typed_in_plain_latin(make_store):
    """The member tester's "/quotes dahl-sorensen" found nothing: each part of a
    hyphened name is respelt."""
    store = make_store([*ARTICLES, PROXY_VOTE])
    quotes = recent_quotes(store, speaker="dahl-sorensen", iss_only=False)
    assert [q.speaker for _, q in quotes] == ["Dahl-Sørensen"]


def test_quotes_by_the_first_word_of_a_bodys_name(make_store):
    """ "/quotes corvane" for "Corvane Systems": the bodies whose name opens with what
    was typed, when no speaker is stored under it."""
    store = make_store([*ARTICLES, PROXY_VOTE])
    quotes = recent_quotes(store, speaker="corvane", iss_only=False)
    assert [q.speaker for _, q in quotes] == ["Corvane Systems"]
    assert recent_quotes(store, speaker="corv", iss_only=False) == []  # a word, not a prefix


PERMITS = (
    "baikonur-permits",
    "Astana's quarrel with Moscow reaches the launch pad",
    "2027-11-19T06:00:00Z",
    True,
    [
        "Kazakhstan’s foreign ministry said it had “suspended consideration” of the permits "
        "Russia needs for every launch from Baikonur, pending “an honest conversation about "
        "the value of Kazakh land.”",
        "The first flight affected is a Soyuz due to carry a crew to the International Space "
        "Station on 4 December.",
    ],
    [("Kazakhstan’s foreign ministry", "an honest conversation about the value of Kazakh land.")],
)


def test_a_body_found_by_its_first_word_brings_its_unkept_quotes_too(make_store):
    """ "/quotes kazakhstan" gave the ministry's key quote and not its other one, with no
    sign that one was missing; the full name gave both."""
    store = make_store([*ARTICLES, PERMITS])
    typed = [q.text for _, q in recent_quotes(store, speaker="kazakhstan")]
    full = [q.text for _, q in recent_quotes(store, speaker="Kazakhstan’s foreign ministry")]
    assert sorted(typed) == sorted(full) and len(typed) == 2, typed
