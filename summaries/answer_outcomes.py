"""Has the outcome a question asks about happened, by the story's own account?

"Did Brazil end up renewing the deal", "what did the full Parliament decide", "did
Progress MS-35 ever get off the ground": the question asks how something turned out. A
story written while it was still open ("the government's plan to renew", "is expected to
vote in April", "was due to lift off on April 29") matches such a question word for word,
yet cannot answer it; nor can one that never mentions the outcome at all ("has Russia
released the engineer yet" of a story about his arrest). Nor can a story saying the
choice or result asked about is still to come answer "which of the two officers did
Roscosmos pick" ("will be made after a year of training") or "did the rider get through
the markup" ("Subcommittee markup is Tuesday"): ``still_to_come``.
"""

from __future__ import annotations

import re

from summaries import text_patterns as tp
from summaries.aliases import Concept
from summaries.generality import zipf
from summaries.models import Story
from summaries.question import Question
from summaries.retrieval import indexed, stems
from summaries.sentences import split_sentences
from summaries.terms import stem, tokens

# "did Rogozin say …", "has NASA commented": asked of words, not of a step taken
_SAY_WORDS = (
    r"(?:say|said|tell|told|claim|claimed|announce|announced|warn|warned|comment|commented|"
    r"mention|mentioned|write|wrote|call|called|describe|described)\b"
)

# How something turned out: "end up", "did … ever", "finally", "… yet", "what did X
# decide", "how did the assembly vote".
_TURNED_OUT = re.compile(
    r"\bend(?:s|ed)?\s+up\b|\b(?:finally|eventually|in\s+the\s+end)\b|"
    # "did it ever get off the ground", not "the worst the leak ever got"
    r"(?:^|[?.]\s*)(?:and\s+|so\s+)?(?:did|has|have|was|were)\b[^?]{0,80}\bever\b|"
    r"\byet\s*\??$|\byet\b(?=[^?]*\?)|"
    r"^(?:and\s+|so\s+)?(?:what|how)\s+did\b.{3,80}\b(?:decide|rule|vote|voting|agree|settle)\b",
    re.I,
)
# Said of the outcome while it is still open: "is expected to vote in April", "was due to
# lift off on April 29", "the plan to renew", "withdrawn before a vote", "yet to decide".
_OPEN = re.compile(
    r"\b(?:is|are|was|were)\s+(?:scheduled|due|set|expected|planned|slated)\s+(?:to|for)\b|"
    r"\bplan(?:s|ned)?\s+to\b|\bbefore\s+(?:a|the|any)\s+(?:final\s+)?vote\b|"
    r"\b(?:will|would)\s+(?:probably|likely)\b|\b(?:yet\s+to|not\s+yet)\b|"
    r"\bdid\s+not\s+say\s+(?:whether|when|if)\b|\bno\s+decision\b",
    re.I,
)
# "a cubesat that will be released from the station next month": the thing asked about
# has not even started, so one plain word of the question ties the sentence to it
_NEXT = re.compile(
    r"\bwill\b[^.;]{0,80}\b(?:next|later\s+this)\s+(?:week|month|year|spring|summer|"
    r"autumn|fall|winter)\b",
    re.I,
)


# "why might Hasegawa end up training alone", "why hasn't the astronaut flown yet": a
# reason or a guess is asked for, which a story of the open question gives
_NOT_OUTCOME = re.compile(r"^(?:and\s+|so\s+)?why\b|\b(?:might|could|may)\b", re.I)


def asks_outcome(q: Question) -> bool:
    """Does the question ask how something turned out (not why, nor what might)?"""
    return bool(_TURNED_OUT.search(q.text)) and not _NOT_OUTCOME.search(q.text)


# "did russia turn off the emitters", "has china agreed to fly the seedlings": whether a
# thing happened, asked yes or no (not "did X say", which the quote path answers)
_HAPPENED_Q = re.compile(
    r"^(?:(?:and|so|ok|okay)\b[\s,]*)*(?:did|has|have)\b(?![^?]*\b" + _SAY_WORDS + r")", re.I
)
# Asked of someone, or left to a deadline, the step is still to be taken: "It asks Russian
# authorities to switch off the emitters within 30 days", "she asked NASA to deliver a
# study", "is now asking NASA whether it could fly", "was considering an appeal", "It has
# two months to appeal", "expected the matter to be settled by the board"
_REQUESTED = re.compile(
    r"\bask(?:s|ed|ing)\s+(?!(?:about|for|if|how|what|why|when)\b)(?:[\w'’-]+\s+){1,4}?"
    r"(?:to|whether)\s|\bconsidering\s+(?:a|an|whether)\b|"
    # "had invited the 44-year-old, a military doctor, to present the results of a study"
    r"\b(?:invit|urg)(?:e|es|ed|ing)\s+(?:[\w'’-]+,?\s+){1,8}?to\s|"
    r"\bha(?:s|ve)\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?)\s+to\s|"
    r"\bexpect(?:s|ed)?\s+(?:[\w'’-]+\s+){1,3}?to\s+be\s+(?:settled|decided|resolved|made|"
    r"announced|taken)\b",
    re.I,
)
# "Nobody has asked us to give the prize back": a request denied is an answer
_DENIED = re.compile(r"\b(?:nobody|no\s+one|not|never|n[o']t)\s+(?:\w+\s+)?$", re.I)


# "the freezer ruling", "the funding": a word in -ing or -ed after a determiner (with at
# most one word between) names a thing, not the step whose outcome is asked
_DETERMINER = frozenset(["the", "a", "an", "this", "that", "its", "their", "his", "her", "our"])


def _as_noun(question: str, word: str) -> bool:
    """Is ``word`` used in the question as a noun ("the freezer ruling")?"""
    words = re.findall(r"[\w'’-]+", question.lower())
    for i, w in enumerate(words):
        if w == word.lower() and any(x in _DETERMINER for x in words[max(0, i - 2) : i]):
            return True
    return False


def _request_in(sentence: str) -> bool:
    """Does the sentence ask for a step or give it a deadline (not deny that anyone did)?"""
    return any(
        not _DENIED.search(sentence[max(0, m.start() - 20) : m.start()])
        for m in _REQUESTED.finditer(sentence)
    )


def unsettled(q: Question, story: Story) -> str | None:
    """Why ``story`` cannot say how the thing asked about turned out, or None when it may."""
    verb = asked_verb(q)
    if (
        verb is not None
        and not _verb_reported(q, verb, story.text)
        and not _denied(q, story.text)
        and not _put_and_answered(q, story.text)
    ):
        return f"story never says whether the {verb} asked about happened"
    if not asks_outcome(q):
        if _HAPPENED_Q.search(q.text) and _requested(q, story.text):
            return "the step asked about was only requested or pending in the story"
        return None
    for s, e in split_sentences(story.text):
        sentence = story.text[s:e]
        if (_OPEN.search(sentence) or _request_in(sentence)) and _about_question(q, sentence):
            return "the outcome asked about was still open when the story was written"
        if _NEXT.search(sentence) and _about_question(q, sentence, loose=True):
            return "what the outcome depends on was still to come in the story"
    verbs = [
        c for c in q.topic if not c.named and _DONE.search(c.text) and not _as_noun(q.text, c.text)
    ]
    if (
        verbs
        and not any(_reported(c, story.text) for c in verbs)
        and not _put_and_answered(q, story.text)
    ):
        return "story never says the outcome asked about happened"
    return None


def _requested(q: Question, text: str) -> bool:
    """Does a sentence about the question ask for the step, or leave it to a deadline?"""
    for s, e in split_sentences(text):
        sentence = text[s:e]
        if _request_in(sentence) and _about_question(q, sentence):
            return True
    return False


def _about_question(q: Question, sentence: str, loose: bool = False) -> bool:
    """Is the sentence about what the question asks: two of its plain words ("follow-up
    experiment", "subcommittee markup"), or one and two names ("deep-space station in
    Neuquén", Chinese); with ``loose``, one plain word is enough ("The trial continues.")."""
    st, st_set = indexed(sentence)
    found = [c for c in q.topic if c.weight_in(st, st_set)]
    plain = sum(1 for c in found if not c.named)
    return plain >= 2 or (plain >= 1 and (len(found) >= 3 or loose))


# "has Russia released the engineer or swapped him yet": the question's verbs name the
# outcome; a story that has them only in a demand or a plan ("We call for his immediate
# release"), or not at all, has not reported it
_DONE = re.compile(r"^[a-z]{3,}(?:ed|ing)$")
_WANTED = re.compile(
    r"\b(?:call(?:s|ed|ing)?\s+for|demand(?:s|ed|ing)?|urg(?:e|es|ed|ing)|seek(?:s|ing)?|"
    r"sought|would|could|may|might|will|whether)\b",
    re.I,
)


def _reported(concept: Concept, text: str) -> bool:
    """Does a sentence of the text carry the concept's own word (not a looser relative:
    "swapped" is not "repair") other than in a demand or a plan?"""
    own = {p[0][0] for p in concept.phrases if len(p[0]) == 1 and p[2] >= 1.0}
    for s, e in split_sentences(text):
        sentence = text[s:e]
        pending = _WANTED.search(sentence) or _OPEN.search(sentence) or _request_in(sentence)
        if own & set(stems(sentence)) and not pending:
            return True
    return False


# "which of the two officers did Roscosmos pick", "which of the four finalists got
# picked": one of several chosen, which a story saying the choice is still to come
# ("The choice, Roscosmos says, will be made after a year of training") cannot answer
_PICK_Q = re.compile(
    r"\bwhich\s+(?:one\s+)?of\b.{0,80}\b(?:picked|chosen|chose|selected|pick|choose|select|"
    r"won|named)\b",
    re.I,
)
# "what did the follow-up experiment find", "did the rider get through the markup": the
# result of something, which a story saying it is still to come cannot give
_OUTCOME_Q = re.compile(
    # "montpellier freezer case - did the lab win": the topic first, then the question
    r"^(?:[^?]{3,80}\s[-–—:]\s+)?(?:and\s+|so\s+)?(?:what\s+did\b.{3,80}\b(?:find|show|"
    r"reveal|conclude|discover|yield|turn\s+up)|"
    # "what came out of the second round": the result of a meeting or a round of talks
    r"what\s+(?:came|has\s+come|come)\s+(?:out\s+)?of\b|"
    r"(?:did|has|have)\b.{3,80}\b(?:get|got|gotten|go|gone|make|made)\s+"
    r"(?:it\s+)?(?:through|into)|(?:did|has|have)\b.{3,80}\b(?:pass|passed|"
    r"survive|survived|clear|cleared|vote|voted|confirm|confirmed|approve|approved|adopt|"
    r"adopted|"
    # "did the jury convict …", "did he win his appeal": a verdict
    r"convict|convicted|acquit|acquitted|win|won|lose|lost|overturn|overturned|uphold|upheld)\b)",
    re.I,
)
_TO_COME = re.compile(
    r"\b(?:is|are)\s+(?:scheduled|due|set|expected|planned|slated)\s+(?:to|next|later)\b|"
    r"\b(?:would|will)\s+(?:seek|try|attempt)\s+to\b|"
    # "has ordered a technical inspection of …": ordered, not yet done
    r"\b(?:has|have)\s+(?:ordered|called\s+for|requested)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:inspection|review|investigation|audit|inquiry|study)\b|\b(?:is|are)\s+"
    r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|tomorrow|"
    r"next\s+(?:week|month))\b|\bhas\s+not\s+(?:yet\s+)?(?:been\s+)?(?:held|voted|published)\b|"
    # "The full committee meets in June", "A second round is pencilled in for January": a
    # body's next sitting, or a date held for it, told in the present tense
    r"\b(?:meets|votes|sits|convenes|reconvenes|rules|decides)\s+(?:again\s+)?(?:in|on|next)\s+"
    r"(?:" + tp._MONTH + r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|"
    r"month)|\b(?:is|are)\s+(?:pencil+ed|inked)\s+in\b|"
    # "the committee will shortly hear from the nominee": the step is still ahead
    r"\bwill\s+(?:shortly|soon)\s+(?:hear|vote|decide|rule|meet|consider)\b",
    re.I,
)


def _outcome_to_come(q: Question, story_text: str) -> bool:
    """A sentence of the story is about the thing whose outcome is asked, and says it is
    still to come ("is scheduled to fly in 2027", "is Tuesday", "has ordered an
    inspection")."""
    for s, e in split_sentences(story_text):
        sentence = story_text[s:e]
        still_open = _STILL_OPEN.search(sentence) is not None
        to_come = _TO_COME.search(sentence) or _request_in(sentence)
        if (still_open or to_come) and _about_question(q, sentence, still_open):
            return True
    return False


# "The trial continues.", "The defence will appeal.": a case whose outcome is still open;
# one of the question's plain words ("trial", "appeal") is enough to tie it to the question
_STILL_OPEN = re.compile(
    r"\b(?:trial|hearing|case|appeal|inquiry)\s+(?:continues|resumes|(?:is|was)\s+adjourned)\b|"
    r"\b(?:will|would|plans?\s+to|intends?\s+to|(?:is|are)\s+expected\s+to)\s+appeal\b|"
    # "was considering an appeal", "has two months to appeal": no appeal heard yet
    r"\b(?:considering|weighing|mulling)\s+(?:an\s+|whether\s+to\s+)?appeal|"
    r"\b(?:days|weeks|months)\s+to\s+(?:lodge\s+an\s+)?appeal\b|"
    # "The Nobel Committee will announce this year's laureate on Oct. 9": a result to come
    r"\bwill\s+(?:announce|name|pick|choose|select|reveal|award)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:winners?|laureates?|results?|decision|verdict|choice|recipients?)\b",
    re.I,
)


_PENDING = re.compile(
    r"\b(?:choice|selection|decision|pick|winner)\b[^.;]{0,40}\b(?:will\s+be|is\s+to\s+be|is\s+"
    r"expected\s+to\s+be|has\s+not\s+(?:yet\s+)?been)\b|\b(?:yet\s+to|not\s+yet)\s+(?:be\s+)?"
    r"(?:choose|chosen|pick|picked|select|selected|decide|decided|announce|announced)\b",
    re.I,
)


def still_to_come(q: Question, story_text: str) -> str | None:
    """Why the story cannot answer ``q``: the choice or outcome asked about is still to
    come. None when it may."""
    if _PICK_Q.search(q.text) and _PENDING.search(story_text):
        return "the choice asked about is still to come"  # "will be announced in June"
    if _OUTCOME_Q.search(q.text) and _outcome_to_come(q, story_text):
        return "the outcome asked about is still to come"  # "Subcommittee markup is Tuesday."
    return None


# "did the southwark jury convict …", "was anyone hurt …", "did moscow give washington …":
# a yes/no question on whether something happened; its main verb, right after the
# subject, is the slot asked. A story that never uses that verb outside a demand or a plan
# ("had asked Moscow for written assurances") does not say whether it happened.
_AUX_Q = re.compile(
    r"^(?:(?:and|so|ok|okay)\b[\s,]*)*(?:did|has|have|had|was|were)\s+(.+)",
    re.I,
)
_SUBJECT_DET = frozenset(["the", "a", "an", "any", "this", "that", "these", "those", "its"])
_ADVERBS = frozenset(
    ["actually", "ever", "really", "finally", "eventually", "already", "still", "just", "even"]
)
# "going to sanction", "about to fly": the verb is the one after "to"
_CARRIERS = frozenset(["going", "about", "planning", "trying", "set", "due"])
_GO_AHEAD = re.compile(r"\bgo\s+ahead\s+and\s+")
# Below this Zipf frequency for its -ed / -ing forms a word is no verb ("jury", "mexico")
VERB_ZIPF = 3.0


_DO_ANYTHING = re.compile(r"\b(?:do|does|did|done|doing)\s+(?:something|anything)\b", re.I)


def _verbal(word: str) -> bool:
    """Is ``word`` a verb by English usage: do its -ed or -ing forms occur?"""
    if word in ("something", "anything", "nothing", "everything"):
        return False
    if word.endswith(("ed", "ing")):
        return zipf(word) >= VERB_ZIPF
    forms = (word + "ed", word + "d", word + "ing", word[:-1] + "ing", word + word[-1] + "ing")
    return max(zipf(f) for f in forms) >= VERB_ZIPF


def asked_verb(q: Question) -> str | None:
    """The verb a yes/no question asks happened ("convict" in "did the jury convict the
    Kent man"), or None: not a yes/no question, one on what was said, or no verb found
    within the first words after the subject."""
    if q.kind != "yesno":
        return None
    m = _AUX_Q.search(q.text)
    if m is None or re.search(r"\b" + _SAY_WORDS, q.text, re.I):
        return None
    if _DO_ANYTHING.search(q.text):
        return None  # "did the us senate do something about …": any step they took answers
    words = re.findall(r"[a-z][\w'’-]*", m.group(1).lower())[:8]
    # "did the uae actually go ahead and sign": the step is the verb after "go ahead and"
    words = _GO_AHEAD.sub("", " ".join(words)).split()[:6]
    # "did the french lightning camera finally come home": the adverb stands before the
    # verb, so a noun in -ing in the subject ("lightning", "building") is not taken for it
    for i, w in enumerate(words[:-1]):
        if w in _ADVERBS and i and _verbal(words[i + 1]) and words[i + 1] not in _CARRIERS:
            return words[i + 1]
    after_det = False
    for i, w in enumerate(words):
        if w in _SUBJECT_DET:
            after_det = True
            continue
        if after_det or len(w) < 3 or w in _ADVERBS or "'" in w or "’" in w:
            after_det = False
            continue
        if w in _CARRIERS and i + 2 < len(words) and words[i + 1] == "to":
            return words[i + 2]
        if _verbal(w):
            return w
    return None


def _verb_reported(q: Question, verb: str, text: str) -> bool:
    """Does the text use the verb, or a word the gazetteer gives for it ("give": "provide"),
    other than right after a demand or a plan ("had asked Moscow for …", "plans to
    protest"; "summoned the envoy to protest against Minsk's plan to send" reports it)?"""
    own = [p[0] for c in q.topic if c.text.lower() == verb for p in c.phrases]
    sentences = []
    for s, e in split_sentences(text):
        toks = tokens(text[s:e])
        sentences.append((toks, [stem(t) for t in toks]))
    for words in own or [tuple(stems(verb))]:
        n = len(words)
        for toks, st in sentences:
            for k in range(len(st) - n + 1):
                before = " ".join(toks[max(0, k - 6) : k])
                if tuple(st[k : k + n]) == words and not (
                    _WANTED.search(before) or _OPEN.search(before)
                ):
                    return True
    return False


# "The embassy has not issued a visa", "no representative of Roscosmos attended": a "no"
# answer says so in words of its own, not the question's verb (quoted words are left out:
# a defendant's "I never hid an invoice" is no verdict)
_NEGATION = re.compile(
    r"\b(?:not|no|never|none|nobody|neither|nor|at\s+no\s+time|refused|declined|denied|rejected|"
    + tp.REFUSAL
    + r")\b|n[’']t\b",
    re.I,
)
_OPENING_QUOTES = ("“", '"')


def _denied(q: Question, text: str) -> bool:
    """Does a sentence about the question say, outside quotes, that something did not
    happen?"""
    before = ""
    for s, e in split_sentences(text):
        sentence = text[s:e].strip()
        if not sentence.startswith(_OPENING_QUOTES):
            sentence = tp.QUOTED.sub(" ", sentence)
        if _NEGATION.search(sentence) and (
            _about_question(q, sentence, loose=True)
            # "Roscosmos asked to rent time on the antenna … The government turned the
            # request down": the refusal names the request of the sentence before
            or (REFERS_BACK.search(sentence) and _about_question(q, before))
        ):
            return True
        before = text[s:e]
    return False


# "the request", "the offer", "the application": what the sentence before asked or offered
REFERS_BACK = re.compile(
    r"\b(?:the|that|this|its|their)\s+(?:request|offer|proposal|application|bid|plea|"
    r"invitation|demand)s?\b",
    re.I,
)


# The member's question put to someone in the story and answered in one sentence:
# "Asked whether Tbilisi had tried to secure a place on an American mission, the minister
# said applications sent to NASA "went nowhere."" (the verb after "whether" is asked there,
# and the reply is the rest of the sentence)
PUT_AND_ANSWERED = re.compile(
    r"(?:^|[—–-]\s+)Asked\s+(?:whether|if)\b[^.!?]{3,200}?,\s+(?:[\w’'.-]+\s+){1,6}?"
    r"(?:said|says|replied|answered|told|responded|insisted|conceded|acknowledged)\b"
)


def _put_and_answered(q: Question, text: str) -> bool:
    """Does a sentence sharing two of the question's concepts (names count: the question
    is put in the story's own words) put it to someone and give their reply?"""
    for s, e in split_sentences(text):
        sentence = text[s:e].strip()
        if PUT_AND_ANSWERED.search(sentence):
            st, st_set = indexed(sentence)
            if sum(1 for c in q.topic if c.weight_in(st, st_set)) >= 2:
                return True
    return False
