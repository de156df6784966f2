"""A split quote ('“In the meantime,” she added, “civilians are paying the price.”') is
one sentence in one voice: the digest's key quote was its three-word lead-in."""

from summaries.analyse import analyse

DRONES = (
    "A report by the Institute for Security Studies warns that armed drones are spreading "
    "among militant groups in the Sahel, and that governments are buying air defences "
    "from Russia.\n\n"
    "“These are cheap machines with a devastating effect,” said Awa Diallo, the report's "
    "author.\n\n"
    "“Counter-drone technology is expensive and it will not arrive quickly,” Diallo said. "
    "“In the meantime,” she added, “civilians are paying the price.”"
)


def test_the_lead_in_of_a_split_quote_is_never_shown_alone():
    # three quotes in one voice, one slot left for the split one: its longer half
    quotes = [q.text for q in analyse("Armed drones spread in the Sahel", DRONES).quotes]
    assert "In the meantime" not in quotes
    assert "civilians are paying the price." in quotes


def test_the_headlines_subject_speaks_first():
    # the member's digest led "Roscosmos chief threatens …" with NASA's reply
    from summaries.quote_rank import key_quotes
    from summaries.quotes import extract_quotes

    title = "Roscosmos chief threatens to halt station reboosts over new EU sanctions"
    text = (
        "MOSCOW - The head of Russia's space agency said on Sunday that Russia could stop "
        "boosting the International Space Station's orbit from 2029 if the EU adopts new "
        "sanctions.\n\n"
        "\u201cIf Brussels wants to starve our factories of microchips, it should not expect "
        "our engines to keep its laboratory in the sky,\u201d Roscosmos Director General Pavel "
        "Zimin told reporters.\n\n"
        "\u201cWe have received no formal notice from our Russian partners, and station "
        "operations continue as planned,\u201d NASA spokesperson Dana Whitcombe said."
    )
    quotes = key_quotes(title, text, extract_quotes(text))
    assert [q.speaker for q in quotes] == ["Zimin", "Whitcombe"]


HALT = (
    "Roscosmos said on Monday that it would stop crew rotations to the International Space "
    "Station until sanctions on its suppliers were lifted by Washington.\n\n"
    "“In the meantime,” Zimin said, “the Americans will have to fly their own crews and pay "
    "for every reboost of the station themselves.”\n\n"
    "NASA said it was studying the statement. “We have been here before and the partnership "
    "survived,” said NASA spokesperson Jane Ortiz."
)


def test_a_split_quote_is_shown_whole_in_the_speakers_order():
    # the member's digest opened on the second half, in lower case, without the first
    from summaries.quote_rank import shown_quotes

    a = analyse("Roscosmos halts crew rotations to ISS over sanctions", HALT)
    assert sorted(q.text for q in a.quotes if q.speaker == "Zimin") == [
        "In the meantime",
        "the Americans will have to fly their own crews and pay for every reboost of the "
        "station themselves.",
    ]  # stored as two verbatim spans, each with its offsets
    first = shown_quotes(HALT, a.quotes)[0]
    assert first.speaker == "Zimin"
    assert first.text == (
        "In the meantime, the Americans will have to fly their own crews and pay for every "
        "reboost of the station themselves."
    )
    assert [q.speaker for q in shown_quotes(HALT, a.quotes)] == ["Zimin", "Ortiz"]


def test_a_half_whose_partner_was_not_kept_is_shown_as_it_is():
    from summaries.quote_rank import shown_quotes

    quotes = analyse("Armed drones spread in the Sahel", DRONES).quotes
    assert [q.text for q in shown_quotes(DRONES, quotes)] == [q.text for q in quotes]
