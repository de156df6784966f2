"""Who speaks in a text: is the speaker asked about the subject of a speech verb, and who
else does the text name first?

The answer checks (``answer_types``) and the quote answers (``answer_quotes``) both ask
this of a lead or a quote's surroundings; it is kept apart from the fact-type checks.
"""

from __future__ import annotations

import re
from functools import lru_cache

from summaries import text_patterns as tp
from summaries.gazetteer import speech_vocab
from summaries.retrieval import Concept, indexed, load_aliases, stems


@lru_cache(maxsize=1)
def titles() -> frozenset[str]:
    """Words of a title or role written before a name ("Sen.", "minister", "head")."""
    words = {w for r in speech_vocab()["roles"] for w in r.lower().split()}
    return frozenset(
        words
        | {"dr", "mr", "ms", "mrs", "commander", "president", "minister", "chief", "head"}
        | {"chairman", "chairwoman", "administrator", "director", "senator", "rep"}
    )


_SPEECH_STEMS = frozenset(
    stems(
        "said says told wrote tweeted posted warned added argued claimed announced "
        "declared insisted replied responded threatened according statement letter "
        "interview remarks comments called described urged accused reacted reaction "
        "criticised criticized condemned welcomed dismissed rejected denied"
    )
)  # not "stated" or "noted": their stems are "stat" (United States) and "not"
# verbs that put their speaker after them ("said a Kremlin spokesman", "according to
# NASA"); after the others the name is the object ("criticised Beijing")
_INVERTED = frozenset(stems("said says wrote added according asked replied"))
_LINK = frozenset({"a", "an", "the", "to", "by"})  # "said a", "according to"; not "said at"


def speaks(speaker: tuple[Concept, ...], text: str) -> bool:
    """Is the speaker asked about the subject of a speech verb somewhere in the text
    ("Peskov told reporters", "said a Kremlin spokesman", "according to NASA")?"""
    # "Japan's prime minister": Japan only says whose; the prime minister must speak
    heads = tuple(c for c in speaker if not _place(c)) or speaker
    named = tuple(c for c in heads if c.named) or heads
    # "There is no letter from Roscosmos, no letter from NASA," a barrister said: a name
    # inside someone's quoted words is not the one speaking
    # "“Kibo will not go dark …” — Morioka.": the answer's own tag names who said it
    unquoted = _TAG.sub(r" \1 said", text)
    unquoted = _QUOTED.sub(_blank, _OPEN_END.sub(_blank, unquoted, 1))
    for sentence in re.split(r"(?<=[.!?”\"])\s+", unquoted):
        if _INSIDE_QUOTE.match(sentence):
            continue  # a sentence of a quote that runs on past it
        st, _ = indexed(sentence)
        verbs = [k for k, w in enumerate(st) if w in _SPEECH_STEMS]
        for c in named:
            for a, b in c.positions(st):
                # "Ukraine's foreign ministry called …": its body speaks for the owner
                reach = 4 if b < len(st) and st[b] == "s" else 3
                for v in verbs:
                    if 0 <= v - b <= reach or (
                        st[v] in _INVERTED and 0 < a - v <= 4 and _LINK.issuperset(st[v + 1 : a])
                    ):
                        return True
    return False


def _place(c: Concept) -> bool:
    """A country, nationality or city qualifying a speaker ("Japan's", "Russian")."""
    words = c.text.replace("’", "'").split("'")[0].lower().split()
    return bool(words) and all(w in _places() for w in words)


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    vocab = speech_vocab()
    return frozenset(w.lower() for p in vocab["place"] | vocab["state_names"] for w in p.split())


_TAG = re.compile(r"(?<=[”\"]) — ([^.…\n]{1,80}?)(?=\.|$|\s…)")
_INSIDE_QUOTE = re.compile(r"\s*[“\"][^”\"\n]*$")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"\n]*\"")


# a text that opens inside a quotation ('Enough," Sen. Hadley wrote'): up to its close
_OPEN_END = re.compile(r"^[^“”\"\n]*(?:[,.!?]”|[,.!?]\")")


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


def first_other_name(speaker: tuple[Concept, ...], text: str) -> str | None:
    """The first person the text names before the speaker asked about, or None when the
    speaker comes first. A name whose title or "of …" describes the speaker is the
    speaker ("Sen. Roger Hadley of Montana" for "the montana senator")."""
    words = phrase_stems(speaker)
    aliases = load_aliases()
    # capitalised words inside quotation marks ("… Enough," Sen. Hadley wrote) name no one
    unquoted = _QUOTED.sub(_blank, _OPEN_END.sub(_blank, text, 1))
    for m in tp.PERSON.finditer(unquoted):
        name_stems = stems(m.group(0))
        if set(name_stems) & words:
            return None  # the speaker comes first
        if (
            name_stems
            and name_stems[0] not in aliases.stopwords
            and not tp.NOT_A_NAME.match(m.group(0))
            and not aliases.is_thing(m.group(0))
            and m.group(0).lower() not in titles()  # "Sen." before the name
        ):
            if described_as(m.group(0), speaker, text, at=m.start()):
                return None
            return m.group(0)
    return None


def phrase_stems(concepts: tuple[Concept, ...]) -> set[str]:
    """Every stemmed word of every way the concepts are written."""
    return {w for c in concepts for words, _, _ in c.phrases for w in words}


def described_as(name: str, speaker: tuple[Concept, ...], text: str, at: int = -1) -> bool:
    """Does the text describe ``name`` as the speaker asked about, by a title or role
    before it or an "of …" or apposition after it ("NASA astronaut Dev Malhotra", "Sen.
    Roger Hadley of Montana")? ``at``: only the mention there; else any mention."""
    words = phrase_stems(speaker)
    surname = name.split()[-1]
    for m in re.finditer(r"\b" + re.escape(surname) + r"\b", text):
        if at >= 0 and not at <= m.start() <= at + len(name):
            continue
        start = m.start() if at < 0 else at
        before = re.split(r"[“”\"\n]", text[max(0, start - 25) : start])[-1]
        after = re.split(r"[.;:“”\"\n]", text[m.end() : m.end() + 30], maxsplit=1)[0]
        if set(stems(f"{before} {after}")) & words:
            return True
        if at >= 0:
            break
    return False


def title_only(speaker: tuple[Concept, ...], lead: str) -> str | None:
    """ "What did Pope Francis say" is not answered by "…," the Pope said: a title names
    whoever holds it when the story was written, and a member who adds the name asks for
    that holder. When the speaker asked is a title followed by one more word (the name),
    that name must be the one speaking in the lead. None when it is, or not asked so."""
    if len(speaker) < 2 or not any(c.text.lower() in titles() for c in speaker[:-1]):
        return None
    name = speaker[-1]
    if not name.text.isalpha() or name.text.lower() in titles() or _place(name):
        return None
    if speaks((name,), lead):
        return None
    return f"the title speaks in the lead, not {name.text}"


def _titled(text: str) -> bool:
    """A title of one word or ending in one ("director general" ends in "general")."""
    words = text.lower().split()
    return bool(words) and (text.lower() in titles() or words[-1] in titles())


def role_silent(speaker: tuple[Concept, ...], lead: str) -> str | None:
    """ "What did NASA's associate administrator say" is not answered by "NASA's press
    service told …": when the speaker asked is a role in a body, a lead that never
    mentions the role (or a word for it) gives the body's other voices. None when it
    does, or when not asked so."""
    roles = tuple(c for c in speaker if _titled(c.text))
    if not roles or len(roles) == len(speaker):
        return None
    st, st_set = indexed(lead)
    if any(c.weight_in(st, st_set) for c in roles):
        return None
    return f"the {roles[-1].text} asked about does not speak in the lead"
