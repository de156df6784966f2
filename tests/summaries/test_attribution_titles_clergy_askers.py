"""Three shapes from a fresh batch (dev 1096, 1097, 1106): a capitalised role pointing
back ("the Federal Councillor told the chamber"), a priest re-mentioned by title and
given name ("Father Nikolai says"), and a transcript's "QUESTION:" label, which never
speaks the quote the reporter's question reports."""

from summaries.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_a_capitalised_role_points_back_to_the_one_who_holds_it():
    text = (
        "Finance Minister Beat Amstutz argued that Swiss law did not allow such a step. "
        '"Switzerland cannot confiscate the property of a foreign state," the Federal '
        'Councillor told the chamber. "We would be giving up our credibility," he said.\n\n'
        "EU Commissioner Maros Sefcovic was blunter. "
        '"The assets stay frozen," the Commissioner said.'
    )
    assert _speakers(text) == ["Amstutz", "Amstutz", "Sefcovic"]


def test_a_priest_named_by_title_and_given_name_is_the_one_named_in_full():
    text = (
        "Father Nikolai Grebenshchikov has blessed rockets at Baikonur since 2006. "
        "He remembers the first one.\n\n"
        "Father Nikolai has noticed who stays away. "
        "“You learn to see who wants it,” he says. "
        "“Some look at the ground,” Father Nikolai says."
    )
    assert _speakers(text) == ["Grebenshchikov", "Grebenshchikov"]


def test_a_question_label_is_never_the_speaker_of_what_the_question_reports():
    text = (
        "MR. PRICE: Good afternoon, everybody.\n\n"
        "QUESTION: Different topic. Russia's Justice Ministry added NASA's office in Star "
        "City to its registry.\n\n"
        "QUESTION: Roscosmos put out a statement saying the decision "
        '"was taken by the Ministry of Justice, not by Roscosmos." Do you take them at '
        "their word?\n\n"
        'Q: The minister called it "a soft exit." Is it?'
    )
    assert _speakers(text) == ["Roscosmos", None]
