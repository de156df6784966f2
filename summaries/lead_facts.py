"""Which sentence of the answering story carries the fact asked for, when the best-covered
one only sets the scene: the one naming a person for "who" (with a title, as the doer of
what was asked, or in full where a later one gives the surname), the one dating an event
still to come for "when will", and how well any of them supplies the fact.

Kept apart from ``answer_lead``, which assembles the lead around them.
"""

from __future__ import annotations

from summaries import answer_dates
from summaries import text_patterns as tp
from summaries.answer_names import (
    asks_person,
    names_doer,
    other_names,
    person_roles,
    surname_in_full,
    titled_person,
)
from summaries.answer_sentences import _Sentence
from summaries.lead_types import explicit
from summaries.models import Story
from summaries.question import Question


def person_sentence(
    q: Question,
    story: Story,
    spans: list[tuple[int, int]],
    beside: list[int],
    ranked: list[_Sentence],
    best: int,
) -> int | None:
    """The sentence that names a person for a "who" whose best sentence names none: the
    one before or after it, else the best-scoring one of the story, that names someone
    with a title or role ("JAXA astronaut Ryo Takeda", "said Dr. Leah Okonkwo-Baptiste,
    professor of …"); "the Space Launch System" is two capitalised words, not a person.
    When the question names the role ("the cosmonaut"), the sentence must have it. Else
    the sentence after the best one, when it opens with a full name."""
    roles = person_roles(q)
    same = [s.position for s in others_in(story, ranked, roles)]
    for p in dict.fromkeys([*([] if roles else beside), *same]):
        text = story.text[slice(*spans[p])]
        if titled_person(q, text):
            return p
    after = best + 1
    if after < len(spans):
        # "Two Roscosmos cosmonauts spent six hours outside … Oleg Mironov and Artyom Belov
        # applied a sealant": the next sentence opens with the people the best one counted
        text = story.text[slice(*spans[after])]
        opening = tp.PERSON.match(text)
        if opening and " " in opening.group(0) and opening.group(0) in other_names(q, text):
            return after
    return None


def others_in(story: Story, ranked: list[_Sentence], roles: set[int]) -> list[_Sentence]:
    """The story's other ranked sentences that share something with the question and,
    when it names the person's role (``answer_names.person_roles``), match that role."""
    return [
        s
        for s in ranked[1:80]
        if s.story is story and s.focus > 0 and (not roles or roles & s.matched.keys())
    ]


def date_ahead(
    q: Question, best: _Sentence, ranked: list[_Sentence], spans: list[tuple[int, int]]
) -> list[int] | None:
    """For "when will …": the story's sentence that dates the event asked about as still to
    come, with the one before it when only the pair does ("… one of whom will fly on a
    Soyuz. We are talking about the period after 2027," he said)."""
    story, event = best.story, answer_dates.event(q)
    since = answer_dates.story_year(story)
    found = []
    for s in [best, *ranked[1:80]]:
        if s.story is not story or s.focus <= 0:
            continue
        if answer_dates.has_future_date(s.text, event, since):
            found.append((s, [s.position]))
        elif s.position + 1 < len(spans):
            after = story.text[slice(*spans[s.position + 1])]
            if answer_dates.has_future_date(f"{s.text} {after}", event, since):
                found.append((s, [s.position, s.position + 1]))
    if not found:
        return None
    # a pair whose first sentence has a date of its own, gone by ("was supposed to begin
    # on May 18. He is due to fly next spring"), is no pair: the second dates itself
    found = [f for f in found if len(f[1]) == 1 or not explicit(f[0].text)] or found
    # nor is one whose second sentence dates the event alone: it answers by itself
    alone = {f[1][0] for f in found if len(f[1]) == 1}
    found = [f for f in found if len(f[1]) == 1 or f[1][1] not in alone] or found
    # a written date ("no earlier than 2027") over "from the end of the decade"
    written = [f for f in found if explicit(" ".join(story.text[slice(*spans[p])] for p in f[1]))]
    return max(written or found, key=lambda f: supplement_score(q, f[0], best))[1]


def supplement_score(q: Question, s: _Sentence, best: _Sentence) -> float:
    """How well a sentence of the lead's story supplies the fact asked for: what it shares
    with the question, nearness to the lead, and for "why" how plainly it gives a cause
    ("in response to sanctions" over a passing "reason")."""
    score = s.focus + 0.05 * (abs(s.position - best.position) <= 3)
    if q.kind == "why":
        score += 0.1 * len({m.group(0).lower() for m in tp.CAUSE.finditer(s.text)})
    return score


def doer_sentence(
    q: Question, text: str, spans: list[tuple[int, int]], best: int, near: list[int]
) -> int | None:
    """For "who posted the photo": when the best sentence does not say by whom ("a photograph
    posted by an Indian astronaut"), the sentence that does ("posted on Monday by Group
    Captain Anirudh Menon"), among ``near`` (the ranked ones) first, then the story's."""
    if names_doer(q, text[slice(*spans[best])], text):
        return None
    for p in dict.fromkeys([*near, *range(len(spans))]):
        if names_doer(q, text[slice(*spans[p])], text):
            return p
    return None


def introduced_in_full(
    q: Question, text: str, spans: list[tuple[int, int]], pos: int
) -> int | None:
    """For a person asked for whom sentence ``pos`` names by surname only ("Kim, a former
    Navy SEAL, said …"): the earlier sentence that introduced them in full ("NASA's Jonny
    Kim lifted off …"), where the reader learns who they are. None when ``pos`` names
    someone in full itself."""
    if not asks_person(q):
        return None
    names = list(other_names(q, text[slice(*spans[pos])]))
    if not names or any(" " in n for n in names):
        return None
    for name in names:
        full = surname_in_full(name)
        for p in range(pos):
            if full.search(text, *spans[p]):
                return p
    return None
