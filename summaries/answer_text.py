"""How replies read: the fixed replies, the length cap, dates and quote lines.

Every answer path ends here, so the wording and the 700-character cap (Discord's
limit, with room for citations) are the same whether the answer came from a sentence,
a quote or the "latest" summary.
"""

from __future__ import annotations

from summaries import text_patterns as tp
from summaries.aliases import load_aliases
from summaries.models import Quote, Story
from summaries.namesakes import someone_else_named
from summaries.sentences import covering
from summaries.timeutil import from_rfc3339

MAX_ANSWER = 700
FAILED = "Sorry, I could not answer that just now."
NOTHING = "I have nothing on that in the stored stories. Try /brief for the latest."
EMPTY = "Ask me something about the ISS and its politics, e.g. “who provides propulsion for the station?”"


def speaker_label(story: Story, quote: Quote) -> str:
    person = load_aliases().person(quote.speaker or "") if quote.speaker else None
    name = quote.speaker or "Unattributed"
    if (
        person
        and person.org
        and person.org.lower() not in name.lower()
        and not someone_else_named(person, story.text)
    ):
        name += f" ({person.org})"
    return name


def render_quote(story: Story, quote: Quote) -> str:
    if quote.speaker:
        return f"{speaker_label(story, quote)} said, as reported on {_date(story)}: “{quote.text}”"
    # No speaker we can name: the sentence itself says what the story knows ("one EU
    # diplomat said", "a notice on the door read"), which "Unattributed said" would hide.
    span = covering(story.text, quote.start, quote.end)
    if span and span[1] - span[0] <= UNNAMED_SENTENCE:
        return f"As reported on {_date(story)}: {story.text[span[0] : span[1]]}"
    return f"Quoted without a named speaker, as reported on {_date(story)}: “{quote.text}”"


UNNAMED_SENTENCE = 400  # characters: longer, and the quote alone is clearer


def _date(story: Story) -> str:
    """The story's date as answers give it. A feed that gave no usable date leaves only
    when the story was first seen, which is said as such: an old undated item is not
    "reported on" the day it was polled."""
    stamp, undated = story.when
    try:
        moment = from_rfc3339(stamp)
    except (TypeError, ValueError):
        return "an unknown date"
    return f"{moment.day} {moment:%b %Y}" + (" (first seen)" if undated else "")


def undated(text: str) -> str:
    """``text`` without a leading dateline ("KUBINKA, August 16 - "): the answer cites
    the story and gives its date, so the wire's city and date only clutter the fact
    the member asked for."""
    m = tp.DATELINE.match(text)
    return text[m.end() :] if m and m.end() < len(text) else text


def _trim(text: str, limit: int = MAX_ANSWER) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    cut = cut[: max(cut.rfind(" "), limit // 2)]
    return cut.rstrip(" ,;:") + "…"
