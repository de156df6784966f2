""" "what did that unilag space law prof say": a member describes a speaker in words the
story spreads over the sentences naming them, none of which alone fits. The quoted person
those sentences describe best is the one meant; someone else's description, or the
speaker's own quoted words, make no one the professor."""

from __future__ import annotations

from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES


def _pact(adeyemi: str, garba_says: str = "Nigeria pays its way") -> tuple:
    return (
        "nigeria-russia-soyuz-pact",
        "Nigeria signs space pact with Russia, eyes a Soyuz seat",
        "2026-03-02T12:00:00Z",
        True,
        [
            "ABUJA — Nigeria signed a space cooperation agreement with Russia on Monday that "
            "could put a Nigerian on a Soyuz to the International Space Station, despite "
            "Western sanctions on Moscow.",
            "Deputy Foreign Minister Sergei Pankratov, who signed for Moscow, called the pact "
            '"a bridge over sanctions."',
            f"{adeyemi} said the deal left the most important "
            'question open. "Everyone will now ask who pays for the seat, and in what '
            'currency," she said.',
            "Musa Danjuma Garba, the science minister, brushed the warning aside. "
            f'"{garba_says}," Garba said.',
        ],
        [],
    )


# the description runs too long before the name for the words beside it to carry it
DESCRIBED = _pact(
    "A space law professor at the University of Lagos who sat on the ministry's drafting "
    "panel until last year and says she was never shown the signed version, Funmilayo Adeyemi,"
)
# the professor is only in the minister's own words: the story calls no one that
NOT_HERS = _pact(
    "The Abuja trade lawyer Funmilayo Adeyemi",
    "A space law professor in Lagos may worry about the seat; Nigeria pays its way",
)
QUESTION = "that unilag space law prof on the nigeria russia soyuz pact - what did she say"


def test_the_speaker_the_story_describes_best_is_quoted(make_store):
    reply = answer(make_store([*ARTICLES, DESCRIBED]), QUESTION)
    assert reply.found, reply.answer
    assert "who pays for the seat" in reply.answer and "Adeyemi" in reply.answer


def test_a_description_only_in_quoted_words_names_no_speaker(make_store):
    reply = answer(make_store([*ARTICLES, NOT_HERS]), QUESTION)
    assert "who pays for the seat" not in reply.answer, reply.answer


OTHER_PROFESSOR = (
    "kenya-space-law-course",
    "Nairobi opens a space law course",
    "2026-02-10T12:00:00Z",
    False,
    [
        "NAIROBI — The University of Nairobi will teach space law from September.",
        'Space law professor Wanjiru Kamau said: "Our students will write the treaties."',
    ],
    [],
)


def test_a_professor_quoted_in_another_story_does_not_hide_this_one(make_store):
    # that story's professor fits the words outright but not the pact: the pact story's
    # best-described speaker still answers
    reply = answer(make_store([*ARTICLES, OTHER_PROFESSOR, DESCRIBED]), QUESTION)
    assert reply.found, reply.answer
    assert "who pays for the seat" in reply.answer


CAMERA = (
    "cnes-camera-held",
    "Paris asks Moscow to return a French camera held on the Russian segment",
    "2026-04-02T12:00:00Z",
    True,
    [
        "PARIS — France has asked Russia to hand back a lightning camera stuck on the "
        "Russian segment of the International Space Station, after Roscosmos asked for a "
        "swap of hardware in return.",
        "CNES president Hélène Moreau-Vidal said the agency would not agree to a swap for its own "
        'instrument. "Our scientists need the data back," she said.',
        'A Roscosmos spokesman said: "Every exchange has two sides."',
    ],
    [],
)


def test_an_agency_president_is_its_boss(make_store):
    reply = answer(
        make_store([*ARTICLES, CAMERA]), "cnes boss reaction to roscosmos wanting a swap?"
    )
    assert reply.found, reply.answer
    assert "need the data back" in reply.answer
