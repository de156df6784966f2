"""Attribution patterns from dev 761-790: name shapes, coordinated verbs, documents."""

from summaries.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_a_spanish_surname_ending_in_aya_does_not_refuse_he():
    text = (
        "Dr. Felipe Araya, the microbiologist who leads the project, said the explanation "
        'did not match. "We were told on Friday that there was a problem with mass," he said.'
    )
    assert _speakers(text) == ["Araya"]
    text = (
        "Yelena Tolstaya, the mission's doctor, spoke next. "
        '"The crew is in good health and good spirits," she said.'
    )
    assert _speakers(text) == ["Tolstaya"]


def test_a_double_barrelled_surname_with_an_age_is_a_person():
    text = (
        "Adaeze Okonjo-Hale, 31, head chef at the restaurant Furrow, won the cup. "
        "Okonjo-Hale, the daughter of a Nigerian father, said the win had not sunk in. "
        '"I cried in the walk-in fridge for about five minutes," she told the paper.'
    )
    assert _speakers(text) == ["Okonjo-Hale"]


def test_a_state_owned_body_is_the_speaker_not_the_state():
    text = (
        "Russia's TVEL, which has supplied all of Slovakia's fuel so far, said in a "
        'statement that it remained "fully capable of meeting its contractual obligations" '
        "for years."
    )
    assert _speakers(text) == ["TVEL"]
    text = (
        "Ukraine's Ministry of Foreign Affairs sent a note to the agencies, arguing that "
        '"the partners should begin preparing for the final chapter" of the station.'
    )
    assert _speakers(text) == ["Ministry of Foreign Affairs"]


def test_a_series_of_irregular_verbs_ending_in_said_keeps_its_subject():
    text = (
        "The hatch is open. Commander Inga Jensen, the Danish astronaut, came out first, "
        'gave a thumbs-up and said, "The air smells fantastic," before she was helped out.'
    )
    assert _speakers(text) == ["Jensen"]


def test_and_added_with_a_colon_goes_on_the_first_quotes_speaker():
    text = (
        'Moscow reacted within hours. Roscosmos called the stamp "an act of vandalism" in a '
        'post on Telegram and added: "Without Russia the station would have fallen long ago."'
    )
    assert _speakers(text) == ["Roscosmos", "Roscosmos"]


def test_an_emphatic_himself_before_the_verb_leaves_the_subject():
    text = (
        "The court convicted Markus Rüegg on Friday. Rüegg himself had told the judges "
        'during the hearing: "I did not think the station was part of the war," adding more.'
    )
    assert _speakers(text) == ["Rüegg"]


def test_a_vietnamese_family_name_comes_first():
    text = (
        "Deputy Prime Minister Tran Quoc Hung said a second flight would honour that history. "
        '"Vietnam does not choose sides," he said. Vu Thi Mai Anh, a researcher in Hanoi, '
        'disagreed. "The astronaut is the message for Washington," she said.'
    )
    assert _speakers(text) == ["Tran", "Vu"]


def test_a_filipino_particle_stays_with_the_surname():
    text = (
        "PhilSA director general Dr. Ramon Dela Rosa said the office would open in June. "
        '"Space is not only for Manila," he said.'
    )
    assert _speakers(text) == ["Dela Rosa"]


def test_a_body_citing_a_reason_in_quotes_gives_its_words():
    text = (
        "Roscosmos terminated the agreement in September. In a notice to the company, the "
        'Russian agency cited "unfriendly actions of the American side" and said no more.'
    )
    assert _speakers(text) == ["Roscosmos"]
    text = (
        "The Institute published a report. It cites interviews with miners, one of whom said "
        'of the guards: "They come, they guard the mine, they leave with the trucks."'
    )
    assert _speakers(text) == [None]


def test_the_university_points_back_to_the_one_named():
    text = (
        "The University of Malta built the experiment. In its release, the university said "
        'the mission would help "to inspire the next generation of Maltese scientists" soon.'
    )
    assert _speakers(text) == ["University of Malta"]


def test_an_outlet_that_saw_the_note_in_an_opening_phrase_is_no_subject():
    text = (
        "In a two-line note to the university, seen by El Pacifico Sur, Roscosmos said the "
        'payload had been removed for "technical reasons related to the loading of the '
        'vehicle." It offered no new date.'
    )
    assert _speakers(text) == ["Roscosmos"]
    text = (
        "A letter from Roscosmos to ESA, seen by The Sentinel, states that "
        '"the station is safe for the crew" for now.'
    )
    assert _speakers(text) == ["Roscosmos"]


def test_a_name_something_is_known_by_is_nobodys_words():
    text = (
        'Stoyan Iliev said the building had changed how his team works. He called it "a '
        "proper laboratory\" after years in the base's oldest hut, known to expedition "
        'members simply as "the old wooden hut."'
    )
    assert _speakers(text) == ["Iliev", None]


def test_an_acronym_given_with_known_as_is_the_name_the_body_goes_by():
    text = (
        "The Nuclear Regulatory Authority of Slovakia, known as ÚJD, said the loading had "
        'met "all conditions of the licence" it issued in March.'
    )
    assert _speakers(text) == ["ÚJD"]


def test_and_said_goes_back_past_an_earlier_quote_to_the_first_verbs_subject():
    text = (
        "Institutional Shareholder Services has recommended a vote against the plan. ISS "
        'singled out a one-off "retention award" shared among four executives, including '
        "chief executive Margus Kask, and said the targets attached to it were "
        '"neither demanding nor transparent."'
    )
    assert _speakers(text)[-1] == "ISS"


def test_an_adjective_and_role_before_the_name_opening_the_sentence():
    text = (
        "The vote is on Friday. Former minister Pavel Ivanov walked out, calling the deal "
        '"a disgrace for the country."'
    )
    assert _speakers(text) == ["Ivanov"]


def test_the_report_of_a_named_committee_speaks_for_it():
    text = (
        "The report of the Committee on Education and Science calls for a stable budget. "
        '"The Azores can be to Europe what French Guiana is," said Deputy Rui Carvalho.\n\n'
        "The report also discloses, for the first time, a request made to Lisbon in 2025 by "
        "Russia's space agency.\n\nThe committee endorsed that refusal and went further. "
        '"The Portuguese State should not provide any ground support to Russian spacecraft," '
        "the report states."
    )
    assert _speakers(text) == ["Carvalho", "Committee on Education and Science"]


def test_a_spokesperson_added_to_a_sentence_about_the_ministry_speaks_for_it():
    text = (
        "Questioned on Wednesday, the Ministry for Europe and Foreign Affairs said that "
        'France had "applied in full the rules adopted by the European Union", without more '
        'detail. The ministry does not comment on "individual cases", a spokesperson added.'
    )
    assert _speakers(text) == ["Ministry for Europe and Foreign Affairs"] * 2


def test_the_annex_says_points_back_to_the_body_that_describes_it():
    text = (
        "In a technical annex to the diplomatic note, delivered on Feb. 18 and seen by "
        'Spectrum, NASA describes "harmful interference of a persistent and deliberate '
        'character" affecting video. Direction-finding measurements, the annex says, show '
        '"the signature of ground-based emitters located in the Kaliningrad region."'
    )
    assert _speakers(text) == ["NASA", "NASA"]


def test_its_secretary_speaks_for_the_body_named_before():
    text = (
        "The Norwegian Nobel Committee will announce this year's laureate on Oct. 9. Its "
        "secretary has said only what the secretary always says: "
        '"The committee does not comment on nominations." So we do not know.'
    )
    assert _speakers(text) == ["Norwegian Nobel Committee"]


def test_and_that_keeps_the_speaker_when_a_new_sentence_follows_the_quote():
    text = (
        "The Russian Embassy in Helsinki protested. In a statement on Tuesday, the embassy "
        'said that the images amounted to "direct participation in hostilities" and that '
        'such satellites could become "legitimate targets." It did not say more.'
    )
    assert _speakers(text) == ["Russian Embassy", "Russian Embassy"]


def test_a_pronoun_subject_keeps_a_long_coordinated_describing_verb():
    text = (
        "Maria Okonjo won the cup. She spent four months practising the menu, timing each "
        "course to the second, and described her training regime, which involved cooking "
        'the full menu twice a day in a hired kitchen, as "ridiculous."'
    )
    assert _speakers(text) == ["Okonjo"]


def test_in_its_report_makes_the_described_subject_an_organisation():
    text = (
        "Institutional Shareholder Services has recommended that investors vote against "
        "the pay report.\n\nIn its report to clients, the proxy adviser said it had found "
        '"a clear disconnect between pay and performance" at the company.'
    )
    assert _speakers(text) == ["Institutional Shareholder Services"]


def test_the_proxy_adviser_is_the_firm_the_lead_named():
    text = (
        "LONDON — Institutional Shareholder Services has advised investors in Halvard "
        "Minerals Plc to vote against the chairman.\n\nThe proxy adviser said in a report "
        'that the board had "failed to give shareholders a credible timetable" for leaving.'
    )
    assert _speakers(text) == ["Institutional Shareholder Services"]


def test_an_iss_that_is_not_the_station_is_an_organisation():
    text = (
        "COPENHAGEN — ISS A/S, the Danish facility services group, has won a cleaning "
        "contract at Oslo Airport.\n\nThe win comes four years after ISS took a heavy loss "
        "on leaving Russia. The company has since sold businesses in several countries "
        'under what it calls "a disciplined focus on markets where we can be number one."'
    )
    assert _speakers(text) == ["ISS"]


def test_two_modifiers_before_the_role_still_reach_the_name():
    text = (
        "The vote is on Friday. Rival proxy adviser Glass Lewis recommended a vote for Mr "
        'Belousov, saying it had found "nothing to suggest wrongdoing" in the sales.'
    )
    assert _speakers(text) in (["Glass Lewis"], ["Lewis"])


def test_and_that_goes_on_the_main_clause_past_a_relative_clause_frame():
    text = (
        "8:10 a.m. — A Defense Department spokesperson tells us the vessel is the Kareliya, "
        'which the Pentagon describes as "an intelligence-gathering vessel of the Russian '
        'Federation," and that it remained outside the area and "at a safe distance" '
        "throughout."
    )
    assert _speakers(text) == ["Pentagon", "Defense Department"]


def test_a_relatives_known_given_name_does_not_fix_the_family_names_gender():
    text = (
        "OTTAWA — The embassy accused astronaut Maya Kowalchuk of politics.\n\n"
        "Kowalchuk posted the clip on Sunday. It was recorded in the Cupola. "
        '"For my baba, who taught me this song," she wrote on X.\n\n'
        "In Edmonton, the astronaut's father, Roman Kowalchuk, said the family had seen it."
    )
    assert _speakers(text) == ["Kowalchuk"]
