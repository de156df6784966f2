"""Given names the hand lists lack ("Marcus", "Nadia") come from the census list, so the
person is found wherever the story writes them, not only beside a speech verb. The
demo's own licence story gave Nadia Kessler's words to Marcus Reyes."""

from summaries.gazetteer import given_gender
from summaries.quotes import extract_quotes

LICENCE = (
    "NASA said it was working with Commerce to resolve the case. “The safety of the crew "
    "is our first concern,” said Marcus Reyes, NASA's station program manager.\n\n"
    "According to Nadia Kessler of the Halden Institute, the dispute shows how sanctions "
    "written for Russia's defence sector catch station hardware in their net. “Every "
    "licence becomes a diplomatic event,” she said. “The rules were never designed for a "
    "partnership like this one.”"
)


def test_according_to_an_unlisted_name_is_who_she_is():
    speakers = [q.speaker for q in extract_quotes(LICENCE)]
    assert speakers == ["Reyes", "Kessler", "Kessler"]


def test_a_name_common_as_a_surname_or_an_english_word_is_not_taken():
    names = given_gender()
    assert "Marcus" in names and "Nadia" in names
    for word in ("Carter", "Hope", "May", "Georgia", "Ling", "Paz"):
        assert word not in names, word


def test_a_rare_us_name_keeps_no_sex_from_the_census():
    # "Valeri Kuznetsov … he said": Valeri is a woman's name in the US census
    text = (
        "Station master Valeri Kuznetsov, 63, who has worked there since 1984, waved the "
        "train off himself. “I have sent trains to Leningrad, and now to nowhere,” he said."
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Kuznetsov"]
