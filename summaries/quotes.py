"""Direct quotes and their speakers: the public entry points.

``extract_quotes`` pairs the marks (``quote_spans``), then tries the places an attribution
can be, in order (``attribution``, ``attribution_prefix``, ``attribution_previous``,
``quote_chains``); a speaker found once is remembered (``Mentions.note``) so later "he
said" can resolve to it. ``key_quotes`` lives in ``quote_rank``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from summaries.attribution import from_tail
from summaries.attribution_prefix import from_prefix
from summaries.attribution_previous import continued, previous_sentence
from summaries.backrefs import AGED, aged_person
from summaries.documents import author_after, document_owner
from summaries.gazetteer import speech_vocab
from summaries.introduced import introduced_as
from summaries.mentions import Mentions
from summaries.models import Quote
from summaries.names import word_spans
from summaries.pronouns import last_person
from summaries.quote_blocks import BLOCK_LEAD, block_leads
from summaries.quote_chains import coordinated, coordinated_tail, same_voice
from summaries.quote_frames import handed_over
from summaries.quote_rank import key_quotes
from summaries.quote_spans import Part, find_parts
from summaries.self_named import other_than_named
from summaries.sentence_ends import end_before
from summaries.sentences import paragraph_spans
from summaries.speakers import UNKNOWN, Who
from summaries.who import modifier_owner

__all__ = ["Quote", "cached_quotes", "extract_quotes", "key_quotes"]

# "Q: …" / "A: …" paragraphs of an interview.
_QA_LEAD = re.compile(r"[ \t]*(Q|A)[:.][ \t]*")
_QA_FIRST_Q = re.compile(r"(?m)^[ \t]*Q[:.][ \t]")


def cached_quotes(text: str) -> list[Quote]:
    """``extract_quotes`` for answering, cached by the text: one answer reads the quotes
    of the same few stories several times (candidates, the lead, the reply), and keyed by
    the text an edited story is never served its old quotes."""
    return list(_cached_quotes(text))


# a quote question reads up to 40 stories, the next question often the same ones (a
# story's quotes are ~3 kB); analyse() calls extract_quotes, never this cache
@lru_cache(maxsize=256)
def _cached_quotes(text: str) -> tuple[Quote, ...]:
    return tuple(extract_quotes(text))


def extract_quotes(text: str) -> list[Quote]:
    """Every direct quote in ``text``, in order, with its speaker (or None).

    ``quote.text == text[quote.start:quote.end]`` always; the marks are outside the span.
    One- and two-word quotes without a speaker (titles, nicknames, scare quotes) are left
    out; attributed ones ('could "destroy" the partnership') are kept.
    """
    if not isinstance(text, str) or not text:
        return []
    parts = find_parts(text)
    paras = paragraph_spans(text)
    blocks = block_leads(text, paras)
    if not parts and not blocks:
        return []
    ctx = Mentions(text)
    speakers: dict[int, Who] = {}
    last_in_para: dict[int, Part] = {}
    first_q: int | None = None  # where an interview's first question is
    questions: list[int] | None = None  # an unmarked interview's question paragraphs
    for k, part in enumerate(parts):
        prev = last_in_para.get(part.para)
        last_in_para[part.para] = part
        if part.group in speakers and speakers[part.group].speaker is not None:
            continue
        ps, pe = paras[part.para]
        if _named_thing(text, part) or _GROUP_TERM.search(
            text, max(ps, part.open_mark - 40), part.open_mark
        ):
            speakers[part.group] = UNKNOWN
            continue
        prev_close = prev.close_mark if prev and prev.close_mark is not None else ps
        lead = _QA_LEAD.fullmatch(text, ps, part.open_mark) if prev is None else None
        if lead:
            # an interview: questions are the interviewer's, answers the person introduced
            who = UNKNOWN
            if lead.group(1) == "A":
                if first_q is None:
                    found_q = _QA_FIRST_Q.search(text)
                    first_q = found_q.start() if found_q else len(text)
                name = last_person(ctx, first_q) if first_q < ps else None
                who = Who(name, True) if name else UNKNOWN
            speakers[part.group] = who
            continue
        who = from_prefix(text, prev_close, part.open_mark, ctx)
        lo = max(ps, part.open_mark - 120)
        if (
            (who is None or who.speaker is None)
            and text.find("I ", lo, part.open_mark) != -1
            and _I_SAID.search(text, lo, part.open_mark)
        ):
            if questions is None:
                questions = _question_paras(text, paras)
            who = _labelled_voice(text, ps, ctx) or _interviewee(part, questions, paras, ctx) or who
        nxt = parts[k + 1].open_mark if k + 1 < len(parts) else pe
        if who is None and part.close_mark is not None:
            who = from_tail(text, part.close_mark, min(pe, nxt), ctx, part.open_mark)
        prev_who = speakers.get(prev.group) if prev is not None else None
        if (
            (who is None or who.speaker is None)
            and prev_who is not None
            and prev_who.speaker is not None
            and prev.close_mark is not None
            and coordinated(text, prev.close_mark, part.open_mark)
        ):
            # '… said that "…" and warned that "…"': the first quote's speaker, unless a
            # name follows the second
            tail = (
                from_tail(text, part.close_mark, min(pe, nxt), ctx, part.open_mark)
                if part.close_mark is not None
                else None
            )
            if tail is None or (
                tail.speaker is None
                and (coordinated_tail(text, part.close_mark) or _ends_sentence(text, part))
            ):
                who = _main_clause(text, prev, part, ps, ctx) or prev_who
            elif tail.speaker:
                who = tail
        if (
            who is None
            and prev is not None
            and prev.close_mark is not None
            and same_voice(text, prev.close_mark, part.open_mark)
        ):
            # the previous quote's attribution, even to an unnamed "senior official"
            who = speakers.get(prev.group)
        if who is None and part.open_mark == ps and part.para > 0:
            who = continued(text, last_in_para.get(part.para - 1), part, paras, speakers, ctx)
        if who is None:
            who = previous_sentence(text, max(ps, prev_close), part.open_mark, ctx)
        if who is None and (prev is None or prev.close_mark is not None):
            start = paras[part.para - 1][0] if part.open_mark == ps and part.para else ps
            start = max(start, prev.close_mark) if prev and prev.close_mark else start
            who = handed_over(text, part.open_mark, part.close_mark, start, ctx)
        if who is None:
            who = _only_person(text, ps, part, ctx)
        if who is None:
            who = _document_words(text, part, ctx)
        if who is None:
            if questions is None:
                questions = _question_paras(text, paras)
            who = _interviewee(part, questions, paras, ctx)
        if who is not None:
            who = other_than_named(text, part.start, part.end, part.close_mark, who, ctx)
            speakers[part.group] = who
            if who.speaker:
                ctx.note(part.start, who.speaker, who.is_person)
    short = _short_names(text)
    out = []
    for part in parts:
        who = speakers.get(part.group, UNKNOWN)
        if who.speaker in short:
            who = Who(short[who.speaker], who.is_person)
        body = text[part.start : part.end]
        if who.speaker is None and len(body.split()) <= 2:
            continue
        out.append(Quote(body, _dotted(who.speaker), part.start, part.end))
    if blocks:
        out = sorted(out + _block_quotes(text, paras, blocks, ctx), key=lambda q: q.start)
    return out


def _block_quotes(
    text: str, paras: list[tuple[int, int]], leads: list[int], ctx: Mentions
) -> list[Quote]:
    out = []
    for i in leads:
        a, e = paras[i]
        m = BLOCK_LEAD.search(text, a, e)
        assert m is not None
        who = m.group("who")
        start = m.start("who")
        speaker = None
        if who.lower() in ("he", "she"):
            speaker = last_person(ctx, start, who)
        elif who.lower() not in ("it", "they"):
            last = who.split()[-1]
            orgs = ctx.orgs_at(start)
            if any(
                n == last or n.endswith(" " + last)
                for _p, n, _s in ctx.people_in(start, m.end("who"))
            ):
                speaker = last
            elif orgs:
                speaker = max(orgs, key=len)
        na, ne = paras[i + 1]
        out.append(Quote(text[na:ne], speaker, na, ne))
    return out


# 'the vessel is the Kareliya, which the Pentagon describes as ': a relative clause
# whose own subject frames the quote after it.
_WHICH_FRAME = re.compile(r",[ \t]+which[ \t]+[^,;:\"“”]{1,60}$")


def _main_clause(text: str, prev: Part, part: Part, ps: int, ctx: Mentions) -> Who | None:
    """'A Defense Department spokesperson tells us the vessel is the Kareliya, which the
    Pentagon describes as "…," and that it remained "…"': "and that" goes on the main
    clause, past the relative clause that framed the first quote, so its speaker."""
    if not text.startswith(", and that", prev.close_mark + 1) and not text.startswith(
        " and that", prev.close_mark + 1
    ):
        return None
    lo = max(ps, prev.open_mark - 200)
    m = _WHICH_FRAME.search(text, lo, prev.open_mark)
    if m is None:
        return None
    who = from_prefix(text, ps, m.start(), ctx)
    return who if who is not None and who.speaker else None


def _ends_sentence(text: str, part: Part) -> bool:
    """'… and that satellites could become "legitimate targets." It did not say …': the
    quote closes its sentence, so what follows is a new one, not its attribution."""
    close = part.close_mark
    if close is None or text[close - 1 : close] not in (".", "!", "?"):
        return False
    after = text[close + 1 : close + 3].lstrip(" \t")
    return after[:1].isupper()


# A name in quotation marks: up to three capitalised words, no punctuation ("Africa Corps").
# ("Orbit and Earth": "and", "of", "the" may join them)
_NAME_QUOTED = re.compile(r"[A-Z][\w’'\-]*(?:[ \t](?:(?:and|of|the|for)[ \t])?[A-Z][\w’'\-]*){0,2}")


# 'on what controllers call "the crawl"': a term a group of people uses, nobody's words.
_GROUP_TERM = re.compile(r"\b[Ww]hat[ \t]+[a-z]+s[ \t]+(?:call|dub|nickname)[ \t]*$")


def _named_thing(text: str, part: Part) -> bool:
    """'a Defence Ministry-controlled "Africa Corps"', 'the song "Katyusha"': a name put
    in quotation marks in mid-sentence, after a lower-case word, is nobody's words."""
    if part.close_mark is None or not _NAME_QUOTED.fullmatch(text, part.start, part.end):
        return False
    before = text[max(0, part.open_mark - 40) : part.open_mark].split()
    last = before[-1].split("-")[-1] if before else ""  # "Ministry-controlled"
    if not (last.isalpha() and last.islower()):
        return False
    v = speech_vocab()
    # 'Rogozin called the station a "Trojan Horse"': a phrase somebody used, not a name
    return not any(w in v["verbs"] or w in v["paraphrase_verbs"] for w in before[-4:])


def _question_paras(text: str, paras: list[tuple[int, int]]) -> list[int]:
    """Paragraphs that are one short question with no quote in it: an interview printed
    without Q/A marks (three questions at least, not an op-ed's rhetorical one), where the
    paragraphs after each question are the answer."""
    out = []
    for i, (s, e) in enumerate(paras):
        body = text[s:e].rstrip()
        if i and body.endswith("?") and len(body) < 300 and not any(c in body for c in '"“”'):
            out.append(i)
    return out if len(out) >= 3 else []


# 'I said in March, and I repeat it today: "…"': the one talking quotes themselves.
_I_SAID = re.compile(
    r"(?<![\w’'])I(?:[ \t]+[a-z]+){0,2}?[ \t]+(?:said|say|told|tell|repeat|wrote|write)\b"
    r"[^.!?\"“”]{0,80}:?[ \t]*$"
)
# A transcript's speaker label: "KUZNETSOVA:" opening the paragraph.
_LABEL = re.compile(r"[ \t]*([A-ZÀ-Þ][A-ZÀ-Þ’'\-]+):[ \t]")


def _labelled_voice(text: str, ps: int, ctx: Mentions) -> Who | None:
    """The person a transcript paragraph's label names ("KUZNETSOVA:" → Kuznetsova), as
    the story spells them elsewhere; None without a label or such a person."""
    m = _LABEL.match(text, ps)
    if not m:
        return None
    names = {n for _p, n, _s in ctx.people if n and n.upper() == m.group(1)}
    return Who(names.pop(), True) if len(names) == 1 else None


def _interviewee(
    part: Part, questions: list[int], paras: list[tuple[int, int]], ctx: Mentions
) -> Who | None:
    """A quote in an answer of an unmarked interview that nothing else attributes: the
    words the interviewee quotes of themselves, so the person the introduction names."""
    if not questions or part.para <= questions[0] or part.para in questions:
        return None
    name = last_person(ctx, paras[questions[0]][0])
    return Who(name, True) if name else None


def _dotted(speaker: str | None) -> str | None:
    """ "U.S Embassy" as words are split: "U.S. Embassy", as the story writes it."""
    return _UNDOTTED.sub(r"\1.", speaker) if speaker else speaker


_UNDOTTED = re.compile(r"\b((?:[A-Z]\.){1,2}[A-Z])(?![.\w])")


def _only_person(text: str, ps: int, part: Part, ctx: Mentions) -> Who | None:
    """A quote of its own sentence that nothing attributes, in a paragraph that has named
    exactly one person before it ('Sablin, 44, had trained on TORU …. The cosmonaut later
    spoke to RIA by video link. "…"'): that person. Not a short cry or nickname, and not a
    quote inside a sentence ('someone in the back row shouted "…"')."""
    end = end_before(text, part.open_mark)
    if text[end - 1 : end] not in (".", ":", "!", "?"):
        return None
    if len(text[part.start : part.end].split()) < 3:
        return None
    found = {n for _p, n, _s in ctx.people_in(ps, part.open_mark)}
    if not found:
        return _aged_before(text, ps, part, ctx)
    if len(found) != 1 or "" in found:
        return None  # nobody, several people, or somebody unnamed ('a volunteer')
    # the sentence before the quote names that person or points back at a person; a
    # sentence about something else ('The station has been in orbit since 1998.') breaks it
    k = ctx.sent_of(end_before(text, part.open_mark) - 1)
    s = max(ctx.subject_start(k), ps)
    if ctx.people_in(s, part.open_mark):
        return Who(found.pop(), True)
    words = word_spans(text, s, part.open_mark)[:4]
    if any(w.lower() in ("he", "she", "his", "her") for w, _ in words) or (
        len(words) > 1 and words[0][0] == "The" and introduced_as(words[:2], s, ctx) is not None
    ):
        return Who(found.pop(), True)
    v = speech_vocab()
    if (
        len(words) > 1
        and words[0][0] == "The"
        and (
            words[1][0] in v["roles"]
            or words[1][0] in v["person_nouns"]
            or AGED.fullmatch(words[1][0])
        )
    ):
        return Who(found.pop(), True)  # 'The 31-year-old was philosophical:'
    # "… Oksana Hrytsak spoke for 19 minutes. The line getting the most applause: "…"" /
    # "Quote: "…"": a label naming nobody, after a sentence that names them
    labelled = text[end - 1 : end] == ":" and s > ps and _label_only(word_spans(text, s, end))
    if labelled and ctx.people_in(max(ps, ctx.subject_start(ctx.sent_of(s - 1))), s):
        return Who(found.pop(), True)
    return None


def _label_only(words: list[tuple[str, int]]) -> bool:
    """A few words before a colon with no name and no verb saying who speaks."""
    v = speech_vocab()
    return (
        0 < len(words) <= 8
        and not any(w[:1].isupper() for w, _ in words[1:])
        and not any(w.lower() in v["verbs"] for w, _ in words)
    )


def _aged_before(text: str, ps: int, part: Part, ctx: Mentions) -> Who | None:
    """'Asked whether …, the 58-year-old former flight director was emphatic. "…"': a
    paragraph naming nobody, whose sentence before the quote is about "the N-year-old":
    the person whose age that is, else the one the story was last about."""
    k = ctx.sent_of(end_before(text, part.open_mark) - 1)
    s = max(ctx.subject_start(k), ps)
    words = word_spans(text, s, part.open_mark)
    if (
        words
        and words[0][0] in ("Asked", "Pressed", "Speaking")
        and any(w == "," for w, _ in words)
    ):
        words = words[[w for w, _ in words].index(",") + 1 :]
    if len(words) < 3 or words[0][0] not in ("the", "The") or not AGED.fullmatch(words[1][0]):
        return None
    name = aged_person(ctx, part.open_mark, words[1][0])
    name = last_person(ctx, s) if name is None else name
    return Who(name, True) if name else None


_SCENE = frozenset(["Since", "In", "On", "At", "After", "Before", "Under", "Until", "For"])


def _document_words(text: str, part: Part, ctx: Mentions) -> Who | None:
    """A quote inside a sentence about somebody's document, with no speech verb
    anywhere near ('Brannigan's rider would bar NASA from … unless … "for any military
    purpose."'): the document's words, so its owner's."""
    k = ctx.sent_of(part.open_mark)
    if k < 0:
        return None
    # the opening words only: a document noun, its owner and author sit in the first few
    words = word_spans(text, ctx.subject_start(k), part.open_mark, limit=40)
    comma = next((i for i, (w, _) in enumerate(words[:6]) if w == ","), None)
    if comma is not None and words[0][0] in _SCENE:
        words = words[comma + 1 :]  # "Since 2022, the Commerce Department's rules have …"
    docs = speech_vocab()["documents"]
    d = next((i for i, (w, _) in enumerate(words[:5]) if w in docs or w[:-1] in docs), None)
    if d is None or d == 0 or d + 1 >= len(words):
        return None
    if words[d + 1][0] == "," and words[0][0] in ("The", "This"):
        # "The bill, introduced by Rep. Dale Pruitt, would bar NASA from "…"": its author
        c = next((c for c in range(d + 2, min(len(words), d + 14)) if words[c][0] == ","), None)
        if c is None or c + 1 >= len(words) or not words[c + 1][0].islower():
            return None
        who = author_after(words[d + 2 : c], ctx)
        return who if who and who.speaker else None
    if not words[d + 1][0].islower():
        return None
    owner = words[d - 1][0] if words[d - 1][0][-2:] in ("'s", "’s") else ""
    if not owner and words[0][0] in ("The", "This") and d <= 3:
        # 'The interim report also singled out "…"' after 'the company said in its
        # interim report': the document named before, so its author
        noun = words[d][0].lower()
        who = document_owner(text, noun if noun in docs else noun[:-1], words[d][1], ctx)
        return who if who.speaker and not who.is_person else None
    if not owner and (d < 2 or words[d - 2][0][-2:] not in ("'s", "’s")):
        return None  # only a document its owner is written into: "X's rider would bar"
    return modifier_owner(words[:d], ctx)


# "Institutional Shareholder Services (ISS)": the short name the article goes on to use.
# Up to seven capitalised words; the first word is written first so that the pattern
# opens with a capital, which the regex engine skips to instead of trying every position.
_DEFINED = re.compile(
    r"([A-Z][\w’'\-]*(?:[ \t]+(?:(?:of|for|on|and|the)[ \t]+)*[A-Z][\w’'\-]*){0,6})"
    r"(?:[ \t]+\(([A-Z][A-Za-z]{1,7})\)|,[ \t]+known[ \t]+as[ \t]+([^\W\d_]{2,8})\b)"
)


def _short_names(text: str) -> dict[str, str]:
    """Long organisation names the article abbreviates, and the abbreviation it defines
    for them ("State Secretariat for Economic Affairs (SECO)", "The Nuclear Regulatory
    Authority of Slovakia, known as ÚJD,"): the name it goes by."""
    out: dict[str, str] = {}
    if " (" not in text and "known as" not in text:
        return out
    for m in _DEFINED.finditer(text):
        long, abbr = m.group(1), m.group(2) or m.group(3)
        if not abbr.isupper():
            continue
        words = long.split()
        for i in range(len(words) - 1):
            out.setdefault(" ".join(words[i:]), abbr)  # "the Institute for …" too
    return out
