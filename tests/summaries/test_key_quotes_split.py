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
