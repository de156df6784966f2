"""A member's digest showed the Treasury blacklist story with a summary of sanctions and
Roscosmos's outrage that never said what it had to do with the station: its ISS angle
(Kvant-Sistemy builds the radar that docks Progress and Soyuz) came after the second
paragraph, and the lead and the reaction filled the summary. An ISS-geopolitical story's
summary names the station, where it can without losing its best sentence."""

from summaries.analyse import analyse
from summaries.detect import scan
from summaries.summarize import summarize
from tests.summaries.member_store import article


def names_station(summary: str) -> bool:
    hits, _ = scan(summary)
    return any(h.cat in ("iss", "anaphora", "part", "craft") for h in hits)


def test_a_late_angle_story_says_what_it_has_to_do_with_the_station():
    header, text = article("a03")
    a = analyse(header["title"], text)
    assert a.iss_geopolitical
    assert a.summary.startswith("The US Treasury Department on Friday added 46"), a.summary
    assert "Kurs-NA rendezvous radar" in a.summary and names_station(a.summary), a.summary
    assert len(a.summary) <= 480 and all(
        s.strip() in text for s in a.summary.split(". ") if s.strip()
    )


def test_a_story_not_iss_geopolitical_keeps_its_summary_as_scored():
    header, text = article("a03")
    plain = summarize(header["title"], text)
    assert "Kurs-NA" not in plain  # the station is forced in only for the digest's stories
