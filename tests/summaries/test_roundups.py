"""A newsletter's numbered items are different stories: a spacewalk in item 3 and the
Artemis Accords in item 1 made a false alarm for a whole channel (second fresh tester)."""

from __future__ import annotations

from summaries.analyse import analyse
from summaries.roundups import roundup_sections

INTRO = "Good morning, launch crew. Three things worth your coffee today.\n\n"
ACCORDS = (
    "1. THE ACCORDS CLUB KEEPS GROWING. Kenya and Uruguay signed the Artemis Accords at the "
    "State Department. China and Russia rejected the accords as an American attempt to write "
    "the rules alone, and a Chinese foreign ministry spokesperson said space rules must be made "
    "at the United Nations, amid sanctions and diplomatic friction.\n\n"
)
ONEWEB = (
    "2. ONEWEB FLIES FROM SRIHARIKOTA. Thirty-six satellites lifted off on an Indian rocket. "
    "The company turned to India after Russia refused to launch its satellites from Baikonur "
    "unless the British government sold its stake.\n\n"
)
SPACEWALK = (
    "3. SPACEWALK WRAPS AT THE STATION. NASA astronaut Jenna Calloway and JAXA astronaut Daichi "
    "Aoki spent six hours outside the International Space Station replacing a failed ammonia "
    "pump. Cosmonaut Oleg Tarasov helped the pair into their suits.\n\n"
)
SANCTIONS_ITEM = (
    "3. MOSCOW THREATENS THE STATION. Roscosmos said Russia would stop Progress flights to the "
    "International Space Station if the European Union adopts new sanctions on its suppliers, "
    "and NASA said it had received no formal notice of withdrawal from the station.\n\n"
)
TITLE = "The Launch Pad: Accords reach 60, OneWeb flies from India, and a spacewalk wraps"


def test_politics_in_one_item_and_the_station_in_another_is_no_iss_geopolitical_story():
    text = INTRO + ACCORDS + ONEWEB + SPACEWALK
    assert len(roundup_sections(text)) == 4
    a = analyse(TITLE, text)
    assert not a.iss_geopolitical, a.reasons
    assert a.reasons[-1] == "a roundup of 4 items: judged by its best one"


def test_an_item_that_is_iss_geopolitical_makes_the_roundup_so():
    a = analyse(TITLE, INTRO + ACCORDS + ONEWEB + SANCTIONS_ITEM)
    assert a.iss_geopolitical, a.reasons


def test_one_story_with_a_numbered_list_or_two_heads_is_not_a_roundup():
    assert roundup_sections(INTRO + ACCORDS + SPACEWALK) == []
