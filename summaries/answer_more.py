""" "source?" and "more?" after an answer: where it came from, and what else that story says.

Chat members type these as follow-ups, not as searches. Searched for, "source?" matched a
sentence about finding a leak's source and "more?" repeated it (session 19's newcomer
tester). Both are about the last answer, so they are answered from its stories.
"""

from __future__ import annotations

import re

from summaries.answer_text import _date, undated
from summaries.models import Answer, Citation, Story
from summaries.sentences import split_sentences
from summaries.store import Store

# "source?", "sources pls", "link?", "where is that from?", "what's your source?"
SOURCE = re.compile(
    r"(?:and\s+|so\s+|but\s+)?(?:"
    r"(?:the\s+|your\s+|any\s+)?(?:sources?|links?|citations?|refs?|references?)"
    r"|(?:what(?:'s|’s|\s+is|\s+are)|which\s+(?:is|are))\s+(?:the\s+|your\s+)?"
    r"(?:sources?|links?|citations?)(?:\s+for\s+(?:that|this|it))?"
    r"|where(?:'s|’s|\s+is|\s+was|\s+did)\s+(?:that|this|it)\s+(?:from|come\s+from|reported)"
    r"|where\s+did\s+you\s+(?:read|get|find|see)\s+(?:that|this|it)"
    r"|how\s+do\s+you\s+know(?:\s+(?:that|this|it))?"
    r"|(?:got\s+a\s+|any\s+)?(?:source|link)\s+for\s+(?:that|this|it)"
    r")(?:\s+(?:pls|please|plz))?\s*[?!.]*",
    re.I,
)
# "more?", "tell me more", "go on", "more details", "anything else?"
MORE = re.compile(
    r"(?:and\s+|so\s+|ok\s+|okay\s+)?(?:"
    r"more|more\s+(?:details?|info|please|pls)|tell\s+me\s+more(?:\s+about\s+(?:that|this|it))?"
    r"|go\s+on|continue|details\??|what\s+else(?:\s+does\s+it\s+say)?|anything\s+else"
    r"|(?:can\s+you\s+)?elaborate|say\s+more|keep\s+going"
    r")\s*[?!.]*",
    re.I,
)

MORE_ROOM = 480  # characters of further sentences, as much as a summary holds
_NOTHING_YET = (
    "I haven't answered anything here yet. Ask about the ISS and its politics, e.g. “who "
    "provides propulsion for the station?”"
)


def sources_of(store: Store, story_ids: tuple[int, ...]) -> Answer:
    """The stories the last answer cited, by title and date, each linked in Sources."""
    stories = store.stories_by_ids(story_ids)
    if not stories:
        return Answer(_NOTHING_YET, (), found=False)
    lines = [f"“{s.title}” ({_date(s)}, {s.source})" for s in stories]
    head = "That came from " if len(lines) == 1 else "That came from these stories: "
    text = head + "; ".join(lines) + "."
    return Answer(text, tuple(Citation(s.id, s.title, s.url) for s in stories), found=True)


def more_of(store: Store, story_ids: tuple[int, ...], shown: str) -> Answer:
    """The next sentences of the story the last answer led with that it did not show,
    in article order; the story's end said plainly when nothing is left."""
    story = next(iter(store.stories_by_ids(story_ids[:1])), None)
    if story is None:
        return Answer(_NOTHING_YET, (), found=False)
    cited = (Citation(story.id, story.title, story.url),)
    spans = split_sentences(story.text)
    seen = [n for n, (a, b) in enumerate(spans) if story.text[a:b][:60] in shown]
    start = seen[-1] + 1 if seen else 0
    picked: list[str] = []
    for a, b in spans[start:]:
        sentence = story.text[a:b]
        if sentence[:60] in shown:
            continue
        if picked and len(" ".join(picked)) + 1 + len(sentence) > MORE_ROOM:
            break
        picked.append(undated(sentence) if a == 0 else sentence)
        if len(" ".join(picked)) >= MORE_ROOM:
            break
    if not picked:
        return Answer(
            f"That is all “{story.title}” says; /story {story.id} shows it whole.", cited, True
        )
    return Answer(f"More from “{story.title}”: " + " ".join(picked), cited, found=True)


# "is that confirmed?", "is this true", "can you confirm that", "really?", "for real?"
CONFIRMED = re.compile(
    r"(?:and\s+|so\s+|but\s+|ok\s+)?(?:"
    r"(?:is|was|has)\s+(?:that|this|it)\s+(?:been\s+)?(?:confirmed|true|official|verified|real"
    r"|right|accurate|legit|correct)"
    r"|(?:can|could)\s+(?:you|anyone)\s+(?:confirm|verify)(?:\s+(?:that|this|it))?"
    r"|confirmed|really|for\s+real|(?:are\s+you\s+)?sure|says\s+who"
    r")\s*[?!.]*",
    re.I,
)


def confirmed_by(store: Store, story_ids: tuple[int, ...]) -> Answer:
    """What a member can check the last answer against: the stories it came from, and
    every feed that carried each. The bot confirms nothing of its own."""
    stories = store.stories_by_ids(story_ids)
    if not stories:
        return Answer(_NOTHING_YET, (), found=False)
    lines = []
    for s in stories:
        feeds = list(dict.fromkeys(src.feed for src in s.carried_by())) or [s.source]
        carried = feeds[0] if len(feeds) == 1 else ", ".join(feeds[:-1]) + " and " + feeds[-1]
        lines.append(f"“{s.title}” ({_date(s)}, reported by {carried})")
    text = (
        "I can only tell you what the stored stories report, and I have no other "
        "confirmation. That came from " + "; ".join(lines) + "."
    )
    return Answer(text, tuple(Citation(s.id, s.title, s.url) for s in stories), found=True)


_ORDINALS = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2}
_ORDINALS |= {"fourth": 3, "4th": 3, "fifth": 4, "5th": 4}
# "what's the second one", "tell me about the 3rd story", "and the last one?"
NTH = re.compile(
    r"(?:and\s+|so\s+|ok\s+)?(?:what(?:'s|’s|\s+is|\s+about)|tell\s+me\s+(?:more\s+)?about"
    r"|open|show(?:\s+me)?|more\s+on)?\s*(?:the\s+)?"
    r"(?P<nth>first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last)\s+"
    r"(?:one|story|item|link|source)\s*[?!.]*",
    re.I,
)


def nth_story(store: Store, story_ids: tuple[int, ...], nth: str) -> tuple[Answer, Story | None]:
    """The listed story a member points at by its place ("the second one" after /brief,
    or after an answer citing two): its title, date and summary, as a card would."""
    place = len(story_ids) - 1 if nth.lower() == "last" else _ORDINALS[nth.lower()]
    if place >= len(story_ids):
        shown = len(story_ids)
        return Answer(
            f"I only showed {shown} {'story' if shown == 1 else 'stories'} there.",
            (),
            found=False,
        ), None
    story = next(iter(store.stories_by_ids(story_ids[place : place + 1])), None)
    if story is None:
        return Answer(_NOTHING_YET, (), found=False), None
    text = f"“{story.title}” ({_date(story)}, {story.source}): {story.summary}"
    return Answer(text, (Citation(story.id, story.title, story.url),), found=True), story
