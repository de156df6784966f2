"""summaries.answers: what a member sees when they ask a question."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from summaries import answer_dates, answer_speakers
from summaries import text_patterns as tp
from summaries.answer_lead import _fit
from summaries.answer_sentences import _kind_bonus, _scene
from summaries.answers import (
    CONFIDENT,
    FAILED,
    GATE_FEATURES,
    HAND_RANK,
    MAX_ANSWER,
    NO_DATE,
    NOTHING,
    RANK_FEATURES,
    Conversation,
    Model,
    answer,
    use_model,
)
from summaries.lead_types import has_type as _has_type
from summaries.question import parse
from summaries.retrieval import load_aliases
from summaries.store import Store
from tests.summaries import answer_stories
from tests.summaries.answer_stories import ARTICLES, CHECK_ARTICLES, story_id


@pytest.fixture
def with_articles(make_store):
    """A store of the fixture articles plus the test's own, closed after the test."""
    return lambda *extra: make_store([*ARTICLES, *extra])


@pytest.fixture
def store(make_store) -> Store:
    return make_store()


def cited(store: Store, reply) -> set[int]:
    return {c.id for c in reply.citations}


def test_who_question_leads_with_the_sentence_naming_the_provider(store):
    reply = answer(store, "Who provides propulsion for the space station?")
    assert reply.found
    assert reply.answer.startswith("Russia supplies the propulsion that keeps the complex in orbit")
    assert story_id(store, "sanctions-ultimatum") in cited(store, reply)


def test_what_did_x_say_returns_verbatim_quote_with_speaker(store):
    reply = answer(store, "What did Rogozin say about sanctions?")
    assert reply.found
    assert reply.answer.startswith("Rogozin (Roscosmos) said")
    assert "2 Apr 2022" in reply.answer
    assert "every one of these unlawful sanctions is cancelled in full" in reply.answer
    assert [c.id for c in reply.citations] == [story_id(store, "sanctions-ultimatum")]


def test_role_alias_finds_the_official_by_title(store):
    reply = answer(store, "What did the head of Russia's space agency say about leaving?")
    assert reply.found
    assert "Borisov" in reply.answer
    assert "decision to leave the station after 2024" in reply.answer


def test_when_question_returns_the_sentence_carrying_the_date(store):
    reply = answer(store, "When did Nelson reply to the Russian letter?")
    assert reply.found
    assert "March 30" in reply.answer
    assert story_id(store, "nasa-letter") in cited(store, reply)


def test_when_question_adds_the_dated_sentence_to_a_scene_setting_lead(store):
    reply = answer(store, "When could the first module of the Russian Orbital Station launch?")
    assert reply.found
    assert "2028" in reply.answer
    assert story_id(store, "orbital-station-mockup") in cited(store, reply)


def test_who_question_prefers_the_sentence_naming_someone_the_question_does_not(store):
    reply = answer(store, "Who took over from Yuri Borisov at the head of the space agency?")
    assert reply.found
    assert reply.answer.startswith("Dmitry Bakanov replaced Yuri Borisov")


def test_a_number_the_stories_lack_gets_nothing_stored(store):
    reply = answer(store, "What did Rogozin say about sanctions in 2019?")
    assert not reply.found
    assert reply.answer == NOTHING


def test_past_when_without_a_dated_sentence_falls_back_to_the_story_date(store):
    reply = answer(store, "When was the seat exchange presented as a safety measure?")
    assert reply.found
    assert "The story is dated 21 Sep 2022" in reply.answer


def test_future_when_is_not_answered_by_the_story_date_alone(store):
    # the story says a cosmonaut *will* fly, not when: its publication date is no answer
    reply = answer(store, "When will a cosmonaut fly on Crew Dragon?")
    assert not reply.found
    # the report is shown as carrying no date, not dated by the story
    assert reply.answer.startswith(NO_DATE)
    assert "The story is dated" not in reply.answer


def test_why_question_returns_the_explaining_sentence(store):
    reply = answer(store, "Why does Russia want its own station?")
    assert reply.found
    assert "because sanctions have cut its industry off" in reply.answer


def test_yes_no_question_returns_evidence_not_a_verdict(store):
    reply = answer(store, "Will Russia leave the space station after 2024?")
    assert reply.found
    assert "after 2024" in reply.answer
    assert not reply.answer.lower().startswith(("yes", "no"))


def test_latest_lists_the_newest_matching_story_first(store):
    reply = answer(store, "What's the latest on Roscosmos and the station?")
    assert reply.found
    assert reply.answer.startswith("26 Jul 2022")
    assert reply.citations[0].id == story_id(store, "leave-after-2024")


def test_unrelated_question_says_nothing_stored(store):
    reply = answer(store, "What is the best recipe for sourdough bread?")
    assert not reply.found
    assert reply.answer == NOTHING
    assert reply.citations == ()


def test_a_name_typed_in_lower_case_that_no_story_has_is_not_answered(store):
    # "starlab" is in no story and no English word list: a name, so the story about the
    # station's propulsion from Russia is a near miss, not an answer.
    reply = answer(store, "what propulsion does the starlab outpost get from russia")
    assert not reply.found
    assert reply.answer == NOTHING
    assert answer(store, "what propulsion does the outpost get from russia").found


def test_unknown_person_says_nothing_stored(store):
    reply = answer(store, "What did Elon Musk say about Mars?")
    assert not reply.found
    assert reply.answer == NOTHING


@pytest.mark.parametrize(
    "question",
    [
        'who "provides" propulsion?',
        "propulsion* OR power",
        "NEAR(propulsion power) AND NOT station",
        "title: propulsion",
        "((propulsion",
        "propulsion)) ^station",
        '"',
        "-propulsion +station {title}",
        "who provides propulsion; DROP TABLE stories; --",
    ],
)
def test_fts_syntax_in_question_is_answered_normally(store, question):
    reply = answer(store, question)
    assert reply.answer != FAILED
    assert len(reply.answer) <= MAX_ANSWER
    if reply.found:
        assert "propulsion" in reply.answer.lower()
    assert store.counts()["stories"] == len(ARTICLES)


@pytest.mark.parametrize("question", ["", "   ", "\x00\x07\x1b", "?!", "\n\t"])
def test_empty_or_control_character_question_gets_a_short_reply(store, question):
    reply = answer(store, question)
    assert not reply.found
    assert 0 < len(reply.answer) < 200


def test_control_characters_inside_a_question_are_ignored(store):
    reply = answer(store, "who\x00 provides\x1b[31m propulsion\x07 for the station?")
    assert reply.found
    assert "propulsion" in reply.answer


def test_a_name_in_terminal_colour_codes_is_the_name(store):
    # pasted from a coloured terminal: "\x1b[31mRogozin\x1b[0m" had read as "[31mRogozin"
    plain = answer(store, "what did Rogozin say about sanctions?")
    coloured = answer(store, "what did \x1b[31mRogozin\x1b[0m say about sanctions?")
    assert plain.found and coloured.answer == plain.answer, coloured.answer


@pytest.mark.parametrize("tail", [" 0", " 3", " 12 "])
def test_a_stray_number_after_the_question_mark_is_ignored(store, tail):
    plain = answer(store, "what did Rogozin say about sanctions?")
    assert plain.found and answer(store, "what did Rogozin say about sanctions?" + tail) == plain


@pytest.mark.parametrize("size", [501, 10_000])
def test_over_long_question_gets_a_clear_short_reply(store, size):
    reply = answer(store, ("propulsion " * 1000)[:size])
    assert not reply.found
    assert "too long" in reply.answer
    assert len(reply.answer) < 200


def test_follow_up_reuses_previous_stories(store):
    conv = Conversation()
    first = answer(store, "What did Rogozin say about sanctions?", conversation=conv)
    assert first.found
    follow = answer(store, "and what did he say about the partners?", conversation=conv)
    assert follow.found
    assert story_id(store, "sanctions-ultimatum") in cited(store, follow)


def test_follow_up_with_a_new_speaker_keeps_the_topic(store):
    conv = Conversation()
    answer(store, "What did Rogozin say about the partners?", conversation=conv)
    follow = answer(store, "and what did Nelson say?", conversation=conv)
    assert follow.found
    assert follow.answer.startswith("Nelson (NASA) said")


def test_a_new_speaker_without_a_follow_up_word_is_asked_about_on_their_own(store):
    """After "what happened to the Soyuz radiator?", "what did Nelson say?" took the
    radiator for its topic and, Nelson having said nothing on it, answered nothing."""
    conv = Conversation()
    assert answer(store, "What happened to the Soyuz radiator?", conversation=conv).found
    follow = answer(store, "what did Nelson say?", conversation=conv)
    assert follow.found, follow.answer
    assert follow.answer.startswith("Nelson (NASA) said")


def test_answers_are_short_and_cite_one_to_three_stories(store):
    for question in [
        "Who provides propulsion for the space station?",
        "What's the latest on the station?",
        "What did Borisov say?",
        "What happened to the Soyuz radiator?",
    ]:
        reply = answer(store, question)
        assert reply.found, question
        assert len(reply.answer) <= MAX_ANSWER
        assert 1 <= len(reply.citations) <= 3


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=600))
@example("ßAAAA")  # "ß" upper-cases to two letters: the name-respelling lookup broke on it
def test_any_string_gets_a_reply_without_raising(tmp_path_factory, text):
    path = tmp_path_factory.getbasetemp() / "hypothesis.db"
    s = answer_stories.make_store(path) if not path.exists() else Store(path)
    try:
        reply = answer(s, text)
    finally:
        s.close()
    assert isinstance(reply.answer, str) and reply.answer
    assert reply.answer != FAILED
    assert len(reply.answer) <= MAX_ANSWER


def test_trace_exposes_the_ranker_and_gate_features_behind_an_answer(store):
    trace: dict = {}
    reply = answer(store, "Who provides propulsion for the space station?", trace=trace)
    assert reply.found
    assert set(trace["gate"]) == set(GATE_FEATURES)
    assert trace["gate"]["confidence"] == trace["confidence"] >= CONFIDENT
    best = trace["candidates"][0]
    assert len(best.features) == len(RANK_FEATURES)
    assert best.score == pytest.approx(
        sum(w * f for w, f in zip(HAND_RANK, best.features, strict=True))
    )


def test_a_gate_model_that_always_declines_says_nothing_stored(store):
    never = Model(gate=(-1.0,) + (0.0,) * len(GATE_FEATURES))
    old = use_model(never)
    try:
        reply = answer(store, "Who provides propulsion for the space station?")
    finally:
        use_model(old)
    assert not reply.found and reply.answer == NOTHING


# -- answer-type checks (summaries/answer_types.py) ---------------------------------


@pytest.fixture
def checks(make_store) -> Store:
    return make_store(ARTICLES + CHECK_ARTICLES)


def ask(store: Store, question: str) -> tuple[object, dict]:
    trace: dict = {}
    return answer(store, question, trace=trace), trace


def test_future_when_declines_a_date_that_belongs_to_another_event(checks):
    # "retire by 2030" dates the ISS, "on Friday" the docking: neither dates the module
    reply, trace = ask(checks, "When will China launch an expansion module for Tiangong?")
    assert not reply.found
    assert "future" in trace["declined"]


def test_future_when_keeps_a_date_stated_as_still_to_come(store):
    reply = answer(store, "When could the first module of the Russian Orbital Station launch?")
    assert reply.found and "2028" in reply.answer


def test_past_when_answers_with_the_dated_sentence(checks):
    reply = answer(checks, "When did the Chinese astronauts dock with Tiangong?")
    assert reply.found and "on Friday" in reply.answer


def test_how_much_without_a_number_in_the_answer_declines(checks):
    reply, trace = ask(checks, "How much will Japan pay for the station extension?")
    assert not reply.found
    assert trace["declined"] == "no number"


def test_who_without_a_name_beyond_the_question_declines(checks):
    reply, trace = ask(checks, "Who will command the next Soyuz to the station?")
    assert not reply.found
    assert trace["declined"] == "no name beyond the question's"


def test_who_with_a_new_name_is_answered(checks):
    reply = answer(checks, "Who agreed to pay a share of the station extension?")
    assert reply.found and reply.answer.startswith("Japan agreed")


def test_reaction_of_x_is_not_answered_with_someone_elses_quote(checks):
    # "“…,” he said" after "Senator Hollis criticised Beijing": the words are Hollis's
    reply = answer(checks, "How did Beijing react to the senator's hearing on the station?")
    assert not reply.found
    assert reply.answer == NOTHING


def test_reaction_of_x_is_not_answered_by_a_sentence_where_x_is_not_the_speaker(checks):
    # "Borisov said at the Kremlin meeting": the Kremlin is where, not who
    reply, trace = ask(checks, "Kremlin reaction to the cosmonauts' video?")
    assert not reply.found
    assert trace["declined"] == "speaker is not the one speaking"


def test_a_name_in_lower_case_is_not_answered_with_a_crewmates_quote(checks):
    # the crew list names Grebenkin beside Ovrashko, but only Ovrashko is quoted
    reply = answer(checks, "what did nikita grebenkin say after the soyuz landed on the steppe")
    assert not reply.found
    reply = answer(checks, "what did ovrashko say after the soyuz landed on the steppe")
    assert reply.found and "The steppe smells wonderful" in reply.answer


def test_x_reaction_to_y_is_read_as_a_quote_question(checks):
    reply = answer(checks, "Rogozin reaction to the sanctions?")
    assert reply.found
    assert reply.answer.startswith("Rogozin (Roscosmos) said")


def test_station_question_is_not_answered_from_another_iss(checks):
    reply, trace = ask(checks, "When did Turkey's first astronaut fly to the ISS?")
    assert not reply.found
    assert trace["declined"] == "story's ISS is not the station"


def test_question_about_the_other_iss_is_still_answered(checks):
    reply = answer(checks, "Did ISS A/S win a contract in Turkey?")
    assert reply.found
    assert story_id(checks, "iss-as-turkey-contract") in cited(checks, reply)


def test_quote_question_asking_for_a_date_declines_a_quote_without_one(checks):
    reply, trace = ask(
        checks, "What did the Canadian Space Agency say about Canadarm3's launch date?"
    )
    assert not reply.found
    assert trace["declined"] == "asked for a date, none given"
    plain = answer(checks, "What did the Canadian Space Agency say about Canadarm3?")
    assert plain.found and "we keep our commitments" in plain.answer


@pytest.mark.parametrize(
    ("text", "future"),
    [
        ("Officials said the module could be launched in 2028.", True),
        ("The launch is scheduled for March 3.", True),
        ("The crew docked on Thursday, beginning a stay that will include experiments.", False),
        ("The capsule landed on Wednesday.", False),
        ("It is expected to launch on a heavy-lift rocket no earlier than 2027.", True),
        ("The module will not fly before September.", True),
        ("The bill now goes to committee, with a final vote expected in late November.", True),
        ("The next Soyuz is due to fly in mid-September.", True),
        ("The crew came home in late May after a six-month stay.", False),
        # "when is the sentencing" answered "no stored story gives a date … Sentencing is
        # set for March 12, 2027": a date set, pencilled in or fixed for is one to come
        ("Sentencing is set for March 12, 2027.", True),
        ("The hearing has been pencilled in for June 4.", True),
        ("The crew set off for the launch pad on Tuesday.", False),
    ],
)
def test_a_future_date_is_one_stated_as_still_to_come(text, future):
    assert answer_dates.has_future_date(text) is future


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("what was the original launch date for the private flight", "when"),
        ("What's the deadline for the deorbit vehicle contract?", "when"),
        ("Where does Isaacman's nomination to lead NASA stand?", "latest"),
        ("whos the hungarian on the ax-4 crew", "who"),
        ("Where did the Soyuz land?", "where"),
        ("According to the Perigee Notes newsletter, why does the crew swap keep working?", "why"),
        ("According to Rogozin, what will partners have to live with?", "quote"),
        ("which nasa astronaut rode up on soyuz ms-27", "who"),
        ("Which London consultancy analyst predicted the switch?", "who"),
        # a run of chatty openers still leaves the question word in front
        ("ok so when does the emirati actually fly on that soyuz seat", "when"),
        ("so ok why did jaxa scrap the training", "why"),
        (
            "What did the lead scientist on the Japanese lab-grown muscle experiment say"
            " about the station?",
            "quote",
        ),
    ],
)
def test_question_kind_follows_what_the_member_wants(question, kind):
    assert parse(question, load_aliases()).kind == kind


@pytest.mark.parametrize(
    ("text", "speaking"),
    [
        ("Beijing said on Friday that the hearing was a farce.", True),
        ("The move was condemned, said a Kremlin spokesman.", True),
        ("Senator Hollis criticised Kremlin policy at the hearing.", False),
        ("Borisov said at the Kremlin meeting that Russia would leave.", False),
        ("He said that the United States had noted the Kremlin's plans.", False),
        # the answer's own tag after a quotation names its speaker
        ("In the words of one, “We are not leaving.” — the Kremlin. He left.", True),
        ("“We are not leaving.” — the Kremlin … More.", True),
        ("“We are not leaving the Kremlin.” — Borisov. He left.", False),
    ],
)
def test_the_speaker_must_be_the_subject_of_the_speech_verb(text, speaking):
    who = "Beijing" if "Beijing" in text else "the Kremlin"
    asked = parse(f"what did {who} say about the hearing", load_aliases())
    assert answer_speakers.speaks(asked.speaker_concepts, text) is speaking


SPLIT_FACT = [
    (
        "kestrel-docking-delay",
        "Soyuz MS-31 reaches the station a day late",
        "2026-03-06T09:00:00Z",
        True,
        [
            "The Soyuz MS-31 spacecraft docked with the International Space Station on "
            "Friday, carrying two cosmonauts and a NASA astronaut under the seat barter.",
            "The one-day hold was ordered after a pressure valve on the rocket's upper stage "
            "stuck open during fuelling at Baikonur. Engineers replaced it overnight.",
            "Officials in Moscow and Washington both praised the crews' calm.",
        ],
        [],
    ),
    (
        "orchid-greenhouse",
        "Station greenhouse grows its first orchids",
        "2026-03-07T09:00:00Z",
        False,
        ["A small greenhouse aboard the station produced its first orchids this week."],
        [],
    ),
]


@pytest.fixture
def split_store(make_store) -> Store:
    return make_store(SPLIT_FACT)


def test_lead_adds_the_next_sentence_when_it_holds_what_the_lead_lacks(split_store):
    # the flight is named in one sentence, the reason for the hold in the next
    reply = answer(split_store, "Why was the Soyuz MS-31 docking put on hold?")
    assert reply.found
    assert reply.answer.startswith("The Soyuz MS-31 spacecraft docked")
    assert "pressure valve on the rocket's upper stage stuck open" in reply.answer
    assert reply.answer.index("docked") < reply.answer.index("pressure valve")
    assert "orchids" not in reply.answer and "praised" not in reply.answer
    assert len(reply.answer) <= MAX_ANSWER
    assert [c.id for c in reply.citations] == [story_id(split_store, "kestrel-docking-delay")]


DIPLOMAT = (
    "medvedev-station-post",
    "Medvedev post on station draws European rebuke",
    "2022-03-20T09:00:00Z",
    True,
    [
        "Former Russian president Dmitry Medvedev wrote on Telegram that the space "
        "station could fall on Europe if sanctions stayed in place.",
        '"Threatening to drop a laboratory on people\'s heads is not diplomacy," one EU '
        "diplomat said, speaking on condition of anonymity.",
    ],
    [(None, "Threatening to drop a laboratory on people's heads is not diplomacy,")],
)


def test_a_described_speaker_finds_the_unnamed_quote_attributed_to_that_description(with_articles):
    store = with_articles(DIPLOMAT)
    reply = answer(store, "what did the anonymous eu diplomat say about medvedev's post")
    assert reply.found
    assert "is not diplomacy" in reply.answer
    assert story_id(store, "medvedev-station-post") in cited(store, reply)


def test_a_numbered_name_must_appear_as_written_not_its_number_anywhere(with_articles):
    mission = (
        "expedition-70-handover",
        "Expedition 70 hands over the station",
        "2024-03-01T09:00:00Z",
        False,
        [
            "Expedition 70 commander Andreas Mogensen handed over command of the station to "
            "Oleg Kononenko on Sunday, 72 hours before his Dragon undocked."
        ],
        [],
    )
    store = with_articles(mission)
    assert answer(store, "who handed over command of expedition 70").found
    assert not answer(store, "who handed over command of expedition 72").found


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("What did the State Department say about the expulsions?", "Department"),
        ("What did the Roscosmos letter read out in the State Duma say about 2028?", "Roscosmos"),
        ("What does the Whitcomb bill say NASA may not fund?", "Whitcomb"),
    ],
)
def test_the_speaker_of_a_quote_question_is_who_speaks_not_a_capitalised_verb(question, speaker):
    q = parse(question, load_aliases())
    assert q.kind == "quote"
    assert speaker in q.speaker_names


def test_the_lead_brings_what_it_lacks_from_a_later_paragraph(with_articles):
    proposal = (
        "senator-spacewalk-freeze",
        "Progress launch goes ahead despite call to freeze cooperation",
        "2025-02-28T09:00:00Z",
        True,
        [
            "A Progress cargo ship lifted off from Baikonur on Friday with food, fuel and "
            "spare parts for the International Space Station.",
            "A day earlier, a Republican senator had proposed that NASA stop coordinating "
            "spacewalks with Roscosmos until Russia accepted a ceasefire in Ukraine.",
            "The freighter is due to dock on Sunday after a two-day chase.",
            "The proposal from Sen. Ronald Hastings of Oklahoma has little support and has "
            "not been taken up by any committee.",
        ],
        [],
    )
    store = with_articles(proposal)
    reply = answer(store, "which oklahoma senator wanted nasa to stop coordinating spacewalks")
    assert reply.found
    assert "Hastings" in reply.answer
    # the name asked for leads; the sentence that matched best follows as the scene
    assert reply.answer.startswith("The proposal from Sen. Ronald Hastings of Oklahoma")
    assert "A day earlier, a Republican senator" in reply.answer


def test_a_yes_no_answer_carries_the_main_clause_not_only_the_scene(with_articles):
    dodge = (
        "debris-dodge",
        "Station dodges satellite fragment",
        "2025-05-06T09:00:00Z",
        False,
        [
            "The International Space Station fired the engines of a docked Progress "
            "freighter for five minutes on Tuesday to dodge a fragment of an old weather "
            "satellite.",
            "Flight controllers in Houston and Moscow planned the burn overnight.",
            "NASA said the crew of seven was never at risk and slept through most of it.",
        ],
        [],
    )
    store = with_articles(dodge)
    reply = answer(
        store,
        "was the crew at risk when the station fired the progress engines to dodge the fragment",
    )
    assert reply.found
    assert "NASA said the crew of seven was never at risk" in reply.answer


@pytest.mark.parametrize(
    ("question", "scene_words", "main_words"),
    [
        (
            "was the crew at risk when the station fired the progress engines",
            {"fired", "engines"},
            {"crew", "risk"},
        ),
        (
            "back when modi was in washington for the drone deals, did india's minister say no",
            {"modi", "drone"},
            {"minister"},
        ),
        (  # "before 2028" is when the claim is about, not a clause setting the scene
            "did nelson say russia might leave the station before 2028",
            set(),
            {"2028", "leave"},
        ),
    ],
)
def test_a_subordinate_clause_only_sets_the_scene(question, scene_words, main_words):
    q = parse(question, load_aliases())
    scene = {q.topic[i].text.lower() for i in _scene(q)}
    assert scene_words <= scene
    assert not (main_words & scene)


@pytest.mark.parametrize(
    ("question", "holder"),
    [
        ("what did the russian space boss say about rocket engines", "Rogozin"),
        ("what did the head of the european agency say about gateway", "Aschbacher"),
        ("what did the Roscosmos director say about the seats", "Borisov"),
    ],
)
def test_a_head_of_an_agency_is_found_by_any_title_and_any_name_of_the_agency(question, holder):
    q = parse(question, load_aliases())
    assert q.kind == "quote"
    assert holder in q.speaker_names


def test_where_a_quote_appeared_is_not_part_of_who_said_it():
    q = parse(
        "quote from the esa manager in that long orbit analysis about the station being held",
        load_aliases(),
    )
    assert q.kind == "quote"
    assert q.speaker == "esa manager"
    topic = {c.text.lower() for c in q.topic}
    assert "analysis" in topic and "quote" not in topic


def test_according_to_is_no_topic_and_kick_off_is_expel():
    q = parse("why does ukraine want russia kicked off the iss", load_aliases())
    kicked = next(c for c in q.topic if c.text == "kicked off")
    assert ("expel",) in {words for words, _, _ in kicked.phrases}
    q = parse("According to the newsletter, why does the swap work?", load_aliases())
    assert "according" not in {c.text.lower() for c in q.topic}


def test_a_number_with_its_unit_is_an_amount_not_part_of_a_name():
    concepts = load_aliases().concepts("why was the diplomat given 72 hours to leave")
    assert "diplomat 72" not in {c.text.lower() for c in concepts}
    concepts = load_aliases().concepts("who is commanding expedition 72")
    assert "expedition 72" in {c.text.lower() for c in concepts}


def test_the_latest_on_a_topic_is_a_story_about_it_not_a_newer_passing_mention(with_articles):
    budget = (
        "asa-budget-cut",
        "Australian Space Agency loses a third of its funding",
        "2024-05-15T09:00:00Z",
        False,
        [
            "CANBERRA - The Australian Space Agency will lose about a third of its funding "
            "over four years under the federal budget.",
            "The Australian agency had been promised steady growth when it was set up.",
            "Industry groups said the Australian cuts would push start-ups abroad.",
        ],
        [],
    )
    exports = (
        "export-controls-allies",
        "U.S. loosens export controls on satellite technology",
        "2024-10-24T09:00:00Z",
        False,
        [
            "WASHINGTON - The Commerce Department eased export controls on satellite parts "
            "for close allies on Tuesday, and an Australian space agency official welcomed it.",
            "The rule covers Canada, Britain and Japan among others.",
            "Manufacturers had lobbied for the change for two years.",
            "Officials said the rule would speed up licences for allied manufacturers.",
        ],
        [],
    )
    store = with_articles(budget, exports)
    reply = answer(store, "what's the latest with the australian space agency's money")
    assert reply.found
    assert "a third of its funding" in reply.answer
    assert reply.citations[0].id == story_id(store, "asa-budget-cut")


REPAIR = (
    "robot-arm-wrist-repair",
    "Canadian robot arm back in service after wrist repair",
    "2025-03-12T09:00:00Z",
    True,
    [
        "The Canadian robotic arm on the International Space Station is back in service after "
        "a two-week repair of its wrist joint by two NASA astronauts.",
        "The space agency's budget will fall from 40 million dollars this year. "
        "The arm's new camera was delivered by a Cygnus cargo ship.",
        "A station official in Longueuil, who asked not to be named, said the wrist joint repair had been "
        "rehearsed dozens of times. Controllers in Longueuil praised the work.",
    ],
    [],
)


def test_a_cost_question_needs_a_sum_of_money_not_any_number(with_articles):
    store = with_articles(REPAIR)
    assert not answer(store, "how much did the robot arm wrist joint repair cost").found


def test_a_sum_on_something_else_does_not_price_what_was_asked(with_articles):
    store = with_articles(REPAIR)
    assert not answer(store, "how much does the robot arm's new camera cost").found


def test_a_who_asking_for_a_person_is_not_answered_by_an_unnamed_official(with_articles):
    store = with_articles(REPAIR)
    assert not answer(
        store, "who was the station official who said the wrist repair was rehearsed"
    ).found


def test_there_is_no_latest_on_a_topic_no_story_mentions(store):
    assert not answer(store, "whats the latest on the station treadmill").found
    assert not answer(store, "latest news on the space station airlock").found
    assert answer(store, "what's the latest on the sanctions?").found


def test_the_latest_is_not_refused_for_a_verb_no_story_uses(store):
    """ "sanctions messing with the station": "messing" is how the member put it; the
    stories never using it does not make the topic unheard of."""
    assert answer(store, "what's the latest on the sanctions messing with the station?").found


def test_an_irregular_verb_finds_its_other_forms(with_articles):
    """ "Who led", "which cosmonaut flew": articles write "leads", "fly", "flown"."""
    crew = (
        "kibo-cubesat-team",
        "Student satellite leaves the station's Japanese module",
        "2024-05-02T09:00:00Z",
        False,
        [
            "A cubesat built by students in Harare was pushed out of the Kibo module's airlock "
            "on Tuesday, the first satellite of its kind for the country.",
            "Chipo Ncube, who leads the university team, said the first signal arrived two "
            "hours later.",
            "Cosmonaut Pavel Ilyin will fly the cargo ship's next docking by hand from the "
            "Zvezda module.",
        ],
        [],
    )
    store = with_articles(crew)
    reply = answer(store, "who led the university team behind the harare cubesat?")
    assert reply.found and "Chipo Ncube" in reply.answer
    reply = answer(store, "which cosmonaut flew the cargo ship's docking by hand?")
    assert reply.found and "Ilyin" in reply.answer


def test_a_quote_with_no_named_speaker_is_shown_in_its_sentence(with_articles):
    """Members see who the story says spoke ("one EU diplomat said"), never "Unattributed"."""
    talks = (
        "brussels-station-talks",
        "EU envoys weigh station cargo exemption",
        "2025-02-11T09:00:00Z",
        True,
        [
            "European Union envoys discussed on Tuesday whether cargo flights to the International "
            "Space Station should be exempt from the next sanctions package against Russia.",
            '"Nobody in the room wants to be the one who grounds the station," one EU diplomat '
            "said after the meeting.",
        ],
        [(None, "Nobody in the room wants to be the one who grounds the station,")],
    )
    store = with_articles(talks)
    reply = answer(store, "what did the eu diplomat say about grounding the station")
    assert reply.found
    assert "one EU diplomat said" in reply.answer
    assert "Unattributed" not in reply.answer


def test_an_age_asked_as_n_year_old_finds_the_age_written_after_a_name(with_articles):
    """Stories give ages as "Bakanov, 39,"; members ask for "the 39-year-old"."""
    chief = (
        "new-agency-chief",
        "Kremlin names new head of the space agency",
        "2025-02-10T09:00:00Z",
        True,
        [
            "Dmitry Bakanov, 39, a former deputy transport minister, took over from Yuri "
            "Borisov on Thursday by a decree of the president.",
        ],
        [],
    )
    store = with_articles(chief)
    reply = answer(store, "who is the 39-year-old who took over from Borisov?")
    assert reply.found and "Bakanov" in reply.answer
    assert not answer(store, "who is the 41-year-old who took over from Borisov?").found


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("how hot did it get inside the capsule after the leak?", "30 degrees"),
        ("how far did the burn raise the station after the debris alert?", "500 metres"),
    ],
)
def test_a_measuring_question_is_answered_in_its_units(with_articles, question, fact):
    """ "How hot" wants degrees and "how far" a distance, not the sentence sharing most
    words with the question that has some other number in it."""
    leak = (
        "capsule-leak-burn",
        "Leaking capsule and a debris burn keep station crew busy",
        "2024-11-20T09:00:00Z",
        False,
        [
            "Inside the capsule, the leak forced the crew to move 2 experiments and 40 "
            "kilograms of cargo after the leak was found.",
            "Engineers said the capsule reached about 30 degrees Celsius.",
            "After the debris alert, the burn to raise the station used 60 kilograms of the "
            "station's propellant.",
            "The station ended up about 500 metres higher.",
        ],
        [],
    )
    store = with_articles(leak)
    reply = answer(store, question)
    assert reply.found and fact in reply.answer


def test_which_senator_is_answered_with_the_name_given_later_as_sen(with_articles):
    """Stories say "a Republican senator had proposed …" and name "Sen. Ronald Hastings"
    paragraphs later; "which senator" wants the name, not the description."""
    proposal = (
        "senator-spacewalk-proposal",
        "Moscow answers senator's call to halt spacewalk coordination",
        "2025-02-28T09:00:00Z",
        True,
        [
            "A Republican senator had proposed that NASA stop coordinating spacewalks with "
            "Roscosmos until Russia accepted a ceasefire in Ukraine.",
            "Russia's deputy foreign minister said the station would fall without Russian engines.",
            "The proposal from Sen. Ronald Hastings of Oklahoma has little support in committee.",
        ],
        [],
    )
    store = with_articles(proposal)
    reply = answer(
        store, "which senator wanted nasa to stop coordinating spacewalks with roscosmos?"
    )
    assert reply.found and "Hastings" in reply.answer


def test_a_role_given_in_the_next_sentence_identifies_the_speaker(with_articles):
    """ "… Martin Ruchti, head of the economics department. The Federal Councillor is
    unmoved." — asked for the federal councillor, the bot finds Ruchti's words."""
    valves = (
        "swiss-valves-letter",
        "Swiss minister rebuffs NASA plea for valve exports to Russian segment",
        "2023-11-14T09:00:00Z",
        True,
        [
            "NASA asked Bern to let a Winterthur valve maker keep shipping parts for the "
            "Russian segment of the International Space Station despite sanctions.",
            "The request landed on the desk of Martin Ruchti, head of the economics "
            "department. The Federal Councillor is unmoved.",
            "Asked about the letter at a press conference on Friday, he answered with a "
            "question: “Should we tell Ukraine that space is different?”",
        ],
        [("Ruchti", "Should we tell Ukraine that space is different?")],
    )
    store = with_articles(valves)
    reply = answer(store, "what did the federal councillor say about nasa's letter on the valves?")
    assert reply.found and "space is different" in reply.answer
    assert reply.answer.startswith("Ruchti")


def test_he_in_a_quote_question_is_the_person_named_earlier_in_it(with_articles):
    """ "gromov, the guy who ran planning for the segment - what did he say …": the
    member names the speaker first and says "he" after."""
    planner = (
        "segment-planner-interview",
        "Former planner says detaching Russia's segment was never a real plan",
        "2024-11-04T09:00:00Z",
        True,
        [
            "Pavel Gromov ran long-range planning for the Russian segment of the International "
            "Space Station until early 2023.",
            "Asked whether detaching the segment had ever been a real engineering plan, he "
            "laughed. “There was a slide. There is always a slide,” Gromov said.",
        ],
        [("Gromov", "There was a slide. There is always a slide,")],
    )
    store = with_articles(planner)
    reply = answer(
        store,
        "gromov, the guy who did planning for the russian segment - what did he say about detaching it",
    )
    assert reply.found and reply.answer.startswith("Gromov said")
    assert "always a slide" in reply.answer


def test_a_countrys_official_is_not_answered_by_the_countrys_agency(with_articles):
    """ "What did Japan's prime minister say" is not answered by "the Japan Aerospace
    Exploration Agency said": the country only says whose official is asked about."""
    launch = (
        "h3-htv-x-launch",
        "Japan launches cargo ship to the station a day after Moscow bans two officials",
        "2026-02-18T09:00:00Z",
        True,
        [
            "Japan's H3 rocket lifted off on Wednesday carrying a cargo spacecraft to the "
            "International Space Station, the Japan Aerospace Exploration Agency said.",
            "The launch came a day after Russia banned two JAXA officials from entering the "
            "country, a move Tokyo called regrettable.",
        ],
        [],
    )
    store = with_articles(launch)
    reply = answer(
        store, "what did japan's prime minister say about russia banning the two jaxa officials"
    )
    assert not reply.found
    assert answer(store, "what did jaxa say about the h3 launch to the station").found


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("why did the protein furnace in kibo keep switching itself back on", "software timer"),
        ("when's the spacewalk to replace the leaking hose likely to happen", "December"),
        (
            "how much did the station climb when it dodged the satellite fragment",
            "half a kilometre",
        ),
    ],
)
def test_the_fact_asked_for_is_in_the_answer_when_another_sentence_matches_better(
    with_articles, question, fact
):
    """A cause given as "traced the fault to", a month still to come, a climb given as a
    distance: each sits in a sentence sharing fewer words with the question."""
    week = (
        "station-week-notes",
        "Station week: furnace restarts, hose leak, and a debris dodge",
        "2025-11-20T09:00:00Z",
        False,
        [
            "Japanese astronaut Kenji Arai spent Wednesday trying to shut down a protein "
            "furnace in the Kibo module that kept switching itself back on.",
            "Engineers in Tsukuba traced the fault to a software timer.",
            "A slow ammonia leak was traced to a hose on the starboard truss, and replacing "
            "the leaking hose will need a spacewalk by two astronauts.",
            "Managers said that step could take place in December.",
            "The station dodged a fragment of an old weather satellite on Tuesday, firing the "
            "engines of a docked cargo ship when the fragment came close.",
            "The burn raised the orbit by about half a kilometre.",
        ],
        [],
    )
    store = with_articles(week)
    reply = answer(store, question)
    assert reply.found and fact in reply.answer


def test_did_x_say_is_answered_where_x_says_it(with_articles):
    """ "Did Nelson say Russia might leave before 2028?" is answered by "He said the agency
    had no indication …" after a sentence naming Nelson; "before 2028" is part of the
    claim, not a scene-setting clause."""
    hearing = (
        "senate-hearing-budget",
        "Nelson defends NASA budget at Senate hearing",
        "2024-04-16T09:00:00Z",
        True,
        [
            "NASA Administrator Bill Nelson defended the agency's budget before a Senate "
            "appropriations subcommittee on Tuesday, facing questions about Mars Sample Return.",
            "“We cannot spend eleven billion dollars to bring back a few tubes of rock in 2040,” "
            "Nelson said.",
            "Nelson told reporters after the hearing that the station partnership with Russia "
            "was holding. He said the agency had no indication that Russia would leave the "
            "station before 2028.",
        ],
        [
            (
                "Nelson",
                "We cannot spend eleven billion dollars to bring back a few tubes of rock in 2040,",
            )
        ],
    )
    store = with_articles(hearing)
    reply = answer(
        store,
        "At the April Senate hearing, did Nelson say Russia might leave the station before 2028?",
    )
    assert reply.found and "no indication" in reply.answer


def test_a_name_or_a_thing_the_story_never_gives_is_not_answered(with_articles):
    """ "What's the name of the new rocket" needs a name; "what was the verdict" needs a
    verdict. A story on day three of the trial or an unnamed rocket has neither."""
    stories = (
        (
            "baiterek-deal",
            "Kazakhstan and Russia agree to finish the Baiterek launch complex",
            "2025-06-04T09:00:00Z",
            True,
            [
                "Kazakhstan and Russia signed an agreement on Wednesday to complete the "
                "Baiterek launch complex at Baikonur, where a new Russian-Kazakh rocket is to "
                "begin flying later this decade."
            ],
            [],
        ),
        (
            "export-trial-day-three",
            "Export trial over chips for Progress cargo ships enters third day",
            "2025-03-12T09:00:00Z",
            True,
            [
                "The trial of businessman Vadim Sokolenko, charged with smuggling microelectronics "
                "to Russia for Progress cargo ships, entered its third day in Brooklyn on "
                "Wednesday with testimony from a customs agent."
            ],
            [],
        ),
    )
    store = with_articles(*stories)
    assert not answer(store, "whats the name of the new russian-kazakh rocket for baiterek").found
    assert not answer(store, "what was the verdict in the sokolenko export trial").found
    assert answer(store, "who is on trial in brooklyn over chips for progress ships").found


def test_who_names_the_people_in_the_sentence_beside_the_one_that_matches(with_articles):
    """ "Who were the two cosmonauts on the spacewalk where the bolt wouldn't turn": the
    matching sentence says what happened, the one before names the crew; another
    cosmonaut quoted later in the story is not the answer."""
    walk = (
        "radiator-spacewalk",
        "Cosmonauts move a radiator to Nauka in a six-hour spacewalk",
        "2025-05-02T09:00:00Z",
        False,
        [
            "Two Russian cosmonauts spent six hours outside the International Space Station "
            "on Friday, moving a backup radiator to the Nauka module.",
            "Commander Pavel Lazutkin and flight engineer Igor Rumyantsev left through the "
            "Poisk airlock at 5:47 p.m. The spacewalk ran half an hour long after a bolt on "
            "the radiator's launch lock refused to turn.",
            "Oleg Strelnikov, a former cosmonaut who made four spacewalks, said stubborn bolts "
            "were part of life on the station.",
        ],
        [],
    )
    store = with_articles(walk)
    reply = answer(
        store,
        "who were the two cosmonauts on that radiator spacewalk where the launch lock bolt wouldnt turn",
    )
    assert reply.found and "Lazutkin" in reply.answer and "Rumyantsev" in reply.answer


def test_who_names_the_crew_when_the_best_sentence_names_only_places(with_articles):
    """ "Who came home on the Soyuz that landed after 190 days": the opening sentence
    matches best but names only the steppe, the town and the station; the crew is named
    paragraphs later, and "North Kazakhstan Region" is not a person."""
    landing = (
        "soyuz-steppe-landing",
        "Soyuz lands on the Kazakh steppe after 190 days",
        "2025-04-06T09:00:00Z",
        False,
        [
            "ARKALYK, Kazakhstan — A Soyuz capsule carrying two Russian cosmonauts and a NASA "
            "astronaut landed southeast of Arkalyk in the North Kazakhstan Region on Sunday, "
            "ending 190 days on the International Space Station.",
            "The capsule was in excellent condition, according to Roscosmos.",
            "Recovery teams reached the capsule within minutes.",
            "Commander Yuri Volkhov, flight engineer Anton Serov and NASA astronaut Dr. Maria "
            "Keller were helped out of the Soyuz and wrapped in blankets.",
        ],
        [],
    )
    store = with_articles(landing)
    reply = answer(store, "who came home on the soyuz that landed after 190 days on the station")
    # the crew asked for leads, the landing the question matched follows
    assert reply.found and reply.answer.startswith("Commander Yuri Volkhov, flight engineer")
    assert "A Soyuz capsule carrying two Russian cosmonauts" in reply.answer
    assert "Keller" in reply.answer


def test_a_description_before_the_name_identifies_the_speaker(with_articles):
    """ "The minister responsible for space policy, Carla Benedetti, said …": asked for
    Italy's space minister, the bot finds Benedetti's words, not the agency president's."""
    cologne = (
        "italian-astronauts-cologne",
        "Italian astronaut candidates graduate as Rome rules out Soyuz",
        "2025-11-20T09:00:00Z",
        True,
        [
            "Two Italian astronaut candidates completed basic training in Cologne on Thursday.",
            "“Italy now has a new generation ready to fly,” said Giorgio Ferretti, president "
            "of the Italian Space Agency.",
            "The minister responsible for space policy, Carla Benedetti, said the suspension "
            "of crewed cooperation with Moscow would remain in force. “As long as Russia "
            "continues its aggression against Ukraine, no Italian astronaut will travel on a "
            "Russian vehicle,” Benedetti said.",
        ],
        [
            ("Ferretti", "Italy now has a new generation ready to fly,"),
            (
                "Benedetti",
                "As long as Russia continues its aggression against Ukraine, no Italian "
                "astronaut will travel on a Russian vehicle,",
            ),
        ],
    )
    store = with_articles(cologne)
    reply = answer(store, "what did italy's space minister say about italian astronauts and soyuz")
    assert reply.found and reply.answer.startswith("Benedetti")


@pytest.mark.parametrize(
    ("word", "written"),
    [("bump", "increase"), ("slashed", "cut"), ("heads up", "notice")],
)
def test_members_words_for_rises_cuts_and_warnings_search_the_articles_words(word, written):
    """ "Bump" is an increase, "slashed" a cut and "a heads up" notice, in members' words."""
    concepts = load_aliases().concepts(f"did they {word} it")
    assert any(w == written for c in concepts for _, w, _ in c.phrases)


def test_the_state_department_typed_in_lower_case_is_a_speaker_not_a_verb():
    q = parse("what did the state department say about the emirati astronauts", load_aliases())
    assert q.kind == "quote"
    assert {c.text for c in q.speaker_concepts} == {"state", "department"}


def test_a_kind_or_unit_the_story_never_gives_is_not_answered(with_articles):
    """ "Which university built the dosimeter" needs a university in the story; "how much
    cargo" needs a weight, not the burn's minutes."""
    stories = (
        (
            "polish-dosimeter",
            "Moscow calls Polish station experiment military",
            "2025-07-03T09:00:00Z",
            True,
            [
                "Russia's foreign ministry said a radiation dosimeter among the Polish "
                "experiments on the International Space Station was funded by the Polish "
                "defence ministry and built for the military."
            ],
            [],
        ),
        (
            "progress-dodge",
            "Station dodges debris with Progress burn",
            "2024-11-19T09:00:00Z",
            False,
            [
                "The station fired the thrusters of a docked Progress cargo ship for three "
                "minutes and 32 seconds on Tuesday to steer clear of an old rocket stage."
            ],
            [],
        ),
    )
    store = with_articles(*stories)
    assert not answer(store, "which university built the polish radiation dosimeter").found
    assert answer(store, "which ministry funded the polish radiation dosimeter").found
    assert not answer(
        store, "how much cargo was the progress carrying when it dodged the old rocket stage"
    ).found
    assert answer(store, "how long did the progress thrusters fire to dodge the rocket stage").found


def test_a_hypothetical_does_not_answer_a_who_question(with_articles):
    """ "… to study how the station's Columbus laboratory would operate if the Russian
    segment no longer provided propulsion" says what might happen, not who provides it."""
    stories = (
        (
            "esa-ministerial-budget",
            "European ministers back a bigger budget as station partners plan ahead",
            "2026-10-29T09:00:00Z",
            True,
            [
                "The exploration programme received a boost of nearly a fifth, with new funding "
                "for a European lunar lander.",
                "Ministers approved a smaller fund to secure European crew seats on US commercial "
                "spacecraft and to study how ESA's Columbus laboratory would operate if the "
                "Russian segment no longer provided propulsion.",
            ],
            [],
        ),
        (
            "russia-station-role",
            "Russia links station role to sanctions relief",
            "2026-03-13T09:00:00Z",
            True,
            [
                "The head of Russia's space agency warned that Moscow would reconsider its role "
                "on the International Space Station unless sanctions are lifted.",
                "The Russian segment supplies most of the station's propulsion.",
            ],
            [],
        ),
    )
    store = with_articles(*stories)
    reply = answer(store, "Who provides propulsion for the station?")
    assert reply.found and "would operate if" not in reply.answer


def test_near_misses_on_a_bill_and_a_rare_name_are_not_answered(with_articles):
    """No amount for "how much is X billing", and no Zhuk in the story for "what did
    Lukashenko say about Zhuk" (the name typed in lower case, known from another story)."""
    stories = (
        (
            "landing-zone-decree",
            "Kazakhstan orders Roscosmos to pay for landing-zone checks",
            "2025-07-01T09:00:00Z",
            True,
            [
                "Kazakhstan's government is billing Roscosmos for soil checks where Soyuz "
                "capsules land, and gives ministries 30 days to draw up the bill, the decree "
                "published on Monday says.",
            ],
            [],
        ),
        (
            "belarus-first-flight",
            "Belarus's first woman in space reaches the station",
            "2024-03-23T09:00:00Z",
            True,
            [
                "Marina Vasilevskaya, picked as Belarus's first cosmonaut, reached the station "
                "on Saturday.",
                '"Our partners in the West wanted to isolate us," Alexander Lukashenko said of '
                "the cosmonaut being picked.",
            ],
            [("Lukashenko", "Our partners in the West wanted to isolate us,")],
        ),
        (
            "zhuk-named",
            "Belarus names a second cosmonaut candidate",
            "2025-05-02T09:00:00Z",
            False,
            ["Belarus named engineer Pavel Zhuk as its second cosmonaut candidate."],
            [],
        ),
    )
    store = with_articles(*stories)
    assert not answer(store, "how much is kazakhstan billing roscosmos for the soil checks").found
    assert not answer(store, "what did lukashenko say about zhuk being picked as cosmonaut").found
    assert answer(store, "what did lukashenko say about the first belarusian woman in space").found


def test_common_abbreviations_find_what_the_story_spells_out(with_articles):
    """ "CJS", "JSC" and "Republican" in a question; "Commerce-Justice-Science", "Johnson
    Space Center" and "GOP" in the story."""
    markup = (
        "house-cjs-markup",
        "House panel adds Roscosmos ban to spending bill",
        "2025-07-10T09:00:00Z",
        True,
        [
            "Rep. Dale Whitcomb, a GOP member of the appropriations panel, added an amendment "
            "to the Commerce-Justice-Science spending bill that would bar NASA payments to "
            "Roscosmos.",
            "Trajectory officers at the Johnson Space Center said the station is losing "
            "altitude faster because of solar maximum.",
        ],
        [],
    )
    store = with_articles(markup)
    reply = answer(
        store,
        "whos the house republican whose amendment to the CJS bill bars nasa payments to roscosmos",
    )
    assert reply.found and "Whitcomb" in reply.answer
    reply = answer(
        store, "why is the station losing altitude faster, per the jsc trajectory officers"
    )
    assert reply.found and "solar maximum" in reply.answer


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        (
            "BAIKONUR, Kazakhstan, July 14 (SWS) — A Soyuz rocket",
            "BAIKONUR, Kazakhstan, July 14 (SWS) — ",
        ),
        ("WASHINGTON/MOSCOW (OWS) - President Trump", "WASHINGTON/MOSCOW (OWS) - "),
        ("TOKYO, Feb. 18 (NWS) - Japan's H3", "TOKYO, Feb. 18 (NWS) - "),
        ("NASA said - no date was set", None),
    ],
)
def test_a_dateline_is_where_a_story_was_filed_not_what_it_is_about(opening, dateline):
    """A dateline's place ("Kazakhstan") must not make a launch story the latest on
    Kazakhstan's quarrel with Roscosmos, nor its date answer "when"."""
    m = tp.DATELINE.match(opening)
    assert (m.group(0) if m else None) == dateline


def test_how_long_is_answered_by_the_duration_not_the_delay(with_articles):
    """ "About twenty minutes behind schedule" is how late the spacewalk began, not how
    long it lasted; the duration sits in another sentence of the same story."""
    spacewalk = (
        "poisk-spacewalk-swabs",
        "Cosmonauts swab Poisk thrusters on spacewalk",
        "2025-10-16T18:00:00Z",
        True,
        [
            "Two Russian cosmonauts spent five hours and 11 minutes outside the International "
            "Space Station on Thursday, collecting samples of thruster residue, Roscosmos said.",
            "Commander Andrei Fedoseyev and flight engineer Ilya Bogatyrev left the Poisk "
            "airlock at 17:34 Moscow time, about twenty minutes behind schedule because of a "
            "stuck strap on Bogatyrev's suit.",
        ],
        [],
    )
    store = with_articles(spacewalk)
    reply = answer(store, "how long were fedoseyev and bogatyrev outside")
    assert reply.found and "five hours and 11 minutes" in reply.answer


def test_future_when_finds_the_date_in_the_quote_that_follows(with_articles):
    """ "When would an Iranian fly?": the date is in the next sentence of the official's
    quote ("We are talking about the period after 2027"), not in Iran's past launches."""
    memorandum = (
        "roscosmos-iran-memorandum",
        "Roscosmos to train Iranian cosmonaut",
        "2025-09-23T10:00:00Z",
        True,
        [
            "Roscosmos and the Iranian Space Agency have signed a memorandum on the training "
            "of an Iranian cosmonaut for a short flight to the International Space Station, "
            "Gennady Lebedinsky of Roscosmos told journalists on Tuesday.",
            '"The document provides for the training of two Iranian candidates, one of whom '
            "will fly as a member of a visiting expedition on a Soyuz. We are talking about "
            'the period after 2027," Lebedinsky said.',
            "Iran launched its first domestically built satellite, Omid, in 2009 on its own "
            "Safir rocket.",
        ],
        [],
    )
    store = with_articles(memorandum)
    reply = answer(store, "when would an iranian actually fly to the iss under that memorandum")
    assert reply.found and "after 2027" in reply.answer
    # the pair carries the date together, so it opens the answer, before the signing
    assert reply.answer.startswith('"The document provides'), reply.answer


def test_a_country_or_an_ordinal_the_stories_lack_is_not_answered(with_articles):
    """ "latvia" typed in lower case is a country, and "the third" of a series is not the
    second: a story on Lithuania's protest at Belarus's second cosmonaut answers neither."""
    protest = (
        "vilnius-protests-belarus-cosmonaut",
        "Lithuania protests Belarus's second cosmonaut",
        "2026-04-14T10:00:00Z",
        True,
        [
            "The Lithuanian Foreign Ministry summoned the Belarusian charge d'affaires on "
            "Tuesday to protest against Minsk's plan to send a second Belarusian cosmonaut "
            "to the International Space Station on a Russian Soyuz.",
        ],
        [],
    )
    store = with_articles(protest)
    assert answer(store, "did lithuania protest belarus's second cosmonaut").found
    assert not answer(store, "did latvia protest belarus's second cosmonaut too").found
    assert not answer(store, "did lithuania protest belarus's third cosmonaut").found


def test_a_quote_asked_for_by_role_goes_to_the_person_the_story_describes_so(with_articles):
    """ "…," he said after "Sen. Roger Hadley of Montana" is the Montana senator's, and
    after "Malhotra's answer" the astronaut's ("NASA astronaut Dev Malhotra" earlier);
    the child's question in the same story is not the astronaut's answer."""
    senator = (
        "senator-soyuz-hospital",
        "After Kyiv hospital strike, senator tells NASA to pull astronaut from Soyuz",
        "2024-07-10T12:00:00Z",
        True,
        [
            "WASHINGTON — A Republican senator called on NASA on Tuesday to pull an American "
            "astronaut from a Russian Soyuz flight scheduled for September, a day after a "
            "Russian missile struck a children's hospital in Kyiv.",
            "\"Russia bombs a children's hospital on Monday, and on Tuesday we're still "
            'planning to hand them an American astronaut to launch in September. Enough," '
            "Sen. Roger Hadley of Montana wrote on X.",
            "In a second post an hour later, he tagged NASA's account: \"Fly him on a "
            'Dragon. We have our own rockets now."',
        ],
        [],
    )
    downlink = (
        "treadmill-school-downlink",
        "Low Orbit Log: the treadmill and the Tulsa downlink",
        "2025-11-20T12:00:00Z",
        True,
        [
            "On Tuesday, NASA astronaut Dev Malhotra took questions from about 400 students "
            "in a school gym in Tulsa. The best question came from a sixth-grader named "
            'Priya: "How do you go running on the treadmill if you float?"',
            "Malhotra's answer was better than most textbooks. \"You wear a harness with "
            "bungee cords that pull you down onto the belt, about as hard as you can "
            'stand," he said.',
        ],
        [],
    )
    store = with_articles(senator, downlink)
    reply = answer(
        store,
        "what did the montana senator post about the astronaut on the september soyuz after "
        "the kyiv childrens hospital got hit",
    )
    assert reply.found and story_id(store, "senator-soyuz-hospital") in cited(store, reply)
    reply = answer(
        store,
        "how do u even run on the treadmill if you float, what did the astronaut tell the "
        "tulsa kids",
    )
    assert reply.found and "bungee cords" in reply.answer


def test_said_yes_to_an_offer_asks_whether_it_was_accepted_not_for_a_quote():
    """ "has india said yes to russia's offer": agreeing, asked yes or no."""
    q = parse("has india said yes to russia's offer of a soyuz seat", load_aliases())
    assert q.kind == "yesno"
    assert parse("has roscosmos said anything about the leak", load_aliases()).kind == "quote"


def test_an_opening_when_clause_sets_the_scene_of_the_question_after_it():
    """ "when rubio got back …, did the roscosmos boss want …" asks yes or no about the
    boss; the landing only finds the story."""
    q = parse(
        "when rubio got back from his 371 days, did the roscosmos boss want the seat swap "
        "w nasa to keep going?",
        load_aliases(),
    )
    assert q.kind == "yesno"
    assert {q.topic[i].text for i in _scene(q)} >= {"rubio", "371"}
    assert parse("when did rubio get back, and who met him", load_aliases()).kind == "when"


def test_which_one_is_not_answered_when_the_story_never_names_it(with_articles):
    """ "Which Chinese company made the sensors?": a story that only ever says "sensors made
    by a Chinese company" cannot say which; one that names "Shenzhen Xinda, a Chinese
    company" can."""
    unnamed = (
        "beijing-protest-experiment-barred",
        "Beijing protests as Pakistani experiment is barred from station cargo flight",
        "2025-10-15T10:00:00Z",
        True,
        [
            "BEIJING — China's Foreign Ministry on Wednesday condemned a U.S. decision to "
            "remove a Pakistani university's plant-growth experiment from a cargo flight to "
            "the International Space Station because it contained sensors made by a Chinese "
            "company.",
        ],
        [],
    )
    store = with_articles(unnamed)
    question = "which chinese company made the sensors that got the pakistani experiment barred"
    assert not answer(store, question).found
    named = (
        "pakistani-experiment-sensors-named",
        "Sensor maker named in barred Pakistani station experiment",
        "2025-10-16T10:00:00Z",
        True,
        [
            "The sensors that got the Pakistani plant-growth experiment barred from the "
            "International Space Station were made by Shenzhen Xinda, a Chinese company, "
            "according to the university.",
        ],
        [],
    )
    store = with_articles(unnamed, named)
    reply = answer(store, question)
    assert reply.found and "Shenzhen Xinda" in reply.answer


def test_future_when_is_not_answered_by_a_year_already_past(with_articles):
    """ "Cut from the syllabus in 2023", written in 2025, does not date a flight still to
    come, even in the sentence after the one about flying."""
    graduation = (
        "esa-class-graduates-cologne",
        "ESA's newest astronaut class graduates in Cologne",
        "2025-04-24T10:00:00Z",
        True,
        [
            "COLOGNE — Five members of the European Space Agency's newest astronaut class "
            "received their certificates on Thursday at the European Astronaut Centre.",
            "ESA's director of human spaceflight told guests that the new astronauts would "
            "fly to the International Space Station on American spacecraft. Russian "
            "language classes were cut from the syllabus in 2023.",
        ],
        [],
    )
    store = with_articles(graduation)
    question = "when will the first astronaut from esa's newest class fly to the station"
    assert not answer(store, question).found


def test_what_time_is_answered_by_the_clock_time(with_articles):
    """ "What time did they get the first beep": the sentence with "4:12 p.m.", not the
    opening one that says only "on Wednesday"."""
    cubesat = (
        "korean-student-cubesat-kibo",
        "Korean students' cubesat released from the station",
        "2025-03-19T10:00:00Z",
        True,
        [
            "SEOUL, March 19 (Hanbit) -- A cube satellite built by students at a South Korean "
            "university was released into orbit from the International Space Station on "
            "Wednesday, its developers said.",
            "The 3-kilogram satellite, HANSOL-1, was pushed out of the airlock of Japan's Kibo "
            "laboratory module by a small deployer operated by the Japan Aerospace "
            "Exploration Agency (JAXA), according to the Korea AeroSpace Administration.",
            "“We received the first beacon signal at 4:12 p.m. Korea time, and all systems "
            "look healthy,” Kim Ji-hoon, a professor of aerospace engineering who led the "
            "project, said in a phone interview.",
            "KASA said in a statement that the satellite would spend a year and a half in "
            "orbit. “The satellite will test a Korean-made star tracker over the next 18 "
            "months,” the statement said.",
        ],
        [],
    )
    store = with_articles(cubesat)
    reply = answer(
        store,
        "what time did the korean students get the first beep from their cubesat after it "
        "left kibo",
    )
    assert reply.found and "4:12 p.m." in reply.answer


def test_a_distance_in_metres_is_not_a_designator():
    """ "lost lock ~900 m out" is a distance; "Expedition 72" is a name the story must carry."""
    lock = parse(
        "which flight director was on the radio when kurs lost lock ~900 m out", load_aliases()
    )
    assert not any("lock" in c.text and "900" in c.text for c in lock.topic)
    expedition = parse("who commanded expedition 72", load_aliases())
    assert any(c.named and "72" in c.text for c in expedition.topic)


def test_a_small_number_matches_it_spelled_out():
    """ "the 3 russian trainers" finds "three instructors", and "three" finds "3"."""
    aliases = load_aliases()
    digits = next(c for c in aliases.concepts("the 3 russian trainers") if c.text == "3")
    assert "three" in {written for _, written, _ in digits.phrases}
    words = next(c for c in aliases.concepts("the three trainers") if c.text == "three")
    assert "3" in {written for _, written, _ in words.phrases}


def test_a_quote_split_by_its_attribution_is_given_whole(with_articles):
    """ "Think of it like a car tire," Roark said, "except the tire is 25 years old …": the
    answer keeps the comparison the member remembers, not only its second half."""
    leak = (
        "zvezda-leak-feature",
        "Six years of chasing the Zvezda leak",
        "2025-05-12T10:00:00Z",
        True,
        [
            "At NASA, Megan Roark, a deputy manager in the station program office, leads the "
            'American side of the joint team on the leaking PrK tunnel. "Think of it like a '
            'car tire," Roark said, "except the tire is 25 years old and you cannot take it '
            'off the car."',
        ],
        [],
    )
    store = with_articles(leak)
    reply = answer(
        store, "how did roark describe the leaky prk tunnel, wasnt there a car comparison"
    )
    assert reply.found and "car tire" in reply.answer and "25 years old" in reply.answer


def test_which_one_was_picked_is_not_answered_while_the_choice_is_still_to_come(with_articles):
    """ "Which of the two Serbian officers did Roscosmos pick?": a story saying "the choice
    will be made after a year of training" names the two, not the one picked."""
    feature = (
        "serbian-pilots-star-city",
        "Two Serbian pilots train at Star City for a Soyuz seat",
        "2025-10-21T10:00:00Z",
        True,
        [
            "In July Captain Nikola Markovic was one of two Serbian officers selected to train "
            "at the Gagarin Cosmonaut Training Centre near Moscow for a seat on a Soyuz "
            "flight to the International Space Station.",
            "The choice, Roscosmos says, will be made after a year of training.",
        ],
        [],
    )
    store = with_articles(feature)
    question = "which of the two serbian officers did roscosmos finally pick for the soyuz seat"
    assert not answer(store, question).found
    control = "which serbian officer is training at the gagarin cosmonaut training centre"
    assert answer(store, control).found


def test_why_takes_what_the_thing_is_held_up_by(with_articles):
    """ "Why hasn't Turkey's second astronaut flown?": the next sentence says what the
    flight is "still waiting for" (export licences), which is the reason."""
    hearing = (
        "turkish-space-agency-budget-hearing",
        "Turkish space agency asks parliament for budget rise",
        "2025-11-18T10:00:00Z",
        True,
        [
            "ANKARA — Turkey's space agency asked parliament's budget committee on Monday for "
            "a 40 percent increase in its 2026 allocation.",
            "The sharpest exchange came later, when opposition deputy Selin Akbaba asked "
            "about the second Turkish astronaut, who was due to fly to the International "
            "Space Station on a commercial American mission this year but still has no "
            "launch date. Ertug said the crew seat remained reserved, but that eleven of the "
            "13 Turkish experiments assigned to the flight were still waiting for US export "
            "licences.",
        ],
        [],
    )
    store = with_articles(hearing)
    reply = answer(store, "why hasnt turkey's second astronaut flown yet")
    assert reply.found and "export licences" in reply.answer


def test_how_adds_the_next_sentence_saying_what_it_was_done_with(with_articles):
    """ "How did the crew dock the Progress?": "by hand" leads, and the next sentence says
    with what (the TORU remote-control system)."""
    docking = (
        "progress-manual-docking",
        "Cosmonaut takes manual control to dock Progress freighter after Kurs glitch",
        "2024-06-03T10:00:00Z",
        True,
        [
            "MOSCOW, June 3 — A Russian cosmonaut docked a Progress cargo ship to the "
            "International Space Station by hand on Monday after the automated Kurs "
            "rendezvous system lost lock on the station about 900 metres out, Roscosmos said.",
            "Commander Dmitry Sablin took over with the TORU remote-control system from inside "
            "the Zvezda service module and guided the freighter to the aft port in 22 minutes.",
            "A Roscosmos statement followed an hour later: “The docking was carried out in the "
            "regular manual mode. The crew and the station are safe.”",
        ],
        [],
    )
    store = with_articles(docking)
    reply = answer(
        store,
        "how did the crew get the progress docked when the automatic system lost the station "
        "about 900 m out",
    )
    assert reply.found and "TORU" in reply.answer


def test_the_quote_that_follows_a_reported_offer_is_kept_with_it(with_articles):
    """ "She said the Kazakh side had offered to cover part of the cost … “We are ready to
    pay our share, in tenge or in work,” she said": the offer in her own words."""
    briefing = (
        "kazakh-cosmonaut-seat-talks",
        "Kazakhstan presses Moscow for a cosmonaut seat",
        "2025-06-10T10:00:00Z",
        True,
        [
            "ASTANA — Kazakhstan wants Russia to fly a Kazakh cosmonaut to the International "
            "Space Station on a Soyuz.",
            "Deputy Minister Aigerim Seitkali was more direct at a briefing in the Senate a "
            "day later. She said the Kazakh side had offered to cover part of the cost of a "
            "flight with services at Baikonur, including the use of Kazakh recovery "
            "helicopters. “We are ready to pay our share, in tenge or in work,” she said.",
        ],
        [],
    )
    store = with_articles(briefing)
    reply = answer(store, "how is kazakhstan offering to chip in for a kazakh cosmonaut's flight")
    assert reply.found and "tenge or in work" in reply.answer


def test_an_mp_is_a_member_of_parliament_or_a_deputy():
    """ "that turkish opposition mp": stories say "opposition deputy" or "lawmaker"."""
    mp = next(c for c in load_aliases().concepts("the opposition mp") if c.text.lower() == "mp")
    assert {"deputies", "lawmakers"} <= {written for _, written, _ in mp.phrases}


def test_chat_shorthand_for_former_saying_and_op_ed_is_read_as_meant():
    """ "who wrote that op-ed sayin … ex diplomat?": "ex" is "former", "sayin" is
    "saying", an "op-ed" an opinion piece."""
    text = load_aliases().uncasual("who wrote that op-ed sayin canada should pay? ex diplomat?")
    assert text == "who wrote that opinion saying canada should pay? former diplomat?"
    assert load_aliases().uncasual("the next expedition") == "the next expedition"


def test_rushed_finds_hurried():
    """ "cold metal doesn't like being rushed": the flight director said "hurried"."""
    rushed = next(c for c in load_aliases().concepts("being rushed") if c.text == "rushed")
    assert "hurry" in {written for _, written, _ in rushed.phrases}


def test_how_many_is_answered_by_a_count_written_out(with_articles):
    """ "How many nights did he spend at the window": "It came to twenty-six." is the
    number, though it is spelled out and sits in the sentence after the tally."""
    tally = (
        "night-shift-cupola-tally",
        "Night shift on the station: who stays up and why",
        "2026-10-20T10:00:00Z",
        True,
        [
            "The crew of the International Space Station do not always sleep. Lars Engström, "
            "the Swedish ESA astronaut who returned from the station in the spring, kept a "
            "private tally of the nights he spent at the cupola window instead. It came to "
            "twenty-six.",
        ],
        [],
    )
    store = with_articles(tally)
    reply = answer(
        store, "how many nights did the swedish esa guy spend at the cupola window on the station"
    )
    assert reply.found and "twenty-six" in reply.answer


def test_which_institute_developed_it_is_not_answered_when_never_named(with_articles):
    """ "Which Bengaluru institute developed the experiment?": "developed at a Bengaluru
    institute" never says which. A person the story introduces as "a member of Russia's
    parliament" and names in the next sentence is named."""
    payload = (
        "india-muscle-experiment-progress",
        "India rejects US objection to experiment on Russian cargo ship",
        "2026-10-07T10:00:00Z",
        True,
        [
            "NEW DELHI — India rejected US objections to an Indian biology experiment that "
            "will fly to the International Space Station on a Russian Progress cargo ship. "
            "The experiment, a study of muscle-cell ageing developed at a Bengaluru institute, "
            "was first meant to fly on an American cargo flight.",
        ],
        [],
    )
    store = with_articles(payload)
    question = "which bengaluru institute developed the muscle-ageing experiment on the progress"
    assert not answer(store, question).found
    duma = (
        "duma-member-segment-threat",
        "Duma member threatens to split off the station's Russian segment",
        "2026-10-08T10:00:00Z",
        True,
        [
            "MOSCOW — Hours after the talks ended, a member of Russia's parliament tied the fate "
            "of the International Space Station to the negotiations. Viktor Sedykh, deputy "
            "chair of the Duma's space committee, told a Moscow radio station that Russia could "
            "split off its segment.",
        ],
        [],
    )
    store = with_articles(duma)
    reply = answer(store, "which duma member told a moscow radio station russia could split off")
    assert reply.found and "Sedykh" in reply.answer


def test_a_few_words_quoted_in_reported_speech_answer_what_was_said_around_them(with_articles):
    """ "What did the memo say the seat swap had become?": the memo "warns that the
    arrangement "is now load-bearing"" answers it, though the words in quotation marks are
    few and a longer quote of the memo shares more of the question's words."""
    memo = (
        "starliner-slip-memo-seat-swap",
        "Starliner slips again; NASA memo calls seat swap load-bearing",
        "2025-08-21T10:00:00Z",
        True,
        [
            "Boeing's Starliner will not fly crew to the International Space Station before "
            "2027. With only Crew Dragon available, NASA's seat swap with Russia has become the "
            "only backup for American access to the station. An internal NASA memo warns that "
            'the arrangement "is now load-bearing."',
            'The memo reads: "Loss of integrated crew flights would leave the U.S. segment '
            'dependent on a single provider with no dissimilar redundancy."',
        ],
        [],
    )
    store = with_articles(memo)
    reply = answer(
        store,
        "what did the internal nasa memo say the seat swap with russia had become after "
        "starliner slipped",
    )
    assert reply.found and "load-bearing" in reply.answer


def test_a_quote_asked_for_by_role_goes_to_the_one_the_role_is_put_before(with_articles):
    """ "Kazakhstan's minister for the aerospace industry, Yerlan Zhaksybekov, said …" and,
    later, "…," the minister added: a member asking for "kazakhstan's aerospace minister"
    gets his words, the role standing before his name."""
    deal = (
        "kazakh-baiterek-deal-signed",
        "Kazakhstan and Russia sign Baiterek deal",
        "2025-05-28T10:00:00Z",
        True,
        [
            "ASTANA — Kazakhstan and Russia signed a deal on the Baiterek launch complex at "
            'Baikonur on Wednesday. "This is a project that has waited twenty years for its '
            "signature,\" Kazakhstan's minister for the aerospace industry, Yerlan "
            "Zhaksybekov, said at the signing ceremony.",
            "Astana also asked Russia to fly a Kazakh cosmonaut to the International Space "
            "Station by 2027.",
            '"A Kazakh on the station is part of the price of Baikonur, and our partners know '
            'it," the minister added.',
        ],
        [],
    )
    store = with_articles(deal)
    reply = answer(
        store,
        "what did kazakhstan's aerospace minister say about a kazakh on the station when they "
        "signed the baiterek deal",
    )
    assert reply.found and "price of Baikonur" in reply.answer


def test_the_prosecutor_is_the_one_speaking_for_the_prosecution(with_articles):
    """ "For the prosecution, Simon Adeyemi-Clarke KC said …": a member asking what the
    prosecutor said gets his words; "the brit" is the British astronaut."""
    trial = (
        "kent-connectors-trial",
        "Kent businessman tells jury station exemption covered his exports",
        "2026-10-28T10:00:00Z",
        True,
        [
            "A Kent businessman accused of breaching Russia sanctions told a jury that his "
            "connectors were destined for the Russian segment of the International Space "
            "Station.",
            "For the prosecution, Simon Adeyemi-Clarke KC said the end user was a Moscow firm "
            'that also supplies missile makers. "The space station is being used here as a flag '
            'of convenience," he told the court.',
        ],
        [],
    )
    seat = (
        "british-astronaut-seat-withdrawn",
        "Moscow withdraws British astronaut's Soyuz seat",
        "2026-10-14T10:00:00Z",
        True,
        [
            "Britain's only serving career astronaut will not fly to the International Space "
            "Station on a Soyuz next spring after Moscow said the seat could be confirmed only "
            "once London released payments owed to a Russian subcontractor.",
        ],
        [],
    )
    store = with_articles(trial, seat)
    reply = answer(
        store,
        "in the kent sanctions trial, what did the prosecutor say the space station was used as",
    )
    assert reply.found and "flag of convenience" in reply.answer
    reply = answer(store, "why did moscow pull the brit's soyuz seat for next spring")
    assert reply.found and "subcontractor" in reply.answer


def test_what_verdict_did_the_jury_reach_is_not_answered_before_there_is_one(with_articles):
    """A trial story that says "the trial continues" has no verdict to give, however well
    it matches the rest of the question; one that reports the verdict answers it."""
    trial = (
        "kent-connectors-trial-day-two",
        "Kent businessman tells jury his station exports were in order",
        "2026-10-28T10:00:00Z",
        True,
        [
            "A Kent businessman accused of breaching Russia sanctions told a jury at Southwark "
            "Crown Court that his connectors were meant for the Russian segment of the "
            "International Space Station. The trial continues.",
        ],
        [],
    )
    store = with_articles(trial)
    question = "what verdict did the southwark jury reach on the kent connectors case"
    assert not answer(store, question).found
    verdict = (
        "kent-connectors-trial-verdict",
        "Kent businessman cleared over station connectors",
        "2026-11-12T10:00:00Z",
        True,
        [
            "A jury at Southwark Crown Court returned a verdict of not guilty on Wednesday in "
            "the case of the Kent businessman who shipped connectors for the Russian segment "
            "of the International Space Station.",
        ],
        [],
    )
    store = with_articles(trial, verdict)
    reply = answer(store, question)
    assert reply.found and "not guilty" in reply.answer


def test_the_outcome_of_something_still_to_come_is_not_answered(with_articles):
    """ "What did the follow-up experiment find?" when the story says "The follow-up
    experiment is scheduled to fly in 2027": there is no finding yet to give."""
    fungus = (
        "mykoplast-columbus-results",
        "Fungus experiment on Columbus shows plastic-eating strains survive orbit",
        "2026-09-02T10:00:00Z",
        True,
        [
            "The experiment, known as MYKOPLAST, flew in the European Columbus laboratory of "
            "the International Space Station last year and found that two fungal strains broke "
            "down plastic as fast in orbit as on the ground.",
            "The follow-up experiment is scheduled to fly in 2027.",
        ],
        [],
    )
    store = with_articles(fungus)
    assert not answer(store, "what did the mykoplast follow up experiment find").found
    reply = answer(store, "what did the mykoplast experiment on columbus find")
    assert reply.found and "fungal strains" in reply.answer


def test_a_question_ending_per_someone_asks_for_their_account(with_articles):
    """ "why was moscow sitting on the visa …, per the foreign ministry": the ministry's
    own words answer it, not the opening that says only that the visa was not issued;
    "per the launch story" says where to look, not who speaks."""
    visa = (
        "russia-visa-nasa-astronaut-delay",
        "Russia holds up visa for NASA astronaut due at Star City",
        "2024-08-29T10:00:00Z",
        True,
        [
            "MOSCOW — Russia has not issued a visa to a NASA astronaut who was due to begin "
            "training for a Soyuz flight at Star City this month, NASA said, the first time the "
            "seat exchange has been caught up in a diplomatic dispute.",
            "The Foreign Ministry’s spokeswoman, Maria Zakharova, linked the case to the "
            "expulsion of two Russian diplomats from Washington in July. “Visas are not issued "
            "on demand to citizens of a country that expels our diplomats,” Zakharova said.",
        ],
        [],
    )
    store = with_articles(visa)
    reply = answer(
        store,
        "why was moscow sitting on the visa for the nasa astronaut who was supposed to train "
        "at star city, per the foreign ministry",
    )
    assert reply.found and "expels our diplomats" in reply.answer
    q = parse(
        "how fast does the station lose altitude, per the progress launch story", load_aliases()
    )
    assert q.kind != "quote"


def test_linked_up_is_docked():
    """ "what time did the soyuz dock": stories say the capsule "linked up with" a module."""
    dock = next(c for c in load_aliases().concepts("when did it dock") if c.text == "dock")
    assert "link up" in {written for _, written, _ in dock.phrases}


def test_the_quote_that_follows_is_kept_when_it_names_the_one_reported_on(with_articles):
    """ "He recalled that his American colleague had asked him what would happen … “I told
    him: we will switch off the lights and leave together,” Kulagin said.": the reply in
    his own words, though the quote names him rather than saying "he said"."""
    interview = (
        "kulagin-zvezda-interview-deorbit",
        "Roscosmos sets conditions for its part in bringing the station down",
        "2026-09-30T10:00:00Z",
        True,
        [
            "MOSCOW — Russia's part in the controlled descent of the International Space "
            "Station will depend on the lifting of Western restrictions, Roscosmos said.",
            "Cosmonaut Andrei Kulagin, who commanded the station last year, said in an "
            "interview that crews did not discuss politics in orbit. He recalled that during a "
            "joint exercise his American colleague had asked him what would happen to the "
            'Russian segment at the very end. "I told him: we will switch off the lights and '
            'leave together," Kulagin said.',
        ],
        [],
    )
    store = with_articles(interview)
    reply = answer(
        store,
        "the cosmonaut who commanded the station last year - what did he tell his american "
        "colleague would happen to the russian segment at the very end",
    )
    assert reply.found and "switch off the lights" in reply.answer


def test_a_quote_of_two_sentences_after_the_lead_is_kept_whole(with_articles):
    """ "“The experiment has outlived three governments and two wars. It will not outlive
    this budget,” she told Rhine Broadcast.": the quotation marks close only in the
    second sentence, which says who spoke; both follow the lead."""
    budget = (
        "bundestag-cut-plasma-experiment",
        "Bundestag committee cuts funding for German research on Russian segment",
        "2026-11-19T10:00:00Z",
        True,
        [
            "BERLIN — The Bundestag's budget committee cut to zero the money for German "
            "experiments on the Russian segment of the International Space Station.",
            "Professor Franziska von Hallerstein, whose institute in Garching has kept a plasma "
            "crystal experiment on the Russian segment since 2014, regretted the outcome. "
            '"The experiment has outlived three governments and two wars. It will not outlive '
            'this budget," she told Rhine Broadcast.',
        ],
        [],
    )
    store = with_articles(budget)
    reply = answer(
        store,
        "the garching physicist with the plasma experiment on the russian segment, what did "
        "she say about the bundestag cut",
    )
    assert reply.found and "three governments and two wars" in reply.answer


def test_a_question_asked_in_the_story_is_answered_by_the_reply_after_it(with_articles):
    """ "“If Moscow pulls its thrusters tomorrow, what exactly holds the station up?” she
    asked." matches the member's question best; the answer is "Nelson replied that a Cygnus
    cargo ship had been modified …"."""
    hearing = (
        "senate-hearing-station-thrust",
        "Nelson defends NASA budget before Senate panel",
        "2024-04-18T10:00:00Z",
        True,
        [
            "WASHINGTON — NASA Administrator Bill Nelson defended the agency's budget request "
            "before a Senate appropriations subcommittee on Tuesday.",
            "The hearing turned to the International Space Station when Sen. Margaret "
            "Ostrander asked how the station would be kept aloft if Russia left the "
            "partnership. “If Moscow pulls its thrusters tomorrow, what exactly holds the "
            "station up?” she asked. Nelson replied that a Cygnus cargo ship had been "
            "modified to boost the station's orbit.",
        ],
        [],
    )
    store = with_articles(hearing)
    reply = answer(
        store,
        "at that senate hearing how did nelson say the station would stay up if moscow pulled "
        "its thrusters",
    )
    assert reply.found and "Cygnus" in reply.answer


def test_why_takes_the_reason_someone_argued(with_articles):
    """ "why was washington unhappy about the payload": the US side "raised the issue …,
    arguing that data from the experiment would pass through Russian ground stations"."""
    payload = (
        "india-payload-us-objection",
        "India rejects US objection to experiment on Russian freighter",
        "2026-10-07T10:00:00Z",
        True,
        [
            "NEW DELHI — India on Tuesday rejected objections raised by the United States over "
            "an Indian biology experiment that will fly to the International Space Station on "
            "a Russian Progress freighter.",
            "The experiment, a study of muscle-cell ageing, was first meant to fly on an "
            "American cargo flight.",
            "Officials said the US side had raised the issue at a meeting in Washington last "
            "month, arguing that data from the experiment would pass through Russian ground "
            "stations.",
        ],
        [],
    )
    store = with_articles(payload)
    reply = answer(
        store,
        "why was washington unhappy about the muscle ageing payload going up on the russian "
        "freighter",
    )
    assert reply.found and "Russian ground stations" in reply.answer


def test_the_latest_gives_the_closest_sentence_beside_a_dated_one(with_articles):
    """ "the latest on german experiments on the russian segment, are they still funded":
    the newest story's summary is about the budget as a whole; a sentence dated "since
    2014" wins the detail on its date, so the one saying the money was cut "to zero" comes
    with it."""
    budget = (
        "bundestag-budget-russian-segment-zero",
        "Bundestag committee approves space budget with modest rise for DLR",
        "2026-11-19T10:00:00Z",
        True,
        [
            "BERLIN — The Bundestag's budget committee has approved just over 2.3 billion euros "
            "for Germany's space programme next year, a rise of 3.8 percent that mainly "
            "benefits satellite navigation and Earth observation.",
            "The committee met late into the night. Members from all parties praised the "
            "satellite navigation work. The Earth observation line rose most.",
            "Less noticed was a line cutting the budget for German experiments aboard the "
            "International Space Station's Russian segment to zero.",
            "Professor Franziska von Hallerstein, whose institute in Garching has kept a plasma "
            "experiment on the Russian segment since 2014, regretted the outcome.",
        ],
        [],
    )
    store = with_articles(budget)
    reply = answer(
        store,
        "whats the latest on german experiments on the russian segment, are they still funded",
    )
    assert reply.found and "to zero" in reply.answer


def test_rad_hard_and_accused_find_what_the_story_writes_out():
    """ "how much in rad hard chips is the queens guy accused of sending": the story has
    "radiation-hardened chips" and a businessman "charged with smuggling"."""
    concepts = {c.text: c for c in load_aliases().concepts("rad hard chips he is accused of")}
    assert "radiation-hardened" in {w for _, w, _ in concepts["rad hard"].phrases}
    assert "charged with" in {w for _, w, _ in concepts["accused"].phrases}


def test_reckon_is_what_someone_argues():
    """ "why does the ex attache reckon the seat swap survived": "Brenner argued that …"."""
    reckon = next(c for c in load_aliases().concepts("does he reckon it") if c.text == "reckon")
    assert "argue" in {written for _, written, _ in reckon.phrases}


def test_the_federal_prosecutor_is_the_assistant_us_attorney(with_articles):
    """ "Assistant U.S. Attorney Daniel Okafor noted …": the full stops of "U.S." do not cut
    the description short, and a U.S. Attorney is a federal prosecutor."""
    trial = (
        "brooklyn-chips-trial-station-defence",
        "Brooklyn chip-smuggling trial hears station defence",
        "2024-10-17T10:00:00Z",
        True,
        [
            "BROOKLYN, N.Y. — The trial of a Queens businessman charged with smuggling chips to "
            "Russia heard his lawyer argue the parts were for the International Space Station.",
            "Assistant U.S. Attorney Daniel Okafor noted that the firm never applied for a "
            'license. "The space station was a story invented after the arrest," Okafor said.',
        ],
        [],
    )
    store = with_articles(trial)
    reply = answer(
        store,
        "in the brooklyn chip-smuggling trial, what did the federal prosecutor say about the "
        "space station",
    )
    assert reply.found and "invented after the arrest" in reply.answer


def test_the_one_in_question_is_the_one_the_story_spoke_of_before(with_articles):
    """ "“I told the flight surgeon eleven,” he confessed. The surgeon in question, Dr. Naomi
    Feld, …": asked what the flight surgeon said, the answer is Feld's words."""
    night = (
        "night-shift-flight-surgeon-sleep",
        "Night shift on the station: who stays up and why",
        "2026-08-16T10:00:00Z",
        True,
        [
            "The crew of the International Space Station do not always sleep. One astronaut "
            "kept a tally of the nights he spent at the cupola window. “I told the flight "
            "surgeon eleven,” he confessed.",
            "The surgeon in question, Dr. Naomi Feld, who has looked after crews from four "
            "agencies, was not surprised when told the real number. “They all lie about sleep. "
            "The Russians lie less, because they nap at lunch,” she said.",
        ],
        [],
    )
    store = with_articles(night)
    reply = answer(
        store, "what did the flight surgeon say about astronauts and how much they sleep"
    )
    assert reply.found and "They all lie about sleep" in reply.answer


def test_since_the_shuttle_era_is_a_time_not_a_cause(with_articles):
    """ "why is the firm laying people off": "a fixture … since the Shuttle era" gives no
    reason; "the Commerce Department has refused to renew the export licence …, citing
    Moscow's war" does."""
    layoffs = (
        "brook-park-layoffs-export-licence",
        "Ohio station contractor lays off 140 as export licence lapses",
        "2026-02-19T10:00:00Z",
        True,
        [
            "Tessaract Systems, the Brook Park engineering firm that has been a fixture of the "
            "aerospace strip since the Shuttle era, will lay off 140 of its 610 employees by "
            "the end of March.",
            "The cuts fall mostly on technicians and test engineers near Cleveland airport.",
            "Roughly a third of its work was cable harnesses for the Russian modules of the "
            "International Space Station. Since November, the Commerce Department has refused "
            "to renew the export licence that allowed the firm to ship those parts to Energia, "
            "citing Moscow's war in Ukraine.",
        ],
        [],
    )
    store = with_articles(layoffs)
    reply = answer(store, "why is the ohio aerospace firm near cleveland airport laying people off")
    assert reply.found and "export licence" in reply.answer
    assert not tp.CAUSE.search("a fixture of the aerospace strip since the Shuttle era")


def test_a_senator_of_a_state_is_described_by_it(with_articles):
    """ "Sen. Roger Hadley of Montana wrote on X": the senator is described as Montana's,
    so "what did the montana senator post" gets his words, his second post included."""
    posts = (
        "montana-senator-posts-soyuz-astronaut",
        "Senator wants astronaut off September Soyuz after Kyiv hospital strike",
        "2024-07-10T10:00:00Z",
        True,
        [
            "\"Russia bombs a children's hospital on Monday, and on Tuesday we're still planning "
            'to hand them an American astronaut to launch in September. Enough," Sen. Roger '
            "Hadley of Montana wrote on X.",
            "In a second post an hour later, he tagged NASA's account: \"Fly him on a Dragon. "
            'We have our own rockets now."',
        ],
        [],
    )
    store = with_articles(posts)
    reply = answer(
        store,
        "what did the montana senator post about the astronaut on the september soyuz after "
        "the kyiv childrens hospital got hit",
    )
    assert reply.found and "Fly him on a Dragon" in reply.answer


def test_a_reason_named_in_a_word_brings_the_sentence_explaining_it(with_articles):
    """ "… and the reason is the Sun. As solar activity climbs …, the upper atmosphere
    swells …": the why-answer explains, not only names, the reason."""
    drag = (
        "solar-maximum-station-drag",
        "Solar maximum drags the station down faster",
        "2025-06-03T10:00:00Z",
        True,
        [
            "The International Space Station has been losing altitude faster this year than at "
            "any time in the past decade, and the reason is the Sun. As solar activity climbs "
            "towards the peak of its cycle, the upper atmosphere swells, and the thin air the "
            "station flies through becomes a little less thin.",
            "“At solar maximum the drag on the station can be three or four times what it is at "
            "solar minimum,” says Jonah Pierce, a trajectory operations officer at the Johnson "
            "Space Center.",
        ],
        [],
    )
    store = with_articles(drag)
    reply = answer(
        store, "why does the jsc trajectory officer say the station is sinking faster this year"
    )
    assert reply.found and "upper atmosphere swells" in reply.answer


def test_a_vote_still_expected_is_not_reported_as_held(with_articles):
    """ "did the committee vote to confirm her": a live blog of the hearing that ends "The
    committee vote is expected next week." has no vote to report; one that reports it does."""
    hearing = (
        "live-senate-hearing-deputy-nominee",
        "Live: Senate hearing for NASA deputy nominee",
        "2025-05-06T10:00:00Z",
        True,
        [
            "9:58 a.m. — The Senate Commerce Committee will shortly hear from Dr. Priya Raman, "
            "the nominee for NASA deputy administrator, on the International Space Station.",
            "12:40 p.m. — The hearing is over. The committee vote is expected next week.",
        ],
        [],
    )
    store = with_articles(hearing)
    question = "did the senate commerce committee vote to confirm priya raman as nasa deputy"
    assert not answer(store, question).found
    vote = (
        "senate-committee-confirms-raman",
        "Senate committee backs Raman as NASA deputy",
        "2025-05-14T10:00:00Z",
        True,
        [
            "The Senate Commerce Committee voted 15-13 on Wednesday to confirm Priya Raman as "
            "NASA deputy administrator, sending her nomination to the full Senate.",
        ],
        [],
    )
    store = with_articles(hearing, vote)
    reply = answer(store, question)
    assert reply.found and "15-13" in reply.answer


def test_the_name_of_someone_the_story_leaves_unnamed_is_not_given(with_articles):
    """ "whats the name of the antonov test pilot": a story saying only "a test pilot from
    the Antonov company" never names him; the astronaut it names is someone else."""
    candidates = (
        "ukraine-asks-nasa-seat-candidates",
        "Ukraine asks NASA for a station seat",
        "2026-03-10T10:00:00Z",
        True,
        [
            "KYIV — Ukraine's space agency has asked NASA for a seat to the International Space "
            "Station for a Ukrainian astronaut, in a letter that names no date.",
            "Two candidates have been preselected, according to the agency: a test pilot from "
            "the Antonov company and a biologist from Kharkiv. Ukraine has not flown its own "
            "astronaut since Leonid Kadenyuk travelled on the space shuttle Columbia in 1997.",
        ],
        [],
    )
    store = with_articles(candidates)
    question = "whats the name of the antonov test pilot ukraine wants to fly to the iss"
    assert not answer(store, question).found


def test_how_big_wants_a_size_not_any_number(with_articles):
    """ "how big was the piece of fairing": a story that dates the fall and counts the pieces
    but never gives a size is not an answer; one that says "about 3 metres long" is."""
    debris = (
        "palawan-fairing-debris-protest",
        "Manila protests after rocket debris falls off Palawan",
        "2025-01-17T10:00:00Z",
        True,
        [
            "MANILA — The Philippines lodged a protest with China on Friday after two pieces of "
            "a Long March rocket fairing fell into waters off Palawan near a fishing boat.",
            "The debris came from the launch of a module for China's space station, officials "
            "said.",
        ],
        [],
    )
    store = with_articles(debris)
    question = "how big was the piece of long march fairing that nearly hit the fishing boat"
    assert not answer(store, question).found
    measured = (
        "palawan-fairing-piece-measured",
        "Coast guard measures fairing piece found off Palawan",
        "2025-01-20T10:00:00Z",
        True,
        [
            "The piece of Long March fairing recovered near the fishing boat off Palawan is "
            "about 3 metres long, the Philippine coast guard said.",
        ],
        [],
    )
    store = with_articles(debris, measured)
    reply = answer(store, question)
    assert reply.found and "3 metres" in reply.answer


def test_what_an_inspection_only_just_ordered_found_is_not_answered(with_articles):
    """ "what did the argentine inspectors find": a story saying the government "has ordered
    a technical inspection" of the station reports no findings yet."""
    ordered = (
        "argentina-orders-neuquen-inspection",
        "Argentina orders inspection of Chinese-run deep-space station",
        "2025-09-10T10:00:00Z",
        True,
        [
            "BUENOS AIRES — Argentina's government has ordered a technical inspection of the "
            "Chinese-operated deep-space tracking station in Neuquén province, officials said, "
            "citing concern over its links to China's space programme and the International "
            "Space Station partners.",
            "It gave no date for the visit.",
        ],
        [],
    )
    store = with_articles(ordered)
    question = (
        "what did the argentine inspectors find when they went through the chinese deep space "
        "station in neuquen"
    )
    assert not answer(store, question).found


def test_aussie_is_australian():
    """ "the aussie opposition senator": chat shorthand for Australian."""
    aussie = next(c for c in load_aliases().concepts("the aussie senator") if "aussie" in c.text)
    assert "Australian" in {written for _, written, _ in aussie.phrases}


def test_a_few_quoted_words_are_shown_in_the_reporters_sentence_not_as_the_speakers(
    with_articles,
):
    """A short quote is answered with its sentence, which is the reporter's: prefixing it
    with the speaker's name would put the reporter's framing in their mouth."""
    story = (
        "belov-leave-early",
        "Roscosmos chief hints at leaving the station early",
        "2026-09-17T08:00:00Z",
        True,
        [
            "Russia has used such delays before to argue that sanctions make joint work on the "
            "International Space Station untenable, and Belov has said Roscosmos could leave "
            "the station early if its partners “keep tying our hands.”",
            "Roscosmos chief Pavel Belov spoke in Moscow.",
        ],
        [("Belov", "keep tying our hands.")],
    )
    store = with_articles(story)
    reply = answer(store, "What did Belov say about leaving the space station early?")
    assert reply.found
    assert reply.answer.startswith("As reported on 17 Sep 2026: Russia has used such delays")
    assert not reply.answer.startswith("Belov")


def test_the_one_chosen_is_not_answered_when_the_story_never_names_them(with_articles):
    """ "who is the turkish researcher chosen for the soyuz visit": a story that only says
    the offer "would put a Turkish researcher aboard" has chosen no one yet."""
    offer = (
        "ankara-weighs-soyuz-seat-offer",
        "Ankara weighs Russian offer of a Soyuz seat",
        "2026-07-01T10:00:00Z",
        True,
        [
            "ANKARA — Turkey is studying an offer from Roscosmos to fly a Turkish astronaut to "
            "the International Space Station on a Soyuz in 2027, officials said on Monday.",
            "The offer would put a Turkish researcher aboard the Russian segment for an "
            "eight-day science visit.",
        ],
        [],
    )
    store = with_articles(offer)
    reply = answer(store, "who is the turkish researcher chosen for the eight-day soyuz visit")
    assert not reply.found


def test_how_many_roubles_is_not_answered_without_a_sum(with_articles):
    """ "how many roubles did energia lose": "a wider net loss" with no sum is not an
    answer; "a net loss of 12.4 billion roubles" is."""
    vague = (
        "energia-wider-loss-half-year",
        "Energia posts wider loss as import costs climb",
        "2026-08-20T10:00:00Z",
        True,
        [
            "MOSCOW — Rocket and Space Corporation Energia reported a wider net loss for the "
            "first half of 2026 on Thursday, as the cost of imported parts rose.",
            "Revenue fell 6 per cent from a year earlier, the company said.",
        ],
        [],
    )
    question = "how many roubles did energia lose in the first half of 2026"
    assert not answer(with_articles(vague), question).found
    summed = (
        "energia-loss-figure-half-year",
        "Energia puts its half-year loss at 12.4 billion roubles",
        "2026-08-21T10:00:00Z",
        True,
        [
            "MOSCOW — Energia said on Friday its net loss for the first half of 2026 came to "
            "12.4 billion roubles, as the cost of imported parts rose.",
        ],
        [],
    )
    reply = answer(with_articles(vague, summed), question)
    assert reply.found and "12.4 billion roubles" in reply.answer


def test_role_before_a_name_with_particles_describes_its_speaker(with_articles):
    """ "ESA's director of human and robotic exploration, Jeroen van der Berg": the role
    describes him though his name has lower-case particles."""
    graduation = (
        "esa-class-graduates-soyuz-doubt",
        "ESA's astronaut class graduates in Cologne as Soyuz seats stay in doubt",
        "2026-10-02T10:00:00Z",
        True,
        [
            "COLOGNE — Five European astronauts graduated from basic training on Thursday.",
            "ESA's director of human and robotic exploration, Jeroen van der Berg, said the "
            'agency would not send a European astronaut on a Soyuz as things stood. "Some of '
            'these seats depend on a partner we no longer trust," van der Berg said.',
        ],
        [],
    )
    reply = answer(
        with_articles(graduation),
        "what did esa's head of human and robotic exploration say about a european on a soyuz",
    )
    assert reply.found and "no longer trust" in reply.answer


def test_speaker_named_before_the_question_that_says_she(with_articles):
    """ "hungary's deputy FM at the budapest fair, what did she say about sanctions": the
    opening names whom "she" stands for (FM is chat shorthand for foreign minister)."""
    fair = (
        "budapest-fair-russian-module-row",
        "Russian module offer stirs row at Budapest air and space fair",
        "2026-05-14T10:00:00Z",
        True,
        [
            "BUDAPEST — A Russian offer to fly a Hungarian instrument drew protests at the "
            "Budapest air and space fair on Wednesday.",
            "Hungary's deputy foreign minister, Katalin Fekete, told reporters that any deal "
            'would be checked against European Union export rules. "Hungary will not be a '
            "back door for anyone's sanctions problems,\" she said.",
        ],
        [],
    )
    reply = answer(
        with_articles(fair),
        "hungary's deputy FM at the budapest air & space fair, what did she say about russia "
        "sanctions",
    )
    assert reply.found and "back door" in reply.answer


def test_whos_the_backup_is_not_answered_when_the_story_has_none(with_articles):
    """ "who's the backup for the russian cosmonaut whose visa is stuck": a story that never
    mentions a backup answers with the cosmonaut himself, which is not what was asked."""
    visa = (
        "cosmonaut-visa-held-up-houston",
        "Cosmonaut's U.S. visa held up ahead of Houston training",
        "2026-04-10T10:00:00Z",
        True,
        [
            "MOSCOW — Russian cosmonaut Roman Sedykh has not received the U.S. visa he needs "
            "to begin a block of Crew Dragon training in Houston, Roscosmos said on Friday.",
            "The application was sent for extra review, the agency said.",
        ],
        [],
    )
    question = (
        "who's the backup for the russian cosmonaut whose US visa for dragon training is stuck"
    )
    assert not answer(with_articles(visa), question).found


def test_intel_and_railway_find_intelligence_and_rail(with_articles):
    """ "the ukrainian military intel spokesman who defended striking the railway": chat's
    "intel" is intelligence, and a railway is the story's "rail yard"."""
    strike = (
        "progress-stage-held-up-rail-strike",
        "Progress launch slips after drone strike on a rail yard",
        "2026-08-20T10:00:00Z",
        True,
        [
            "MOSCOW — Roscosmos said the rocket's third stage had been held up in transit after "
            "a Ukrainian drone strike damaged a rail yard on the route.",
            "Andriy Yatsenko, a spokesman for Ukraine's military intelligence agency, said the "
            "yard was used to move ammunition to the front.",
        ],
        [],
    )
    reply = answer(
        with_articles(strike),
        "who's the ukrainian military intel spokesman who defended striking the railway",
    )
    assert reply.found and "Yatsenko" in reply.answer


def test_why_keeps_the_sentence_saying_what_it_follows(with_articles):
    """ "why did the russians send up new engine-valve software": the reason is the next
    sentence, "It follows a review of a brief misfire of thrusters …"."""
    update = (
        "russian-segment-valve-software-update",
        "Russian segment gets new propulsion software",
        "2026-09-14T10:00:00Z",
        True,
        [
            "MOSCOW — Russian engineers have uploaded new control software to the propulsion "
            "system of the space station's Russian segment, Roscosmos said on Monday.",
            "The software update, sent up on Sunday, changes how the segment's central computer "
            "checks engine valves before a burn. It follows a review of a brief misfire of "
            "thrusters on the Nauka module in 2021.",
        ],
        [],
    )
    reply = answer(
        with_articles(update),
        "why did the russians send up new engine-valve software for their segment's propulsion",
    )
    assert reply.found and "misfire" in reply.answer


def test_why_finds_the_sentence_naming_a_cause_of_it(with_articles):
    """ "why did energia say it lost income from the station": the report "singled out … as
    a cause of lost income" gives the reason, not only the opening about a wider loss."""
    report = (
        "energia-interim-report-lost-income",
        "Energia posts wider loss in interim report",
        "2026-08-20T10:00:00Z",
        True,
        [
            "MOSCOW — Rocket and Space Corporation Energia reported a wider net loss for the "
            "first half of 2026, as the cost of imported parts rose and state orders were "
            "delayed.",
            "Revenue fell 6 per cent from a year earlier, the company said in its interim report.",
            'The interim report also singled out "the complete cessation of foreign payments '
            'for services on the Russian segment of the ISS" as a cause of lost income.',
            "Before 2022, NASA and other partners paid Russia for some cargo services on the "
            "station; since the war in Ukraine and the sanctions that followed, those "
            "arrangements have largely been replaced by barter.",
            "Energia's shares, which trade thinly, were unchanged on the Moscow exchange.",
            "The company said work on the new Russian orbital station would ramp up next year.",
        ],
        [],
    )
    reply = answer(
        with_articles(report),
        "why did energia say it lost income from the station in its half-year report",
    )
    assert reply.found and "cessation of foreign payments" in reply.answer
    assert tp.CAUSE.search("singled out the payments as a cause of lost income")


def test_who_names_a_person_whose_surname_has_a_particle(with_articles):
    """ "who caught the cygnus with the canadian arm": "UAE astronaut Nasser al-Rashidi" is a
    person named with a role, though his surname opens in lower case."""
    capture = (
        "cygnus-capture-student-experiments",
        "Station arm catches cargo ship loaded with student experiments",
        "2026-11-03T10:00:00Z",
        True,
        [
            "A Cygnus cargo spacecraft arrived at the International Space Station on Tuesday "
            "carrying more than 40 student experiments from schools across Canada.",
            "UAE astronaut Nasser al-Rashidi used the Canadarm2 robotic arm to grab the "
            "spacecraft at 5:02 a.m. Eastern time.",
            "Ground controllers then berthed Cygnus to the Unity module.",
        ],
        [],
    )
    reply = answer(
        with_articles(capture),
        "who caught the cygnus with the canadian arm when it showed up with the school experiments",
    )
    assert reply.found and "al-Rashidi" in reply.answer
    assert tp.PERSON.search("said Jeroen van der Berg.").group(0) == "Jeroen van der Berg"


def test_catching_a_cargo_ship_is_capturing_it():
    """ "canadarm2 catching a cargo ship", "watching over the robot": stories write
    "captured"/"grab" and "supervise"."""
    aliases = load_aliases()
    caught = {w for c in aliases.concepts("caught") for _, w, _ in c.phrases}
    assert {"capture", "grab"} <= caught
    watching = {w for c in aliases.concepts("watching over") for _, w, _ in c.phrases}
    assert "supervise" in watching


def test_who_names_a_person_with_accented_letters(with_articles):
    """ "which nasa astronaut was watching over the cube robot": "NASA astronaut Lucía
    Morales, who was assigned to supervise the run" names her, accent and all."""
    robot = (
        "jaxa-cube-robot-maps-kibo",
        "JAXA's cube robot maps Kibo on its own",
        "2026-11-05T10:00:00Z",
        True,
        [
            "TSUKUBA — A small free-flying robot built by JAXA has completed its first fully "
            "autonomous survey of the Kibo module.",
            "The cube-shaped robot spent 47 minutes drifting through Kibo and took more than "
            "1,200 images, which engineers stitched into a three-dimensional map.",
            "Engineers in Tsukuba said the run had gone to plan.",
            "NASA astronaut Lucía Morales, who was assigned to supervise the run, said she had "
            "to resist the urge to steer it.",
        ],
        [],
    )
    reply = answer(
        with_articles(robot),
        "which nasa astronaut was watching over jaxa's cube robot when it mapped kibo on its own",
    )
    assert reply.found and "Morales" in reply.answer
    assert tp.PERSON.search("said Joëlle Martin-Lavoie.").group(0) == "Joëlle Martin-Lavoie"


def test_where_a_speaker_sits_is_not_part_of_their_name():
    """ "italy's delegate on the esa council": the council is where the delegate spoke,
    asked about as the topic; the speaker is Italy's delegate."""
    q = parse(
        "what did italy's delegate on the esa council say when the dutch objected",
        load_aliases(),
    )
    assert q.kind == "quote"
    assert [c.text for c in q.speaker_concepts] == ["italy", "delegate"]
    assert "council" in {c.text for c in q.topic}


def test_extra_is_additional():
    """ "why is the cosmonaut's visa stuck in extra review": stories write "additional"."""
    extra = {w for c in load_aliases().concepts("extra") for _, w, _ in c.phrases}
    assert "additional" in extra


def test_the_answer_drops_the_wire_dateline_of_the_first_sentence(with_articles):
    lagos = (
        "lagos-ground-station",
        "Nigeria signs station tracking deal with Russia",
        "2025-06-02T09:00:00Z",
        True,
        [
            "ABUJA, June 2 - Nigeria signed a deal on Monday letting Roscosmos build a "
            "tracking antenna for the International Space Station near Kano.",
            "The foreign ministry said the antenna would also serve weather satellites.",
        ],
        [],
    )
    store = with_articles(lagos)
    reply = answer(store, "where will roscosmos build its tracking antenna in nigeria")
    assert reply.found
    assert reply.answer.startswith("Nigeria signed a deal on Monday letting Roscosmos build")
    latest = answer(store, "what's the latest on the nigeria tracking antenna deal")
    assert "ABUJA" not in latest.answer and "Nigeria signed a deal" in latest.answer


def test_a_name_inside_someone_elses_quote_is_not_who_spoke(with_articles):
    """ "what did roscosmos say about the trial": a barrister's "There is no letter from
    Roscosmos, no letter from NASA" mentions the agency; it is not the agency speaking."""
    trial = (
        "croydon-valve-export-trial",
        "Croydon trader tells court the valves were never meant for the station",
        "2026-03-04T10:00:00Z",
        True,
        [
            "LONDON — A Croydon trader accused of shipping pressure valves to Russia told "
            "Southwark Crown Court on Tuesday that the parts were never meant for the "
            "International Space Station.",
            'His barrister, Maria Oduya, told the jury: "There is no letter from Roscosmos, '
            "no letter from NASA, nothing from anybody who runs that station. The valves "
            'went to a pump maker."',
            "The trial continues.",
        ],
        [],
    )
    store = with_articles(trial)
    reply = answer(store, "what did roscosmos say about the southwark valve trial")
    assert not reply.found


def test_how_much_with_an_apposition_before_cost_asks_for_a_sum(with_articles):
    """ "how much did dark orbit, the film shot on the iss, cost to make": a story giving
    the film's running time and audience but no budget does not answer it."""
    film = (
        "dark-orbit-festival-screening",
        "Station-shot film Dark Orbit screens to a full house",
        "2026-07-06T10:00:00Z",
        True,
        [
            'KARLOVY VARY — "Dark Orbit", a Russian feature shot partly aboard the '
            "International Space Station, screened to about 900 people on Sunday.",
            "The 128-minute film follows a cosmonaut doctor who treats a crewmate in orbit.",
        ],
        [],
    )
    store = with_articles(film)
    question = "how much did dark orbit, the russian film shot on the iss, cost to make"
    assert not answer(store, question).found


def test_which_astronaut_is_not_answered_by_an_official_named_beside_the_offer(with_articles):
    """ "which kenyan astronaut would take the seat": a story naming only the foreign
    secretary who announced the offer has no astronaut to give."""
    offer = (
        "nairobi-soyuz-seat-offer",
        "Russia offers Kenya a Soyuz seat",
        "2026-05-02T10:00:00Z",
        True,
        [
            "Russia has offered to fly a Kenyan astronaut to the International Space Station "
            "on a Soyuz in 2028, Foreign Secretary Amina Wekesa said on Friday after talks "
            "in Moscow.",
            '"We will study the offer on its merits," Wekesa told reporters.',
        ],
        [],
    )
    store = with_articles(offer)
    reply = answer(store, "which kenyan astronaut would take the soyuz seat russia offered")
    assert not reply.found
    named = (
        "nairobi-soyuz-seat-astronaut-named",
        "Kenya names its Soyuz astronaut",
        "2026-06-02T10:00:00Z",
        True,
        [
            "Kenya on Monday named Kenyan air force pilot Joseph Kiprono as the astronaut who "
            "will take the Soyuz seat Russia offered, Foreign Secretary Amina Wekesa said.",
        ],
        [],
    )
    reply = answer(with_articles(offer, named), "which kenyan astronaut would take the soyuz seat")
    assert reply.found and "Kiprono" in reply.answer


def test_a_verdict_is_not_answered_while_the_trial_continues(with_articles):
    """ "did the jury convict the croydon trader": a story of his evidence that ends "The
    trial continues." has no verdict; nor has "The defence will appeal." an appeal won."""
    trial = (
        "croydon-pump-parts-trial-evidence",
        "Croydon trader tells jury the pump parts were for farms",
        "2026-03-05T10:00:00Z",
        True,
        [
            "LONDON — A Croydon trader accused of shipping pump parts bound for the Russian "
            "segment of the International Space Station told a jury on Wednesday the parts "
            "were sold to farms.",
            "The trial continues.",
        ],
        [],
    )
    jailed = (
        "ghent-chip-trader-jailed",
        "Ghent court jails trader over station chips",
        "2026-04-01T10:00:00Z",
        True,
        [
            "GHENT — A Ghent court on Tuesday jailed a trader for two years for selling "
            "microchips used on the International Space Station's Russian segment to Moscow.",
            "The defence will appeal.",
        ],
        [],
    )
    store = with_articles(trial, jailed)
    assert not answer(
        store, "did the jury convict the croydon trader in the pump parts trial"
    ).found
    assert not answer(store, "did the ghent chip trader win his appeal against the sentence").found


def test_when_is_asks_for_a_date_to_come(with_articles):
    """ "when is the first orbital launch from sohar": a story saying the site is being
    built, dated last month, does not answer it; "when is crew-19 supposed to splash down"
    is answered by "are expected to return to Earth on Sept. 3"."""
    site = (
        "sohar-launch-site-building",
        "Oman courts rocket firms for its Sohar launch site",
        "2026-02-20T10:00:00Z",
        True,
        [
            "MUSCAT — Oman has no astronauts, but it is building a launch site at Sohar and "
            "has courted foreign rocket companies, officials said at a space station "
            "partners' meeting on Thursday.",
        ],
        [],
    )
    crew = (
        "crew-19-handover-return",
        "Crew-19 hands over the station",
        "2026-08-28T10:00:00Z",
        True,
        [
            "The four members of Crew-19 handed over the International Space Station on "
            "Friday and are expected to return to Earth on Sept. 3, weather permitting.",
        ],
        [],
    )
    store = with_articles(site, crew)
    assert not answer(store, "when is the first orbital launch from oman's sohar site").found
    reply = answer(store, "when is crew-19 supposed to splash down")
    assert reply.found and "Sept. 3" in reply.answer


def test_a_mistyped_word_is_read_as_the_word_meant(with_articles):
    """ "when are the student experimnets coming back": one typo is not a name the stories
    lack; the question is answered as if spelt right."""
    cygnus = (
        "cygnus-student-experiments-return",
        "Cygnus delivers forty student experiments to the station",
        "2026-09-10T10:00:00Z",
        True,
        [
            "The Cygnus freighter berthed at the International Space Station on Wednesday "
            "with more than 40 student experiments aboard.",
            "The student experiments will return to Earth on a Dragon capsule in November.",
        ],
        [],
    )
    store = with_articles(cygnus)
    reply = answer(store, "when are the student experimnets from the cygnus coming back")
    assert reply.found and "November" in reply.answer


def test_a_participle_before_a_role_describes_the_person():
    """ "the retired cosmonaut": retired says something of the cosmonaut; it is not the
    gazetteer's retiring of the station, a name every answering story must carry."""
    concepts = load_aliases().concepts("the retired cosmonaut joked about retiring the station")
    retired = next(c for c in concepts if c.text == "retired")
    assert not retired.named
    assert any(c.text == "retiring" and c.named for c in concepts)
    concepts = load_aliases().concepts("which retired nasa astronaut slammed the photos")
    assert not next(c for c in concepts if c.text == "retired").named
    concepts = load_aliases().concepts("nasa retired the station crew vehicle")
    assert next(c for c in concepts if c.text == "retired").named


def test_a_long_description_before_what_did_he_joke_is_the_speaker(with_articles):
    """ "the retired cosmonaut w/ nearly 300 days on the station, what did he joke about the
    visa": "joke" asks for someone's words, and the description before it says whose."""
    visa = (
        "moscow-holds-astronaut-visa",
        "Russia holds up visa for NASA astronaut due at Star City",
        "2024-08-29T10:00:00Z",
        True,
        [
            "Russia has not issued a visa to a NASA astronaut due to begin Soyuz training at "
            "Star City this month, NASA said on Thursday.",
            "Oleg Burov, a former cosmonaut who spent nearly 300 days on the station, said "
            "such delays were once unthinkable. “In my day the visa came before the medical "
            "exam,” the veteran said with a laugh.",
        ],
        [],
    )
    store = with_articles(visa)
    reply = answer(
        store,
        "the retired cosmonaut w/ nearly 300 days on the station, what did he joke about "
        "russia sitting on the nasa astronaut's visa",
    )
    assert reply.found and "In my day the visa came before the medical" in reply.answer


def test_a_sum_in_crore_is_a_price(with_articles):
    """ "what's the price tag on the pune bone-loss experiment": "at a cost of about Rs 52
    crore" is a sum of money, written the Indian way."""
    payload = (
        "pune-bone-loss-experiment-progress",
        "Indian bone-loss experiment moved to a Progress freighter",
        "2026-08-12T10:00:00Z",
        True,
        [
            "NEW DELHI — An Indian experiment bound for the International Space Station has "
            "been moved to a Russian Progress freighter after schedule slips.",
            "The experiment, a study of bone loss developed at a Pune institute at a cost of "
            "about Rs 52 crore, was meant to fly on an American cargo ship.",
        ],
        [],
    )
    store = with_articles(payload)
    reply = answer(store, "whats the price tag on the pune bone loss experiment")
    assert reply.found and "Rs 52 crore" in reply.answer


def test_names_in_a_clause_dating_the_question_need_not_be_in_the_story(with_articles):
    """ "day after borisov told putin they're leaving, what did the kremlin spokesman say
    about sanctions": the story of Peskov's reply tells that event its own way ("a day
    after the head of the space agency told President Vladimir Putin"); the question is
    about his words."""
    peskov = (
        "kremlin-spokesman-station-exit-sanctions",
        "Kremlin says sanctions made space work harder",
        "2022-07-27T10:00:00Z",
        True,
        [
            "MOSCOW — The Kremlin said on Wednesday, a day after the head of the space "
            "agency told President Vladimir Putin that Russia would leave the station, that "
            "the exit would be smooth.",
            "Asked whether sanctions had influenced the decision, Kremlin spokesman Dmitry "
            'Peskov said: "The restrictions have of course created difficulties for our '
            'space industry, but they were not the only reason."',
        ],
        [
            (
                "Peskov",
                "The restrictions have of course created difficulties for our space "
                "industry, but they were not the only reason.",
            )
        ],
    )
    store = with_articles(peskov)
    reply = answer(
        store,
        "day after borisov told putin theyre leaving, what did the kremlin spokesman say "
        "about whether sanctions had anything to do with it",
    )
    assert reply.found and "created difficulties" in reply.answer


def test_why_finds_what_a_move_clears_the_way_for(with_articles):
    """ "why did the csa walk canadarm2 to the truss": "The relocation clears the way for
    the arm to capture a cargo ship" is the reason, not the account of the move."""
    walk = (
        "canadarm2-walk-truss-reason",
        "Canadian controllers walk Canadarm2 to the truss",
        "2026-02-12T10:00:00Z",
        True,
        [
            "Controllers at the Canadian Space Agency walked Canadarm2 overnight from the "
            "Destiny lab to a grapple fixture on the station's truss, the agency said.",
            "The move took just under five hours and went without a hitch, the agency said.",
            "The relocation clears the way for the arm to capture a cargo ship next month.",
        ],
        [],
    )
    store = with_articles(walk)
    reply = answer(store, "why did the csa walk canadarm2 over to the truss overnight")
    assert reply.found and "capture a cargo ship" in reply.answer


def test_a_namesake_in_another_story_does_not_lend_his_title(with_articles):
    """ "according to the under secretary, why did the U.S. tighten export controls on star
    trackers": Gen. Raymond Ostrowski's quote is not the under secretary's because another
    story has an Assistant Secretary Daniel Ostrowski."""
    rules = (
        "commerce-star-tracker-rules",
        "Commerce tightens export rules on star trackers",
        "2024-06-14T10:00:00Z",
        True,
        [
            "WASHINGTON — The Commerce Department tightened export controls on star trackers "
            "and reaction wheels bound for Russia on Thursday.",
            "Under Secretary Rosalind Kemper, who oversees the Bureau of Industry and "
            'Security, said: "Russia is trying to rebuild its satellite fleet with parts it '
            'cannot make itself."',
            '"Every star tracker we keep out of their hands is one less satellite watching '
            'our forces," Gen. Raymond Ostrowski, head of Space Command, said later.',
        ],
        [
            (
                "Kemper",
                "Russia is trying to rebuild its satellite fleet with parts it cannot make itself.",
            ),
            (
                "Ostrowski",
                "Every star tracker we keep out of their hands is one less "
                "satellite watching our forces,",
            ),
        ],
    )
    namesake = (
        "export-enforcement-fine-star-trackers",
        "Exporter fined over star tracker shipments",
        "2024-09-02T10:00:00Z",
        True,
        [
            "A Texas exporter was fined for shipping star trackers to Russia, said Assistant "
            "Secretary for Export Enforcement Daniel Ostrowski.",
        ],
        [],
    )
    store = with_articles(rules, namesake)
    reply = answer(
        store,
        "according to the under secretary at the bureau of industry and security, why did "
        "the u.s. tighten export controls on star trackers",
    )
    assert reply.found and "cannot make itself" in reply.answer


def test_who_was_the_astronaut_leads_with_the_one_the_story_calls_so(with_articles):
    """ "who was the astronaut the senator wanted pulled off the soyuz": the answer is
    "The astronaut in question, Cmdr. Ann Marsh", not the senator who asked."""
    pull = (
        "senator-pull-astronaut-soyuz-march",
        "Senator tells NASA to pull astronaut from Soyuz",
        "2026-02-10T10:00:00Z",
        True,
        [
            "WASHINGTON — A Republican senator called on NASA on Tuesday to pull an American "
            "astronaut from a Russian Soyuz flight scheduled for March.",
            '"Enough," Sen. Roger Hale of Wyoming wrote on X.',
            "NASA's press secretary, Lena Ortiz, said no change to the flight was planned.",
            "The astronaut in question, Cmdr. Ann Marsh, a Navy test pilot, has not "
            "commented publicly.",
        ],
        [],
    )
    store = with_articles(pull)
    reply = answer(store, "who was the astronaut the wyoming senator wanted pulled off the soyuz")
    assert reply.found and "Ann Marsh" in reply.answer


def test_the_latest_with_how_bad_gives_the_figure(with_articles):
    """ "latest on orbita's finances? how bad did revenue drop": the newest story's sentence
    with the figure, not only one about plans."""
    report = (
        "orbita-half-year-report",
        "Orbita posts wider loss as import costs climb",
        "2026-08-27T10:00:00Z",
        True,
        [
            "MOSCOW — Orbita, a Russian builder of station modules, reported a wider net "
            "loss for the first half of 2026 on Thursday as the cost of imported parts rose.",
            "Revenue fell 9 per cent from a year earlier, the company said.",
            "The company blamed a backlog of state payments for work on the planned Russian "
            "Orbital Station.",
            "Its finance director called the coming year a turning point for Orbita's finances.",
        ],
        [],
    )
    store = with_articles(report)
    reply = answer(store, "latest on orbita's finances? how bad did revenue drop")
    assert reply.found and "9 per cent" in reply.answer


def test_her_answer_after_a_fronted_role_asks_for_her_words(with_articles):
    """ "austrian science minister, the one defending the budget, got asked if she regretted
    the cut. her answer?": the reply leads with the minister's quote, not with the story's
    account of the cut."""
    budget = (
        "vienna-space-budget-cut-experiments",
        "Austrian parliament approves space budget, cuts station experiments",
        "2026-11-19T10:00:00Z",
        True,
        [
            "VIENNA — Parliament's budget committee approved a 2.1 percent rise in space "
            "spending on Wednesday, with a line cutting funds for Austrian experiments on "
            "the Russian modules of the International Space Station to zero.",
            "Science Minister Eva Lindner defended the rise as modest but necessary.",
            "Lindner, asked by reporters whether she regretted the cut, said: "
            '"I regret the war. The budget follows from it."',
            "Researchers said the experiments on the Russian modules had run for twenty "
            "years and that zeroing them would cost Austrian science dearly.",
            "The committee's chair said the space budget rise was the largest in a decade.",
        ],
        [("Lindner", "I regret the war. The budget follows from it.")],
    )
    store = with_articles(budget)
    reply = answer(
        store,
        "austrian science minister, the one defending the space budget rise, got asked if "
        "she regretted cutting the experiments on the russian modules. her answer?",
    )
    assert reply.found and reply.answer.startswith("Lindner said")
    assert "I regret the war" in reply.answer[:120]


def test_a_sum_typed_short_finds_the_sum_written_out():
    """ "after nasa tacked the extra $118m onto the deal": stories write "$118 million"; the
    sum is as distinctive as any number asked about."""
    (sum_asked,) = [c for c in load_aliases().concepts("the extra $118m") if "118" in c.text]
    assert sum_asked.named
    assert "118 million" in {w for _, w, _ in sum_asked.phrases}


def test_whole_and_worth_are_total_and_value():
    """ "whats the whole contract worth now": stories write "the total value of the
    contract"."""
    words = {w for c in load_aliases().concepts("whole worth") for _, w, _ in c.phrases}
    assert {"total", "value"} <= words


def test_what_time_is_answered_by_a_clock_time(with_articles):
    """ "what time did the hatch close for the landing crew": the live blog's "Hatch closed
    at 03:12 Moscow time", not the sentence giving the day of the landing."""
    live = (
        "live-soyuz-landing-hatch",
        "Live: Soyuz crew heads home",
        "2025-09-23T10:00:00Z",
        True,
        [
            "The Soyuz landing crew said farewell to the International Space Station on "
            "Monday, September 22, ahead of a landing in Kazakhstan.",
            "Flight controllers reported good weather at the landing site.",
            "Hatch closed at 03:12 Moscow time.",
        ],
        [],
    )
    store = with_articles(live)
    reply = answer(store, "what time did the hatch close for the soyuz landing crew")
    assert reply.found and "03:12" in reply.answer
    # the clock time counts as the kind of fact asked for, as a date does for "when"
    q = parse("what time did the hatch close", load_aliases())
    assert _kind_bonus(q, "Hatch closed at 03:12 Moscow time.") > 0


def test_a_party_spokesperson_named_after_the_comma_speaks_for_the_party(with_articles):
    """ "what did fianna fail say about the space strategy": "Fianna Fáil's enterprise
    spokesperson, Síle Ó Dónaill, said …" gives the party's words, the possessive on its
    second word and the name starting with an accented capital."""
    strategy = (
        "dublin-space-strategy-launch",
        "Ireland launches its first national space strategy",
        "2026-03-10T10:00:00Z",
        True,
        [
            "DUBLIN — The government launched Ireland's first national space strategy on "
            "Tuesday, promising closer work with the European Space Agency.",
            "The opposition was less enthusiastic. Fianna Fáil's enterprise spokesperson, "
            "Síle Ó Dónaill, said the strategy contained no new funding. "
            '"A strategy with no new money is a brochure," Ó Dónaill said.',
        ],
        [("Ó Dónaill", "A strategy with no new money is a brochure,")],
    )
    store = with_articles(strategy)
    reply = answer(store, "what did fianna fail say abt ireland's first space strategy")
    assert reply.found and "no new money is a brochure" in reply.answer


def test_an_outcome_still_open_in_the_story_is_not_answered(with_articles):
    """ "Did Norway end up renewing the lease" of a story about the plan to renew it, and
    "what did the full assembly decide" of one where the vote is still to come: the story
    matches every word but cannot say how it turned out. Why it might is still answered."""
    lease = (
        "svalbard-lease-renewal",
        "Norwegian MPs question Russian tracking dish lease",
        "2025-09-03T08:00:00Z",
        True,
        [
            "OSLO — Members of the Storting's defence committee questioned on Tuesday the "
            "government's plan to renew for five years the lease that lets Roscosmos run a "
            "tracking dish on Svalbard, citing worries about the station's military use.",
            "The full Storting is expected to vote on the lease renewal in November.",
            "Officials said the dish tracks cargo ships bound for the space station.",
        ],
        [],
    )
    store = with_articles(lease)
    assert not answer(store, "did norway end up renewing the lease for the svalbard dish").found
    assert not answer(store, "what did the full storting decide on the svalbard lease").found
    reply = answer(store, "why did norwegian mps question the svalbard dish lease renewal")
    assert reply.found and "military" in reply.answer


def test_an_outcome_only_demanded_in_the_story_is_not_answered(with_articles):
    """ "Has Russia released the technician yet" of a story whose only "release" is a
    demand for it: the arrest is reported, the outcome is not."""
    arrest = (
        "technician-detained-plesetsk",
        "Dutch technician held after Plesetsk visit",
        "2025-10-02T08:00:00Z",
        True,
        [
            "The Netherlands summoned Russia's ambassador after a Dutch technician who "
            "services station experiments was detained near the Plesetsk cosmodrome.",
            '"We call for his immediate release," a Dutch foreign ministry spokesman said.',
        ],
        [],
    )
    store = with_articles(arrest)
    assert not answer(store, "has russia released the dutch technician from plesetsk yet").found
    reply = answer(store, "who did the netherlands summon after the dutch technician was held")
    assert reply.found and "ambassador" in reply.answer


def test_how_many_needs_a_count_of_what_was_asked(with_articles):
    """ "How many drones hit Voronezh" is not answered by "drones … set fire to at least
    two warehouses": a number, but not of drones. A count by another of the question's
    words ("three warehouses") still answers."""
    strike = (
        "voronezh-drone-strike",
        "Drones strike Voronezh district with satellite plant",
        "2025-08-14T06:00:00Z",
        True,
        [
            "Drones struck an industrial district of Voronezh overnight, setting fire to at "
            "least two warehouses near a plant that builds station radio equipment.",
            "Officials said air defences shot down most of the drones.",
        ],
        [],
    )
    store = with_articles(strike)
    assert not answer(store, "how many drones hit voronezh in the strike on the plant").found
    reply = answer(store, "how many warehouses burned when drones hit voronezh")
    assert reply.found and "two warehouses" in reply.answer


def test_a_contraction_typed_without_its_apostrophe_is_not_a_name(with_articles):
    """ "theyd host a taikonaut": "theyd" is "they would", not a name the stories lack."""
    forum = (
        "roscosmos-deputy-beijing-forum",
        "Roscosmos deputy floats taikonaut visit at Beijing forum",
        "2026-09-01T08:00:00Z",
        True,
        [
            "Roscosmos would host a Chinese taikonaut on the Russian segment, the agency's "
            "first deputy head, Pavel Lukin, told a space forum in Beijing on Monday.",
        ],
        [],
    )
    store = with_articles(forum)
    reply = answer(
        store, "which roscosmos first deputy said in beijing theyd host a chinese taikonaut"
    )
    assert reply.found and "Lukin" in reply.answer


def test_a_prefixed_common_word_is_not_a_name_the_story_must_carry(with_articles):
    """ "get the deposit unfrozen": rare in English only for its prefix, "unfrozen" is not
    a name; and "tossed the bid" is how a member says "dismissed a request"."""
    ruling = (
        "court-soyuz-deposit-ruling",
        "Court refuses to release frozen Soyuz tourist deposit",
        "2026-07-08T10:00:00Z",
        True,
        [
            "Judge Maria Okafor dismissed a request by a Leeds travel agency to unfreeze the "
            "deposit it paid for a Soyuz tourist seat, held in the account of a sanctioned "
            "Russian company.",
        ],
        [],
    )
    store = with_articles(ruling)
    reply = answer(store, "who was the judge that tossed the bid to get the soyuz deposit unfrozen")
    assert reply.found and "Okafor" in reply.answer


def test_under_what_law_leads_with_the_sentence_naming_the_law(with_articles):
    """ "under what law does nz vet the military sats": the answer is the law's title
    ("Outer Space Licensing Act"), not the lede that matches more of the question's words;
    "nz" is New Zealand, "sats" satellites, "vet" how a member says "assess"."""
    letter = (
        "letter-raglan-launch-military-payloads",
        "Letter reopens debate over military satellites launched from Raglan",
        "2026-05-02T08:00:00Z",
        True,
        [
            "A letter by a retired New Zealand diplomat has reignited a debate over whether "
            "the government should keep approving launches of foreign military satellites "
            "from the Raglan launch site.",
            "The diplomat wrote that military satellites launched from Raglan made the "
            "country a participant in the rivalry between the great powers.",
            "Local iwi leaders said the launches had brought jobs to the coast.",
            "The site's operator declined to comment on the letter.",
            "An official replied that every payload is assessed under the Outer Space "
            "Licensing Act, and that several applications have been declined.",
        ],
        [],
    )
    store = with_articles(letter)
    reply = answer(store, "under what law does nz vet the military sats launched from raglan")
    assert reply.found and "Outer Space Licensing Act" in reply.answer


def test_everyday_words_find_the_story_s_formal_ones(with_articles):
    """ "uneasy" is the story's "concerned", "the uni" its "university", "academic" its
    "professor": a member's everyday words still reach the sentence that answers."""
    dish = (
        "lima-university-tracking-dish",
        "U.S. embassy raises tracking dish at Lima university",
        "2026-04-14T08:00:00Z",
        True,
        [
            "LIMA — Peru's senate on Wednesday debated renewing a Russian tracking dish at the "
            "National University of Engineering.",
            "The U.S. embassy is concerned that the dish could serve military purposes, a "
            "diplomatic note seen by reporters said.",
            "Professor Lucia Paredes, who studies space policy, said the dish is older than "
            "the dispute.",
        ],
        [],
    )
    store = with_articles(dish)
    reply = answer(store, "why is the us embassy uneasy about the russian dish at the uni in lima")
    assert reply.found and "military purposes" in reply.answer
    reply = answer(
        store, "which space policy academic said the lima dish is older than the dispute"
    )
    assert reply.found and "Paredes" in reply.answer


def test_a_national_is_a_citizen(with_articles):
    """ "had any korean national ever been aboard": the story says "no Korean citizen"."""
    offer = (
        "roscosmos-korean-astronaut-offer",
        "Roscosmos offers seat to South Korean astronaut",
        "2026-03-03T08:00:00Z",
        True,
        [
            "Roscosmos offered on Tuesday to fly a South Korean astronaut to the Russian "
            "segment of the space station within three years, agency officials said in Seoul.",
            "The offer was made at a space forum attended by officials from both countries.",
            "Seoul has not yet replied to the offer, officials said.",
            "Since 2008, no Korean citizen has been aboard the station.",
        ],
        [],
    )
    store = with_articles(offer)
    reply = answer(store, "had any korean national ever been aboard the station before the offer?")
    assert reply.found and "no Korean citizen" in reply.answer


def test_yes_no_reply_is_the_kind_of_fact_the_lead_must_carry():
    """ "was anyone put at risk when the station dodged the fragment": the sentence
    restating the manoeuvre shares most words but gives no reply; the lead must also take
    one saying "never in danger", "found no evidence", "unrelated"."""
    q = parse("was anyone put at risk when the station fired its engines", load_aliases())
    assert not _has_type(
        q, "The station moved out of the path of a fragment on Tuesday, firing its engines."
    )
    assert _has_type(q, "The seven crew members were never in danger, NASA said.")
    assert _has_type(q, "The two leaks are unrelated, engineers said.")
    assert _has_type(q, "Roscosmos hasn't received any request from Rome.")


def test_a_purpose_or_what_it_spares_counts_as_the_cause_a_why_asks_for():
    """ "why did the team send its cubesat out through the station": the reason is what the
    ride spares them ("a ride that would otherwise cost several years of our budget"), what
    drove it, or what the act is meant to ensure."""
    assert tp.CAUSE.search("a ride that would otherwise cost several years of our budget")
    assert tp.CAUSE.search("the change was driven mainly by Roscosmos' finances")
    assert tp.CAUSE.search("engineers were sent to verify that all activities are civilian")
    assert not tp.CAUSE.search("The satellite will test a Korean-made star tracker.")


def test_a_why_lead_naming_only_sanctions_still_looks_for_the_reason():
    """ "why did JAXA pull the Russian-built sensor": a sentence that mentions "sanctions"
    or happens "amid" them names the topic; the reason ("after a review concluded the
    maker was on Tokyo's list") is the fact the lead must still carry."""
    q = parse("why did jaxa pull the russian-built sensor from the rice experiment", load_aliases())
    assert not _has_type(q, "The sensor was built in Moscow amid Western sanctions on Russia.")
    assert _has_type(q, "It was removed because the maker was on the list.")


def test_a_long_group_over_the_budget_is_skipped_not_the_short_ones_after_it():
    """The lead's groups come in priority order; one too long for what is left of the
    budget is left out, and a later short one (often the one-line reason) still goes in."""
    sizes = [300, 400, 100, 250]
    assert _fit([[0], [1], [2], [3]], sizes, budget=640) == [[0], [2]]
    assert _fit([[0], [1]], [700, 10], budget=640) == [[0]]  # the best one, however long


def test_fitted_weights_are_read_from_their_file_and_used(store, tmp_path):
    """``fit_answers.py --write`` leaves a weights file; the engine must use what it says
    (here a ranker that weighs only sentence position, so the story's first sentence
    wins), and the hand-set weights when there is none."""
    from summaries.answer_confidence import load_model

    assert load_model(tmp_path / "absent.toml") == Model()
    path = tmp_path / "answer_weights.toml"
    rank = "\n".join(f"{k} = {-1.0 if k == 'position' else 0.0}" for k in RANK_FEATURES)
    gate = "\n".join(f"{k} = 0.0" for k in GATE_FEATURES)
    path.write_text(f"[rank]\n{rank}\n\n[gate]\nbias = 1.0\n{gate}\n", encoding="utf-8")
    model = load_model(path)
    assert model.rank[RANK_FEATURES.index("position")] == -1.0
    assert model.gate == (1.0,) + (0.0,) * len(GATE_FEATURES)
    trace: dict = {}
    old = use_model(model)
    try:
        answer(store, "Who provides propulsion for the space station?", trace=trace)
    finally:
        use_model(old)
    assert trace["candidates"][0].position == min(s.position for s in trace["candidates"])
