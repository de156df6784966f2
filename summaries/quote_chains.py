"""Whether a quote goes on in the previous quote's voice.

'… said that "…" and that "…"', '…," Petrov wrote. "…"': nothing between two quotes but
the first one's attribution or the rest of its sentence, so the second needs no
attribution of its own.
"""

from __future__ import annotations

from summaries.gazetteer import speech_vocab
from summaries.names import word_spans
from summaries.sentence_ends import SENT_END, ends

_JOINS = frozenset(["and", "but", "or"])
_CONTRAST = frozenset(["while", "whereas", "whom", "although", "though"])


def coordinated(text: str, close: int, opened: int) -> bool:
    """The quote goes on the previous quote's sentence with no new subject: '… said
    that "…" and that "…"', '… called it "…" and warned that Moscow would "…"', '…," the
    department said, calling it "…"': the same speaker's words."""
    if opened - close > 200:
        return False
    gap = text[close + 1 : opened]
    if next(ends(SENT_END, gap + "A", 0, len(gap) + 1), None) is not None:
        return False
    words = word_spans(text, close + 1, opened)
    if words and words[-1][0] == ":":
        words = words[:-1]  # '… called it "…" in a post and added: "…"'
    if text[close - 1] in ".!?" and words and words[0][0][:1].isupper():
        return False  # '"… predictability." A senior diplomat …, calling it "…"': a new one
    if any(w.lower() in _CONTRAST for w, _ in words):
        return False
    cut = max((i for i, (w, _) in enumerate(words) if w in ",;:—–()"), default=-1)
    if cut >= 0 and words[cut][0] != ",":
        return False
    clause = [w for w, _ in words[cut + 1 :]]
    if not clause or clause in (["and"], ["or"]):
        return True
    v = speech_vocab()
    if _goes_on(clause, 0, v):
        return True  # ', adding that …', ', calling the incident', 'and warned that …'
    if cut >= 0:
        return False
    # no comma: '"…" on the budget and warning that NASA "…"'; with a speech verb, only a
    # join straight before it ('"…" of passing but called it "…"', not 'and was told')
    said = v["speech_verbs"]
    speech = any(w in said for w in clause)
    return any(
        _goes_on(clause, i, v) and (not speech or (i + 1 < len(clause) and clause[i + 1] in said))
        for i in range(1, len(clause))
    )


_AUX = frozenset(["had", "has", "have", "would", "will", "was", "were", "is", "could", "then"])


def _goes_on(clause: list[str], i: int, v) -> bool:
    """The clause goes on from word i without a subject of its own: a participle, or
    'and' + a verb or 'that'."""
    first = clause[i]
    if first in v["participles"]:
        return True
    if first in _JOINS and i + 1 < len(clause):
        verb = clause[i + 1]
        return verb == "that" or (
            verb.islower()
            and (
                verb in v["verbs"]
                or verb in v["paraphrase_verbs"]
                or verb.endswith("ed")
                or verb in _AUX
            )
        )
    return False


def coordinated_tail(text: str, close: int) -> bool:
    """'…," and said Moscow would …': the words after the quote go on with a verb and no
    subject of their own."""
    words = word_spans(text, close + 1, min(len(text), close + 40))
    while words and words[0][0] in ",;":
        words = words[1:]
    return len(words) > 1 and _goes_on([w for w, _ in words[:2]], 0, speech_vocab())


def same_voice(text: str, close: int, opened: int) -> bool:
    """Between two quotes only the first one's attribution ('," Petrov wrote. "') or the
    rest of the same sentence ('" and that Moscow would respond in a way that would be "')."""
    if opened - close > 120:
        return False
    gap = text[close + 1 : opened]
    if next(ends(SENT_END, gap + "A", 0, len(gap) + 1), None) is None:
        return True
    v = speech_vocab()
    words = word_spans(text, close + 1, opened)
    if words and words[0][0] == "came" and len(words) > 2:
        return words[2][0] in v["message_nouns"]  # '"Rain," came the reply, crackling … "'
    if words and words[0][0] in _OPENERS and _named_after_opener(words):
        # '"…" Asked about this, Belousov shrugs. "…"': a new sentence about someone else
        return False
    return any(w.lower() in v["verbs"] for w, _ in words)


def _named_after_opener(words: list[tuple[str, int]]) -> bool:
    """'Asked about the claim, Ivanova …': a capitalised subject after the opener's comma."""
    cut = next((i for i, (w, _) in enumerate(words[:16]) if w == ","), None)
    return cut is not None and cut + 1 < len(words) and words[cut + 1][0][:1].isupper()


# Participles that open a sentence about a new subject ('Asked whether …, Vance said').
_OPENERS = frozenset(["Asked", "Pressed", "Questioned", "Challenged", "Told"])
