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


# A print Q&A labels the interviewee's answers with her surname as the story writes it
QA = (
    "qa-csa-president-segment",
    "Q&A: Canada's space chief on the arm, the Moon and Moscow",
    "2028-03-11T12:00:00Z",
    True,
    [
        "Claire Beaulieu became president of the Canadian Space Agency in 2026. We spoke to "
        "her at the agency's headquarters in Longueuil.",
        "Q: How is Canadarm2 holding up?",
        "Beaulieu: It is 27 years old and still does the heavy lifting.",
        "Q: Russia has floated detaching its segment and flying it as a national station. "
        "Where does Canada stand?",
        "Beaulieu: Canada will not accept any plan that leaves the station without a safe "
        "deorbit. Ottawa has told Moscow so directly.",
    ],
    [],
)

LIVE = (
    "live-progress-launch",
    "Live: Progress MS-33 lifts off for the station",
    "2028-03-12T12:00:00Z",
    False,
    [
        "Update: The Progress MS-33 cargo ship lifted off from Baikonur at 09:10 UTC.",
        "Update: The ship reached orbit nine minutes later, Roscosmos said.",
        "Correction: An earlier update gave the launch time as 09:01 UTC.",
    ],
    [],
)


def test_a_qa_answer_under_the_interviewees_surname_is_her_quote(make_store):
    reply = answer(
        make_store([*ARTICLES, QA]), "what did beaulieu say about the deorbit of the segment"
    )
    assert reply.found, reply.answer
    assert reply.answer.startswith("Beaulieu said"), reply.answer
    assert "Canada will not accept any plan" in reply.answer


def test_a_live_blogs_update_label_is_no_speaker():
    from summaries.transcripts import transcript_quotes

    assert transcript_quotes("\n\n".join(LIVE[4])) == ()
    assert [q.speaker for q in transcript_quotes("\n\n".join(QA[4]))] == ["Beaulieu", "Beaulieu"]
