""" "What did the senator say on the show …": a broadcast or podcast transcript prints what
its guests said after their label ("SEN. ALMA RIDGEWAY: …"), without quotation marks; the
reply quotes that line, not words the guest quoted from elsewhere."""

from __future__ import annotations

from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES

TRANSCRIPT = (
    "transcript-morning-desk-soyuz-seats",
    'Transcript: "Morning Desk" on paying Russia for Soyuz seats',
    "2026-09-13T12:00:00Z",
    True,
    [
        "The following is a partial transcript of Morning Desk, broadcast September 13, 2026.",
        "HOST PETER LANGLEY: Moscow says it wants cash again for Soyuz seats. Joining me is "
        "Senator Alma Ridgeway of Nevada.",
        "SEN. ALMA RIDGEWAY: Peter, it's extortion. Moscow knows our crews need a Soyuz seat "
        "as a lifeboat, and it is charging for that seat like a yacht. We will not pay it.",
        "LANGLEY: But NASA says the swap has kept the station safe.",
        'RIDGEWAY: I told the committee in May that "every seat we buy from Moscow is a '
        'seat we fail to build," and I stand by that.',
    ],
    [],
)


def test_a_guest_is_quoted_from_their_transcript_line(make_store):
    reply = answer(
        make_store([*ARTICLES, TRANSCRIPT]),
        "that nevada senator on the morning show - what did she call moscow charging for "
        "soyuz seats",
    )
    assert reply.found, reply.answer
    assert "extortion" in reply.answer, reply.answer
