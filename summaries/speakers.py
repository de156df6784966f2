"""What a subject phrase names: a person (by surname), an organisation, or nobody.

"NASA Administrator Bill Nelson" -> Nelson; "the agency" -> the last organisation of that
kind; "he"/"she" -> the last named person of a compatible gender; "the letter states" ->
the letter's author. Anything else is ``UNKNOWN``: an unknown speaker is better than a
guessed one.
"""

from __future__ import annotations

from bisect import bisect_left

from summaries import documents, speaker_bodies, spokes_body
from summaries.backrefs import (
    AGED,
    aged_person,
    bare_subject,
    described_person,
    described_subject,
    introduced_with,
    seat_holder,
    subject_org,
)
from summaries.body_nouns import body_noun
from summaries.clauses import SCENE_PREPS
from summaries.descriptions import (
    capitals,
    of_another_state,
    of_body,
    of_nationality,
    org_with_and,
    paragraph_subject,
)
from summaries.gazetteer import speech_vocab
from summaries.introduced import introduced_as
from summaries.mentions import Mentions
from summaries.names import (
    is_name_word,
    last_comma,
    surname_gender,
    trailing_run,
    word_spans,
)
from summaries.person_runs import agent_noun
from summaries.pronouns import last_person
from summaries.when_phrases import without_when
from summaries.who import (
    ADVERBIAL,
    UNKNOWN,
    Who,
    drop_asides,
    modifier_owner,
    named_person,
    org_or_person,
    person_of,
    role_of,
    spokes_for,
    strip_clauses,
    without_ages,
)

# "the 64-year-old said": a person described by age.
_THE = frozenset(["the", "The", "its", "Its"])
_BE_WORDS = frozenset(["was", "is", "were", "are"])
_CONTRACTED = frozenset(["he'd", "she'd", "he'll", "she'll"])
_DEFINITE = frozenset(["the", "his", "her", "their"])
# Before a place written after a body or a person ("the embassy in South Africa").
_PLACE_PREPS = frozenset(["in", "at", "near", "from", "outside"])
# Nouns for a firm that can name a person too ("her adviser, Tom Hale,").
_PERSON_TOO = frozenset(
    ["adviser", "advisor", "contractor", "developer", "producer", "builder", "miner"]
    + ["operator", "integrator", "importer", "exporter", "distributor", "provider"]
)

__all__ = ["AGED", "UNKNOWN", "Who", "introduced_as", "subject"]


def subject(words: list[tuple[str, int]], pos: int, ctx: Mentions) -> Who:
    """Speaker named by the words just before a speech verb."""
    v = speech_vocab()
    while words and words[-1][0].lower() in v["adverbs"]:
        words = words[:-1]
    if (
        len(words) >= 3
        and words[-1][0] == "which"
        and words[-2][0] == ","
        and words[-3][0].lower() in v["documents"]
    ):
        words = words[:-2]  # "that earlier statement, which said": the statement speaks
    words = without_when(words, v)
    if words and words[-1][0].lower() in speaker_bodies.PLATFORMS:
        posted = speaker_bodies.posted_on(words, ctx, v)
        if posted is not None:
            return posted
    if words and words[-1][0].lower().replace("’", "'") in _CONTRACTED:
        # "Before every burn he'd say": the pronoun without its auxiliary
        words = [*words[:-1], (words[-1][0].replace("’", "'").split("'")[0], words[-1][1])]
    what = None
    for i in range(len(words) - 2, max(-1, len(words) - 7), -1):
        if words[i][0] in ("what", "What"):
            what = i
            break
    if what is not None and not any(w in ",;:()" for w, _ in words[what + 1 :]):
        # "Russia barred her, in what the Foreign Office described as": the subject of the
        # free relative, not of the sentence around it
        words = words[what + 1 :]
    while words and words[-1][0].lower() in ("has", "have", "had", "himself", "herself"):
        words = words[:-1]  # "Beijing has in the past described", "Rüegg himself had told"
    if len(words) >= 3 and words[-1][0] == "to" and words[-2][0].isalpha():
        # "He was careful to say", "Orlov was quick to add": the one who was
        be = next(
            (b for b in (2, 3) if b < len(words) and words[-1 - b][0].lower() in _BE_WORDS),
            None,
        )
        if be is not None and len(words) > be + 1 and words[-2][0].islower():
            words = words[: -1 - be]
    relative = len(words) > 2 and words[-1][0] in ("who", "which") and words[-2][0] == ","
    if relative:
        # "… from Viktor Osmanov, deputy head of X, who told": Osmanov; "Roscosmos, which
        # has said in the past that …": Roscosmos
        words = words[:-1]
    opened = _opening_name(words, ctx)
    if opened is not None:
        return opened
    if any(w == "," for w, _ in words):
        body = spokes_for(words, ctx) or speaker_bodies.listed_body(words, ctx)
        if body and ("," in body.speaker or body.is_person):
            # "a spokesperson for the Department for Science, Innovation and Technology
            # said", "the Foreign, Commonwealth and Development Office had told": a name
            # with a list in it, not an apposition
            return body
    appos: list[tuple[str, int]] = []
    words = without_ages(words)
    cut = last_comma(words)
    if cut is not None and 0 < len(words) - cut - 1 <= 5 and words[cut + 1][0] in ADVERBIAL:
        words = words[: cut + 1]  # "Krestov, the head of the agency, on Sunday said"
    if words and words[-1][0] == ",":
        words = strip_clauses(words[:-1])
        cut = last_comma(words)
        if (
            cut is not None
            and cut == len(words) - 2
            and cut >= 5  # deep in the phrase, not 'Speaking in Moscow, Kononenko, who'
            and words[cut - 2][0] in _PLACE_PREPS
            and is_name_word(words[cut - 1][0])
        ):
            # "…, a coordinator at the Marshall center in Huntsville, Alabama, who …":
            # the town's state belongs to the place, not a new apposition
            words = words[:cut]
            cut = last_comma(words)
        if cut is not None:
            appos, head = words[cut + 1 :], words[:cut]
            role = head[-1][0].lower() if head else ""
            if (
                role in v["org_heads"]
                and role not in _PERSON_TOO
                and head[-1][0].islower()
                and 1 <= len(appos) <= 4
                and all(is_name_word(w) for w, _ in appos)
                and appos[0][0] not in v["given"]
            ):
                # "Rosatom's Turkish subsidiary, Akkuyu Nükleer, said": a firm named after
                # the noun for one, never a person
                return Who(" ".join(w for w, _ in appos), False)
            if (
                appos
                and appos[-1][0][0].isupper()
                and (
                    role in v["spokes"]
                    or role in v["person_nouns"]
                    or role in v["titles"]
                    or (
                        role.isalpha()
                        and role.islower()
                        and (named_person(appos, ctx) or person_of(appos, ctx) is not None)
                    )
                )
            ):
                # "His predecessor, Yuri Borisov, told": the name, not the description
                words = appos
            elif appos and head and head[0][0] in SCENE_PREPS and "," not in (w for w, _ in head):
                # "Aboard the station, the samples were handled by Jordan Ellis, who told":
                # an opening scene, then the clause that names the speaker
                words = appos
            else:
                words = head
    words = drop_asides(words)
    rel = next((i for i, (w, _) in enumerate(words) if i and w in ("who", "whose")), None)
    if rel is not None and [w for w, _ in words[rel + 1 :]] in (["he"], ["she"]):
        # "She credited surgeons like Mbeki-Lang, who she said "…"": her words on them
        words = words[rel + 1 :]
    elif rel is not None:
        words = words[:rel]  # "A retired cosmonaut who flew on Mir said": not Mir
    run = trailing_run(words)
    k = len(words) - len(run)
    if run and k >= 2 and words[k - 1][0] in ("in", "at") and words[k - 2][0] == ")":
        words = words[: k - 1]  # "the Research Institute (AARI) in St. Petersburg said"
    if len(words) >= 3 and words[-1][0] == ")" and words[-3][0] == "(":
        short = words[-2][0]
        before = trailing_run(words[:-3])
        if (
            short.isupper()
            and short.isalpha()
            and len(short) > 1
            and not (len(before) >= 2 and named_person(before, ctx))
        ):
            # "the Institute for Security Studies (ISS) said"; not "Deputy Oleg Firsov
            # (LDPR) wrote", whose party is no speaker
            return Who(short, False)
    if words and words[-1][0] == ")":
        opened = max((i for i, (w, _) in enumerate(words) if w == "("), default=None)
        if opened is not None:
            words = words[:opened]  # "Sen. Jane Holloway (R-Okla.) said"
    words = documents.without_seen_by(words, v)  # "An internal memo seen by X warns"
    described = next(
        (
            i
            for i, (w, _) in enumerate(words[1:], 1)
            if w in v["dating_participles"]
            and words[i - 1][0].lower() in v["documents"]
            and not any(x in (",", "by") for x, _ in words[i:])
            # not "In a statement issued …, X said", nor "a letter dated May 3 and signed by X"
        ),
        None,
    )
    if described is not None:
        words = words[:described]  # "a NASA budget document dated May 28 reads"
    if (
        len(words) > 3
        and words[0][0] in ("A", "An", "The")
        and words[1][0].lower() in v["documents"]
        and words[2][0] in ("from", "by")
        and "and" not in (w for w, _ in words[3:7])  # "a letter by Sen. Ruiz and Sen. Hale"
    ):
        # "A letter from Roscosmos to ESA's directorate of human and robotic exploration,
        # seen by The Sentinel, states": the author, before any "and" further on
        who = documents.document_from(words[:12], ctx)
        if who and who.speaker:
            return who
    joined = org_with_and(words, v)
    if joined:
        return joined
    cut = max(
        (i for i, (w, _) in enumerate(words) if w in ",;:()—–" or w in ("that", "and", "but")),
        default=-1,
    )
    words = words[cut + 1 :]
    if not words:
        return UNKNOWN
    if speaker_bodies.unnamed_at(words, v):
        return UNKNOWN
    owned = speaker_bodies.possessed(words, pos, ctx)
    if owned:
        return owned
    org = spokes_for(words, ctx) or documents.document_from(words, ctx) or person_of(words, ctx)
    if org:
        return org
    role = role_of(words, pos, ctx)
    if role:
        return role
    run = trailing_run(words)
    k = len(words) - len(run)
    if (
        run
        and not relative
        and k >= 2
        and words[k - 1][0] == "by"
        and words[k - 2][0] in v["led_participles"]
    ):
        return UNKNOWN  # "engineers led by Maria Lopez said": the engineers, unnamed
    if (
        run
        and k >= 2
        and words[k - 1][0] in _PLACE_PREPS
        and not (words[k - 1][0] == "from" and named_person(run, ctx))
    ):
        # "the Russian embassy in South Africa said" (but "The warning came last week
        # from Viktor Osmanov, …, who told")
        words = words[: k - 1]
        run = trailing_run(words)
        k = len(words) - len(run)
    if (
        run
        and k >= 2
        and words[k - 1][0] in ("on", "about", "into")
        and words[k - 2][0].lower() in v["documents"]
    ):
        words = words[: k - 1]  # "the Commission's annual report on Serbia notes": its author
    last = words[-1][0]
    low = last.lower()
    if last[:1].isupper() and low in v["roles"] and len(words) >= 3:
        # "the Prime Minister said", "the Deputy Foreign Minister said": the title's
        # capitalised modifiers between "the" and the role
        t = len(words) - 2
        while t > 0 and len(words) - t <= 4 and words[t][0] in v["title_modifiers"]:
            t -= 1
        if t < len(words) - 2 and words[t][0] in _THE:
            # the whole title first ("deputy prime minister", not a vice minister), then
            # the role alone
            title = " ".join(w for w, _ in words[t + 1 :]).lower()
            name = described_person(ctx, pos, title) or described_person(ctx, pos, low)
            return Who(name, True) if name else UNKNOWN
    if last[:1].isupper() and low in v["roles"] and len(words) >= 2 and words[-2][0] in _THE:
        # "the CEO said": the person introduced as chief executive, never "CEO"; "the
        # Pope said", "the Minister said": the one introduced with that title
        name = described_person(ctx, pos, low)
        return Who(name, True) if name else UNKNOWN
    if (
        low in v["seat_roles"]
        and len(words) >= 3
        and words[-3][0] in _THE
        and words[-2][0][:1].isupper()
    ):
        # "The Sevenoaks MP said": the member the story named beside Sevenoaks
        name = seat_holder(ctx, pos, words[-2][0])
        if name:
            return Who(name, True)
    if is_name_word(last) and low not in ("he", "she", "it", "they", "we", "i"):
        j = k - 2 if k >= 3 and words[k - 1][0] == "the" else k - 1  # "Council of the EU"
        if j >= 1 and words[j][0] in ("of", "for", "on", "to"):
            # "the Foreign Ministry of Latvia said", "the Council of the EU says": the body,
            # not the country
            head = trailing_run(words[:j])
            h = j - len(head)
            body = bool(head) and head[-1][0] in v["org_words"]
            if not body and head and h >= 2 and words[h - 1][0] in ("of", "for"):
                # "the Ministry of Foreign Affairs of Ukraine said": a body's name that
                # already has an "of" before its state's
                first = trailing_run(words[: h - 1])
                if first and first[-1][0] in v["org_words"]:
                    head, body = first + words[h - 1 : j], True
            if body:
                run = head + words[j:]
            elif j >= 2 and words[j - 1][0] in v["envoy_nouns"] and words[j - 2][0][:1].isupper():
                # "The Russian mission to the EU said"
                return Who(" ".join(w for w, _ in words[j - 2 :]), False)
        if len(run) == 2 and run[0][0] in ("Sir", "Dame"):
            # "Sir Keir said" after "Sir Keir Starmer": the surname the story gave him
            known = next((n for p, n, _s in ctx.people if p == run[0][1] and n), None)
            if known:
                return Who(known, True)
        who = org_or_person(run, ctx)
        if who and who.is_person and len(run) > 1:
            named = " ".join(w for w, _ in run)
            if any(n == named for _p, n, _k in ctx.orgs):
                return Who(named, False)  # "Akkuyu Nükleer now says": the firm named so before
        if who is None and len(words) == 1 and last in capitals():
            return Who(last, False)  # "Beijing has in the past described …": its government
        if who and who.is_person and _plural_opener(run, ctx):
            return UNKNOWN  # "Engineers at Energia told TASS": people, nobody named
        return who or UNKNOWN
    if low in ("he", "she"):
        name = described_subject(ctx, pos)
        if name and ctx.gender.get(name, surname_gender(name)) == {"he": "f", "she": "m"}[low]:
            name = None  # "the director … she said" is not the director who is a man
        name = name or bare_subject(ctx, pos, low) or last_person(ctx, pos, low)
        if name:
            ctx.learn_gender(name, low)
        return Who(name, True) if name else _unnamed_spokes(ctx, pos)
    if AGED.fullmatch(low) and len(words) >= 2 and words[-2][0].lower() == "the":
        # "Gennady Volkov, 64, … the 64-year-old said"
        name = aged_person(ctx, pos, low)
        name = last_person(ctx, pos) if name is None else name
        return Who(name, True) if name else UNKNOWN
    if low == "it":
        doc = documents.previous_subject_document(ctx, words[-1][1])
        if doc:
            return documents.document_owner(ctx.text, doc, pos, ctx)
        name = subject_org(ctx, pos) or ctx.last_org(pos)
        return Who(name, False) if name else UNKNOWN
    if low in v["staff_nouns"] and len(words) >= 2 and words[-2][0].lower() in ("the", "its"):
        # 'the auditors wrote': the organisation they work for
        name = ctx.last_org(pos, within=1500) or subject_org(ctx, pos)
        return Who(name, False) if name else UNKNOWN
    if low in v["documents"]:
        owner = words[-2][0] if len(words) > 1 else ""
        if owner[-2:] in ("'s", "’s") and owner[0].islower():
            noun = owner[:-2].lower()
            name = (
                ctx.last_org(pos, noun=noun)
                if noun in v["groups"] or noun in v["org_nouns"]
                else None
            )
            return Who(name, False) if name else UNKNOWN
        # "The CSTO's founding treaty says"; "The amendment, tabled by X, says"
        who = modifier_owner(words[:-1], ctx) or documents.author_after(appos, ctx)
        if who:
            return who
        return documents.document_owner(ctx.text, low, words[-1][1], ctx)
    body = body_noun(words, pos, ctx, v)
    if body is not None:
        return body
    if (firm := spokes_body.described_firm(words, pos, ctx)) is not None:
        return Who(firm, False)  # "The proxy adviser said": a firm, not a person
    if low in v["roles"] and any(w.lower() in _DEFINITE for w, _ in words[-4:]):
        qualifier = ""
        # "the senator said" / "her daughter said": the person the article introduced
        # with that word
        if len(words) >= 3 and words[-2][0][:1].isupper() and _definite_before(words[:-2]):
            # "the Turkish minister said": the person introduced as Turkish; "the former
            # Roscosmos chief said": the one written with Roscosmos
            name = of_nationality(ctx, pos, words[-2][0]) or of_body(ctx, pos, words[-2][0])
            if name:
                return Who(name, True)
            qualifier = words[-2][0]
        if (
            words[-2][0].lower() in ("his", "her", "their")
            and not introduced_with(ctx, pos, low)
            and not _named_after(ctx, words[-1][1] + len(words[-1][0]))
        ):
            return UNKNOWN  # "His deputy, however, told Interfax": not "he", nobody named
        aged = next((w for w, _ in words[-4:-1] if AGED.fullmatch(w)), None)
        name = aged_person(ctx, pos, aged) if aged else None
        if name == "":
            return UNKNOWN  # two people of that age
        if name:
            return Who(name, True)  # "the 61-year-old diplomat said": the one aged so
        name = described_person(ctx, pos, low)
        if words[-2][0].lower() == "the" or (aged and words[-3][0].lower() == "the"):
            name = paragraph_subject(ctx, pos, name, low) or name
        if name and qualifier and of_another_state(ctx, pos, qualifier, name):
            # "the US ambassador replied" after "Russian envoy Vasily Nebenzya": not him
            return UNKNOWN
        return Who(name, True) if name else UNKNOWN
    return introduced_as(words, pos, ctx) or UNKNOWN


def _opening_name(words: list[tuple[str, int]], ctx: Mentions) -> Who | None:
    """'Katherine Oduya, the assistant secretary of state for oceans, environment and
    science, told': the person opening the sentence, described between commas that the
    description's own list also uses."""
    if len(words) < 6 or words[-1][0] != "," or sum(w == "," for w, _ in words) < 3:
        return None
    c = next((x for x, (w, _) in enumerate(words) if w == ","), None)
    if c is None or c < 2 or words[c + 1][0] not in ("the", "a", "an"):
        return None
    run = words[:c]
    if not all(is_name_word(w) for w, _ in run) or not named_person(run, ctx):
        return None
    if not any(w.lower() in speech_vocab()["roles"] for w, _ in words[c + 2 : c + 6]):
        return None
    who = org_or_person(run, ctx)
    return who if who and who.is_person else None


def _definite_before(words: list[tuple[str, int]]) -> bool:
    """'the' / 'the former' / 'the then': a definite article, perhaps with one lower-case
    modifier, ending ``words`` (what comes before a description's capitalised word)."""
    if words and words[-1][0].lower() == "the":
        return True
    return len(words) >= 2 and words[-2][0].lower() == "the" and words[-1][0].islower()


def _unnamed_spokes(ctx: Mentions, pos: int) -> Who:
    """'A CSA spokesperson said the agency had no plans. "…," she said': "she" is the
    unnamed spokesperson, who speaks for the organisation written beside the noun."""
    i = bisect_left(ctx.people, (pos, "", False))
    if not i or ctx.people[i - 1][1] or ctx.sent_of(pos) - ctx.sent_of(ctx.people[i - 1][0]) > 1:
        return UNKNOWN
    p = ctx.people[i - 1][0]
    v = speech_vocab()
    words = word_spans(ctx.text, p, min(pos, ctx.sent_ends[ctx.sent_of(p)]))
    k = next((k for k, (w, _) in enumerate(words[:10]) if w in v["verbs"]), None)
    if k is None or not any(w.lower() in v["spokes"] for w, _ in words[:k]):
        return UNKNOWN
    who = subject(words[:k], words[k][1], ctx)
    return who if who.speaker and not who.is_person else UNKNOWN


def _plural_opener(run: list[tuple[str, int]], ctx: Mentions) -> bool:
    """'Engineers at Energia', 'Students at Moscow State University': one capitalised
    plural of a word for people, opening its sentence, is nobody named."""
    if len(run) != 1 or not run[0][0].endswith("s") or ctx.known_person(run[0][0]):
        return False
    v = speech_vocab()
    one = run[0][0][:-1].lower()
    if not ({one, one + "s"} & (v["roles"] | v["anonymous"] | _PEOPLE_NOUNS)) and not (
        agent_noun(one, v)  # "Investors said", "Analysts warned"
    ):
        return False
    return ctx.subject_start(ctx.sent_of(run[0][1])) == run[0][1]


# Plural nouns for people with no role of their own ("Students at …", "Residents of …").
_PEOPLE_NOUNS = frozenset(["student", "resident", "worker", "employee", "voter", "local"])


def _named_after(ctx: Mentions, end: int) -> bool:
    """A person named right after a description ("His wife, the novelist Teresa Navarro")."""
    i = bisect_left(ctx.people, (end, "", False))
    return i < len(ctx.people) and ctx.people[i][0] - end < 50 and bool(ctx.people[i][1])
