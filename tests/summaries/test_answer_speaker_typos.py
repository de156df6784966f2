"""A speaker's name typed with a letter dropped ("zimn" for Zimin) is still that speaker;
a short word with a letter changed is not taken for a name one letter away."""

from __future__ import annotations

from summaries.answers import answer

REBOOST = (
    "reboost-threat-typo",
    "Roscosmos chief threatens to halt station reboosts over new EU sanctions",
    "2028-03-19T09:00:00Z",
    True,
    [
        "Roscosmos Director General Pavel Zimin said Russia could stop reboosting the "
        "International Space Station from 2029 if the EU's new sanctions stand.",
        "\u201cIf Brussels wants to starve our factories, it should not expect our engines to "
        "keep its laboratory in the sky,\u201d Zimin said.",
        "\u201cWe are watching the debate in Brussels closely,\u201d said Ulrike Kern, an "
        "analyst at the Berlin Space Forum.",
    ],
    [
        (
            "Zimin",
            "If Brussels wants to starve our factories, it should not expect our engines to "
            "keep its laboratory in the sky,",
        )
    ],
)


def test_a_name_typed_with_a_letter_dropped_is_the_speaker(make_store):
    reply = answer(make_store([REBOOST]), "wat did zimn say abt brussels")
    assert reply.found, reply.answer
    assert reply.answer.startswith("Zimin said"), reply.answer


def test_four_letters_with_one_changed_are_not_a_four_letter_name(make_store):
    reply = answer(make_store([REBOOST]), "what did kerm say about brussels")
    assert not reply.answer.startswith("Kern said"), reply.answer
