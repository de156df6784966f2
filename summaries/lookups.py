"""Look-ups for /quotes, /story and their autocomplete: quotes by speaker or topic,
speaker names and story titles by prefix.

Autocomplete runs on every keystroke, so each look-up is bounded by an index walk or a
LIMIT whatever the size of the store, and clamps what a member typed (length, limit).
"""

from __future__ import annotations

import logging
import re
import sqlite3
from functools import lru_cache

from summaries import spellings
from summaries.aliases import load_aliases
from summaries.gazetteer import load_data, speech_vocab
from summaries.models import Quote, Story
from summaries.namesakes import someone_else_named
from summaries.quotes import cached_quotes
from summaries.store import Store
from summaries.story_search import WINDOW, _rowids, search
from summaries.terms import fold, tokens
from summaries.transcripts import transcript_quotes

log = logging.getLogger(__name__)


def _speaker_variants(store: Store, speaker: str) -> list[str]:
    """Every way the quotes may write the speaker: their aliases, in the usual cases and
    in the spellings the stories hold ("dordevic" is "Đorđević")."""
    aliases = load_aliases()
    person = aliases.person(speaker)
    names = list(person.names) if person else [speaker.strip()]
    out: dict[str, None] = {}
    for typed in names:
        for name in [*spellings.respelled(store.db, typed), *_hyphened(store, typed)]:
            for v in (name, name.title(), name[:1].upper() + name[1:], name.lower(), name.upper()):
                out.setdefault(v, None)
    return list(out)


def _hyphened(store: Store, typed: str) -> list[str]:
    """ "dahl-sorensen" is "Dahl-Sørensen": each part of a hyphened name respelt."""
    parts = typed.strip().split("-")
    if len(parts) < 2 or not all(parts):
        return []
    return [
        "-".join(words)
        for spelled in spellings.respelled(store.db, " ".join(parts))
        if len(words := spelled.split()) == len(parts)
    ]


def _by_name_start(store: Store, typed: str, limit: int) -> list[tuple[int, Quote]]:
    """ "/quotes corvane" for "Corvane Systems", "/quotes kazakhstan" for "Kazakhstan's
    foreign ministry": the bodies whose stored name opens with the word(s) typed, when
    no speaker is stored under them; at most a few (a word that opens many names, like
    "Russian", asks about none of them in particular). Index ranges, no scan."""
    typed = typed.strip()
    if len(typed) < 3:
        return []
    speakers: dict[str, None] = {}
    for variant in _speaker_variants(store, typed):
        for joint in _JOINTS:
            low = variant + joint
            for (name,) in store.db.execute(
                "SELECT DISTINCT speaker FROM quotes WHERE speaker >= ? AND speaker < ? LIMIT 6",
                [low, low + "\uffff"],
            ):
                speakers.setdefault(name, None)
    if not speakers or len(speakers) > MAX_BODIES_STARTING:
        return []
    rows: list[tuple[int, Quote]] = []
    for name in speakers:
        rows.extend(_quote_rows(store, "speaker = ?", [name], limit))
    return sorted(rows, key=lambda r: -r[0])[:limit]


MAX_BODIES_STARTING = 3
_JOINTS = (" ", "’s ", "'s ")  # "Corvane Systems", "Kazakhstan’s foreign ministry"


def misspelt_speaker(store: Store, typed: str) -> str | None:
    """The stored speaker one edit from a name typed wrong ("voronv", "marcheti": a
    letter dropped, added, changed or two swapped), when exactly one is; None otherwise.
    Only single words of five letters or more (four, when a letter was dropped) that no
    quote is stored under, and only speakers with the same first letter (an index range,
    not a scan of every name)."""
    word = typed.strip()
    if len(word) < 4 or not word.isalpha() or quotes_by_speaker(store, word, limit=1):
        return None
    first = word[0].upper()
    if len(first) != 1:  # "ß" upper-cases to "SS": no stored name opens with it
        return None
    rows = store.db.execute(
        "SELECT DISTINCT speaker FROM quotes WHERE speaker >= ? AND speaker < ?",
        [first, chr(ord(first) + 1)],
    ).fetchall()
    typed = word.casefold()
    near = {
        r[0]
        for r in rows
        if r[0]
        and _one_edit(typed, r[0].casefold())
        # four letters typed: only a letter dropped from a longer name ("zimn" for Zimin);
        # a four-letter word changed by one letter is too often another word
        and (len(typed) > 4 or len(r[0]) == 5)
        # "Ivanov" and "Ivanova", "Petrov" and "Petrova" are two people, not a typo
        and r[0].casefold() not in (typed + "a", typed[:-1])
    }
    return near.pop() if len(near) == 1 else None


def _one_edit(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` different by one deletion, insertion, change or swap?"""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k in range(len(a)) if a[k] != b[k]), len(a))
    if len(a) < len(b):
        return a[i:] == b[i + 1 :]
    if a[i + 1 :] == b[i + 1 :]:
        return True
    return i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]


def _quote_rows(store: Store, where: str, params: list, limit: int) -> list[tuple[int, Quote]]:
    cur = store.db.execute(
        f"SELECT id, story_id, text, speaker, start, end, score FROM quotes WHERE {where}"
        " ORDER BY id DESC LIMIT ?",
        [*params, limit],
    )
    return [(r[1], Quote(r[2], r[3], r[4], r[5], r[6] or 0.0)) for r in cur.fetchall()]


def quotes_by_speaker(store: Store, speaker: str, limit: int = 200) -> list[tuple[int, Quote]]:
    """(story id, quote) of everyone the name may denote, newest stored first; indexed."""
    rows: list[tuple[int, Quote]] = []
    for variant in _speaker_variants(store, speaker):
        rows.extend(_quote_rows(store, "speaker = ?", [variant], limit))
    return rows


def _by_surname(store: Store, name: str) -> list[tuple[int, Quote]]:
    """Quotes store a person under their surname ("Voronov"), so a full name typed for
    someone the gazetteer does not know ("Arkady Voronov") is looked up by its last word,
    keeping the stories that also name them in full (not another Voronov)."""
    words = name.split()
    if not 2 <= len(words) <= 4 or load_aliases().person(name) is not None:
        return []
    pairs = quotes_by_speaker(store, words[-1], limit=WINDOW)
    full = " " + " ".join(tokens(name)).casefold() + " "
    texts = {
        s.id: " " + " ".join(tokens(s.text)).casefold() + " "
        for s in store.stories_by_ids(dict.fromkeys(sid for sid, _ in pairs))
    }
    return [(sid, q) for sid, q in pairs if full in texts.get(sid, "")]


def recent_quotes(
    store: Store,
    *,
    speaker: str | None = None,
    topic: str | None = None,
    limit: int = 10,
    iss_only: bool = True,
) -> list[tuple[Story, Quote]]:
    """Newest quotes, optionally by one speaker (any of their names) and/or on a topic.

    Only from ISS-geopolitical stories unless ``iss_only`` is false or a speaker is
    named: /quotes belongs to the briefing, and the decoys (the other "ISS"s) must not
    surface there unasked; a member naming someone wants all their quotes."""
    limit = max(1, min(int(limit), 100))
    speaker = (speaker or "").strip()[:100] or None
    topic = (topic or "").strip()[:300] or None
    topic_ids: set[int] | None = None
    if topic:
        concepts = load_aliases().concepts(topic)
        found = search(store, concepts, limit=WINDOW).hits if concepts else []
        need = len(concepts)
        topic_ids = {h.story_id for h in found if len(h.concepts) == need}
        if iss_only:
            topic_ids &= _iss_ids(store, topic_ids)
    if speaker:
        pairs = quotes_by_speaker(store, speaker, limit=WINDOW) or _by_surname(store, speaker)
        asked = speaker
        if not pairs:
            pairs = _by_name_start(store, speaker, WINDOW)
            bodies = {q.speaker for _, q in pairs}
            if len(bodies) == 1:  # "kazakhstan": that ministry's unkept quotes too
                asked = bodies.pop() or speaker
        if len(pairs) < limit:
            pairs = _with_unkept(store, asked, pairs)
        pairs += _their_people(store, speaker)
        pairs += _staff_quotes(store, speaker)
        pairs = list({(sid, q.start): (sid, q) for sid, q in pairs}.values())
    elif topic_ids is not None:
        ids = sorted(topic_ids, reverse=True)[:WINDOW]
        marks = ",".join("?" * len(ids)) or "NULL"
        pairs = _quote_rows(store, f"story_id IN ({marks})", ids, WINDOW)
    else:
        recent = store.db.execute(
            f"SELECT id FROM stories {'WHERE iss_geopolitical = 1' if iss_only else ''}"
            " ORDER BY sort_time DESC, id DESC LIMIT ?",
            [limit * 3],
        ).fetchall()
        ids = [r[0] for r in recent]
        marks = ",".join("?" * len(ids)) or "NULL"
        pairs = _quote_rows(store, f"story_id IN ({marks})", ids, limit * 10)
    if topic_ids is not None:
        pairs = [(sid, q) for sid, q in pairs if sid in topic_ids]
    stories = {s.id: s for s in store.stories_by_ids(dict.fromkeys(sid for sid, _ in pairs))}
    out = [
        (stories[sid], q)
        for sid, q in pairs
        # a speaker asked by name: all of theirs ("/quotes Ames" of an engineering story
        # too); the briefing's own list keeps to ISS-geopolitical stories
        if sid in stories and (stories[sid].iss_geopolitical or not iss_only or speaker)
    ]
    out.sort(key=lambda sq: (sq[0].published or sq[0].first_seen, sq[0].id), reverse=True)
    return out[:limit]


def _their_people(store: Store, body: str) -> list[tuple[int, Quote]]:
    """ "/quotes Roscosmos": the quotes of the people the gazetteer places in that body
    ("Borisov (Roscosmos)", as answers label them), where the story means that person
    and not a namesake ("the cosmonaut Gennady Lavrov" is not the Foreign Ministry's)."""
    org = _org_key(body)
    if org is None:
        return []
    people = [
        names[0] if (names := person.get("aliases")) else key
        for key, person in load_data()["people"].items()
        if person.get("org") == org
    ]
    out: list[tuple[int, Quote]] = []
    for name in people:
        person = load_aliases().person(name)
        pairs = quotes_by_speaker(store, name, limit=WINDOW)
        if person is None or not pairs:
            continue
        texts = {s.id: s.text for s in store.stories_by_ids(dict.fromkeys(i for i, _ in pairs))}
        out += [(i, q) for i, q in pairs if not someone_else_named(person, texts.get(i, ""))]
    return out


STAFF_STORIES = 20  # newest stories naming the body read for its people's quotes

# words that end a description: "NASA, said Reyes", "a letter to ESA, Melnyk told …"
_NOT_A_ROLE = frozenset(
    [
        "said",
        "says",
        "told",
        "asked",
        "called",
        "urged",
        "and",
        "or",
        "but",
        "to",
        "by",
        "from",
        "than",
        "that",
        "which",
        "who",
        "whom",
        "after",
        "before",
        "when",
        "while",
        "as",
        "if",
    ]
)


def _staff_quotes(store: Store, body: str) -> list[tuple[int, Quote]]:
    """ "/quotes nasa": the quotes of the people a story places in that body, "NASA
    spokesperson Dana Whitcombe", "Thomas Reyes, NASA's associate administrator", "Pavel
    Zimin, head of Roscosmos", as a member asking what NASA said gets them. Only where the
    body's name is part of how the story introduces them, not where they speak of it."""
    org = _org_key(body)
    if org is None:
        return []
    names = sorted({org, *load_data()["orgs"][org].get("aliases", ())}, key=len, reverse=True)
    plain = [n for n in names if "'" not in n and "’" not in n]
    ids = _rowids(store, " OR ".join(f'"{n}"' for n in plain), STAFF_STORIES)
    alt = "|".join(re.escape(n) for n in names)
    out: list[tuple[int, Quote]] = []
    for story in store.stories_by_ids(ids):
        quotes = [q for q in cached_quotes(story.text) if q.speaker and " " not in q.speaker]
        for surname in {q.speaker for q in quotes}:
            if _introduced_in(story.text, surname, alt):
                out += [(story.id, q) for q in quotes if q.speaker == surname]
    return out


def _introduced_in(text: str, surname: str, body: str) -> bool:
    name = r"(?:[A-Z][\w'’.-]+\s+){1,2}" + re.escape(surname) + r"\b"
    role = r"(?:[\w.-]+\s+){0,5}?(?:[\w.-]+,\s+)?"  # "ESA's director general, Henrik …"
    before = re.compile(rf"\b(?:{body})(?:['’]s)?\s+(?P<role>{role}){name}")
    for m in before.finditer(text):
        if _a_role(m.group("role")):
            return True
    # "The US State Department responded within the hour. "…," spokesperson Nora
    # Castellanos said.": a spokesperson of no one named, after a sentence the body opens
    spoke = re.compile(
        rf"(?:^|[.!?]\s+|\n)(?:The\s+)?(?:[A-Z][\w.]*\s+)?(?:{body})\b[^.!?\n]*[.!?]\s+"
        # right after the quotation it attributes, or opening the sentence: not "the
        # Roscosmos representative, NASA press secretary Kelly Ortega"
        rf"(?:[^.!?\n]{{0,240}}?[,.!?][”\"]\s*)?(?:a\s+|the\s+|A\s+|The\s+)?"
        rf"(?:spokes(?:person|man|woman)|press\s+secretary)\s+{name}",
        re.M,
    )
    if spoke.search(text):
        return True
    after = re.compile(
        rf"\b{re.escape(surname)},?\s+(?:the\s+|a\s+|an\s+)?(?:(?:{body})['’]s\s+"
        rf"(?P<own>(?:[\w-]+\s+){{0,3}}[\w-]+)|(?P<role>{role})(?:of|for|at)\s+(?:the\s+)?"
        rf"(?:{body})\b)"
    )
    for m in after.finditer(text):
        # "a spokesperson for NASA", "NASA's associate administrator"; not "a critic of
        # NASA's budget"
        own, role = m.group("own"), m.group("role")
        if own is not None and _staff_words() & set(own.lower().split()):
            return True
        if own is None and _a_role(role) and _staff_words() & set(role.lower().split()[-1:]):
            return True
    return False


@lru_cache(maxsize=1)
def _staff_words() -> frozenset[str]:
    vocab = speech_vocab()
    return frozenset(w.lower() for key in ("roles", "spokes", "org_heads") for w in vocab[key])


def _a_role(words: str) -> bool:
    """ "press secretary", "director general,": a role, not a clause ("said") and not
    another body's ("the Roscosmos representative, NASA press secretary Kelly Ortega")."""
    words = words.replace(",", " ")
    if _NOT_A_ROLE & set(words.lower().split()):
        return False
    return not any(re.search(rf"\b{re.escape(n)}\b", words) for n in _org_names())


@lru_cache(maxsize=1)
def _org_names() -> tuple[str, ...]:
    orgs = load_data()["orgs"]
    return tuple({n for key, org in orgs.items() for n in (key, *org.get("aliases", ()))})


def _org_key(name: str) -> str | None:
    """The gazetteer's key for an organisation typed by any of its names, else None."""
    typed = name.strip().casefold()
    for key, org in load_data()["orgs"].items():
        if typed == key.casefold() or typed in (a.casefold() for a in org.get("aliases", ())):
            return key
    return None


UNKEPT_STORIES = 20  # newest stories naming the speaker read for quotes not kept as key


def _with_unkept(
    store: Store, speaker: str, pairs: list[tuple[int, Quote]]
) -> list[tuple[int, Quote]]:
    """``pairs`` and the speaker's other quotes: a story keeps three key quotes, and
    "/quotes Tan" said "No stored quotes" of an official quoted in two stories, each
    time below three others. The newest stories naming them are read again."""
    names = set(_speaker_variants(store, speaker))
    # the last word as the index holds it: "dahl-sorensen" is looked up as "sorensen"
    word = (re.findall(r"\w+", speaker) or [""])[-1]
    if not word:
        return pairs
    ids = _rowids(store, f'"{word}"', UNKEPT_STORIES)  # the search's own FTS look-up
    seen = {(sid, q.start) for sid, q in pairs}
    out = list(pairs)
    starting: dict[str, list[tuple[int, Quote]]] = {}  # "Corvane Systems" for "corvane"
    for story in store.stories_by_ids(ids):
        # a transcript's labelled lines are its speakers' words too ("DANILOV: We do not …")
        for quote in (*cached_quotes(story.text), *transcript_quotes(story.text)):
            if (story.id, quote.start) in seen or not quote.speaker:
                continue
            if quote.speaker in names:
                seen.add((story.id, quote.start))
                out.append((story.id, quote))
            elif _opens_with(quote.speaker, names):
                starting.setdefault(quote.speaker, []).append((story.id, quote))
    if not out and 0 < len(starting) <= MAX_BODIES_STARTING:
        out = [pair for found in starting.values() for pair in found]
    return out


def _opens_with(speaker: str, names: set[str]) -> bool:
    return any(speaker.startswith(tuple(n + j for j in _JOINTS)) for n in names)


def _iss_ids(store: Store, ids: set[int]) -> set[int]:
    if not ids:
        return set()
    marks = ",".join("?" * len(ids))
    rows = store.db.execute(
        f"SELECT id FROM stories WHERE iss_geopolitical = 1 AND id IN ({marks})", sorted(ids)
    )
    return {r[0] for r in rows}


def _next_speaker(store: Store, op: str, value: str) -> str | None:
    row = store.db.execute(f"SELECT min(speaker) FROM quotes WHERE speaker {op} ?", [value])
    return row.fetchone()[0]


def _quoted_in_briefing(store: Store, speaker: str) -> bool:
    row = store.db.execute(
        "SELECT 1 FROM quotes q JOIN stories s ON s.id = q.story_id"
        " WHERE q.speaker = ? AND s.iss_geopolitical = 1 LIMIT 1",
        [speaker],
    )
    return row.fetchone() is not None


def speakers(
    store: Store, prefix: str = "", limit: int = 25, *, iss_only: bool = True
) -> list[str]:
    """Distinct quote speakers starting with ``prefix`` (any case), alphabetical; only
    those quoted in an ISS-geopolitical story unless ``iss_only`` is false.

    Walks the ``quotes(speaker)`` index one distinct value at a time, so it costs
    O(limit · log n) whatever the number of quotes (skipped speakers count, up to a cap)."""
    prefix = prefix.strip()[:60]
    limit = max(1, min(int(limit), 100))
    found: set[str] = set()
    starts = {prefix, prefix.lower(), prefix.upper(), prefix[:1].upper() + prefix[1:]}
    starts.update(spellings.respelled(store.db, prefix, prefix=True)[1:])  # "dord": Đorđević
    for start in starts:
        value, kept, walked = _next_speaker(store, ">=", start), 0, 0
        while value is not None and value.startswith(start) and kept < limit and walked < 8 * limit:
            if not iss_only or _quoted_in_briefing(store, value):
                found.add(value)
                kept += 1
            value, walked = _next_speaker(store, ">", value), walked + 1
    want = fold(prefix).casefold()
    hits = [s for s in found if s.strip() and fold(s).casefold().startswith(want)]
    return sorted(hits, key=str.casefold)[:limit]


def story_titles(store: Store, prefix: str = "", limit: int = 25) -> list[tuple[int, str]]:
    """(id, title) of stories whose title has words starting as typed: ISS-geopolitical
    stories first (the ones members brief on), newest first within each."""
    limit = max(1, min(int(limit), 100))
    words = tokens(prefix)[:8]
    if not words:
        rows = store.db.execute(
            "SELECT id, title FROM stories ORDER BY iss_geopolitical DESC, sort_time DESC,"
            " id DESC LIMIT ?",
            [limit],
        ).fetchall()
        return [(r[0], r[1]) for r in rows]
    out: list[tuple[int, str]] = []
    if words[0].isdigit() and len(words) == 1:
        row = store.db.execute(
            "SELECT id, title FROM stories WHERE id = ?", [int(words[0][:18])]
        ).fetchone()
        if row:
            out.append((row[0], row[1]))
    query = "{title} : (" + "".join(f'"{w}" AND ' for w in words[:-1])
    query += f'"{words[-1]}"*)'
    try:
        rows = store.db.execute(
            "SELECT rowid, title FROM stories_fts WHERE stories_fts MATCH ?"
            " ORDER BY rowid DESC LIMIT ?",
            [spellings.expand(store.db, query), max(4 * limit, 100)],  # a bounded window
        ).fetchall()
    except sqlite3.OperationalError as err:
        log.warning("title query %r failed: %s", query, err)
        rows = []
    if rows:  # ISS-geopolitical first; sorted() is stable, so newest first within each
        iss = _iss_ids(store, {r[0] for r in rows})
        rows = sorted(rows, key=lambda r: r[0] not in iss)
    out.extend((r[0], r[1]) for r in rows if (r[0], r[1]) not in out)
    return out[:limit]
