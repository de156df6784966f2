"""Detection: the ISS must be a subject AND interstate relations must drive the story."""

from summaries.detect import DEFAULT_THRESHOLD, Decision, classify

WITHDRAWAL = (
    "Russia's space agency said on Friday it would leave the International Space Station "
    "once its obligations expire, blaming Western sanctions imposed over the war in Ukraine.",
    "The agency's chief told reporters that the decision had been taken at government level "
    "and that partners would be notified a year in advance, as the intergovernmental "
    "agreement requires.",
    "NASA said it had not been informed. The station depends on Russian thrusters on the "
    "Zvezda module to keep its orbit, while the U.S. segment provides most of the power.",
)

LATE_ANGLE = (
    "A Soyuz rocket lifted off from Baikonur on Tuesday with two cosmonauts and one NASA "
    "astronaut on board, beginning a six-month mission.",
    "The capsule reached orbit nine minutes after launch and was due to dock three hours later.",
    "The crew will carry out experiments in materials science and biology.",
    "The flight is the first under a seat swap agreement that Washington and Moscow signed "
    "despite sanctions and the war in Ukraine, keeping one Russian and one American on each "
    "vehicle to the station.",
    "Officials on both sides called the arrangement a safety measure, not a political gesture, "
    "though the Kremlin approved it only days before announcing plans to withdraw from the ISS.",
)

COOLANT = (
    "Flight controllers are investigating a coolant leak on the International Space Station "
    "after flakes were seen drifting from a radiator on the Russian segment.",
    "The seven crew members, including three cosmonauts, were never in danger, NASA said. "
    "Engineers at Roscosmos are reviewing camera footage of the Nauka module.",
    "A spacewalk planned for Wednesday was postponed while the station's thermal systems "
    "are checked.",
)

ACCORDS = (
    "Two more countries signed the Artemis Accords on Thursday, the principles for lunar "
    "exploration promoted by the United States as a diplomatic counterweight to China.",
    "Russia and China have criticised the accords and are building their own lunar research "
    "station. Signatories pledge transparency and to share scientific data.",
    "The accords build on experience from programmes such as the ISS, the Moon landings and "
    "Mars exploration, officials said.",
)

PROXY = (
    "Proxy adviser ISS recommended that shareholders vote against the chairman of the "
    "Swiss railway operator, citing governance concerns.",
    "Institutional Shareholder Services said the board had ignored investors' demands. "
    "The company's main station in Zurich is being rebuilt.",
)

SECURITY = (
    "Analysts at the Institute for Security Studies said sanctions on the junta had failed "
    "and that the war in the region was spreading.",
    "The ISS report urged diplomats to resume talks with the military government.",
)

POWER = (
    "Workers at a coal-fired power station in Poland went on strike over plans to close the "
    "plant, as the government negotiates with the European Commission over emissions rules.",
    "The station employs 2,000 people. Union leaders said the war in Ukraine had changed the "
    "energy debate.",
)


def run(title: str, paras: tuple[str, ...]) -> Decision:
    return classify(title, "\n\n".join(paras))


def test_withdrawal_threat_is_iss_geopolitical_with_readable_reasons():
    d = run("Russia to leave the ISS over sanctions", WITHDRAWAL)
    assert d.iss_geopolitical and 0.5 <= d.score <= 1
    assert any(r.startswith("ISS is the subject: 'ISS' in title") for r in d.reasons)
    assert any("sanctions" in r for r in d.reasons)
    assert {"Russia", "sanctions", "Zvezda"} <= set(d.tags)


def test_a_formal_exit_notice_reads_as_withdrawal_and_scores_like_one():
    # "end its participation", "ISS exit": a notice's words, not "leave" or "withdraw"
    d = run(
        "Roscosmos sets 2028 ISS exit in letter to partners",
        (
            "Roscosmos has formally notified NASA, ESA and JAXA that Russia will end its "
            "participation in the International Space Station at the end of 2028, according "
            "to a letter seen by a Moscow outlet.",
            '"The Russian side will fulfil its obligations until 31 December 2028," the letter '
            "states. It cites the sanctions on Russian industry.",
            "NASA confirmed receiving a letter but declined to discuss its contents.",
        ),
    )
    assert d.iss_geopolitical and d.score >= 0.7, (d.score, d.reasons)
    assert any(r.startswith("interstate: 'withdrawal'") for r in d.reasons), d.reasons


def test_the_station_named_in_a_russian_or_french_title_counts_as_in_the_title():
    """Feeds in other languages title "МКС" (Russian) and "l'ISS" (French): both were
    missed, and the English story under them scored 0.3 lower, under a channel's
    min-score and the alert line."""
    english = run("Russia to leave the ISS over sanctions", WITHDRAWAL)
    for title, name in (
        ("Россия покинет МКС из-за санкций", "МКС"),
        ("La Russie quittera l'ISS à cause des sanctions", "ISS"),
    ):
        d = run(title, WITHDRAWAL)
        assert any(r.startswith(f"ISS is the subject: '{name}' in title") for r in d.reasons)
        # the station is as much the subject as under the English title
        assert d.iss_score == english.iss_score, (title, d.iss_score, english.iss_score)


def test_angle_after_the_second_paragraph_is_still_caught():
    assert run("Soyuz lifts off with international crew", LATE_ANGLE).iss_geopolitical


def test_engineering_story_with_cosmonauts_is_not_geopolitical():
    assert not run("Coolant leak spotted on station radiator", COOLANT).iss_geopolitical


def test_space_politics_with_iss_in_a_list_is_not():
    assert not run("Two more nations join the Artemis Accords", ACCORDS).iss_geopolitical


def test_iss_meaning_a_proxy_adviser_or_institute_is_not():
    assert not run("ISS opposes railway chairman", PROXY).iss_geopolitical
    assert not run("ISS: sanctions on junta failing", SECURITY).iss_geopolitical


def test_power_station_and_politics_without_space_is_not():
    assert not run("Power station strike", POWER).iss_geopolitical


def test_threshold_is_configurable():
    title, paras = "Soyuz lifts off with international crew", LATE_ANGLE
    assert not classify(title, "\n\n".join(paras), threshold=1.01).iss_geopolitical
    assert classify(title, "\n\n".join(paras), threshold=0.0).iss_geopolitical
    assert 0 < DEFAULT_THRESHOLD < 1


def test_empty_input_is_a_negative_decision():
    d = classify("", "")
    assert not d.iss_geopolitical and d.score == 0


AXIOM = (
    "A Crew Dragon carrying four astronauts from the United States, India, Poland and "
    "Hungary docked with the International Space Station on Thursday, opening a private "
    "mission organised by Axiom Space.",
    "The flight, approved by NASA and flown under agreements with the European Space Agency "
    "and the Indian Space Research Organisation, is the first time India has sent an "
    "astronaut to the station. Officials called it a matter of national prestige.",
    "The crew were welcomed by Expedition 73, including three Russian cosmonauts. Roscosmos "
    "and NASA signed off on the docking after a delay caused by a leak in the Zvezda tunnel.",
    '"This is a proud day for our partners and for international cooperation," NASA '
    "associate administrator Ken Bowersox said. The astronauts will leave the station in two "
    "weeks.",
)

STARLINER = (
    "NASA said on Wednesday that Boeing's Starliner would remain docked to the International "
    "Space Station for two more weeks while engineers study thruster failures.",
    "The two astronauts who flew it are safe aboard with the crew, including Russian "
    "cosmonauts and a Japanese astronaut, the agency said.",
    '"We are not in a rush to come home," NASA Administrator Bill Nelson told reporters. '
    "Nelson warned that Boeing would have to withdraw the capsule from service if the "
    "thrusters cannot be fixed.",
    "Roscosmos, the European Space Agency and JAXA, the station's partners, were briefed. "
    "Canadian and European flight controllers also support the mission.",
)

PROTEST = (
    "Russia has pulled a cosmonaut from the next Crew Dragon flight to the International "
    "Space Station and lodged a formal diplomatic protest with Washington, the Foreign "
    "Ministry said on Monday.",
    "The move follows the expulsion of two Russian diplomats from the United States. "
    "Roscosmos said the seat-swap arrangement was on hold until further notice.",
    '"We will respond in kind to every hostile step," spokeswoman Maria Zakharova said.',
)


def test_operations_story_full_of_agencies_and_nations_is_not_geopolitical():
    for title, paras in (
        ("Axiom crew with Indian, Polish and Hungarian astronauts docks at ISS", AXIOM),
        ("Starliner return delayed again as NASA and Boeing study thrusters", STARLINER),
    ):
        d = run(title, paras)
        assert d.score < DEFAULT_THRESHOLD - 0.15, (title, d.reasons)


def test_interstate_move_without_the_word_sanctions_is_caught():
    d = run("Moscow pulls cosmonaut from Dragon flight in protest", PROTEST)
    assert d.iss_geopolitical and any("diplomacy" in r for r in d.reasons)


def test_an_officials_surname_borne_by_an_astronaut_is_no_official():
    text = (
        "NASA astronaut Frank Rubio returned from the International Space Station. Rubio "
        "spent 371 days in orbit, a U.S. record, and flew with two Russian cosmonauts."
    )
    d = classify("Rubio lands after a year in orbit", text)
    assert not any(r.startswith("officials:") for r in d.reasons)


def test_station_after_a_preposition_is_not_taken_for_another_station():
    text = (
        "Deputies voted to fund European research aboard the International Space Station, "
        "provided it does not rely on Russian facilities. Moscow condemned the sanctions "
        "and the politicisation of science on the station."
    )
    d = classify("Parliament votes on space budget", text)
    assert d.reasons[0].startswith("ISS is"), d.reasons
    assert any("geopolitics" in r for r in d.reasons)


def test_research_station_in_apposition_is_still_another_station():
    text = (
        "Russia and China signed an agreement on sanctions-proof cooperation for the ILRS, "
        "a lunar research station they plan to build in the 2030s."
    )
    d = classify("Moscow and Beijing sign lunar accord", text)
    assert d.reasons[0] == "ISS not mentioned"


def test_station_implied_by_two_of_its_vehicles_crews_and_the_station():
    text = (
        "Moscow has refused a visa to a NASA astronaut due to train for a Soyuz flight, after "
        "Washington expelled two Russian diplomats. Under the seat-swap arrangement, "
        "cosmonauts ride Crew Dragons and astronauts ride Soyuz to the station.\n\n"
        '"Visas are not issued to a country that expels our diplomats," the Foreign Ministry '
        "said."
    )
    d = classify("Moscow holds up astronaut's visa", text)
    assert d.iss_geopolitical, d.reasons
    assert d.reasons[0].startswith("ISS implied")


def test_one_vehicle_crews_and_the_station_do_not_imply_the_iss():
    text = (
        "A Crew Dragon carried four astronauts to the station on Friday, the first crew of "
        "the commercial outpost. The crew will stay two weeks; Washington praised the "
        "diplomacy of the partners."
    )
    d = classify("Private crew reaches the station", text)
    assert not d.iss_geopolitical and d.reasons[0] == "ISS not mentioned"


def test_dependence_on_a_state_is_interstate_but_not_on_the_other_segment():
    base = "Senators filed a bill on the deorbit of the International Space Station, "
    on_state = classify("Bill on station deorbit", base + "so NASA stops relying on Moscow.")
    on_thing = classify("Bill on station deorbit", base + "so NASA stops relying on luck.")
    segment = classify(
        "Oxygen unit fails",
        "The crew of the International Space Station is relying on the U.S. segment for "
        "oxygen after the Russian unit failed.",
    )
    assert any("dependence" in r for r in on_state.reasons)
    assert on_state.score > on_thing.score
    assert not any("dependence" in r for r in on_thing.reasons + segment.reasons)


def test_relations_with_a_state_count_as_relations_not_as_support():
    text = (
        "Roscosmos tied its work on the International Space Station after 2028 to relations "
        "with Washington."
    )
    plain = text.replace("relations with Washington", "good relations")
    assert classify("Roscosmos sets terms", text).score > classify("x", plain).score


def test_an_agency_named_after_its_state_is_no_state_as_an_object():
    agency = "NASA held talks with the European Space Agency on the International Space Station."
    other = agency.replace("talks with the", "talks, as did the")
    assert classify("x", agency).geo_score == classify("x", other).geo_score


def test_a_walkout_by_a_state_is_a_departure():
    text = (
        "NASA added propellant to the vehicle that will lower the International Space "
        'Station. "Nobody plans for a Russian walkout, but everybody has a binder for it," '
        "an official said."
    )
    assert any("departure" in r for r in classify("Deorbit contract grows", text).reasons)


def test_expulsions_and_envoys_in_the_plural_are_diplomacy():
    text = (
        "Moscow said the expulsions of its envoys would not go unanswered, and that NASA "
        "liaisons at the International Space Station's mission control would be next."
    )
    d = classify("Liaisons to leave", text)
    assert any("'diplomacy'" in r for r in d.reasons), d.reasons


def test_an_offer_to_mediate_stalled_crew_exchanges_is_interstate():
    text = (
        "The UAE's space minister offered on Monday to host talks between Washington and "
        "Moscow on crew exchanges to the International Space Station, which have stalled. "
        '"If Abu Dhabi can be a room where both sides sit down, the room is ready," she said, '
        "adding that the Emirates would gladly mediate."
    )
    reasons = classify("Dubai forum opens", text).reasons
    assert any("'seat swap'" in r for r in reasons), reasons
    assert any("'diplomacy'" in r for r in reasons), reasons


def test_bombing_a_state_is_war():
    text = (
        "European delegates split over paying Russia for the reboosts that keep the "
        'International Space Station in orbit. "We would be sending euros to Roscosmos while '
        'Russia bombs Ukrainian power stations," the Dutch delegate said.'
    )
    reasons = classify("ESA council split on station payments", text).reasons
    assert any("'war'" in r for r in reasons), reasons


def test_more_spacefaring_states_are_named_by_their_capitals():
    text = (
        "Seoul and Abu Dhabi asked Washington for seats on flights to the International "
        "Space Station, officials said."
    )
    d = classify("Seats requested", text)
    states = next(r for r in d.reasons if r.startswith("states:"))
    assert {"South Korea", "United Arab Emirates", "United States"} <= set(
        states.removeprefix("states: ").split(", ")
    )


def test_a_deep_space_ground_station_is_not_the_iss():
    """A Chinese-run deep-space tracking station is ground politics, not the ISS."""
    title = "Argentina orders inspection of Chinese-run deep-space station in Patagonia"
    text = (
        "BUENOS AIRES — Argentina's government ordered an inspection of the Chinese-run "
        "deep-space station in Neuquén on Monday, after Washington raised concerns about "
        "its military use with the foreign ministry.\n\n"
        "The 2015 intergovernmental agreement lets China's space agency run the antenna for "
        "50 years. Diplomats in Beijing called the inspection an unfriendly step, and the "
        "United States ambassador welcomed it."
    )
    assert not classify(title, text).iss_geopolitical


def test_a_state_billing_the_other_for_soyuz_landings_is_iss_geopolitical():
    """Relations between states over the station's landing zone, with no 'sanctions'."""
    title = "Kazakhstan orders Roscosmos to pay for checks before the next Soyuz landing"
    text = (
        "ASTANA — Kazakhstan's government ordered Roscosmos on Monday to pay for soil checks "
        "where Soyuz capsules land, two weeks before a crew returns from the International "
        "Space Station.\n\n"
        "Russia's ambassador in Astana called the decree an unfriendly step between allies, "
        "and Roscosmos asked Kazakhstan to raise the matter at the intergovernmental "
        "commission on Baikonur rather than by unilateral acts."
    )
    assert classify(title, text).iss_geopolitical


def test_a_states_military_neutrality_is_interstate_and_carbon_neutrality_is_not():
    text = (
        "The United States asked Ireland to let Air Force rescue teams be based at Shannon "
        "around each crewed launch to the International Space Station. The request is being "
        "assessed in line with Ireland's policy of military neutrality, the government said."
    )
    d = classify("Station rescue planes", text)
    assert any("neutrality" in r for r in d.reasons)
    text = text.replace("policy of military neutrality", "target of carbon neutrality")
    d = classify("Station rescue planes", text)
    assert not any("neutrality" in r for r in d.reasons)


def test_conditions_for_staying_on_the_station_are_a_departure_threat():
    # terms for staying on are a threat to leave when a state or agency sets them
    title = "Moscow names its price for keeping cosmonauts on the ISS"
    text = (
        "Roscosmos has told its partners in writing that Russia's continued participation "
        "in the International Space Station depends on the lifting of curbs on its rocket "
        "factories. NASA said it had received the note and would answer it through "
        "diplomatic channels."
    )
    decision = classify(title, text)
    assert decision.iss_geopolitical, decision.reasons
    assert any("departure" in r for r in decision.reasons)


QA_CANADA = (
    "Claire Beaulieu became president of the Canadian Space Agency in 2026.\n\n"
    "Q: How is Canadarm2 holding up?\n\n"
    "Beaulieu: It is 27 years old and still does the heavy lifting, and the arm is good for "
    "the life of the station.\n\n"
    "Q: And Canadarm3 for the lunar Gateway?\n\n"
    "Beaulieu: On schedule.\n\n"
    "Q: Russia has floated detaching its segment and flying it as a national station. Where "
    "does Canada stand?\n\n"
    "Beaulieu: Canada will not accept any plan that leaves the station without a safe "
    "deorbit. It is a geopolitical statement, and Ottawa has told Moscow so directly. Our "
    "foreign minister raised it with the Russian ambassador.\n\n"
    "Q: Will Canada stay on the station until 2030?\n\n"
    "Beaulieu: Yes."
)


def test_a_qa_on_the_arm_and_the_station_implies_the_iss():
    # the member's Canada Q&A never writes "International Space Station": Canadarm2 once
    # and "the station" three times, more than its one answer on the lunar Gateway
    d = classify("Q&A: Canada's space chief on the arm, the Moon and Moscow", QA_CANADA)
    assert d.reasons[0].startswith("ISS implied"), d.reasons
    assert d.iss_geopolitical, d.reasons


def test_a_gateway_story_saying_the_station_is_not_the_iss():
    text = (
        "Canada confirmed on Monday that Canadarm3 will fly to the lunar Gateway, the station "
        "NASA plans around the Moon. The station's first modules launch in 2028, and the "
        "station will host Canadian astronauts under the Artemis agreements with Ottawa."
    )
    d = classify("Canada commits its arm to the Gateway", text)
    assert not d.reasons[0].startswith("ISS implied"), d.reasons


# a member's digest: the lunar station's "the station" and its astronauts lifted a story
# naming the ISS only beside Mir over the threshold (0.49)
LUNAR = "\n\n".join(
    [
        (
            "Egypt and Thailand have joined the China-led International Lunar Research Station, "
            "bringing the number of countries in the programme to seventeen and widening the "
            "diplomatic contest with the US-led Artemis Accords for influence over how the Moon "
            "will be explored."
        ),
        (
            "The agreements were signed in Beijing on Friday by the heads of the Egyptian Space "
            "Agency and Thailand's space technology agency, in the presence of Zhang Wenhao, "
            'deputy administrator of the China National Space Administration. "The Moon should be'
            ' a place for all countries, not a club with rules written in one capital," Zhang '
            'said at the ceremony. "Every new partner makes that clearer."'
        ),
        (
            "The lunar station, which China and Russia first proposed in 2021, is planned as a "
            "permanent robotic base near the lunar south pole by 2035, later to host astronauts. "
            "China has promised partners places for instruments on the Chang'e 8 lander and "
            "training for their scientists."
        ),
        (
            "The United States has signed up more than fifty countries to the Artemis Accords, a "
            "set of principles on lunar exploration that China and Russia have refused to "
            "endorse. Washington has lobbied several countries, including Thailand, to stay out "
            "of the Chinese programme."
        ),
        (
            '"We respect every country\'s sovereign choice," a State Department official said when'
            ' asked about the Thai decision. "But partners should look closely at who they are '
            'tying their lunar future to, and on what terms." Egypt signed the Artemis Accords in'
            " 2024, making it one of a handful of countries to belong to both groups."
        ),
        (
            "Analysts say the double membership shows how both programmes are being used as tools"
            ' of foreign policy as much as science. "Signing with both Washington and Beijing '
            'costs a country very little and buys goodwill on both sides," said Laura Chen, a '
            'senior fellow at the Meridian Policy Institute. "The real test comes when there are '
            'seats and landing sites to hand out, and those will go to the loyal ones."'
        ),
        (
            "China has also offered foreign astronauts flights to its Tiangong space station in "
            "low Earth orbit, an offer it has contrasted with its long exclusion from the "
            "International Space Station, Mir and other Western-led programmes. Pakistan is "
            "expected to send the first foreign astronaut to Tiangong next year."
        ),
        (
            "Russia's role in the lunar programme has shrunk since the failure of its Luna-25 "
            "lander in 2023. Roscosmos is still listed as a co-founder, but Chinese officials now"
            ' describe the station as "China-led" in official documents, and most new agreements '
            "are signed with CNSA alone."
        ),
        (
            "NASA's Artemis III mission, which is intended to land astronauts near the lunar "
            "south pole, is currently scheduled for 2028."
        ),
    ]
)


def test_another_stations_story_naming_the_iss_once_in_a_list_is_not():
    title = (
        "Egypt and Thailand sign on to China's lunar research station as Artemis rivalry sharpens"
    )
    d = classify(title, LUNAR)
    assert not d.iss_geopolitical, (d.score, d.reasons)
    assert "mentioned only in passing" in d.reasons[0]


def test_a_reason_shows_the_words_read_across_paragraphs_without_line_breaks():
    # the member's flag-photo card: interstate: 'invasion' (as 'russia."\n\nukraine', …)
    from tests.summaries.member_store import article

    header, text = article("a10")
    reasons = classify(header["title"], text).reasons
    shown = [r for r in reasons if r.startswith("interstate: 'invasion'")]
    assert shown and "'russia ukraine'" in shown[0], reasons
    assert not any("\n" in r or '."' in r for r in reasons), reasons
