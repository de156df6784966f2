"""Speakers asked about by a name the quote only keeps part of ("li wenqing" for the
quote's "Li"), or by the one role the story gives them ("the leeds prof on the moss
thing"), and the near misses that must not take someone else's quote."""

from __future__ import annotations

import pytest

from summaries import question as q_parse
from summaries.aliases import load_aliases
from summaries.answers import answer
from summaries.store import Store
from tests.summaries.answer_stories import ARTICLES

EMBASSY = (
    "embassy-ottawa-seat",
    "Canada's second ISS seat deal draws fire from Beijing's embassy",
    "2026-08-14T12:00:00Z",
    True,
    [
        "OTTAWA — Canada will fly a second astronaut to the International Space Station "
        "under an agreement signed with NASA on Thursday.",
        "The Chinese Embassy in Ottawa called the deal a step towards a bloc in orbit. Its "
        "spokesperson, Li Wenqing, went further at a briefing for Chinese-language media. "
        '"Canada should ask itself whose orbit it is buying a seat in," she said.',
        "Jonathan Avery, the science minister, said the agreement was about research. "
        '"This is a laboratory, not an alliance," he told reporters.',
    ],
    [],
)
MOSS = (
    "leeds-moss-station",
    "Leeds moss experiment stranded as Russian module loses its slot",
    "2026-09-02T12:00:00Z",
    True,
    [
        "LEEDS — A tray of Arctic moss grown by a University of Leeds team will not fly to "
        "the International Space Station this year after Roscosmos withdrew its slot on a "
        "Progress cargo ship.",
        '"Our moss has become a bargaining chip between two capitals, and it cannot even '
        'vote," said Harriet Lowe, the associate professor who leads the project. "The moss '
        'was ready in June."',
        '"We were packing the flight tray when the email came," said Tom Okonjo, a '
        "doctoral student on the team.",
        "Gavin Pryce, a State Department spokesman, said the United States had not asked "
        'Moscow to drop the experiment. "This was Roscosmos\'s decision," he said.',
    ],
    [],
)
SENATE = (
    "senate-telemetry-review",
    "Senator asks NASA to review data shared with Roscosmos",
    "2026-11-02T12:00:00Z",
    True,
    [
        "WASHINGTON — Sen. Dana Whitfield of Alabama asked NASA on Monday to review what "
        "telemetry it shares with Roscosmos about the space station.",
        "Her Democratic colleague on the committee, Sen. Luis Obregon, said he "
        'shared the worry but warned against "a fix that grounds the whole crew."',
    ],
    [],
)
GRAZ = (
    "graz-detector-dropped",
    "Graz team loses Chinese sensor from station experiment",
    "2026-11-05T12:00:00Z",
    True,
    [
        "GRAZ — A Chinese-built sensor has been removed from an Austrian experiment bound for "
        "the International Space Station after US objections.",
        'In Graz, principal investigator Lena Hofbauer said the team had "lost a fine sensor '
        'but kept every colleague."',
    ],
    [],
)
LAGOS = (
    "lagos-seat-pact",
    "Nigeria signs Soyuz seat pact with Moscow",
    "2026-10-20T12:00:00Z",
    True,
    [
        "ABUJA — Nigeria has signed an agreement with Russia that could put a Nigerian on a "
        "Soyuz to the International Space Station before 2029.",
        "A lecturer in maritime law at the University of Port Harcourt who advised the "
        "ministry on an early draft but was not shown the final text, Ngozi Eze, said the "
        'deal left the hardest question open. "Nobody has said who pays for the seat," she '
        "said.",
    ],
    [],
)
DINER = (
    "huntsville-seat-bill",
    "Huntsville shrugs at a bill to end Russian seats on the station",
    "2026-11-12T12:00:00Z",
    True,
    [
        "HUNTSVILLE — A bill that would bar NASA from buying more Soyuz seats from Russia "
        "drew a mixed reaction at a diner near the arsenal gate on Tuesday.",
        "Carol Ann Whitsett, 71, a retired Marshall engineer who worked on station hardware "
        'for two decades, put down her coffee. "The station is plumbing, not politics," she '
        "said.",
        'Her neighbour at the counter, Dale Oakes, a truck driver, disagreed. "Russia should '
        'pay for the war somewhere," he said.',
    ],
    [],
)
SPACE_ACT = (
    "paris-space-act",
    "Paris answers Washington over the EU space act",
    "2026-11-14T12:00:00Z",
    True,
    [
        "TOULOUSE — France defended the European Union's draft space law on Friday after "
        "Washington said it would burden American station operators.",
        '"Europe cannot write its space rules to please operators in California," French '
        "Minister Delegate for Digital Affairs and Space Bastien Morel-Aubry said at a "
        "conference.",
        "NASA Administrator Ruth Keller and Luxembourg Economy Minister Paul Wirtz spoke "
        'later. "We will sign what is fair," Wirtz said.',
    ],
    [],
)


@pytest.fixture
def store(make_store) -> Store:
    return make_store([*ARTICLES, EMBASSY, MOSS, LAGOS, SENATE, GRAZ, DINER, SPACE_ACT])


def test_a_description_after_the_speakers_age_is_theirs(store):
    """ "Carol Ann Whitsett, 71, a retired Marshall engineer": the age stands between the
    name and the words that describe her."""
    reply = answer(store, "what did the retired marshall engineer at the diner say about the bill")
    assert reply.found, reply.answer
    assert "plumbing, not politics" in reply.answer, reply.answer


def test_a_long_title_before_the_name_describes_them_whole(store):
    reply = answer(store, "what did the french space minister say about the eu space law")
    assert reply.found, reply.answer
    assert "operators in California" in reply.answer, reply.answer


def test_a_title_before_another_name_in_the_sentence_is_not_theirs(store):
    """ "NASA Administrator Ruth Keller and Luxembourg Economy Minister Paul Wirtz": Wirtz
    is no NASA administrator."""
    reply = answer(store, "what did the nasa administrator say about the eu space law")
    assert "sign what is fair" not in reply.answer, reply.answer


def test_a_full_name_typed_finds_the_quote_kept_under_the_surname(store):
    reply = answer(store, "what did li wenqing say about canada's iss seat deal with nasa")
    assert reply.found, reply.answer
    assert "whose orbit it is buying a seat in" in reply.answer, reply.answer


def test_another_given_name_is_someone_else(store):
    reply = answer(store, "what did li meifang say about canada's iss seat deal with nasa")
    assert "whose orbit" not in reply.answer, reply.answer


def test_the_one_quoted_person_with_the_role_asked_is_found(store):
    reply = answer(store, "leeds prof running the moss thing, what did she say about capitals")
    assert reply.found, reply.answer
    assert "bargaining chip between two capitals" in reply.answer, reply.answer


def test_a_role_of_another_owner_is_not_theirs(store):
    """The story quotes a State Department spokesman; the Kremlin's said nothing."""
    reply = answer(store, "what did the kremlin spokesman say about the leeds moss experiment")
    assert "Roscosmos's decision" not in reply.answer, reply.answer


def test_a_description_opening_with_a_before_the_name_is_theirs(store):
    """ "A lecturer in maritime law at …, Ngozi Eze, said": the words before the comma
    describe her, as "The lecturer …, Ngozi Eze" would."""
    reply = answer(store, "what did the port harcourt law lecturer say about the soyuz seat pact")
    assert reply.found, reply.answer
    assert "who pays for the seat" in reply.answer, reply.answer


@pytest.mark.parametrize(
    ("question", "words"),
    [
        # "Her Democratic colleague …, Sen. Luis Obregon": described before the comma
        # after a possessive, as after "The"
        ("what did the democratic senator say about the telemetry review", "grounds the whole"),
        # "lead scientist" is what members call a principal investigator
        ("what did the graz lead scientist say about the chinese sensor", "fine sensor"),
    ],
)
def test_a_speaker_described_in_other_words_is_found(store, question, words):
    reply = answer(store, question)
    assert reply.found, reply.answer
    assert words in reply.answer, reply.answer


def test_a_name_then_quote_asks_for_their_quote():
    parsed = q_parse.parse("peskov quote about the seat swap?", load_aliases(), None)
    assert (parsed.kind, parsed.speaker) == ("quote", "peskov")
    anyone = q_parse.parse("any quote about the seat swap?", load_aliases(), None)
    assert anyone.speaker != "any"


def test_spox_is_a_spokesperson():
    parsed = q_parse.parse(
        "what did the kremlin spox say about the seat swap", load_aliases(), None
    )
    assert parsed.speaker is not None and "spokesperson" in parsed.speaker
