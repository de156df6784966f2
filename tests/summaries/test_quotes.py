"""Direct quotes, verbatim offsets, and speakers as the article names them."""

from summaries.models import Quote
from summaries.quotes import extract_quotes, key_quotes


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes(text)]


def test_quote_text_is_the_verbatim_slice_between_the_marks():
    text = 'Petrov said: "The partnership is over." Others disagreed.'
    (q,) = extract_quotes(text)
    assert text[q.start : q.end] == q.text == "The partnership is over."


def test_attribution_after_the_quote_both_orders():
    assert speakers('"We stay until 2028," Petrov said.') == [("We stay until 2028", "Petrov")]
    assert speakers('"We stay until 2028," said Anna Petrova, a deputy minister.') == [
        ("We stay until 2028", "Petrova")
    ]


def test_title_and_organisation_before_a_name_give_the_surname():
    text = '"Cooperation continues," NASA Administrator Bill Nelson told reporters.'
    assert speakers(text) == [("Cooperation continues", "Nelson")]


def test_colon_introduction_and_according_to():
    assert speakers('Petrov wrote on Telegram: "They chose this."') == [
        ("They chose this.", "Petrov")
    ]
    assert speakers('"The door is closed," according to Petrov.') == [
        ("The door is closed", "Petrov")
    ]


def test_split_quote_shares_one_speaker():
    text = '"First part," Petrov said, "and second part."'
    assert speakers(text) == [("First part", "Petrov"), ("and second part.", "Petrov")]


def test_pronoun_resolves_to_the_most_recent_named_subject():
    text = (
        "Olga Petrova, who heads the agency's crewed programme, spoke after a meeting with "
        'President Vladimir Putin. "We will keep our word," she said.'
    )
    assert speakers(text) == [("We will keep our word", "Petrova")]


def test_organisation_and_its_anaphora():
    text = (
        "Roscosmos did not respond at first. Later it published a note. "
        '"Our obligations remain in force," the agency said.'
    )
    assert speakers(text) == [("Our obligations remain in force", "Roscosmos")]


def test_letter_speaks_for_its_author():
    text = (
        "He posted a letter from NASA Administrator Bill Nelson.\n\n"
        '"Export controls continue to allow cooperation," the letter states.'
    )
    assert speakers(text) == [("Export controls continue to allow cooperation", "Nelson")]


def test_quote_spanning_paragraphs_is_one_speaker_in_parts():
    text = (
        'Petrov said: "The first paragraph of the statement ends here.\n\n'
        '"The second paragraph finishes the thought."'
    )
    got = speakers(text)
    assert got == [
        ("The first paragraph of the statement ends here.", "Petrov"),
        ("The second paragraph finishes the thought.", "Petrov"),
    ]


def test_curly_marks_work_like_straight_ones():
    assert speakers("“Nobody is leaving,” Ivanov said.") == [("Nobody is leaving", "Ivanov")]


def test_unknown_speaker_is_none_never_a_guess():
    text = 'Petrov spoke on Monday.\n\n"This is not diplomacy," one diplomat said.'
    assert speakers(text) == [("This is not diplomacy", None)]


def test_attributed_scare_quote_is_kept_unattributed_short_one_dropped():
    text = 'Petrov said the rules could "destroy" the deal. Fans call the module "the attic".'
    assert speakers(text) == [("destroy", "Petrov")]


def test_ten_thousand_unbalanced_marks_complete():
    assert isinstance(extract_quotes('"' * 10_000), list)
    assert isinstance(extract_quotes('a "b ' * 10_000), list)


def test_a_megabyte_paragraph_completes():
    text = ('He said "x y z" and ' * 50_000)[:1_000_000]
    assert all(text[q.start : q.end] == q.text for q in extract_quotes(text))


def test_key_quotes_prefer_named_political_substance_over_pleasantries():
    text = (
        '"It is great to be home, thank you all," Lee said.\n\n'
        '"The sanctions leave us no choice but to leave the station," Petrov said.\n\n'
        'Observers called it "theatre".'
    )
    quotes = extract_quotes(text)
    top = key_quotes("Petrov threatens to leave the station over sanctions", text, quotes, k=2)
    assert top[0].speaker == "Petrov"
    assert all(isinstance(q, Quote) and q.score != 0 for q in top)
    assert len(key_quotes("t", text, quotes, k=1)) == 1


def test_trailing_comma_is_left_out_and_offsets_still_match():
    text = '"We stay until 2028," Petrov said.'
    (q,) = extract_quotes(text)
    assert q.text == "We stay until 2028" == text[q.start : q.end]


def test_person_named_with_apposition_is_the_speaker_not_the_organisation():
    text = '"We will leave after 2024," Yuri Borisov, the head of Roscosmos, said on Tuesday.'
    assert speakers(text) == [("We will leave after 2024", "Borisov")]


def test_verbless_introduction_gives_the_quote_to_the_person_named_before_it():
    text = "Roscosmos chief Yuri Borisov met reporters. Borisov was blunt. “We will leave.”"
    assert speakers(text) == [("We will leave.", "Borisov")]


def test_pronoun_after_an_unnamed_description_stays_unknown():
    text = (
        "Dmitry Rogozin posted again on Monday. I asked a former flight director, who asked "
        'not to be named. "The engineers have been through worse," he said.'
    )
    assert speakers(text) == [("The engineers have been through worse", None)]


def test_she_skips_a_named_man_for_a_named_woman():
    text = (
        "Dmitry Baranov and the instructor, Olga Rytova, spoke in Star City. Baranov accused "
        'Washington of politics. She was cautious. "We cannot compress the simulators," she said.'
    )
    assert speakers(text) == [("We cannot compress the simulators", "Rytova")]


def test_organisations_keep_their_full_name_without_corporate_noise():
    assert speakers('"We regret the decision taken today," Axiom Space Inc. said.') == [
        ("We regret the decision taken today", "Axiom Space")
    ]
    assert speakers('"Licences will be denied," the U.S. Commerce Department said.') == [
        ("Licences will be denied", "Commerce Department")
    ]
    assert speakers('"Licences will be denied," the State Department said.') == [
        ("Licences will be denied", "State Department")
    ]
