"""Short follow-ups after `/story`, `/quotes` or an answer ("and esa?", "how much?",
"why?", "who's she?") are about what the member just saw, not searched on their own
words. Found by a member who asks mostly follow-ups (session 20)."""

from __future__ import annotations

from summaries.answer_text import EMPTY
from summaries.answers import Conversation, answer

BANNER = (
    "banner",
    "Cosmonauts' banner aboard the station draws protest from Kyiv",
    "2025-10-08T16:00:00Z",
    True,
    [
        "Two Russian cosmonauts aboard the International Space Station posed with a banner "
        "marking Moscow's claimed annexation of four Ukrainian regions.",
        "NASA issued a short statement. “The International Space Station is not a platform "
        "for political statements,” the statement said.",
        "ESA said it shared that view. “Our astronauts are on board to do science and keep "
        "the station safe,” said Elena Marchetti, the agency's director of human spaceflight.",
    ],
    [
        ("NASA", "The International Space Station is not a platform for political statements,"),
        ("Marchetti", "Our astronauts are on board to do science and keep the station safe,"),
    ],
)
DEORBIT = (
    "deorbit-bill",
    "Station partners at odds over who pays to bring the outpost down",
    "2026-06-02T11:00:00Z",
    True,
    [
        "The five agencies that run the International Space Station are deadlocked over how "
        "to share the cost of retiring it.",
        "NASA has contracted SpaceX to build the US Deorbit Vehicle for about $843 million, "
        "a figure that does not include its launch.",
        "Moscow rejected the idea of paying for it because American sanctions stay in place.",
    ],
    [],
)
LICENCE = (
    "zvezda-licence",
    "Export licence delay strands replacement parts for Russia's station module",
    "2026-09-17T08:15:00Z",
    True,
    [
        "Replacement pressure sensors for the Zvezda module have been stuck in a warehouse "
        "awaiting a US export licence, Roscosmos said.",
        "“The safety of the crew is our first concern,” said Marcus Reyes, NASA's station "
        "program manager.",
        "According to Nadia Kessler of the Halden Institute, the dispute shows how sanctions "
        "catch station hardware. “Every licence becomes a diplomatic event,” she said.",
    ],
    [
        ("Reyes", "The safety of the crew is our first concern,"),
        ("Kessler", "Every licence becomes a diplomatic event,"),
    ],
)
STORIES = [BANNER, DEORBIT, LICENCE]


def _opened(store, slug: str) -> Conversation:
    conv = Conversation()
    story = next(s for s in store.stories_by_ids(range(1, 10)) if s.url.endswith(slug))
    conv.focus(story)
    return conv


def test_and_esa_after_a_story_is_the_agency_directors_words_not_nasas(make_store):
    # "ESA said it shared that view. "…," said Elena Marchetti, the agency's director":
    # the director speaks for ESA; NASA's own statement beside it is NASA's
    store = make_store(STORIES)
    reply = answer(store, "and esa?", conversation=_opened(store, "banner"))
    assert reply.found
    assert "Our astronauts are on board" in reply.answer
    assert "not a platform" not in reply.answer


def test_a_bare_how_much_after_a_story_is_asked_of_that_story(make_store):
    store = make_store(STORIES)
    reply = answer(store, "how much?", conversation=_opened(store, "deorbit-bill"))
    assert reply.found and "$843 million" in reply.answer
    assert [c.title for c in reply.citations][0] == DEORBIT[1]
    # with nothing opened there is nothing to ask it of: the prompt, not a guess
    assert answer(store, "how much?", conversation=Conversation()).answer == EMPTY


def test_since_when_is_a_when_question_about_the_story_not_the_word_since(make_store):
    store = make_store(STORIES)
    reply = answer(store, "why?", conversation=_opened(store, "deorbit-bill"))
    assert reply.found and reply.citations[0].title == DEORBIT[1]
    reply = answer(store, "since when?", conversation=_opened(store, "zvezda-licence"))
    assert reply.citations and reply.citations[0].title == LICENCE[1]


def test_who_is_a_person_makes_them_the_she_of_the_next_question(make_store):
    store = make_store(STORIES)
    conv = Conversation()
    assert answer(store, "whats up with the zvezda sensors", conversation=conv).found
    assert "first concern" in answer(store, "what did nasa say", conversation=conv).answer
    assert "Kessler" in answer(store, "who's kessler?", conversation=conv).answer
    said = answer(store, "what did she say", conversation=conv)
    assert "Every licence becomes a diplomatic event" in said.answer
    assert "first concern" not in said.answer


def test_whos_she_after_a_quote_asks_about_its_speaker(make_store):
    store = make_store(STORIES)
    conv = Conversation()
    assert answer(store, "what did kessler say", conversation=conv).found
    who = answer(store, "who's she?", conversation=conv)
    assert who.found and "Halden Institute" in who.answer


SEATS = (
    "seat-swap",
    "NASA and Roscosmos extend seat-swap deal through 2027",
    "2026-01-20T10:00:00Z",
    True,
    [
        "NASA and Roscosmos have extended their agreement to fly each other's crew members "
        "to the International Space Station through 2027.",
        "The State Department cleared the extension in December after a review that it "
        "said weighed crew safety against sanctions policy.",
        "According to Roscosmos spokeswoman Irina Belova, the extension shows that "
        "cooperation in space is still possible.",
        "“This is a narrow, safety-driven arrangement and does not signal any change in our "
        "policy toward Russia,” State Department spokesperson Ruth Calder said.",
    ],
    [
        (
            "Calder",
            "This is a narrow, safety-driven arrangement and does not signal any change "
            "in our policy toward Russia,",
        )
    ],
)


def test_whos_she_after_a_bodys_words_asks_about_the_person_quoted(make_store):
    # the State Department was asked about; its spokesperson's words answered: "she" is her
    store = make_store([*STORIES, SEATS])
    conv = Conversation()
    said = answer(store, "what did the state department say about the seat swap", conversation=conv)
    assert "narrow, safety-driven" in said.answer
    who = answer(store, "who's she?", conversation=conv)
    assert who.found and who.answer.split(". ")[0].count("Ruth Calder") == 1


def test_is_that_confirmed_names_what_the_answer_came_from_not_a_search(make_store):
    # searched for, "confirmed" found another story's "has confirmed" (a Mars rover)
    store = make_store(STORIES)
    conv = Conversation()
    assert answer(
        store, "how much is spacex getting for the deorbit vehicle", conversation=conv
    ).found
    reply = answer(store, "is that confirmed?", conversation=conv)
    assert reply.found and reply.answer.startswith("I can only tell you what the stored")
    assert [c.title for c in reply.citations] == [DEORBIT[1]]
    assert DEORBIT[1] in reply.answer


def test_the_second_one_after_a_listing_opens_that_story(make_store):
    store = make_store(STORIES)
    conv = Conversation()
    listed = store.stories_by_ids([1, 2, 3])
    conv.showed(listed, "\n".join(s.summary for s in listed))
    second = answer(store, "what's the second one?", conversation=conv)
    assert second.found and second.citations[0].id == listed[1].id
    assert listed[1].title in second.answer
    assert conv.story_ids == (listed[1].id,)  # "how much?" next asks it of that story
    assert not answer(store, "and the fifth one", conversation=conv).found


MONTREAL = (
    "montreal-partners",
    "Station partners meet in Montreal on bringing the outpost down",
    "2026-03-05T10:00:00Z",
    True,
    [
        "The station partners met in Montreal to discuss how to bring the outpost down "
        "without Russia.",
        "“We have a deorbit vehicle under contract, and a plan that does not depend on any "
        "single partner,” NASA Administrator Dana Whitfield said.",
        "Lukas Brenner, ESA’s director of human and robotic exploration, sitting to her "
        "left, went further. “Some of those channels are frozen, and we are not going to "
        "pretend otherwise,” the director said.",
    ],
    [
        (
            "Whitfield",
            "We have a deorbit vehicle under contract, and a plan that does not "
            "depend on any single partner,",
        ),
        (
            "Brenner",
            "Some of those channels are frozen, and we are not going to pretend otherwise,",
        ),
    ],
)


def test_and_the_europeans_after_nasas_words_is_esas_director_in_that_story(make_store):
    # a people asked for is their bodies speaking (ESA, its director): the story's own
    store = make_store([*STORIES, MONTREAL])
    conv = Conversation()
    first = answer(
        store, "what did nasa say in montreal about bringing the station down", conversation=conv
    )
    assert "deorbit vehicle under contract" in first.answer
    europeans = answer(store, "and the europeans?", conversation=conv)
    assert europeans.found and "channels are frozen" in europeans.answer
    assert europeans.citations[0].title == MONTREAL[1]


ROVER = (
    "rover-2028",
    "ESA confirms 2028 launch for Rosalind Franklin rover with US engines",
    "2026-07-09T10:00:00Z",
    False,
    [
        "The European Space Agency has confirmed that its Rosalind Franklin Mars rover will "
        "launch in late 2028, with NASA supplying the braking engines.",
        "The rover was due to fly in 2022 on a Russian rocket.",
    ],
    [],
)


def test_a_name_typed_in_lower_case_is_not_an_everyday_word_about_the_station(make_store):
    # "mars rover": two common words, so taken to be about the station, and declined;
    # the stories write "Mars" only as a name
    store = make_store([*STORIES, ROVER])
    reply = answer(store, "mars rover")
    assert reply.found and reply.citations[0].title == ROVER[1]
    # everyday words with no name still ask about the station, not the rover's engines
    engines = answer(store, "who provides the engines?")
    assert ROVER[1] not in [c.title for c in engines.citations]


THREAT = (
    "voronov-threat",
    "Roscosmos chief ties Russia's future on the station to lifting of sanctions",
    "2026-03-13T10:00:00Z",
    True,
    [
        "“Normal partnership on the station cannot coexist with sanctions that are "
        "strangling our enterprises,” Arkady Voronov, the director general of the Russian "
        "space agency, told reporters in Moscow.",
    ],
    [
        (
            "Voronov",
            "Normal partnership on the station cannot coexist with sanctions that "
            "are strangling our enterprises,",
        ),
    ],
)
BILL = (
    "voronov-bill",
    "Station partners at odds over who pays to bring the outpost down",
    "2026-06-02T11:00:00Z",
    True,
    [
        "According to Voronov, Russia “will not pay for an American spacecraft while "
        "American sanctions prevent us from buying a single American bolt.”",
    ],
    [
        (
            "Voronov",
            "will not pay for an American spacecraft while American sanctions prevent "
            "us from buying a single American bolt.",
        )
    ],
)


def test_what_did_he_say_after_who_is_keeps_to_the_story_the_answer_led_with(make_store):
    store = make_store([THREAT, BILL])
    conv = Conversation()
    who = answer(store, "who is voronov", conversation=conv)
    assert who.citations[0].title == THREAT[1]
    said = answer(store, "what did he say", conversation=conv)
    assert said.citations[0].title == THREAT[1] and "Normal partnership" in said.answer
