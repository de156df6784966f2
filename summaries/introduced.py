"""Who "the botanist" or "the commissioner" is: the person the story introduced so.

A definite noun for what someone does ('the commissioner said') is not a speaker by
itself; it names one only when the story wrote it right beside a person's name
("the government's commissioner for space research, Gábor Kertész"). ``subject`` falls
back on it, and ``quotes`` asks it whether the sentence before a quote is about a person.
"""

from __future__ import annotations

from summaries.backrefs import described_person, introduced_with
from summaries.gazetteer import speech_vocab
from summaries.mentions import Mentions
from summaries.who import Who

# Endings of nouns for people by what they do: botanist, commissioner, surveyor, librarian.
_AGENT_ENDINGS = ("ist", "er", "or", "ian", "ant", "ent", "eer")


def introduced_as(words: list[tuple[str, int]], pos: int, ctx: Mentions) -> Who | None:
    """'the commissioner said' / 'came from the botanist': "the" and a noun the story
    wrote beside a person's name ("the government's commissioner for space research,
    Gábor Kertész"; "the botanist Dr. Tatiana Ivanova"): the most recent person so
    introduced. None when nobody was."""
    if len(words) < 2 or words[-2][0] not in ("the", "The"):
        return None
    low = words[-1][0]
    v = speech_vocab()
    if (
        not (low.isalpha() and low.islower() and low.endswith(_AGENT_ENDINGS))
        or low in v["anonymous"]
        or low in v["org_nouns"]
    ):
        return None
    names = introduced_with(ctx, pos, low)
    if not names:
        return None
    name = described_person(ctx, pos, low)
    if not name:
        return None
    # only a name written right beside the noun: "the botanist Dr. Tatiana Ivanova",
    # "commissioner for space research, Gábor Kertész", "Ivanova, the botanist"
    text = ctx.text
    lo = max(0, pos - 2000)
    low_text = ctx.lower_text()
    i = low_text.find(low, lo, pos)
    while i != -1:
        end = i + len(low)
        if name in text[end : end + 45] or name in text[max(0, i - 30) : i]:
            return Who(name, True)
        i = low_text.find(low, end, pos)
    return None
