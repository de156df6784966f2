"""Sentence splitting that survives news abbreviations and quotes."""

from summaries.sentences import paragraphs, sentences, split_sentences

CASES = [
    (
        "The U.S. space agency said on Mar. 14 that it would wait. Talks resume Monday.",
        ["The U.S. space agency said on Mar. 14 that it would wait.", "Talks resume Monday."],
    ),
    (
        "Dr. Ana Ruiz flew on mission No. 2 last year. She returned safely.",
        ["Dr. Ana Ruiz flew on mission No. 2 last year.", "She returned safely."],
    ),
    (
        "The module weighs 20.5 tonnes. It launched in 2021.",
        ["The module weighs 20.5 tonnes.", "It launched in 2021."],
    ),
    (
        "Astronaut Jane Q. Public docked at 10 a.m. Moscow time. The hatch opened later.",
        ["Astronaut Jane Q. Public docked at 10 a.m. Moscow time.", "The hatch opened later."],
    ),
    (
        '"We will stay until the end." he said. "Then we go."',
        ['"We will stay until the end." he said.', '"Then we go."'],
    ),
    (
        '"Nobody is leaving," Ivanov said. The agency agreed.',
        ['"Nobody is leaving," Ivanov said.', "The agency agreed."],
    ),
    (
        "Is this the end? Officials said no! The crew stays.",
        ["Is this the end?", "Officials said no!", "The crew stays."],
    ),
    (
        "Sanctions hit the U.S. The agency responded within hours.",
        ["Sanctions hit the U.S.", "The agency responded within hours."],
    ),
    (  # a dateline ending in an abbreviation or a credit stays with its sentence
        "LONGUEUIL, Que. - The arm is back in service. MADRID (IPA). - Not this one.",
        ["LONGUEUIL, Que. - The arm is back in service.", "MADRID (IPA). - Not this one."],
    ),
]


def test_splits_survive_abbreviations_decimals_initials_and_quotes():
    for text, expected in CASES:
        assert sentences(text) == expected, text


def test_sentences_never_cross_a_paragraph_break():
    text = "First paragraph has no full stop\n\nSecond one does. Yes."
    assert sentences(text) == ["First paragraph has no full stop", "Second one does.", "Yes."]
    assert paragraphs(text) == ["First paragraph has no full stop", "Second one does. Yes."]


def test_spans_are_verbatim_slices_without_edge_whitespace():
    text = "  One here.   Two there.  \n\n Three. "
    for s, e in split_sentences(text):
        assert text[s:e] == text[s:e].strip()
        assert text[s:e]


def test_empty_and_whitespace_text_have_no_sentences():
    assert split_sentences("") == []
    assert split_sentences(" \n\n \n") == []


def test_a_megabyte_paragraph_of_punctuation_completes():
    assert len(split_sentences("." * 1_000_000)) == 1
    assert len(split_sentences("a. " * 200_000)) >= 1
