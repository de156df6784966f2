"""How much of a question a story, a passage or a sentence carries.

Every decision in answering — which sentence leads, which quote fits, whether to
decline — is a share of the question's idf-weighted concepts that some text matches.
A proper name the store never mentions weighs a lot: asking about "Artemis II" is not
answered by stories that share only the question's common words.
"""

from __future__ import annotations

from summaries import text_patterns as tp
from summaries.aliases import Concept, load_aliases
from summaries.generality import specificity
from summaries.models import Story
from summaries.question import Question
from summaries.sentences import split_sentences
from summaries.terms import indexed
from summaries.timeutil import from_rfc3339

UNKNOWN_NAME = 2.5  # a proper name the store never mentions weighs this × the rarest idf
PLAIN_WORD = 0.7  # a lower-case word is often the member's paraphrase; names are not
DATE_FIT = 0.4  # the story is dated when the question says ("in March 2022")
# a word rarer than this in English is a name ("zhuk", "nikita grebenkin" typed in lower
# case), even one the store has
KNOWN_NAME_ZIPF = 1.5


def _weights(concepts: tuple[Concept, ...], idf: list[float], df: list[float]) -> list[float]:
    """How much each concept matters: its idf, discounted for a plain word common in
    English ("supposed", "right"); a name the store never mentions, a lot."""
    idf = [i if c.named else i * specificity(c.text) for c, i in zip(concepts, idf, strict=True)]
    known = [i for i, d in zip(idf, df, strict=True) if d > 0]
    top = max(known, default=1.0)
    out = []
    for c, i, d in zip(concepts, idf, df, strict=True):
        plain = 1.0 if c.named else PLAIN_WORD
        if d > 0:
            out.append(i * plain)
        else:
            out.append(top * (UNKNOWN_NAME if c.named else 0.6 * plain))
    return out


def _cover(matched: dict[int, float], weights: list[float]) -> float:
    total = sum(weights) or 1.0
    return sum(weights[i] * w for i, w in matched.items()) / total


def _match(concepts: tuple[Concept, ...], text: str) -> dict[int, float]:
    st, st_set = indexed(text)
    out = {}
    for i, c in enumerate(concepts):
        w = c.weight_in(st, st_set)
        if w:
            out[i] = w
    return out


def _story_text(story: Story) -> str:
    """Title, the month the story is dated ("March 2022"), its sources' names ("the Long
    Orbit blog": members ask that way) and text."""
    try:
        moment = from_rfc3339(story.published or story.first_seen)
        dated = f"{moment:%B %Y}"
    except (TypeError, ValueError):
        dated = ""
    sources = " / ".join(dict.fromkeys([story.source, *(s.feed for s in story.sources)]))
    return f"{story.title}\n{dated} {sources}\n{story.text}"


def _date_fit(question: str, story: Story) -> float:
    """1 when the story is dated in the month and year the question names ("in March
    2022"), 0.5 for the year alone; 0 when the question names no date or another one."""
    years = {int(y) for y in tp.YEAR_IN.findall(question)}
    months = {m[:3].lower() for m in tp.MONTH_IN.findall(question)}
    if not years and not months:
        return 0.0
    try:
        moment = from_rfc3339(story.published or story.first_seen)
    except (TypeError, ValueError):
        return 0.0
    year_ok = moment.year in years
    month_ok = f"{moment:%b}".lower() in months
    if years and months:
        return 1.0 if year_ok and month_ok else 0.5 * year_ok
    return float(year_ok) if years else 0.5 * month_ok


def _story_cover(story: Story, concepts: tuple[Concept, ...], weights: list[float]) -> float:
    return _cover(_match(concepts, _story_text(story)), weights)


def _named_cover(story: Story, concepts: tuple[Concept, ...], weights: list[float]) -> float:
    """The share of the proper names asked about that the story carries: a question
    about "Artemis II" or "Gaganyaan" is not answered by a story that lacks them, however
    many common words it shares. 1.0 when the question names nothing."""
    named = [w if c.named else 0.0 for c, w in zip(concepts, weights, strict=True)]
    if not any(named):
        return 1.0
    return _cover(_match(concepts, _story_text(story)), named)


def _named_all(story: Story, q: Question) -> bool:
    text = _story_text(story)
    in_story = _match(q.topic, text).keys() | roles_apart(q.topic, text)
    return all(i in in_story for i, c in enumerate(q.topic) if c.named and c.text not in q.scene)


def roles_apart(concepts: tuple[Concept, ...], text: str) -> set[int]:
    """The roles asked about ("the NASA administrator") whose words one sentence of the
    text has apart: "would bar NASA from extending … unless the administrator certifies"
    speaks of the NASA administrator without the phrase, so the role is not a name the
    story lacks."""
    aliases = load_aliases()
    roles = {
        i: [p for p in (aliases.concepts(w) for w in c.text.split()) if p]
        for i, c in enumerate(concepts)
        if c.people and len(c.text.split()) >= 2
    }
    out: set[int] = set()
    if not roles:
        return out
    for s, e in split_sentences(text):
        st, st_set = indexed(text[s:e])
        for i, parts in roles.items():
            if i not in out and all(any(p.weight_in(st, st_set) for p in ps) for ps in parts):
                out.add(i)
    return out
