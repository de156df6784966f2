"""summaries.retrieval: aliases, bounded FTS5 search, quotes and autocomplete look-ups."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from summaries.retrieval import (
    load_aliases,
    recent_quotes,
    search,
    speakers,
    stem,
    story_titles,
)
from summaries.store import Store
from tests.summaries.answer_stories import ARTICLES, story_id


@pytest.fixture
def store(make_store) -> Store:
    return make_store()


def phrases(concept) -> set[str]:
    return {written.lower() for _, written, _ in concept.phrases}


SUFFIXES = ("", "s", "ed", "ing", "er", "ers", "ings", "ation", "ational", "ingly")


def test_inflections_of_a_word_share_its_stem():
    assert stem("commanding") == stem("commander") == stem("command")
    assert stem("provides") == stem("providing") == stem("provide")
    assert stem("supplies") == stem("supplying")


def test_short_words_and_numbers_keep_their_form():
    assert [stem(w) for w in ("ISS", "was", "MS27", "2030")] == ["iss", "was", "ms27", "2030"]


def test_stems_agree_when_worked_out_in_several_threads():
    words = [a + b for a in ("launch", "dock", "command", "suppli") for b in SUFFIXES] * 50
    stem.cache_clear()
    with ThreadPoolExecutor(max_workers=8) as pool:
        together = list(pool.map(stem, words))
    stem.cache_clear()
    assert together == [stem(w) for w in words]


def test_space_station_is_searched_as_iss_and_its_other_names():
    [concept] = load_aliases().concepts("the space station")
    assert {"iss", "international space station", "orbiting laboratory"} <= phrases(concept)


def test_russias_space_agency_is_searched_as_roscosmos():
    [concept] = load_aliases().concepts("Russia's space agency")
    assert "roscosmos" in phrases(concept)


def test_a_role_is_searched_as_every_official_who_held_it():
    [concept] = load_aliases().concepts("head of Roscosmos")
    assert {p.surname for p in concept.people} >= {"Rogozin", "Borisov", "Bakanov"}


def test_us_pronoun_is_not_the_united_states():
    assert load_aliases().concepts("tell us about it") == []
    [concept] = load_aliases().concepts("the US")
    assert "united states" in phrases(concept)


def test_search_finds_a_story_through_an_alias(store):
    concepts = load_aliases().concepts("Russia's space agency sanctions")
    hits = search(store, concepts).hits
    assert hits[0].story_id == story_id(store, "sanctions-ultimatum")


def test_title_matches_rank_above_body_matches(store):
    hits = search(store, load_aliases().concepts("letter")).hits
    assert hits[0].story_id == story_id(store, "nasa-letter")


def test_document_frequency_is_extrapolated_when_the_window_is_full(store):
    concepts = load_aliases().concepts("station")
    small = search(store, concepts, window=2)
    assert len(small.hits) == 2
    assert small.df[0] >= 2


@pytest.mark.parametrize("text", ['"', "NEAR(", "title:", "a OR", "*", ")(", "{x}"])
def test_search_never_fails_on_fts_syntax(store, text):
    search(store, load_aliases().concepts(text))


def test_recent_quotes_by_speaker_accept_any_of_their_names(store):
    by_full_name = recent_quotes(store, speaker="Dmitry Rogozin")
    assert [q.speaker for _, q in by_full_name] == ["Rogozin"]
    assert recent_quotes(store, speaker="rogozin") == by_full_name


def test_recent_quotes_are_newest_first(store):
    pairs = recent_quotes(store, limit=10)
    dates = [s.published for s, _ in pairs]
    assert dates == sorted(dates, reverse=True)
    assert pairs[0][1].speaker == "Borisov"


def test_recent_quotes_on_a_topic(store):
    pairs = recent_quotes(store, topic="Telegram")
    assert {q.speaker for _, q in pairs} == {"Rogozin"}
    assert recent_quotes(store, speaker="Nelson", topic="Telegram") == []


def test_speakers_autocomplete_any_case(store):
    assert speakers(store) == ["Borisov", "Nelson", "Rogozin"]
    assert speakers(store, "ro") == ["Rogozin"]
    assert speakers(store, "x") == []


def test_story_titles_autocomplete_newest_first(store):
    rows = story_titles(store, "stat")
    assert [t for _, t in rows][:1] == [
        "New Roscosmos head says Russia will quit the station after 2024"
    ]
    assert len(story_titles(store, "", limit=3)) == 3
    assert story_titles(store, '"((') == story_titles(store, "")  # no words: newest


def test_a_designator_keeps_the_vehicle_named_before_it():
    concepts = load_aliases().concepts("who's commanding soyuz ms-28")
    designators = [c for c in concepts if "28" in c.text]
    assert [c.text.lower() for c in designators] == ["soyuz ms 28"]
    assert designators[0].named


def test_countries_typed_in_lower_case_are_names():
    concepts = load_aliases().concepts("when did turkey's first astronaut fly")
    assert any(c.named and "turkey" in phrases(c) for c in concepts)


UNKEPT = (
    "visa-unkept",
    "Cosmonaut refused a US visa before her flight to the station",
    "2026-11-25T09:00:00Z",
    True,
    [
        '"We will not carry an American guest while our crew member is treated as a risk," '
        "Roscosmos said in a statement.",
        "NASA has defended the seat swap. Its associate administrator, Gregory Tan, told "
        "senators it was \u201cthe single most important safety arrangement we have with "
        "Russia\u201d.",
    ],
    [
        (
            "Roscosmos",
            "We will not carry an American guest while our crew member is treated as a risk,",
        )
    ],
)


def test_quotes_by_speaker_include_those_not_kept_as_key_quotes(make_store):
    """A story keeps three key quotes; "/quotes Tan" said "No stored quotes" of an
    official quoted below them."""
    store = make_store([*ARTICLES, UNKEPT])
    pairs = recent_quotes(store, speaker="Tan")
    assert [(s.title, q.text) for s, q in pairs] == [
        (UNKEPT[1], "the single most important safety arrangement we have with Russia")
    ]
    quote = pairs[0][1]
    assert pairs[0][0].text[quote.start : quote.end] == quote.text  # verifiable offsets
    assert recent_quotes(store, speaker="Tanaka") == []


def test_quotes_by_speaker_include_a_transcripts_labelled_lines(make_store):
    transcript = (
        "briefing-transcript",
        "Transcript: officials brief reporters on the extended crew seat exchange",
        "2026-11-26T09:00:00Z",
        True,
        [
            "The following is an edited transcript of a news conference on the crew seat "
            "exchange for the International Space Station.",
            "MBEKI-FORD: Every crew needs a way home, on either vehicle, with at least one "
            "American and one Russian aboard the station.",
            "DANILOV: We do not mix cosmos and politics in this agreement.",
        ],
        [],
    )
    store = make_store([*ARTICLES, transcript])
    pairs = recent_quotes(store, speaker="Danilov")
    assert [q.text for _, q in pairs] == ["We do not mix cosmos and politics in this agreement."]


def test_recent_quotes_of_a_body_include_its_peoples(store):
    # "/quotes Roscosmos" said "No key quotes found" while answers quoted
    # "Borisov (Roscosmos)" and "Rogozin (Roscosmos)" (the Discord-side tester)
    speakers = {q.speaker for _, q in recent_quotes(store, speaker="Roscosmos")}
    assert {"Rogozin", "Borisov"} <= speakers, speakers
    assert "Nelson" not in speakers
    assert "Nelson" in {q.speaker for _, q in recent_quotes(store, speaker="NASA")}


REBOOST = (
    "reboost-threat-staff",
    "Roscosmos chief threatens to halt station reboosts over new EU sanctions",
    "2028-03-19T09:00:00Z",
    True,
    [
        "Roscosmos Director General Pavel Zimin said Russia could stop reboosting the "
        "International Space Station from 2029 if the EU's new sanctions stand. \u201cIf "
        "Brussels wants to starve our factories, it should not expect our engines to keep "
        "its laboratory in the sky,\u201d Zimin said.",
        "Commenting on the words of the Roscosmos chief, NASA spokesperson Dana Whitcombe "
        "said the agency had no formal notice. \u201cStation operations continue as "
        "planned,\u201d Whitcombe said.",
        "ESA's director general, Henrik Lindqvist, was restrained. \u201cWe expect our "
        "partners to honour the agreement,\u201d Lindqvist said.",
        "Senator Garrett Holloway, a critic of NASA's budget, was not. \u201cThis is "
        "blackmail,\u201d Holloway said.",
        "Roscosmos repeated the threat on Monday. The State Department responded within the "
        "hour. \u201cThe seat exchange serves the safety of both nations' crews,\u201d "
        "spokesperson Nora Castellanos said.",
    ],
    [],
)


def test_quotes_of_a_body_include_those_the_story_introduces_as_its_people(make_store):
    # the member's "/quotes nasa", "/quotes roscosmos", "/quotes esa" said "No stored
    # quotes" though the store held their spokesperson's and their chiefs' words
    store = make_store([REBOOST])

    def by(body: str) -> set[str | None]:
        return {q.speaker for _, q in recent_quotes(store, speaker=body)}

    assert by("nasa") == {"Whitcombe"}  # not the senator who criticises its budget
    assert by("Roscosmos") == {"Zimin"}  # not NASA's spokesperson, who comments on him
    assert by("esa") == {"Lindqvist"}
    # a spokesperson of no one named speaks for the body the sentence before opens with
    assert by("state department") == {"Castellanos"}
