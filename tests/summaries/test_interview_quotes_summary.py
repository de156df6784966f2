"""An interview printed as "Q: …" / "Raghunathan: …" (a member's ISRO interview): its
answers carry no quotation marks, so the story kept only a NASA spokesperson's words as
key quotes, and its summary opened on "The letter, sent last month …", took the interview's
"We spoke to …" and an answer ("If the station is a symbol of cooperation, it cannot be
used to punish a country …") as the reporter's own claim."""

from summaries.analyse import analyse

TITLE = "Interview: ISRO chief on why India wants a place in the ISS partnership"
TEXT = "\n\n".join(
    [
        "India has formally asked the five agencies that run the International Space Station "
        "to consider it as a participating state, a request that has run into objections in "
        "both Washington and Moscow. The letter, sent last month by the Indian Space Research "
        "Organisation to NASA, Roscosmos, ESA, JAXA and the Canadian Space Agency, asks for "
        "regular crew time and an Indian share of research capacity until the station is "
        "retired. We spoke to ISRO chairman S. Raghunathan in Bengaluru.",
        "Q: Why does India want to join the station now, so late in its life?",
        "Raghunathan: Because our astronauts need long-duration experience before our own "
        "station is built, and the ISS is the only place to get it. We are not asking for a "
        "tourist seat.",
        "Q: Washington has reportedly tied your request to India's defence purchases from "
        "Russia. How do you answer that?",
        "Raghunathan: We do not accept that our space cooperation with one partner should be "
        "a condition set by another partner. If the station is a symbol of cooperation, it "
        "cannot be used to punish a country for its foreign policy.",
        "Q: And Moscow? Roscosmos has sold seats to Indian astronauts before.",
        "Raghunathan: We value our history with Roscosmos. But a seat bought one flight at a "
        "time is not a partnership.",
        'A NASA spokesperson said the request "will be considered by the partnership through '
        'the Multilateral Coordination Board" and declined to comment on any link with '
        "India's defence purchases.",
    ]
)


def test_the_interviewees_answers_are_key_quotes_with_offsets():
    a = analyse(TITLE, TEXT)
    mine = [q for q in a.quotes if q.speaker == "Raghunathan"]
    assert mine, [(q.speaker, q.text) for q in a.quotes]
    assert all(TEXT[q.start : q.end] == q.text for q in a.quotes)
    assert any(q.text.startswith("We do not accept that our space cooperation") for q in mine)


def test_the_summary_is_the_reporters_not_the_questions_or_answers():
    summary = analyse(TITLE, TEXT).summary
    assert summary.startswith("India has formally asked the five agencies"), summary
    for words in ("We spoke to", "If the station is a symbol", "Roscosmos has sold seats"):
        assert words not in summary, summary


def test_an_interview_quoted_with_marks_keeps_its_quoted_key_quotes():
    # "A:" answers with the interviewee's words in quotation marks elsewhere: nothing added
    text = (
        'Seoul will fly its next astronaut with NASA, KASA chief Kang Min-seok said: "We go '
        'with whoever will take us, and this time it is America."\n\n'
        "Q: Why not Russia?\n\nA: We asked. The answer came four months later.\n\n"
        "Q: Who will fly?\n\nA: We have four finalists."
    )
    quotes = analyse("Interview: Korea's space chief", text).quotes
    assert [q.speaker for q in quotes] == ["Kang"], [(q.speaker, q.text) for q in quotes]
