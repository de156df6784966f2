"""The lead of a sentence answer: which sentences of the best story are quoted, and
which stories are cited.

The best-scoring sentence often sets the scene while the fact asked for (a date, a
name, a cause) sits in a neighbour, and a sentence that opens with "he said" or "The
decision …" is meaningless without the one before; the lead adds those within a
character budget, dropping the lowest-priority sentences first.
"""

from __future__ import annotations

import re

from summaries import answer_dates, answer_names
from summaries import text_patterns as tp
from summaries.answer_coverage import _match
from summaries.answer_said import asks_words, quote_after
from summaries.answer_sentences import _Sentence
from summaries.answer_text import undated
from summaries.answer_types import asks_identity
from summaries.detect import without_iss
from summaries.lead_asked import asked_in_story, interview_replies, reply_to_request
from summaries.lead_facts import (
    date_ahead,
    doer_sentence,
    introduced_in_full,
    others_in,
    person_sentence,
    supplement_score,
)
from summaries.lead_order import (
    REASON_IS,
    SEQUEL,
    cause_after,
    fact_first,
    inside_quote,
    needs_before,
    plans_undone,
    reasons_told,
    same_paragraph,
    with_sequels,
)
from summaries.lead_types import explicit, has_type
from summaries.lead_withheld import asked_for, naming_sentence
from summaries.models import Citation, Story
from summaries.question import Question
from summaries.quotes import cached_quotes
from summaries.sentences import paragraph_spans, split_sentences

LEAD_BUDGET = 640  # characters of answering sentences, before speaker and citations
FOUND_SENTENCE = 0.2  # a cited story's best sentence covers this share of the question


# "who is Pavel Lagunov?" (a name), not "who is the head of Roscosmos?" (a role)


def _names_subject(q: Question, text: str) -> bool:
    """Does the text name the one a yes/no question asks about, the bare name right after
    its verb ("Did Russia sign …", "does nasa think …"; not "is the cork firm …")? False
    when the question opens otherwise."""
    m = _YESNO_SUBJECT.match(q.text)
    if m is None:
        return False
    subject = tuple(c for c in q.topic if c.named and c.text.lower() == m.group(1).lower())
    return bool(subject) and bool(_match(subject, text))


_YESNO_SUBJECT = re.compile(
    r"\s*(?:and\s+|so\s+)?(?:did|does|do|has|have|had|is|was|will|would|could|can)\s+"
    r"([A-Za-z][\w'’-]*)\b",
    re.I,
)


def _lead(
    best: _Sentence, ranked: list[_Sentence], q: Question, weights: list[float] | None = None
) -> str:
    """The answering sentence(s), chosen by priority: the best one; the best one carrying
    the kind of fact asked for (a date, number, place, name, cause) when the best does
    not; for why/how the next sentence when it gives the cause; then sentences of the same
    story that answer nearly as well; for yes/no, the question as someone in the story put
    it with the reply after it (``lead_asked``). Each brings the sentence
    before it when it only says "he said" or "The decision …" (or back to the opening of a
    quote it continues). Lowest priority goes first when the whole is too long. They print
    in story order, except that the passage carrying the fact asked for opens the answer
    (``_fact_first``)."""
    story = best.story
    spans = split_sentences(story.text)
    core = [best.position]
    # the people a sentence is about are often named in the one before or after it
    # ("Commander Pavel Lazutkin and … left the airlock. The spacewalk ran …")
    beside = [p for p in (best.position - 1, best.position + 1) if 0 <= p < len(spans)]
    named, lacks = None, not has_type(q, best.text)
    wanted, withheld = asked_for(q), None
    if wanted is not None:
        # "a Republican senator had proposed …": the name is given further down, where the
        # story refers back to that description ("The proposal from Sen. Ronald Hastings")
        for p in (best.position, *beside):
            named = withheld = naming_sentence(story.text, spans, p, wanted)
            if named is not None:
                if p != best.position:
                    core.append(p)
                break
    # "who is Pavel Lagunov?": who the person named is, said where the story names them
    # ("Roscosmos director general Pavel Lagunov told reporters"), not someone else
    identity = asks_identity(q)
    if named is None and q.kind == "who" and not identity:  # "who signed": signed by whom
        near = [s.position for s in ranked[1:80] if s.story is story]
        named = doer_sentence(q, story.text, spans, best.position, near)
    if named is None and q.kind == "who" and lacks and not identity:
        named = next((p for p in beside if has_type(q, story.text[slice(*spans[p])])), None)
    # "who came home on the Soyuz": a lead naming only the capsule and the steppe has the
    # names the question lacks, but not a person; the crew is named in another sentence.
    nobody = q.kind == "who" and not identity
    nobody = nobody and not answer_names.new_person(q, best.text, story.text)
    if nobody and _BODIES_DO.search(q.text) and answer_names.new_name(q, best.text, things=True):
        # "who provides propulsion": "The Russian segment supplies most of it" answers;
        # a state, a segment or a firm provides, not only a person
        nobody = False
    if named is None and nobody and not lacks:
        named = person_sentence(q, story, spans, beside, ranked, best.position)
    if q.kind == "who":  # "Kim, a former Navy SEAL, said …": who Kim is, said earlier
        intro = introduced_in_full(q, story.text, spans, best.position if named is None else named)
        named = named if intro is None else intro
    fact = best.position if named is None else named  # the sentence to open with
    # the opening of a pair that carries the fact only together: the event and its date to
    # come, or a plan and what undid it ("why")
    joined: set[int] = set()
    if named is not None:
        core.append(named)
    elif lacks:
        # The best-covered sentence often sets the scene ("A mock-up … was presented at
        # the forum"); the fact asked for sits in one sharing fewer of the question's words.
        roles = answer_names.person_roles(q)
        typed = [s for s in others_in(story, ranked, roles) if has_type(q, s.text)]
        if q.kind == "when":  # a written date over "by the end of the decade"
            typed = [s for s in typed if explicit(s.text)] or typed
        if q.kind == "yesno":  # "did Russia sign …": the reply about Russia ("Russia …
            # declined to sign"), not another "not" of the story ("… is not settled")
            typed = [s for s in typed if _names_subject(q, s.text)] or typed
        ahead = date_ahead(q, best, ranked, spans) if answer_dates.future_when(q) else None
        if ahead is not None:  # "when will …": a date still to come over a past one
            core.extend(ahead)
            fact = ahead[0] if ahead else None
            joined.update(ahead[:1] if len(ahead) > 1 else ())
        elif typed:  # what it shares with the question, and nearness to the best sentence
            near = max(typed, key=lambda s: supplement_score(q, s, best))
            core.append(near.position)
            fact = near.position
            if q.kind == "why" and REASON_IS.search(near.text) and near.position + 1 < len(spans):
                core.append(near.position + 1)  # "… and the reason is the Sun. As solar …"
    # the reply to a question someone in the story put: "has Denmark paid more?" (the MP
    # asked it; "Not one krone"), or the interviewer's "Q: Why not Russia?" (``lead_asked``)
    tied: set[int] = set()  # sentences of a reply, kept with its opening
    asked = asked_in_story(q, [best, *others_in(story, ranked, set())], spans)
    if asked is not None:
        at, replies, fact = asked
        core[at:at] = replies
        tied = set(replies) - {fact}
    nxt = best.position + 1
    after = story.text[slice(*spans[nxt])] if nxt < len(spans) else ""
    if q.kind in ("why", "how") and tp.CAUSE.search(after):
        core.append(nxt)
    elif _ASKED.search(best.text) and _REPLY.match(after):
        # "“… what exactly holds the station up?” she asked. Nelson replied that …"
        core.append(nxt)
    elif reply_to_request(q, best.text, after):  # "… The government turned the request down."
        core.append(nxt)
        fact = nxt
    if (
        (q.kind == "why" or SEQUEL.match(after))
        and nxt not in core
        and same_paragraph(story.text, spans, best.position, nxt)
    ):
        # a paragraph states what happened, then why: "Morandi … was more prudent. She
        # said: “A cargo vehicle is not built in a year."; no search finds the reason,
        # which shares none of the question's words. And a sentence leaning on the lead
        # ("It expires at the end of next year.") goes on with what the lead is about.
        core.append(nxt)
    for s in ranked[1:10]:
        if s.story is story and s.score >= 0.7 * best.score and len(core) < 3:
            core.append(s.position)
    core += interview_replies(story.text, spans, core)
    if q.kind == "why":  # "… checks engine valves before a burn. It follows a review of …"
        core.extend(
            p + 1
            for p in list(core)
            if p + 1 < len(spans) and _FOLLOWS.match(story.text, *spans[p + 1])
        )
        lacking = fact is None or not has_type(q, story.text[slice(*spans[fact])])
        undone = plans_undone(story.text, spans, core)
        if not tied and lacking and undone:
            # "It was originally meant to fly on a Progress. That plan collapsed when the
            # bank refused …": the undoing is the reason, and opens the answer
            fact = undone[0][1]
            core.insert(1, fact)
            joined.add(fact)
        elif not tied and lacking:
            # the cause a chosen sentence gives, or the one right after it, opens the answer
            typed = next((p for p in core if has_type(q, story.text[slice(*spans[p])])), None)
            cause = typed if typed is not None else cause_after(q, story.text, spans, core)
            if cause is not None:
                core.append(cause)
                fact = cause
    # the quote after the lead, whole: "“The experiment has outlived three governments and
    # two wars. It will not outlive this budget,” she told Rhine Broadcast."
    quoted = _quote_after(story.text, spans, nxt)
    said = " ".join(story.text[slice(*spans[p])] for p in quoted)
    reports = q.kind in ("how", "why", "what", "yesno") and bool(quoted)
    if q.kind == "how" and not _RESOLVED.search(best.text):
        done = [s for s in others_in(story, ranked, set()) if _RESOLVED.search(s.text)]
        if done:
            fact = max(done, key=lambda s: s.focus).position
            core.insert(0, fact)
    if q.kind == "how" and _HOW_DONE.search(after) and len(core) < 3:
        core.append(nxt)  # "… docked by hand. Commander Sablin took over with the TORU …"
    elif reports and tp.PRONOUN_SPEECH.search(said):
        core.extend(quoted)  # "She said the Kazakh side had offered … “We are ready …,” she said.
    # their words after the sentence reporting them: what someone said, and how or why,
    # which they often say themselves; not a person's name asked for ("which ambassador")
    filler = _filler(story, spans, core, q, weights or [1.0] * len(q.topic))
    if filler is not None:  # lowest priority: the first dropped when over budget
        core.append(filler)
    if q.kind == "why":
        core, told = reasons_told(story.text, spans, core)
        tied |= told
        if told and (fact is None or not has_type(q, story.text[slice(*spans[fact])])):
            fact = min(told) - 1  # "The reason is simple. For three years …" opens it
    core = with_sequels(story.text, spans, core)
    if (
        q.kind == "said"
        or asks_words(q.text)
        or (q.kind in ("how", "why", "what", "yesno") and not _WHICH.match(q.text))
    ):
        core = _with_words(story, spans, core)
    if reports and _said_by_named(said, _with_before(best, spans)):
        # "He recalled … asked him what would happen. “I told him: …,” Kulagin said.
        core.extend(quoted)
    groups: list[list[int]] = []
    taken: set[int] = set()
    for pos in dict.fromkeys(core):
        if pos in taken:
            continue
        if pos in tied and pos - 1 in taken:  # the rest of a reply joins its opening
            next(g for g in groups if pos - 1 in g).append(pos)
            taken.add(pos)
            continue
        group = [pos]
        # "who is calder?": the sentence naming her answers alone, whatever its quote
        # opens on ("“This is a narrow …,” … Ruth Calder said")
        alone = identity and pos == fact
        needs = (needs_before(story.text, spans[pos]) and not alone) or pos in tied
        if pos > 0 and needs and pos - 1 not in taken:
            group.append(pos - 1)
            # the tail of a quote several sentences long: back to the one opening it
            while (
                group[-1] > 0
                and len(group) < 4
                and group[-1] - 1 not in taken
                and inside_quote(story.text, spans[group[-1]][0])
            ):
                group.append(group[-1] - 1)
        groups.append(group)
        taken.update(group)

    groups = _redundant_last(groups, [story.text[slice(*sp)] for sp in spans], q, withheld)
    groups = _fit(groups, [spans[p][1] - spans[p][0] + 5 for p in range(len(spans))])
    chosen = sorted(p for g in groups for p in g)
    # "who is calder?": the sentence naming her is the fact, though it names no one new
    carried = fact is not None and (identity or has_type(q, story.text[slice(*spans[fact])]))
    if fact is not None and not carried and not tied and fact not in joined:
        fact = None  # no sentence carries what was asked: the story's own order reads best
    chosen = fact_first(chosen, story.text, spans, fact)
    runs: list[list[int]] = []
    for pos in chosen:
        if runs and pos == runs[-1][-1] + 1:
            runs[-1].append(pos)
        else:
            runs.append([pos])

    def said(pos: int) -> str:
        sentence = story.text[slice(*spans[pos])]
        return undated(sentence) if pos == 0 else sentence

    plain = " … ".join(" ".join(said(p) for p in run) for run in runs)
    tags = _unnamed_speakers(story, spans, chosen, plain)
    # a quotation still open at the end of its run is closed; the name of an unnamed
    # quote's speaker follows the sentence where that quotation ends
    # mid-run, the tag ends its sentence: "… this one.” — Kessler. Russia has used …"
    return " … ".join(
        " ".join(
            (closed(said(p)) if p == run[-1] else said(p))
            + (tags[p] + ("." if p != run[-1] else "") if p in tags else "")
            for p in run
        )
        for run in runs
    )


def closed(passage: str) -> str:
    """ "“Every Progress … in orbit." cut where the quotation runs on: its closing mark,
    so the answer does not leave a quotation open (what follows is not the speaker's)."""
    if passage.count("“") > passage.count("”"):
        return passage + "”"
    if passage.count('"') % 2 and passage.lstrip()[:1] == '"':
        return passage + '"'
    return passage


# "which ambassador signed …": a name is asked for, and a quote would crowd it out
_WHICH = re.compile(r"\s*(?:which|who)\b", re.I)


def _with_words(story: Story, spans: list[tuple[int, int]], core: list[int]) -> list[int]:
    """The lead's sentences, each followed by the direct quote of the same person that
    comes after it: the quote takes the reporting sentence's priority, while the
    sentences leading up to it ("He repeated a line NASA has used since 2022.") go last,
    the first dropped when the lead is too long."""
    out: list[int] = []
    between: list[int] = []
    for p in core:
        out.append(p)
        start = spans[max(0, p - 1)][0]
        words = quote_after(story.text, spans, p, story.text[start : spans[p][1]])
        quoted = [w for w in words if _QUOTE_MARK.search(story.text[slice(*spans[w])])]
        out += quoted
        between += [w for w in words if w not in quoted]
    return out + between


def _redundant_last(
    groups: list[list[int]], texts: list[str], q: Question, named: int | None = None
) -> list[list[int]]:
    """The groups with those adding none of the question's words to the ones ahead of
    them moved last, so the budget drops them first: a sentence that only follows the
    lead ("The crew was expected to dock … after the two-orbit rendezvous") would crowd
    out the one with the fact ("… exchanges places … without any payment"). A group
    stays when it brings the kind of fact asked for that none ahead has, or is the
    quote right after a kept group ("Foreign Minister X said … “… not at a cocktail
    party,” she said") for a question asking for someone's words, or has sentence
    ``named``, the one naming whom the lead describes without a name."""
    if len(groups) < 3:
        return groups
    lead = " ".join(texts[p] for p in groups[0])
    have, typed = set(_match(q.topic, lead)), has_type(q, lead)
    front, back = [groups[0]], []
    follows, words = {max(groups[0]) + 1}, q.kind == "said" or asks_words(q.text)
    for g in groups[1:]:
        text = " ".join(texts[p] for p in g)
        got = set(_match(q.topic, text))
        said = min(g) in follows and words and _QUOTE_MARK.search(text)
        if named in g or got - have or (not typed and has_type(q, text)) or said:
            typed = typed or has_type(q, text)
            front.append(g)
            follows.add(max(g) + 1)
            have |= got
        else:
            back.append(g)
    return front + back


def _fit(groups: list[list[int]], sizes: list[int], budget: int = LEAD_BUDGET) -> list[list[int]]:
    """The groups of sentences, in priority order, that fit the budget: the first always,
    then each that still fits. A long group that does not fit is skipped, not every group
    after it: the short sentence with the fact asked for often comes last (a "why" whose
    reason is one line after a long scene-setting neighbour). A sentence whose lead-in
    ("The proposal …" needs the one before) does not fit comes alone: the fact it adds
    ("… a wider package that also covered engine technology") outweighs its context."""
    kept, used = groups[:1], sum(sizes[p] for g in groups[:1] for p in g)
    for g in groups[1:]:
        need = sum(sizes[p] for p in g)
        if used + need > budget and len(g) > 1:
            g, need = g[:1], sizes[g[0]]
        if used + need <= budget:
            kept.append(g)
            used += need
    return kept


# a sentence that gives what led to the one before it: "It follows a review of …"
_FOLLOWS = re.compile(
    r"(?:It|This|That|The\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:follows|followed|comes\s+after|"
    r"came\s+after)\b"
)


def _filler(
    story: Story, spans: list[tuple[int, int]], core: list[int], q: Question, weights: list[float]
) -> int | None:
    """The neighbour of the best sentence that supplies what the lead still lacks: the
    question's concepts the story carries but the lead does not ("hold" when the
    lead names only the flight), or the kind of fact asked for. Facts are often split
    over two sentences (the name in one, the date in the next). Prefers the next
    sentence, then the previous one, then the best of the same paragraph, then of the
    whole story (the senator proposed it in paragraph 3, "Sen. Hastings" is named in
    paragraph 6); an earlier sentence only when the lead lacks the kind of fact, so the
    answer still leads with it."""
    lead = " ".join(story.text[slice(*spans[p])] for p in core)
    have = _match(q.topic, lead)
    carried = _match(q.topic, story.text)
    lacking = [i for i in carried if i not in have]
    typed = has_type(q, lead)
    if not lacking and typed:
        return None
    best = core[0]
    para = next(((s, e) for s, e in paragraph_spans(story.text) if s <= spans[best][0] < e), None)
    order = [best + 1, best - 1]
    if para is not None:
        order += [p for p, (s, _) in enumerate(spans) if para[0] <= s < para[1]]
    order += range(len(spans))  # the rest of the story: the fact may be paragraphs away
    found, found_gain = None, 0.0
    for pos in dict.fromkeys(order):
        if not 0 <= pos < len(spans) or pos in core or (typed and pos < best):
            continue  # a lead that has the fact asked for keeps it first
        text = story.text[slice(*spans[pos])]
        got = _match(q.topic, text)
        gain = sum(weights[i] * got[i] for i in lacking if i in got)
        if not typed and has_type(q, text) and (gain or q.kind != "who"):
            gain += max(weights, default=1.0)
        if gain > found_gain:
            found, found_gain = pos, gain
    return found


def _quote_after(text: str, spans: list[tuple[int, int]], nxt: int) -> list[int]:
    """The sentences of the quote opening the sentence after the lead: that one, and the
    next too when the quotation marks close only there."""
    if nxt >= len(spans) or not _SAID_ON.match(text, spans[nxt][0]):
        return []
    first = text[slice(*spans[nxt])]
    if len(_QUOTE_MARK.findall(first)) >= 2 or nxt + 1 >= len(spans):
        return [nxt]
    return [nxt, nxt + 1] if _QUOTE_MARK.search(text[slice(*spans[nxt + 1])]) else [nxt]


# the best sentence asks what the member asks ("“… what holds the station up?” she
# asked"); the sentence after it answers ("Nelson replied that a Cygnus …")
_ASKED = re.compile(
    r"\?[”\"]?\s*(?:\w+\s+)?(?:asked|wondered|demanded)\b|\basked\s+(?:how|why|what|whether)\b"
)
_REPLY = re.compile(r"[^.!?]{0,60}\b(?:replied|answered|responded|said)\b")
_QUOTE_MARK = re.compile(r"[“”\"]")


def _with_before(best: _Sentence, spans: list[tuple[int, int]]) -> str:
    """The best sentence and the one before, where its "He recalled …" finds its name."""
    start = spans[max(0, best.position - 1)][0]
    return best.story.text[start : spans[best.position][1]]


def _said_by_named(after: str, lead: str) -> bool:
    """ "“I told him: we will switch off the lights …,” Kulagin said." after a lead that
    names Kulagin: the words of the one the lead reports on."""
    m = _NAMED_SAID.search(after)
    return bool(m) and re.search(r"\b" + re.escape(m.group(1)) + r"\b", lead) is not None


_NAMED_SAID = re.compile(
    r"[”\"],?\s+([A-Z][\w’'-]+)\s+(?:said|added|recalled|replied|told|wrote|insisted|warned)\b"
)
# the means a "how" asks for, said in the sentence after the lead
_HOW_DONE = re.compile(r"\b(?:using|via|with\s+the|by\s+(?:hand|using|means\s+of))\b", re.I)
_RESOLVED = re.compile(
    r"(?<!since )(?<!until )(?<!by )\b(?:then|eventually|finally|in\s+the\s+end|ultimately|"
    r"instead|only\s+after)\b(?!-)",
    re.I,
)
_SAID_ON = re.compile(r"[“\"]")  # a quote opening the next sentence: its words, in person


_SPOKEN_WORDS = 4  # fewer words in quotation marks are a term, not a speaker's line


def _unnamed_speakers(
    story: Story, spans: list[tuple[int, int]], chosen: list[int], text: str
) -> dict[int, str]:
    """ " — Beaumont" after the sentence where a quotation of someone the answer does not
    name ends (not after the whole passage, which read as all theirs). A phrase of a few
    words in quotation marks ("a form letter citing “administrative processing”") is a
    term, not someone speaking."""
    names: dict[int, list[str]] = {}
    for quote in cached_quotes(story.text):
        start = next((p for p in chosen if spans[p][0] <= quote.start < spans[p][1]), None)
        spoken = len(quote.text.split()) >= _SPOKEN_WORDS
        if start is None or not spoken or not quote.speaker:
            continue
        if quote.speaker.lower() in text.lower():
            continue
        # the sentence the quotation ends in, if shown; else the last shown one of its run
        end = start
        while end + 1 in chosen and spans[end][1] < quote.end:
            end += 1
        names.setdefault(end, []).append(quote.speaker)
    return {p: " — " + ", ".join(dict.fromkeys(n)) for p, n in names.items()}


SECOND_STORY = 0.95  # another story's sentence this close to the best one is said too


def _close_second(best: _Sentence, ranked: list[_Sentence], lead: str) -> str:
    """Another story's best sentence when it answers all but as well as the lead's: two
    reports of the same event often carry different figures ("a contract worth up to
    843 million dollars" in one, "is seeking $180 million" in the other)."""
    for s in ranked[1:10]:
        if s.story is best.story or s.score < SECOND_STORY * best.score or s.cover < FOUND_SENTENCE:
            continue
        if _decoy(s.story, best.story):
            continue
        if s.text in lead or len(lead) + len(s.text) > LEAD_BUDGET:
            return ""
        return " … " + undated(s.text) if s.position == 0 else " … " + s.text
    return ""


def _decoy(other: Story, best: Story) -> bool:
    """A story with no ISS in it (a power station's, a proxy adviser's) beside an answer
    from one that has it: it shares words, not the subject."""
    return without_iss(other.reasons, other.tags) and not without_iss(best.reasons, best.tags)


def _citations(best: _Sentence, ranked: list[_Sentence]) -> tuple[Citation, ...]:
    stories = [best.story]
    for s in ranked[1:]:
        if len(stories) == 3:
            break
        if (
            s.story not in stories
            and s.score >= 0.8 * best.score
            and s.cover >= FOUND_SENTENCE
            and not _decoy(s.story, best.story)
        ):
            stories.append(s.story)
    return tuple(Citation(s.id, s.title, s.url) for s in stories)


# "who provides / supplies / pays for / builds …": bodies do these as much as people do
_BODIES_DO = re.compile(
    r"\bwho\s+(?:\w+\s+)?(?:provides?|supplies|supply|funds?|pays?|builds?|makes?|operates?|"
    r"owns?|controls?|manufactures?|finances?|sells?)\b",
    re.I,
)
