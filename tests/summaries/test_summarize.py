"""Summaries: short, verbatim, in article order, focused on the geopolitical core."""

from summaries.sentences import sentences
from summaries.summarize import summarize

ARTICLE = "\n\n".join(
    [
        "A rocket lifted off from Baikonur at dawn on Tuesday in clear weather.",
        "The launch was the fourth from the site this year. Crowds watched from a distance.",
        "It carried fuel, food and water for the crew of the International Space Station.",
        "In a statement, Roscosmos said Russia would withdraw from the station after 2028 "
        "unless Western sanctions were lifted, the clearest threat yet to the partnership.",
        "This would leave NASA without the thrusters that keep the outpost in orbit.",
        "The next launch is planned for June.",
    ]
)


def test_summary_is_at_most_three_verbatim_sentences_within_480_chars():
    s = summarize("Russia threatens to withdraw from the ISS over sanctions", ARTICLE)
    parts = sentences(s)
    assert 1 <= len(parts) <= 3 and len(s) <= 480
    assert all(p in ARTICLE for p in parts)


def test_summary_picks_the_buried_geopolitical_sentence_in_article_order():
    s = summarize("Russia threatens to withdraw from the ISS over sanctions", ARTICLE)
    assert "withdraw from the station after 2028" in s
    parts = sentences(s)
    assert parts == sorted(parts, key=ARTICLE.index)


def test_summary_avoids_a_leading_dangling_pronoun():
    s = summarize("Russia threatens to withdraw from the ISS over sanctions", ARTICLE)
    assert not s.startswith(("This ", "It ", "He "))


def test_summary_is_never_empty_when_there_is_a_sentence():
    assert summarize("", "Short text.") == "Short text."
    assert summarize("", "") == ""


def test_a_single_overlong_sentence_is_cut_at_a_word_with_an_ellipsis():
    text = "word " * 200 + "end."
    s = summarize("title", text)
    assert len(s) <= 480 and s.endswith("…") and " " in s


def test_every_sentence_of_the_summary_splits_back_out_verbatim():
    # "D.C." ends a paragraph in the article; joined to the next chosen sentence it would
    # read as an abbreviation and the two would make one sentence the article never has.
    text = (
        "Russian and American officials met on Tuesday to discuss the International Space "
        "Station's future at talks held in Washington, D.C.\n\n"
        "Roscosmos said sanctions on its suppliers made the station's future uncertain.\n\n"
        "The State Department said the station partnership would continue despite sanctions."
    )
    summary = summarize("Station sanctions talks in Washington", text)
    parts = sentences(summary)
    assert parts and all(p in text for p in parts)


def test_the_headline_repeated_as_the_first_line_is_never_the_summary():
    """A feed whose content opens with the headline (or a page whose <h1> came through)
    gave the headline as the whole summary: it shares every title word."""
    title = "EU leaders haggle over a sanctions package that could ground Progress"
    text = (
        f"{title}\n\n"
        "He said the talks would run late. European Union leaders argued on Thursday over a "
        "ban on microchips that Russia uses in the Progress ships supplying the International "
        "Space Station.\n\n"
        "Roscosmos warned that cargo flights to the station would stop if the ban passed."
    )
    summary = summarize(title, text)
    assert title not in summary
    assert "European Union leaders argued on Thursday" in summary
    assert not summary.startswith("He said")
    # a text that is only the headline still gets it: it is all there is
    assert summarize(title, title) == title


def test_a_live_pages_greeting_and_an_interviewers_question_are_not_the_summary():
    """A fresh tester's live blog was summarised as "09:02 - Good morning and welcome to
    our live coverage …" and an interview by its "Q: …?" line."""
    title = "EU summit live: leaders haggle over the sanctions package"
    blog = (
        "09:02 - Good morning and welcome to our live coverage of the European Council in "
        "Brussels, where leaders meet for a second day.\n\n"
        "10:10 - Diplomats say the draft bans microchips that Russia uses in the Progress "
        "ships that supply the International Space Station.\n\n"
        "13:02 - Breaking: diplomats say the exemption for the space station will stay in the "
        "sanctions package.\n\n"
        "13:20 - That's where we'll leave our live coverage for now."
    )
    summary = summarize(title, blog)
    assert "Good morning" not in summary and "leave our live coverage" not in summary
    assert "exemption for the space station will stay" in summary
    interview = (
        "Q: Roscosmos says it may stop Progress flights to the station if the EU adopts "
        "new sanctions. Is that a real threat?\n\n"
        "Threats are cheap, and the station has lived with them since 2022. Russia has "
        "never cancelled a cargo flight to the International Space Station over sanctions."
    )
    assert not summarize("'Threats are cheap': Europe's space chief", interview).startswith("Q:")


def test_a_quote_given_only_to_he_or_she_does_not_stand_alone():
    text = (
        "A Texas broker admitted routing gyroscopes to Moscow for the Russian segment of the "
        "International Space Station in breach of export controls.\n\n"
        "Asked by the judge whether he knew the parts were controlled, the broker paused.\n\n"
        '"Yes, your honour," he replied.'
    )
    summary = summarize("Texas broker admits routing gyroscopes to Moscow", text)
    assert not summary.startswith('"Yes, your honour')
    if "your honour" in summary:
        assert "the broker paused" in summary


def test_an_update_note_and_a_cut_dateline_are_not_the_summary():
    """ "UPDATE: This story has been updated …" led a summary, and "CAPE CANAVERAL, Fla.
    (ASP) - A cargo ship …" was split after "Fla.", leaving "(ASP) - A cargo ship …"."""
    text = (
        "UPDATE: This story has been updated with NASA's new target date for capture.\n\n"
        "CAPE CANAVERAL, Fla. (ASP) - A cargo ship carrying food to the International Space "
        "Station will arrive two days late after an engine burn ended early, NASA said.\n\n"
        "Roscosmos said the schedule of its own Progress freighter was unchanged."
    )
    summary = summarize("Cargo ship's arrival at the space station slips", text)
    assert summary.startswith("CAPE CANAVERAL, Fla. (ASP) - A cargo ship"), summary
    assert "UPDATE" not in summary


def test_a_transcripts_preamble_participants_and_questions_are_not_the_summary():
    text = (
        "The following is an edited transcript of a news conference on the crew seat "
        "exchange for the International Space Station. Remarks have been lightly edited.\n\n"
        "PARTICIPANTS: KATHLEEN MBEKI-FORD, NASA; SERGEI DANILOV, Roscosmos.\n\n"
        "MBEKI-FORD: Today we signed an amendment that keeps Russian cosmonauts flying on U.S. "
        "spacecraft and NASA astronauts flying on Soyuz through 2028.\n\n"
        "Q (BELL): Does this amendment commit Roscosmos to anything beyond that?\n\n"
        "DANILOV: What happens after 2028 will be decided by the government of the Russian "
        "Federation, despite the sanctions."
    )
    summary = summarize("Transcript: officials brief reporters on the seat exchange", text)
    for meta in ("The following is", "PARTICIPANTS", "Q (BELL)"):
        assert meta not in summary, summary
    assert "keeps Russian cosmonauts flying" in summary


def test_an_interviewers_turn_is_not_the_summary_but_a_dateline_colon_is_kept():
    text = (
        "Lena Marchetti has run ESA's human spaceflight directorate since 2023. Russia's "
        "threat to leave the International Space Station has dominated her year.\n\n"
        "ORBITAL LEDGER: Moscow says it may leave the station before 2028 over sanctions.\n\n"
        "MARCHETTI: I believe they are preparing the option.\n\n"
        "ORBITAL LEDGER: Will Europe keep flying?\n\n"
        "MARCHETTI: The station cannot survive a divorce."
    )
    assert "ORBITAL LEDGER" not in summarize("ESA's Marchetti on Russia and the ISS", text)
    wire = (
        "NEW DELHI: India on Tuesday rejected US objections to an Indian experiment flying to "
        "the International Space Station on a Russian Progress cargo ship over sanctions.\n\n"
        "The foreign ministry called the payload purely scientific."
    )
    assert summarize("India rejects US objection to ISS payload", wire).startswith("NEW DELHI:")


def test_no_comment_lines_and_back_references_do_not_stand_alone():
    # the long statement does not fit beside the lead: its two short sequels did, alone
    text = (
        "NASA and Roscosmos agreed on Thursday to extend the seat swap on the International "
        "Space Station through 2027 despite Western sanctions on Russia's space industry.\n\n"
        "In a statement, Roscosmos said the crew exchange agreement had survived what it "
        "called the 'unfriendly actions' of Washington and its allies against Russian "
        "cosmonauts, engineers and suppliers of the station's Russian segment over the past "
        "two years, and that it expected the sanctions on its contractors to be lifted.\n\n"
        "The statement did not name those actions.\n\n"
        "Roscosmos did not respond to a request for comment."
    )
    summary = summarize("NASA and Roscosmos extend ISS seat swap despite sanctions", text)
    assert summary.startswith("NASA and Roscosmos agreed"), summary
    assert "request for comment" not in summary and "The statement did not" not in summary


def test_a_quotation_over_several_sentences_is_shown_whole_or_not_at_all():
    """The member tester's /brief showed "The door … open to all peaceful users. Space
    cooperation should not be held hostage …," Guo said: the first half of one speaker's
    quotation joined to the second half of another's, under the second name."""
    text = (
        "BEIJING, Dec. 9 -- China is ready to host astronauts from all countries on its "
        "Tiangong space station, including those of the current ISS partners, a CMSA "
        "spokesperson said.\n\n"
        "\"The door of China's space station is open to all peaceful users. We will not ask "
        'any country to choose sides," CMSA spokesperson Zhou Jianmin told a press '
        "conference.\n\n"
        "Zhou's remarks came as the ISS partnership faces growing strain over sanctions.\n\n"
        '"Some countries have turned the ISS into a tool of sanctions and pressure. Space '
        'cooperation should not be held hostage by geopolitics," Chinese Foreign Ministry '
        "spokesperson Guo Lifeng said when asked about the ISS."
    )
    summary = summarize("China welcomes ISS partner astronauts to Tiangong", text)
    assert summary.count('"') % 2 == 0, summary
    for half in ("open to all peaceful users.", "held hostage by geopolitics,"):
        if half in summary:
            whole = {
                "open to all peaceful users.": "We will not ask any country",
                "held hostage by geopolitics,": "Some countries have turned",
            }[half]
            assert whole in summary, summary


def test_no_summary_of_the_development_set_leaves_a_quotation_open():
    from pathlib import Path

    from summaries.devset import load_set

    devset = Path(__file__).resolve().parents[1] / "data" / "devset"
    unbalanced = []
    for split in ("dev", "heldout", "blind"):
        for article in load_set(devset / split) if (devset / split).is_dir() else ():
            summary = summarize(article.title, article.text)
            if summary.count("“") != summary.count("”") or summary.count('"') % 2:
                unbalanced.append(Path(article.path).name)
    assert unbalanced == []  # 180 of 998 did before quotations were kept whole


def test_a_dateline_line_is_not_a_sentence_and_the_lead_after_it_counts_as_the_lead():
    text = (
        "MOSCOW, 2 December. /Novosti Orbity/. Roscosmos will not extend the agreement on "
        "integrated crews with NASA for 2028 unless the United States lifts restrictions on "
        "suppliers of the Gagarin training centre, Sergei Martynov told journalists.\n\n"
        "The agreement on cross-flights was first signed in July 2022. It has been extended "
        "every year."
    )
    summary = summarize("Roscosmos says 2028 seat-swap deal will not be signed", text)
    assert not summary.startswith("MOSCOW"), summary
    assert "/Novosti Orbity/." not in summary
    assert summary.startswith("Roscosmos will not extend"), summary


def test_a_q_and_a_interviewers_unlabelled_premise_is_not_the_summary():
    """Answers open on the speaker's name; the interviewer's paragraph before each ends
    on a question, and its statements are a premise, not news."""
    text = (
        "Ingrid Haller has run the European Space Agency for eighteen months. Her message "
        "to Moscow and Washington on the International Space Station was blunt.\n\n"
        "Roscosmos says it is studying how to fly its segment alone. Is the ISS partnership "
        "breaking down?\n\n"
        "Haller: I don't think so. The station has survived worse than a Telegram post.\n\n"
        "Some member states want Europe to leave the ISS before 2030 and spend the money "
        "on a European station. Do you?\n\n"
        "Haller: I want Europe to leave the ISS at the same moment as everyone else."
    )
    summary = summarize("ESA's Haller on the ISS", text)
    assert "Some member states want Europe" not in summary, summary
    assert "studying how to fly its segment alone" not in summary, summary


def test_a_scene_then_a_pronoun_does_not_open_the_summary_alone():
    text = (
        "Russia's space agency said on Monday it would study flying its segment of the "
        "International Space Station on its own after new EU sanctions.\n\n"
        "Anatoly Vereshchagin, the head of Roscosmos, posted a video on Telegram about the "
        "sanctions list and the station.\n\n"
        "In his video he went further, saying Russia would reconsider every obligation "
        "under the intergovernmental agreement on the station if the sanctions stood."
    )
    summary = summarize(
        "Russia threatens to detach ISS segment over EU sanctions", text, max_sentences=2
    )
    assert not (
        "In his video he went further" in summary and "Anatoly Vereshchagin" not in summary
    ), summary


def test_a_press_releases_about_paragraph_is_no_summary_sentence():
    # the member's JAXA-NASA barter story ended its summary on "About JAXA: …"
    text = (
        "TOKYO \u2014 JAXA and NASA on Friday signed an arrangement under which Japan will fly "
        "an extra 1.2 tonnes of US cargo to the International Space Station in exchange for "
        "crew time, the agencies announced.\n\n"
        "\u201cThis arrangement shows that the partnership can adapt,\u201d said JAXA President "
        "Hiroshi Takeda. \u201cJapan is proud to carry more of the load.\u201d\n\n"
        "About JAXA: The Japan Aerospace Exploration Agency is Japan's national space agency "
        "and a partner in the International Space Station. Media contacts: press@jaxa.example."
    )
    summary = summarize("JAXA and NASA sign extra cargo barter for station crew time", text)
    assert "About JAXA" not in summary
    assert "Media contacts" not in summary
    # a quotation on its own, with no one saying it, needs the sentence that names him
    assert not summary.startswith("\u201cJapan is proud") and (
        "Japan is proud" not in summary or "Takeda" in summary
    )


def test_an_op_ed_writers_aside_about_them_is_not_the_summarys_opening():
    text = (
        "For eleven years I sat in the control room, watching European astronauts float "
        "through Columbus. I never once thought of them as hostages.\n\n"
        "On Tuesday, Senator Garrett Holloway added an amendment that would bar NASA from "
        "flying European astronauts to the International Space Station until the EU drops "
        "its tariffs on US satellite parts.\n\n"
        "Linking a trade dispute to the station sets a precedent Moscow will quote back at us."
    )
    summary = summarize("Opinion: stop treating European astronaut seats as a trade weapon", text)
    assert not summary.startswith("I never once thought of them"), summary
    assert "Holloway added an amendment" in summary


def test_a_wire_credit_line_and_a_lead_in_are_no_summary_sentences():
    text = (
        "ABU DHABI \u2014 Russia and the United States exchanged two prisoners on Friday in a "
        "deal mediated by the UAE, days after talks on the International Space Station's "
        "future.\n\n"
        "In a statement, the White House thanked the UAE. Asked about the station, she went "
        "further:\n\n"
        "(Reporting by Hana Qasim in Abu Dhabi; Editing by Mark Hollis)"
    )
    summary = summarize("US and Russia swap prisoners in UAE-mediated deal", text)
    assert "Reporting by" not in summary
    assert "went further:" not in summary
