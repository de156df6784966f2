"""States beyond the big space powers: a story driven by Colombia and Pakistan's relations
is as interstate as one about Washington and Moscow, and a given name is not a state."""

from summaries.detect import classify
from summaries.quotes import extract_quotes

COLOMBIA_PAKISTAN = (
    "A Colombian engineer will fly an experiment to the International Space Station under "
    "an agreement Bogota signed with Islamabad, the first space deal between the two "
    "countries.",
    "Colombia had hoped to rely on Pakistan's ground stations to talk to the station, but "
    "the talks stalled for a year over who would own the data.",
    "Pakistani officials said the partnership showed that smaller states can reach the "
    "space station without the great powers, and that ties with Colombia would outlast "
    "the experiment.",
)


def test_a_station_story_driven_by_two_new_writers_states_is_detected():
    d = classify("Colombia and Pakistan sign ISS experiment deal", " ".join(COLOMBIA_PAKISTAN))
    assert d.iss_geopolitical, d.reasons
    assert "states: Colombia, Pakistan" in d.reasons


def test_a_given_name_that_is_also_a_country_is_no_state():
    text = (
        "Flight director Jordan Ellis said the crew of the International Space Station "
        "would test a new water recycler. "
        '"It went well," Jordan said. Chad Moreno, a NASA engineer, agreed.'
    )
    d = classify("Water recycler test", text)
    assert not any(r.startswith("states:") for r in d.reasons)
    assert [q.speaker for q in extract_quotes(text)] == ["Jordan"]
