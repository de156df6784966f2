"""A follow-up asks what a body said ("and the kremlin?", "nasa?") in the story the
conversation is about. Stories quote a body through its staff, introduced in ways a
member never types: "Its spokesman, …" after a sentence about the body."""

from __future__ import annotations

from summaries.answers import Conversation, answer
from tests.summaries.answer_stories import ARTICLES

BANNER = (
    "banner-row",
    "Washington and Moscow trade words over a banner filmed on the station",
    "2026-03-04T08:00:00Z",
    True,
    [
        "Two cosmonauts unfurled a regimental banner in the Zvezda module of the "
        "International Space Station and posted the video on Monday, drawing a complaint "
        "from Washington.",
        '"The station is a laboratory shared by partners, not a stage for war propaganda," '
        "State Department spokesman Mark Dalton told reporters.",
        "The Kremlin waved the complaint away. Its spokesman, Yuri Orlov, said the "
        "Americans were \u201cinventing a quarrel over a piece of cloth.\u201d",
        "NASA kept its distance from the dispute.",
        '"Up there the crew work as one team, whatever flags are flown," NASA spokeswoman '
        "Dana Whitcomb said.",
    ],
    [
        (
            "Dalton",
            "The station is a laboratory shared by partners, not a stage for war propaganda,",
        )
    ],
)


def test_and_the_kremlin_finds_its_spokesman_introduced_by_its(make_store):
    store = make_store([*ARTICLES, BANNER])
    conv = Conversation()
    first = answer(
        store, "what did the state department say about the banner video", conversation=conv
    )
    assert "not a stage for war propaganda" in first.answer
    follow = answer(store, "and the kremlin?", conversation=conv)
    assert follow.found
    assert "inventing a quarrel over a piece of cloth" in follow.answer
    assert follow.citations[0].title == BANNER[1]


def test_a_bare_body_with_a_question_mark_asks_it_the_same(make_store):
    store = make_store([*ARTICLES, BANNER])
    conv = Conversation()
    answer(store, "what did the state department say about the banner video", conversation=conv)
    follow = answer(store, "nasa?", conversation=conv)
    assert follow.found
    # NASA's words first, as for "and what did nasa say?", not a sentence about NASA
    assert follow.answer.startswith("Whitcomb said")
    assert "work as one team" in follow.answer


SEAT = (
    "gulf-seat",
    "Gulf state books a Soyuz seat despite American warnings",
    "2026-01-27T08:00:00Z",
    True,
    [
        "Qatar has booked a seat on a Russian Soyuz flight to the International Space "
        "Station for 2027, officials in Doha said on Monday, paying about $55 million.",
        "\"We encourage every partner to avoid deals that send money to Russia's arms "
        'industry," the State Department said in a statement.',
        "Leila Haddad, a Gulf analyst at the Washington Policy Forum, said the booking "
        'was about reach, not rockets. "A Soyuz seat is a cheap way for Doha to be '
        "everyone's partner at once,\" she said.",
    ],
    [],
)


def test_washington_after_a_seat_question_is_the_state_departments_quote(make_store):
    # Haddad's pages describe her with "Washington", and her words share the seat topic;
    # the quote stored under a name of Washington's own is the one asked for
    store = make_store([*ARTICLES, SEAT])
    conv = Conversation()
    first = answer(store, "qatar booked a soyuz seat? how much did it pay", conversation=conv)
    assert first.found and first.citations[0].title == SEAT[1]
    follow = answer(store, "what did washington say?", conversation=conv)
    assert follow.found
    assert "send money to Russia's arms industry" in follow.answer


OFFER = (
    "ankara-offer",
    "Turkey weighs a Russian offer of a Soyuz seat",
    "2026-02-10T08:00:00Z",
    True,
    [
        "Turkey is studying an offer from Roscosmos to fly a Turkish astronaut to the "
        "International Space Station on a Soyuz in 2027, officials in Ankara said.",
        "Ankara is drawn by the price: a Russian seat costs about a third of a flight with "
        "an American company, the head of the Turkish Space Agency said.",
        '"We would urge every ally to think hard about this," the State Department said.',
    ],
    [],
)
BUDGET = (
    "ankara-budget",
    "Turkish space agency asks Ankara for more money",
    "2026-02-12T08:00:00Z",
    False,
    [
        "ANKARA - Turkey's space agency asked parliament on Monday for a 40 percent "
        "increase in its budget, arguing that Ankara's lunar lander work is interested "
        "parties' top priority.",
        "Lawmakers in Ankara are expected to vote on the budget next month.",
    ],
    [],
)


def test_a_short_question_naming_only_the_storys_names_stays_on_it(make_store):
    # no "it", no "and": "ankara" is in the story being discussed, so the question is
    # about that story, not the budget story that says Ankara three times
    store = make_store([*ARTICLES, OFFER, BUDGET])
    conv = Conversation()
    first = answer(
        store, "turkey is looking at a soyuz seat, what did the us say", conversation=conv
    )
    assert first.found and first.citations[0].title == OFFER[1]
    follow = answer(store, "why is ankara even interested", conversation=conv)
    assert follow.found
    assert follow.citations[0].title == OFFER[1]


def test_who_said_that_after_nothing_was_found_says_nothing_was_quoted(make_store):
    store = make_store([*ARTICLES, BANNER])
    conv = Conversation()
    assert not answer(store, "how much does the lunar gateway cost?", conversation=conv).found
    reply = answer(store, "who said that?", conversation=conv)
    assert not reply.found
    assert reply.answer.startswith("I haven't quoted anything here yet.")


PAYLOAD = (
    "payload-objection",
    "India rejects US objection to its experiment on a Russian cargo ship",
    "2026-08-04T08:00:00Z",
    True,
    [
        "India on Tuesday rejected objections from the United States to an Indian biology "
        "experiment due to fly to the International Space Station on a Russian Progress.",
        "The experiment, built at a Bengaluru institute at a cost of about Rs 38 crore, was "
        "moved to the Russian ship after delays to an American cargo flight.",
    ],
    [],
)
GRANT = (
    "irish-grant",
    "Irish experiment loses its station grant",
    "2026-08-01T08:00:00Z",
    True,
    [
        "The government has refused a EUR 1.4 million payment for an Irish experiment "
        "aboard the International Space Station, citing cost overruns.",
    ],
    [],
)


def test_how_much_did_the_experiment_cost_is_asked_of_the_story_in_discussion(make_store):
    # no name, and both words written in the story: a follow-up on it, not the grant story
    store = make_store([*ARTICLES, PAYLOAD, GRANT])
    conv = Conversation()
    first = answer(
        store, "how did india answer the us objection to its payload on progress", conversation=conv
    )
    assert first.found and first.citations[0].title == PAYLOAD[1]
    follow = answer(store, "how much did the experiment cost?", conversation=conv)
    assert follow.found
    assert "Rs 38 crore" in follow.answer


DETACH = (
    "detach-modules",
    "Roscosmos chief floats flying Russian modules away from the station",
    "2026-05-22T08:00:00Z",
    True,
    [
        "The plan for a national station was approved by the Russian government only days "
        "before Pavel Lebedinsky floated flying its newest modules away from the "
        "International Space Station.",
        '"Our segment can fly on its own, and we have thought about that," Lebedinsky, the '
        "head of Roscosmos, told a television channel.",
        "The Kremlin spokesman, Yuri Orlov, said later that the Roscosmos head was "
        "\u201csharing his own opinion\u201d and that nothing had been decided.",
    ],
    [("Lebedinsky", "Our segment can fly on its own, and we have thought about that,")],
)


def test_words_before_a_clause_do_not_describe_the_name_after_it(make_store):
    """ "approved by the Russian government only days before Pavel Lebedinsky" said
    nothing of who Lebedinsky is: "what did the kremlin say" took his quote for the
    government's over the Kremlin spokesman's."""
    store = make_store([*ARTICLES, DETACH])
    conv = Conversation()
    first = answer(store, "lebedinsky said russia could detach its modules?", conversation=conv)
    assert first.found and first.citations[0].title == DETACH[1], first.answer
    follow = answer(store, "what did the kremlin say", conversation=conv)
    assert "sharing his own opinion" in follow.answer, follow.answer
    assert "fly on its own" not in follow.answer


PROGRESS_THREAT = (
    "progress-threat",
    "Roscosmos warns it may halt Progress cargo runs if the EU widens sanctions",
    "2026-11-26T08:00:00Z",
    True,
    [
        "Roscosmos warned on Thursday that it could suspend Progress cargo flights to the "
        "International Space Station if the European Union adopts new sanctions on its "
        "suppliers.",
        '"If Brussels cuts off the factories that build our freighters, the freighters stop '
        'flying," Roscosmos director general Pavel Lagunov told reporters.',
        'NASA sought to play down the warning. "We have not received any formal notice, and '
        'station operations continue normally," NASA spokeswoman Dana Whitfield said.',
    ],
    [
        (
            "Lagunov",
            "If Brussels cuts off the factories that build our freighters, the freighters stop flying,",
        )
    ],
)
NASA_ELSEWHERE = (
    "nasa-europe-deorbit",
    "Europe's space chief says the deorbit bill must be shared fairly",
    "2026-11-23T08:00:00Z",
    True,
    [
        "Europe's spaceflight chief said the partners of the International Space Station must "
        "share the cost of the deorbit vehicle fairly, after Roscosmos refused to pay.",
        "NASA said in a statement: \"We value Europe's contributions, and discussions with all "
        'partners on the deorbit vehicle and the sanctions are continuing."',
    ],
    [
        (
            "NASA",
            "We value Europe's contributions, and discussions with all partners on the deorbit vehicle and the sanctions are continuing.",
        )
    ],
)


def test_and_what_did_nasa_say_is_answered_by_its_spokeswoman_in_the_story(make_store):
    """A quote stored under "NASA" in another story outranked the story's own "NASA
    spokeswoman Dana Whitfield": the member asked NASA's answer to this threat."""
    store = make_store([*ARTICLES, PROGRESS_THREAT, NASA_ELSEWHERE])
    conv = Conversation()
    first = answer(store, "what did roscosmos threaten over the eu sanctions?", conversation=conv)
    assert first.citations[0].title == PROGRESS_THREAT[1], first.answer
    follow = answer(store, "and what did NASA say?", conversation=conv)
    assert "We have not received any formal notice" in follow.answer, follow.answer
    assert follow.citations[0].title == PROGRESS_THREAT[1]


KYIV_PROTEST = (
    "banner-kyiv-protest",
    "Cosmonauts' banner aboard the station provokes a protest from Kyiv",
    "2026-11-24T08:00:00Z",
    True,
    [
        "A photograph of two cosmonauts holding a battalion's banner in the Russian segment "
        "of the International Space Station has provoked a sharp reaction from Ukraine.",
        "The Ministry of Foreign Affairs of Ukraine demanded that the partners respond. "
        '"The station is a symbol of peaceful cooperation, not a platform for the propaganda '
        "of an aggressor state,\" the ministry's statement says.",
    ],
    [
        (
            "Foreign Ministry",
            "The station is a symbol of peaceful cooperation, not a platform for the propaganda of an aggressor state,",
        )
    ],
)


def test_a_body_is_of_the_state_written_after_its_name(make_store):
    """ "The Ministry of Foreign Affairs of Ukraine" is Ukraine's: "how did Kyiv respond"
    was declined, the description stopping at "of Foreign Affairs"."""
    store = make_store([*ARTICLES, KYIV_PROTEST])
    for question in ("how did Kyiv respond to the banner?", "how did Ukraine react to the banner?"):
        reply = answer(store, question)
        assert "not a platform for the propaganda" in reply.answer, (question, reply.answer)


DONETSK = (
    "controller-feature",
    "A flight controller from Kharkiv on twenty years of talking to Moscow",
    "2026-11-26T08:00:00Z",
    True,
    [
        "In October, two cosmonauts aboard the International Space Station posed with a "
        'banner of the "Donetsk People\'s Republic," the Moscow-backed administration in '
        "occupied eastern Ukraine, and Ukraine's foreign ministry demanded that the partners "
        "condemn it.",
        "Moscow was unrepentant. Roscosmos spokeswoman Yelena Morozova said the cosmonauts "
        'had "every right to honour the liberated territories," and she accused the '
        'Americans of "hypocrisy unworthy of partners."',
    ],
    [],
)


def test_and_moscow_is_its_spokeswoman_not_a_name_in_quotation_marks(make_store):
    """ "and moscow?" answered with the sentence around "Donetsk People's Republic" (no
    one says it; "Moscow-backed" stands next to it): a term is no one's words."""
    store = make_store([*ARTICLES, DONETSK])
    conv = Conversation()
    first = answer(store, "what happened with the donetsk banner on the iss", conversation=conv)
    assert first.citations[0].title == DONETSK[1], first.answer
    follow = answer(store, "and moscow?", conversation=conv)
    assert follow.answer.startswith("Morozova said"), follow.answer
    assert "every right to honour the liberated territories" in follow.answer


ANALYSIS = (
    "quiet-exit",
    "Moscow's shrinking space budget hints at a quieter exit from the station",
    "2026-11-24T08:00:00Z",
    True,
    [
        "Russia's draft budget trims civilian space spending, and officials have drafted an "
        "option to end participation in the International Space Station in 2027.",
        "One of them, a senior industry official who spoke on condition of anonymity, said "
        'the exit option "exists on paper and has a number attached to it".',
    ],
    [],
)
INTERVIEW = (
    "marchetti-interview",
    "ESA's Marchetti on Russia, sanctions and the station",
    "2025-03-05T08:00:00Z",
    True,
    [
        "Elena Marchetti runs human spaceflight at ESA. We asked her about Russia's threat "
        "to leave the International Space Station.",
        "ORBITAL LEDGER: Is Moscow preparing to leave the station?",
        "MARCHETTI: I believe they are preparing the option. Whether they use it depends on "
        "sanctions far more than on engineering.",
    ],
    [],
)


def test_who_said_that_after_an_unnamed_source_says_how_the_story_describes_them(make_store):
    store = make_store([*ARTICLES, ANALYSIS])
    conv = Conversation()
    first = answer(
        store, "what did the anonymous official say about the exit option?", conversation=conv
    )
    assert first.found and "exists on paper" in first.answer, first.answer
    reply = answer(store, "who said that?", conversation=conv)
    assert "does not name them" in reply.answer and "a senior industry official" in reply.answer
    assert not reply.answer.startswith("No one is quoted"), reply.answer


def test_who_said_that_after_an_interview_answer_names_the_interviewee(make_store):
    store = make_store([*ARTICLES, INTERVIEW])
    conv = Conversation()
    first = answer(store, "what did Marchetti say?", conversation=conv)
    assert first.found and "preparing the option" in first.answer, first.answer
    reply = answer(store, "who said that?", conversation=conv)
    assert reply.answer.startswith("That was Marchetti"), reply.answer


LIVE = (
    "live-soyuz-state-dept",
    "Live: Soyuz MS-30 launches to the station with NASA's Rachel Kim aboard",
    "2028-03-20T10:00:00Z",
    True,
    [
        "10:15 UTC: Liftoff! Soyuz MS-30 clears the tower with NASA astronaut Rachel Kim "
        "aboard; her seat is part of the seat swap NASA and Roscosmos extended through 2029.",
        "11:05 UTC: In Moscow, Deputy Prime Minister Vitaly Orlov told the state news agency "
        "that the swap \u201cwill not survive another round of sanctions.\u201d",
        "11:30 UTC: The US State Department responded within the hour. \u201cThe seat exchange "
        "serves the safety of both nations' crews, and we expect it to continue,\u201d "
        "spokesperson Nora Castellanos said.",
    ],
    [],
)


def test_what_did_the_state_dept_say_back_is_its_spokespersons_quote(make_store):
    # "spokesperson Nora Castellanos" speaks for the body the sentence before opens with
    store = make_store([*ARTICLES, LIVE])
    conv = Conversation()
    assert answer(store, "is the nasa roscosmos seat swap still on", conversation=conv).found
    reply = answer(store, "what did the state dept say back", conversation=conv)
    assert reply.answer.startswith("Castellanos said"), reply.answer
    assert "serves the safety of both nations' crews" in reply.answer


WAIT = (
    "kazakh-cosmonaut-wait",
    "The long wait of a Kazakh cosmonaut",
    "2028-03-14T10:00:00Z",
    True,
    [
        "Aibek Dzhaksybekov has trained at Star City for two years with two Russian "
        "crewmates. \u201cYou prepare your body, and then you prepare for the waiting,\u201d he "
        "said.",
        "Kazakhstan has tied his seat on a Soyuz flight to the International Space Station to "
        "the renegotiation of Russia's Baikonur lease. \u201cBaikonur is not a bargaining chip, "
        "but neither is our cosmonaut,\u201d Kazakhstan's foreign minister, Aliya Serikbayeva, "
        "told parliament.",
        "Russian officials see it differently. Deputy Prime Minister Vitaly Orlov said the "
        "seat was \u201ca commercial contract, not a diplomatic favour.\u201d",
    ],
    [],
)


def test_and_the_russians_is_the_russian_official_not_a_crewmates_trainee(make_store):
    store = make_store([*ARTICLES, WAIT])
    conv = Conversation()
    first = answer(store, "what did the kazakh foreign minister say", conversation=conv)
    assert "bargaining chip" in first.answer, first.answer
    reply = answer(store, "and the russians?", conversation=conv)
    assert reply.answer.startswith("Orlov said"), reply.answer


CANADARM = (
    "qa-canadarm-holding-up",
    "Q&A: Canada's space chief on the arm",
    "2028-03-11T10:00:00Z",
    False,
    [
        "Claire Beaulieu became president of the Canadian Space Agency in 2026.",
        "Q: How is Canadarm2 holding up?",
        "Beaulieu: It is 27 years old and still does the heavy lifting. The flight unit of "
        "its successor ships to Florida in 2029.",
    ],
    [],
)


def test_his_flight_after_the_latest_on_him_stays_in_his_story(make_store):
    store = make_store([*ARTICLES, WAIT, CANADARM])
    conv = Conversation()
    first = answer(store, "whats the latest on the kazakh cosmonaut", conversation=conv)
    assert first.citations[0].title == WAIT[1], first.answer
    reply = answer(store, "why is his flight held up", conversation=conv)
    # "holding up" in the Canadarm interview is not about him
    assert not reply.found or reply.citations[0].title == WAIT[1], reply.answer


DUMA = (
    "duma-sovereign-segment-americans",
    "Duma deputies push for 'sovereign' Russian segment as Roscosmos hedges",
    "2028-03-17T10:00:00Z",
    True,
    [
        "Members of the Russian State Duma urged Roscosmos on Thursday to prepare the Russian "
        "segment of the International Space Station to operate independently.",
        "\u201cThe Russian segment can fly on its own,\u201d deputy Igor Vasnetsov wrote on "
        "Telegram.",
        "In Washington, Representative Alicia Ford, the ranking member of the House Science "
        "Committee, called the idea \u201ca stunt designed to extract sanctions relief.\u201d",
    ],
    [],
)


def test_and_the_americans_is_the_us_lawmaker_in_the_story(make_store):
    store = make_store([*ARTICLES, DUMA])
    conv = Conversation()
    assert answer(store, "whats going on with the russian segment", conversation=conv).found
    reply = answer(store, "and the americans?", conversation=conv)
    assert reply.answer.startswith("Ford said"), reply.answer
