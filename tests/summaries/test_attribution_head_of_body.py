"""'the Roscosmos chief said' after 'Roscosmos head Dmitry Bakanov': the person the story
wrote with that organisation, whatever word for its head it uses — not whoever spoke last."""

from summaries.quotes import extract_quotes

_STORY = (
    "MOSCOW — {intro} said on Monday that Russia would leave the station in 2028.\n\n"
    "NASA's associate administrator, Ken Bowersox, said the agency was ready. "
    '"We have a plan," Bowersox said.\n\n'
    '"There is no reason to stay any longer," the Roscosmos chief said.'
)


def _last_speaker(text: str) -> str | None:
    return extract_quotes(text)[-1].speaker


def test_the_bodys_chief_is_the_one_written_before_his_name_with_it():
    assert _last_speaker(_STORY.format(intro="Roscosmos head Dmitry Bakanov")) == "Bakanov"


def test_the_bodys_chief_is_the_one_described_with_it_after_his_name():
    intro = "Dmitry Bakanov, who heads Roscosmos,"
    assert _last_speaker(_STORY.format(intro=intro)) == "Bakanov"


def test_the_former_bodys_chief_is_the_one_written_with_it():
    text = (
        "MOSCOW — Former Roscosmos head Yuri Borisov said the station was ageing.\n\n"
        "NASA's associate administrator, Ken Bowersox, disagreed. "
        '"It is in good shape," Bowersox said.\n\n'
        '"Cracks are appearing," the former Roscosmos chief told a conference on Tuesday.'
    )
    assert _last_speaker(text) == "Borisov"
