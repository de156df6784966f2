"""Reading a member's question: its type, who it asks about, and its topic.

Types: ``quote`` ("what did X say about Y"), ``who``, ``when``, ``why``, ``how``,
``latest`` ("what's the latest on X"), ``yesno`` and ``what`` (everything else).
The patterns are plain regular expressions on the cleaned text: questions are short,
and a miss only changes which sentence is preferred, never whether we answer.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from summaries.gazetteer import load_data, scan, speech_vocab, state_of
from summaries.generality import zipf
from summaries.retrieval import Aliases, Concept, stems
from summaries.small_talk import CHAT_MARKUP, small_talk, without_courtesies
from summaries.spelling import TYPO_ZIPF, one_edit

if TYPE_CHECKING:
    from summaries.answers import Conversation

MAX_QUESTION = 500

_SAY = (
    r"(?:say|said|says|tell|told|state(?!\s+(?:department|duma|council|media|corporation|"
    r"space|agency|news|tv|television|secretary|broadcaster|officials?)\b)|stated|tweet|"
    r"tweeted|write|wrote|post|posted|claim|"
    r"claimed|announce|announced|declare|declared|warn|warned|reply|replied|respond|"
    r"responded|argue|argued|comment|commented|think(?!\s+tanks?\b)|thought|mean|threaten|"
    r"threatened|call|"
    r"called|describe|described|promise|promised|predict|predicted|insist|insisted|joke|joked|"
    r"quip|quipped)"
)
_DOCUMENT = re.compile(
    # "the cosmonauts' open letter": the writers, without the plural's apostrophe and the
    # kind of letter
    r"(?P<org>.+?)(?:['’]s|(?<=s)['’])?\s+"
    r"(?:(?:open|joint|formal|official|written|leaked|internal|public|latest|new)\s+)?"
    r"(?:letter|statement|memo|report|decree|bill|rule|fact\s+sheet|"
    r"analysis|note|press\s+release|readout|transcript|document|filing|budget\s+request)\b",
    re.I,
)
# A capitalised "State" is the State Department, not the verb: the speech verb of "what
# did the State Department say" is "say".
_VERB_CASE = r"(?-i:(?![A-Z]))"
_QUOTE_PATTERNS = [
    re.compile(
        # not "what is the new module called": passive, the thing named and not a speaker
        r"\bwhat\s+(?:did|does|do|has|have|had)\s+(?P<who>.+?)\s+"
        r"(?:have\s+to\s+|got\s+to\s+|just\s+|actually\s+|officially\s+)?"
        + _VERB_CASE
        + _SAY
        + r"\b(?P<rest>.*)",
        re.I,
    ),
    re.compile(
        r"\bhow\s+(?:did|does|has|have)\s+(?P<who>.+?)\s+(?:react|respond|reply|describe|"
        r"characteri[sz]e|put\s+it|justify|explain)\w*\b(?P<rest>.*)",
        re.I,
    ),
    re.compile(
        r"\b(?:quote|quotes|words|statement|remarks|comments?|reaction)\s+(?:from|by|of)\s+"
        r"(?P<who>.+?)(?:\s+(?:on|about|regarding|over|concerning)\b(?P<rest>.*))?$",
        re.I,
    ),
    re.compile(
        r"\bwhat\s+(?:was|is|were)\s+(?P<who>.+?)['’]s?\s+(?:quote|statement|reaction|"
        r"response|comment|message|words|reply|warning|position)\b(?P<rest>.*)",
        re.I,
    ),
    re.compile(  # "Kremlin reaction to …", "NASA's response on …", "peskov quote about …"
        r"^(?:and\s+)?(?:the\s+)?(?!(?:any|a|an|one|some|best|latest|last|good|exact)\s)"
        r"(?P<who>[\w.'’ -]{2,40}?)(?:['’]s)?\s+(?:reaction|response|"
        r"comments?|statement|quotes?|remarks)\s+(?:to|on|about|over)\b(?P<rest>.*)",
        re.I,
    ),
    re.compile(  # "the tory mp's rant about …", "that esa guy's take on …": whose words, owned
        r"^(?:and\s+|so\s+)?(?:the\s+|that\s+|this\s+)?"
        r"(?P<who>(?!(?:how|what|why|when|did|does|could|can|would|will|is|was)\b)"
        r"[\w.'’ -]{2,40}?)['’]s\s+(?:remarks|rant|tirade|outburst|take|quote|words|"
        r"answer|reply|retort)\s+(?:to|on|about|over|re)\b(?P<rest>.*)",
        re.I,
    ),
    re.compile(
        # not "has India said yes to the offer": agreeing, asked yes or no
        r"^(?:and\s+)?(?:did|has|have)\s+(?P<who>.+?)\s+"
        + _VERB_CASE
        + _SAY
        + r"\b(?!\s+(?:yes|no)\b)(?P<rest>.*)",
        re.I,
    ),
    # "russian ambassador in santiago denying the payload got dumped - quote?": the one
    # described first is the speaker, up to what they did or spoke on
    re.compile(
        r"^(?:and\s+|so\s+)?(?:the\s+|that\s+|this\s+)?(?P<who>(?:[\w.'’-]+\s+){0,6}?[\w.'’-]+?)"
        r"(?:['’]s)?\s+(?=(?:\w+ing|on|about|over|re|when|after|who)\b)(?P<rest>.*?)"
        r"\s*[-–—,:]?\s*(?:any\s+)?(?:quotes?|exact\s+words)\s*\??\s*$",
        re.I,
    ),
    re.compile(r"^according\s+to\s+(?P<who>[^,]{2,60}),\s*(?P<rest>.*)$", re.I),
    re.compile(r"^(?:quote|show\s+me)\s+(?P<who>.+?)(?:\s+(?:on|about)\b(?P<rest>.*))?$", re.I),
    # "why was moscow sitting on the visa, per the foreign ministry": whose account is asked
    # (not "per the letter …" or "per the launch story": where to look)
    re.compile(
        r"^(?P<rest>(?:why|how|could|can|would|will|is|are|was|were|did|does|do)\b.+?),?\s+"
        r"(?:per|according\s+to)\s+(?P<who>(?![^,?]*\b(?:letter|memo|report|budget|audit|"
        r"story|article|study|survey|document|filing|analysis|decree|bill|paper|piece|"
        r"transcript|post|blog|website|data|figures|numbers)s?\b)[^,?]{2,60}?)\s*\??$",
        re.I,
    ),
]
# "What was leaking when the spacewalk was called off?": a clause, not a speaker
_CLAUSE = re.compile(r"\b(?:when|while|after|before|was|were|is|are|being|been|if|because)\b", re.I)
_SPEECH_VERB = re.compile(
    _SAY + r"|react|reacted|reaction|response|respond|quotes?|remarks?|comments?|words|line|rant|"
    r"tirade|outburst|take|retort",
    re.I,
)
_SAID_BACK = re.compile(
    r"\b(?:say|said|says|hit|hits|fire|fired|shoot|shot|push|pushed)\s+back\b", re.I
)
_PUBLICATION = re.compile(
    r"\b(?:analysis|article|story|piece|report|newsletter|blog|podcast|column|op-ed|feature|"
    r"coverage|paper|magazine|outlet|site|website)s?$",
    re.I,
)
# "the esa manager in that long orbit analysis": where it was said, not who said it
_SOURCE_TAIL = re.compile(
    r"\s+(?:in|from|on)\s+(?:that|the|this|a|an|their|his|her)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:analysis|article|story|piece|report|interview|blog|newsletter|podcast|post|op-ed|"
    r"column|video|feature|briefing)\b.*$",
    re.I,
)
_WHERE_TAIL = re.compile(
    r"\s+(?:(?:on|at|during)\s+(?:the|a|an|this|that)"
    # "the moscow analyst on energia's money problems": what they spoke on, not who they are
    r"|on\s+[\w-]+['’]s)\s+.*$",
    re.I,
)
# "the japanese astronaut up there w rudakov": who they were with is not who spoke
_COMPANION_TAIL = re.compile(
    r"\s+(?:up\s+there\s+|on\s+board\s+|aboard\s+)?(?:with|w/?|alongside|next\s+to)\s+"
    # a name, not an attribute: "the garching physicist with the plasma experiment"
    r"(?!(?:the|a|an|her|his|their|its|that|this|some|no)\b)[\w'’-]+(?:\s+[\w'’-]+){0,2}$",
    re.I,
)
_LEAD = (
    r"^(?:(?:and|so|but|also|ok|okay|then)\b[\s,]*)*(?:according\s+to\s+[^,]{2,60}?(?:,|\s(?=(?:why|how)\b))|"
    r"(?:at|in|during|after|before|back\s+when)\s+[^,?]{2,80},)?[\s,]*"
)
_WHO = re.compile(
    _LEAD + r"(?:who|whom|whose|which\s+(?:[\w-]+\s+){0,3}?(?:country|countries|agency|"
    r"agencies|company|senators?|lawmakers?|analysts?|scientists?|engineers?|diplomats?|"
    r"spokes(?:person|man|woman)|congress(?:man|woman)|members?|experts?|commanders?|pilots?|"
    r"administrators?|directors?|chiefs?|heads?|presidents?|politicians?|deputy|deputies|"
    r"companies|official|officials|partner|partners|nation|nations|astronauts?|cosmonauts?|"
    r"person|people|side|states?|firm|organi[sz]ations?|government|leader|minister|crew|"
    r"module|segment|spacecraft|vehicle)|name\s+the)\b",
    re.I,
)
# a clause that opens the question and only sets its scene, when a question follows it
_OPENING_SCENE = re.compile(
    r"^(?:and\s+|so\s+)?(?:when|once|while)\s+[^,?]{3,160},\s*(?=(?:did|does|do|is|was|are|"
    r"were|has|have|had|will|would|can|could|what|who|whose|which|why|how|where)\b)",
    re.I,
)
# "(a) day after borisov told putin they're leaving, …", "after the clip blew up, …": a
# clause that places the question in time by another event, before the question proper
_DATING_SCENE = re.compile(
    r"^(?:and\s+|so\s+)?(?:(?:a|the|one)\s+)?(?:(?:day|week|month|year|hours?|days|weeks|"
    r"months)\s+)?(?:after|before|since|once)\s+[^,?]{3,100},\s*(?=(?:did|does|do|is|was|are|"
    r"were|has|have|had|will|would|can|could|what|whats|who|whose|which|why|how|where)\b)",
    re.I,
)
_WHEN = re.compile(
    r"(?:^(?:(?:and|so|but|ok|okay|then)\b[\s,]*)*when\b|\bwhat\s+(?:date|day|year|month|time)\b|\bon\s+what\s+(?:date|day)\b"
    r"|\bin\s+what\s+year\b|\bhow\s+long\s+ago\b|\bsince\s+when\b|\bby\s+when\b"
    r"|\bwhich\s+(?:year|date|day|month)\b|\buntil\s+when\b"
    r"|,\s*when\s+(?:did|does|do|is|was|will|would|are|were)\b)",  # "that joint, when did it …"
    re.I,
)
_WHY = re.compile(
    _LEAD + r"(?:why|how\s+come|for\s+what\s+reason|what\s+(?:caused|prompted|led\s+to|"
    r"motivated|triggered|is\s+behind|was\s+behind|drove|is\s+the\s+reason|was\s+the\s+reason|"
    r"reason))\b",
    re.I,
)
_WHERE = re.compile(_LEAD + r"(?:where|from\s+where|in\s+which\s+(?:place|city|country))\b", re.I)
_NO_WH = r"(?!\b(?:how|what|where|why|who|whom|whose|when|which)\b)"
# "saskatoon wheat seedlings lost their slot.. how did they get to orbit", "if the station
# had to be evacuated, how was rubio to get home": the topic or a scene first, then "how"
_HOW = re.compile(
    r"(?:" + _LEAD + r"|^(?:" + _NO_WH + r"[^?]){3,120}?(?:,|\.{2,}|\s[-–—]|:|\?)\s*)"
    r"how\b(?!\s+(?:many|much|long|old|often|big|large|far))",
    re.I,
)
_QUANTITY = re.compile(
    r"\bhow\s+(?:many|much|long|far|big|large|heavy|old|often|high|low|hot|cold|warm|fast|quickly|"
    r"close|deep|wide|tall|steep)\b|\bwhat\s+(?:share|"
    r"percentage|proportion|amount|number)\b|"
    # "what did the switch cost the company", "what would a seat cost", "what's the price"
    r"\bwhat\s+(?:did|does|do|would|will|could|might)\b[^?]{0,80}?\bcost\b|"
    r"\bwhat(?:['’]s|\s+is|\s+was|\s+were|\s+are)\s+the\s+(?:price|cost)\b",
    re.I,
)
_WHAT_DATE = re.compile(r"\bwhat\b.*\b(?:date|deadline)s?\b", re.I)
_STANDING = re.compile(r"\bwhere\s+(?:does|do|did|is|are)\b.*\b(?:stand|stands|standing)\b", re.I)
_LATEST = re.compile(
    r"\b(?:latest|newest|most\s+recent|recent\s+news|any\s+news|what['’]?s\s+new|"
    r"what(?:\s+is)?\s+new(?=\s*\??\s*$|\s+(?:with|on|about|in)\b)|anything\s+new|"
    r"(?:any|new)\s+updates?\b|"
    r"news\s+(?:on|about)|updates?\s+(?:on|about)|what['’]?s\s+happening|current\s+status|"
    r"status\s+of|what['’]?s\s+going\s+on)\b",
    re.I,
)
# "whats the deal with the deorbit vehicle", "what's up with the seat swap": chat's way
# of asking what is going on; "the deal" is no topic
_WHATS_UP = re.compile(
    r"\bwhat(?:['’]?s|\s+is)\s+(?:the\s+(?:deal|story|situation|score)|up)\s+(?:with|on)\b",
    re.I,
)
_AUX = (
    r"(?:is|are|was|were|does|do|did|has|have|had|will|would|can|could|should|shall|"
    r"may|might|isn['’]?t|aren['’]?t|didn['’]?t|won['’]?t)\b"
)
# Members often name the topic or set the scene first and then ask: "kessler valves: is
# seco willing …", "asal dg - did washington lean on algiers", "the simferopol club, did
# they …", "in that tass interview did bakanov say …", "at the senate hearing did nasa
# admit …". The question proper still asks yes or no.
# (not "at that hearing how did nelson say …", a "how" question set in a scene)
_TOPIC_FIRST = (
    r"^(?:(?:" + _NO_WH + r"[^?:]){3,80}?(?:\s[-–—]|:|,)\s*|"
    r"(?:(?:right|just|back)\s+)?(?:at|in|during|after|before|back\s+when)\s+"
    r"(?:" + _NO_WH + r"[^,?]){2,80}?\s+)(?:and\s+|so\s+)?"
)
# (the yes/no question ends the text: not "… - can moscow take its modules? what she
# tells her students", which asks for someone's words)
_YESNO = re.compile(_LEAD + _AUX + "|" + _TOPIC_FIRST + _AUX + r"(?=[^?]*\??\s*$)", re.I)
# "did the Roscosmos boss want the swap to go on", "did the agency head blame the
# dispute": a stance is told by what they said, as a claim is
_STANCE = (
    r"(?:want|wanted|blame|blamed|back|backed|support|supported|oppose|opposed|accept|"
    r"accepted|agree|agreed|reject|rejected|object|objected|deny|denied|admit|admitted|"
    r"regret|regretted|welcome|welcomed|critici[sz]e|critici[sz]ed|condemn|condemned)"
)
_CLAIM = re.compile(
    r"\b(?:did|does|do|has|have|had)\s+(?P<who>.+?)\s+(?:ever\s+|actually\s+|really\s+)?"
    + _VERB_CASE
    + r"(?:"
    + _SAY
    + "|"
    + _STANCE
    + r")\b",
    re.I,
)
_FOLLOW = re.compile(
    r"^(?:and|also|what\s+about|how\s+about|and\s+what\s+about|then|so)\b"
    r"|\b(?:he|she|they|him|her|them|his|their|it|that|this|those|these)\b",
    re.I,
)


def marks_follow_up(text: str) -> bool:
    """Does the question say it goes on from the last one ("and …", "what about …", "he")?"""
    return bool(_FOLLOW.search(text))


# a thing referred back to; "he", "she" are the speaker's business (``_speaker``)
_IT = re.compile(r"\b(?:it|its|they|them|their|those|these)\b", re.I)
_PRONOUN_SPEAKER = re.compile(r"^(?:he|she|they|him|her|them|it)$", re.I)
# the speaker named before the question that says "she" ("ESA's director, what did she
# say …"); where they were ("at the budapest fair") is the scene, left to the topic
_FRONTED = re.compile(
    r"^(?:and\s+|so\s+)?(?P<who>[^,?]{2,80}?)(?:\s+(?:at|during)\s+(?:the|a|an|this|that|"
    r"last)\b[^,?]*)?(?:,|\s+[-–—])\s*$",
    re.I,
)


# "… her answer?", "his reply?", "and their response?": the words of someone named earlier
_REPLY_TAIL = re.compile(
    r"[.,;?!]\s*(?:and\s+|so\s+)?(?:what\s+(?:was|is)\s+)?(?:his|her|their)\s+(?:answer|reply|"
    r"response)\s*\??\s*$",
    re.I,
)
_FRONT_NOUN = re.compile(r"^(?:and\s+|so\s+)?(?P<who>(?:[\w'’.-]+\s+){0,5}[\w'’.-]+),", re.I)


def _fronted_ok(front: re.Match) -> bool:
    who = front.group("who")
    return len(who.split()) <= 12 and not _CLAUSE.search(who)


@dataclass(frozen=True)
class Question:
    text: str
    kind: str
    topic: tuple[Concept, ...]
    speaker: str | None = None  # as the member wrote it ("the head of Roscosmos")
    speaker_names: tuple[str, ...] = ()  # every name a quotes.speaker may carry
    speaker_concepts: tuple[Concept, ...] = ()
    follow_up: bool = False
    # "gromov, who ran planning for the segment — what did he say …": the speaker is named
    # earlier in the question; answers.py finds which of its words is a quoted speaker
    speaker_earlier: bool = False
    # "did Nelson say Russia might leave?": whose claim a yes/no question checks
    claimant: tuple[Concept, ...] = ()
    # "day after borisov told putin they're leaving, what did …": names in an opening
    # clause that only dates the question; the story may tell that event its own way
    scene: frozenset[str] = frozenset()
    # "and what did NASA say?": the topic came from the conversation, not from the words
    topic_inherited: bool = False


_AFTER_ASKED = re.compile(r"\?(?:\s*\d{1,4})+\s*$")
_ANSI = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[@-Z\\-_])")


def clean(question: object) -> tuple[str, str | None]:
    """(cleaned text, None) or ("", reply) for input that is not a question."""
    if not isinstance(question, str):
        question = "" if question is None else str(question)
    if len(question) > MAX_QUESTION:
        return "", "That question is too long ({n} characters); please keep it under {max}."
    # a terminal's colour codes ("\x1b[31mDremin\x1b[0m") go whole: with only the ESC
    # dropped, "[31mDremin" is no name any story writes
    question = _ANSI.sub("", question)
    text = "".join(" " if unicodedata.category(c)[0] == "C" else c for c in question)
    # "what did Voronov say? @Alice" asks about Voronov, not a number no story carries
    text = " ".join(CHAT_MARKUP.sub(" ", text).split())
    # "what did Borisov say about sanctions? 0": a stray number after the question mark
    # (a key pressed, a count) is no part of it; "… in 2026?" keeps its year
    text = _AFTER_ASKED.sub("?", text)
    talk = small_talk(text)
    if talk == "thanks":
        return (
            "",
            "Glad to help. Ask me anything else about the ISS and its politics, or try /brief.",
        )
    if talk in ("greeting", "help", "reaction"):
        text = ""
    text = without_courtesies(text)
    if not re.search(r"[^\W_]", text):
        return (
            "",
            "Ask me something about the ISS and its politics, e.g. “who provides propulsion for the station?”",
        )
    return _plain_case(text), None


def _plain_case(text: str) -> str:
    """A question typed in capitals or in Title Case, as lower case: the parser takes a
    capitalised word mid-question for a name, and "WHAT DID VORONOV SAY" or "Who Provides
    Propulsion For The Station?" has none to find. Acronyms (ISS, NASA) keep their case in
    Title Case; in all capitals they cannot be told from the rest, and lower case finds
    them as members type them."""
    words = re.findall(r"[^\W\d_]+", text)
    if len(words) < 3:
        return text
    upper = sum(w.isupper() and len(w) > 1 for w in words)
    if upper >= 0.8 * len(words):
        return text.lower()
    rest = [w for w in words[1:] if not (w.isupper() and len(w) > 1)]  # not ISS, NASA
    titled = [w for w in rest if w[0].isupper()]
    small = sum(w.lower() in _FUNCTION_WORDS for w in titled)
    if len(titled) >= 0.8 * len(rest) and small >= 2:
        return re.sub(r"[^\W\d_]+", lambda m: m[0] if m[0].isupper() else m[0].lower(), text)
    return text


# words a name hardly ever contains, capitalised only by someone typing in Title Case
_FUNCTION_WORDS = frozenset(
    {"the", "for", "of", "did", "does", "do", "about", "on", "in", "to", "and", "is", "are"}
    | {"was", "were", "what", "who", "how", "why", "when", "with", "at", "by", "from", "a"}
    | {"an", "say", "said", "has", "have", "will"}
)


_ADVERB_TAIL = re.compile(
    r"(?:\s+(?:really|actually|ever|ever\s+really|also|even|just|publicly|officially|"
    r"personally|specifically|originally|first|later|then|once))+$",
    re.I,
)


# Words that say the speaker is a person and nothing of who: stories never describe
# anyone as "the guy", so they must not count against the description they do give.
_ANYONE = re.compile(
    r"guys?|lady|ladies|wom[ae]n|m[ae]n|gal|gent(?:leman)?|fellow|chap|bloke|dude|person|"
    r"people|folks",
    re.I,
)


# "what did the us say": the pronoun "us" never takes an article, so a speaker typed
# "the us" in lower case is the United States ("US" is otherwise matched only as written)
_THE_US = re.compile(r"^the\s+us\b(?!\.\w)", re.I)


_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)+")


def _body_name(who: str) -> bool:
    """ "UK Space Agency", "Ukraine's Foreign Ministry": a newsroom writes a body's name in
    capitals and ends it with its kind, so the run is one name (the gazetteer names the
    bodies it knows, "European Space Agency", whole)."""
    words = who.split()
    org_words = speech_vocab()["org_words"]
    if bool(_CAPITALISED_RUN.fullmatch(who)) and words[-1] in org_words:
        return True
    # "Institute for Security Studies", "Council of the European Union": the kind first
    return bool(_OF_BODY.fullmatch(who)) and words[0] in org_words


_OF_BODY = re.compile(
    r"[A-Z][\w'’.-]*\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
)


def _initials(who: str) -> str | None:
    """ "ISS" for "Institute for Security Studies": stories name such a body by its
    initials after the first mention, and quotes are stored under them."""
    caps = [w[0] for w in who.split() if w[:1].isupper()]
    return "".join(caps) if len(caps) >= 3 else None


def _other_speaker(text: str, aliases: Aliases, conv: Conversation | None) -> Question | None:
    """ "and the Europeans?" after "what did Roscosmos say about leaving the station?" (or
    after any question): what that speaker said on the conversation's topic. Only a
    speaker (``_is_actor``); "and the deorbit vehicle?" asks about something else, which
    the ordinary parse reads as a follow-up."""
    if conv is None or not conv.story_ids:
        return None
    m = _AND_WHO.fullmatch(text)
    if m is not None and conv.kind == "latest":
        # "what about japan?" after "anything new from russia?": the latest on Japan, not
        # what Japan said about Russia
        return parse(f"what's the latest on {m.group('who')}?", aliases)
    if m is None and conv.speaker:
        # "nasa?" after "what did the white house say about …": the same, of NASA
        m = _BARE_WHO.fullmatch(text)
    if m is None:
        return None
    who = re.sub(r"^(?:the|a|an)\s+", "", _THE_US.sub("US", m.group("who")), flags=re.I)
    if not (_is_actor(who, aliases) or (conv.kind == "quote" and _is_role(who))):
        return None
    # the article goes too: "the us embassy" is the US's ("us" alone is the pronoun)
    speaker, names, concepts = _speaker(m.group("who"), aliases, conv)
    if not (names or concepts):
        return None
    topic = tuple(conv.topic)
    return Question(
        text, "quote", topic, speaker, names, concepts, True, topic_inherited=bool(topic)
    )


_AND_WHO = re.compile(
    r"(?:and|also|what\s+about|how\s+about|and\s+what\s+about)\s+(?P<who>[^?!.]{2,60}?)\s*[?!.]*",
    re.I,
)


_BARE_WHO = re.compile(r"(?P<who>[^?!.\s]+(?:\s+[^?!.\s]+){0,3}?)\s*\?+")


_TYPED_NAME = re.compile(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}")


def _is_role(who: str) -> bool:
    """ "the foreign minister", "the ambassador": after what someone said, a role asks
    what its holder said ("and the foreign minister?")."""
    words = who.lower().split()
    if not words or len(words) > 4 or words[0] in _OWNER_PRONOUNS:
        return False  # "and his instructor?": whose is for the ordinary follow-up to read
    vocab = speech_vocab()
    return words[-1] in vocab["roles"] or words[-1] in vocab["spokes"]


_OWNER_PRONOUNS = frozenset({"his", "her", "their", "its"})


def _is_actor(who: str, aliases: Aliases) -> bool:
    """A person, body or state of the gazetteer, however the member cased it, or a name
    as the member capitalised it ("and Belova?": stories quote people no list has)."""
    if state_of(who, any_case=True) or aliases.person(who):
        return True
    if who[-1:] == "s" and state_of(who[:-1], any_case=True):  # "the Europeans"
        return True
    if _TYPED_NAME.fullmatch(who):
        return True
    words = who.split()
    if len(words) > 1 and words[-1].capitalize() in speech_vocab()["org_words"]:
        # "the us embassy", "kyiv's foreign ministry": a body of a state or of a body
        owners = (w.removesuffix("'s").removesuffix("’s") for w in words[:-1])
        return any(len(w) > 1 and _is_actor(w, aliases) for w in owners)
    forms = {who, who.upper(), " ".join(w[:1].upper() + w[1:] for w in who.split())}
    for form in forms:
        hits, _ = scan(form)
        if any(
            h.cat in ("org", "person", "state") and h.end - h.start >= len(form) - 1 for h in hits
        ):
            return True
    return False


def _speaker(
    who: str, aliases: Aliases, conv: Conversation | None
) -> tuple[str | None, tuple[str, ...], tuple[Concept, ...]]:
    """(speaker text, names quotes may use, the concepts that name the speaker)."""
    who = _THE_US.sub("US", who.strip(" ,?!.'\"“”-–—"))
    who = re.sub(r"^(?:the|a|an|that|this)\s+", "", who, flags=re.I)
    who = _SOURCE_TAIL.sub("", who)
    # "italy's delegate on the esa council": where they sit is the scene, not their name
    who = _WHERE_TAIL.sub("", who)
    who = _COMPANION_TAIL.sub("", who)
    # "did Moscow's spokeswoman really claim": how it was said, not who said it
    who = _ADVERB_TAIL.sub("", who)
    document = _DOCUMENT.match(who)
    if document:  # "the Roscosmos letter read out in the Duma" speaks for Roscosmos
        who = document.group("org")
    if _PRONOUN_SPEAKER.match(who):
        if conv is None or not conv.speaker:
            return None, (), ()
        who = conv.speaker
    concepts = aliases.concepts(who)
    # "the roscosmos intl cooperation lady": "lady" says it is a person, not which one
    concepts = [c for c in concepts if not _ANYONE.fullmatch(c.text)] or concepts
    owned = _owned_role(who, concepts, aliases)
    if owned:
        # "putin's economic envoy" is the envoy: Putin is what the story will mention
        concepts = concepts[1:]
    names: list[str] = []
    people = [p for c in concepts for p in c.people]
    if owned:
        pass  # a description ("deputy"), matched around each quote, not a name
    elif people:  # "the head of Roscosmos", "Bill Nelson": the people it may be
        names = [n for p in people for n in p.names]
    elif len(concepts) == 1:  # "NASA", "the Kremlin", "Lindqvist"
        names = [written for _, written, weight in concepts[0].phrases if weight >= 1.0]
    elif len(concepts) > 1 and _body_name(who):
        # "UK Space Agency": one body, not "UK", "Space" and a surname "Agency"; a story
        # names it by its kind alone on later mention ("the Agency said")
        short = _initials(who)
        phrases = ((tuple(stems(who)), who, 1.0),)
        if short:  # "head of the ISS Sahel programme" is theirs too
            phrases += ((tuple(stems(short)), short, 1.0),)
        concepts = [Concept(who, phrases, named=True)]
        names = [who, who.split()[-1], *([short] if short else [])]
    elif concepts and all(c.named or c.text[:1].isupper() for c in concepts):
        names = [concepts[-1].text]  # "Rep. Cartwright", "Dr. Lindqvist": the surname
    # else a description ("a former NASA flight director"): matched around each quote
    bodies = _state_bodies(concepts[0].text) if len(concepts) == 1 and names else ()
    if bodies:
        # "what did the russians say about the banner": Russia speaks through Roscosmos
        # and the Kremlin ("Roscosmos spokeswoman Irina Belova said …")
        names += bodies
        extra = tuple((tuple(stems(b)), b, 0.9) for b in bodies)
        concepts = [replace(concepts[0], phrases=concepts[0].phrases + extra)]
    return who or None, tuple(dict.fromkeys(names)), tuple(concepts)


def _state_bodies(name: str) -> tuple[str, ...]:
    """The state agencies and governments the gazetteer places in the state ``name``
    names ("russia", "the russians"), which speak for it; not its companies or media."""
    state = state_of(name, any_case=True)
    if state is None:
        return ()
    # "the eu": the union's institutions; ESA is Europe's but no body of the EU
    kinds = ("government",) if name.lower() in UNION_NAMES else ("agency", "government")
    return tuple(
        org
        for org, entry in load_data()["orgs"].items()
        if entry.get("state") == state and entry.get("kind") in kinds
    )


UNION_NAMES = frozenset({"eu", "the eu", "european union", "the european union", "brussels"})


def on_the_station(q: Question, aliases: Aliases) -> Question:
    """ "who provides propulsion?": two plain words and nothing of their own to place them
    ask about the station, this product's subject, not a Mars rover's engines. (In a
    conversation, words its story has ask about that story instead: the caller decides
    that first.)"""
    if q.follow_up or q.kind == "quote" or not _unplaced(q.topic):
        return q
    station = tuple(c for c in aliases.concepts("the station") if c not in q.topic)
    return replace(q, topic=q.topic + station)


def _unplaced(topic: tuple[Concept, ...]) -> bool:
    """One or two everyday words and no name, place or rare term ("provides propulsion"):
    too little to say which story, however many stories share them."""
    return 0 < len(topic) <= 2 and all(
        not c.named and " " not in c.text and zipf(c.text) >= _EVERYDAY for c in topic
    )


_EVERYDAY = 3.3  # "propulsion" (3.5) is an everyday word; "shetland" (3.1) names a place


def _owned_role(who: str, concepts: list[Concept], aliases: Aliases) -> bool:
    """ "putin's economic envoy", "trumps science adviser": a known person's possessive
    before a role names the role's holder, not that person."""
    if len(concepts) < 2 or not concepts[0].people or not aliases.person(concepts[0].text):
        return False
    owner = concepts[0].text
    possessive = re.match(re.escape(owner) + r"['’]s\s", who, re.I) or (
        owner.lower().endswith("s") and aliases.person(owner[:-1])
    )
    return bool(possessive) and any(c.text.lower() in speech_vocab()["roles"] for c in concepts[1:])


# the words a question's kind is read from: "waht did shatrov sya" is "what did … say"
_ASKING_WORDS = frozenset(
    [
        "what",
        "when",
        "where",
        "which",
        "who",
        "whom",
        "whose",
        "why",
        "how",
        "did",
        "does",
        "say",
        "said",
        "says",
    ]
)
_SHORT_WORD = re.compile(r"(?<![\w'’-])[a-z]{3,6}(?![\w'’-])", re.I)  # not "sary" of "sary-arka"


def _asking_words_respelt(text: str) -> str:
    """A word English hardly knows that is one swap of two letters, or one letter more,
    less or other, from a question word or "say" (``_ASKING_WORDS``) is that word."""

    def fix(m: re.Match) -> str:
        word = m.group(0)
        low = word.lower()
        if low in _ASKING_WORDS or zipf(low) >= TYPO_ZIPF:
            return word
        near = _ASKING_WORDS.intersection(one_edit(low))
        return next(iter(near)) if len(near) == 1 else word

    return _SHORT_WORD.sub(fix, text)


# "who heads nasa", "who runs roscosmos", "who's in charge of esa": its head, a title the
# gazetteer and the stories give the office ("NASA Administrator …")
_HEADS = re.compile(
    r"\b(?P<who>who(?:['’]?s|\s+is|\s+was)?)\s+(?:heads|runs|leads|is\s+in\s+charge\s+of|"
    r"(?:is|was)\s+(?:running|leading|heading)|in\s+charge\s+of)\s+(?:the\s+)?"
    r"(?=[a-z])(?!(?:space\s+)?station\b|iss\b|crew\b|mission\b|spacewalk\b)",
    re.I,
)


def parse(text: str, aliases: Aliases, conv: Conversation | None = None) -> Question:
    text = _asking_words_respelt(aliases.uncasual(text))
    text = _WHATS_UP.sub("what's going on with", text)
    text = _HEADS.sub(r"\g<who> the head of ", text)
    other = _other_speaker(text, aliases, conv)
    if other is not None:
        return other
    kind, speaker, names, speaker_concepts = "what", None, (), ()
    earlier = False
    for pattern in _QUOTE_PATTERNS:
        m = pattern.search(text)
        if (
            m
            and len(m.group("who").split()) <= 10
            and not _CLAUSE.search(m.group("who"))
            and not _PUBLICATION.search(_SOURCE_TAIL.sub("", m.group("who")))
        ):
            speaker, names, speaker_concepts = _speaker(m.group("who"), aliases, conv)
            if names or speaker_concepts:
                kind = "quote"
                break
            front = _FRONTED.match(text[: m.start()])
            if front and _PRONOUN_SPEAKER.match(m.group("who")) and _fronted_ok(front):
                # "hungary's deputy FM at the budapest fair, what did she say about …"
                speaker, names, speaker_concepts = _speaker(front.group("who"), aliases, conv)
                if names or speaker_concepts:
                    kind = "quote"
                    break
            if _PRONOUN_SPEAKER.match(m.group("who")) and m.start() > 0:
                earlier = True  # "sen ruiz backed it, right? what did he say"
    if kind != "quote" and _REPLY_TAIL.search(text):
        # "german research minister, the one defending …, got asked if she regretted the cut.
        # her answer?": the one named before the first comma gave it
        front = _FRONT_NOUN.match(text)
        if front and not _CLAUSE.search(front.group("who")):
            speaker, names, speaker_concepts = _speaker(front.group("who"), aliases, conv)
            if names or speaker_concepts:
                kind = "quote"
    if kind != "quote" and earlier:
        kind, speaker = "quote", None
    if kind != "quote":
        # "when Rubio got back, did the Roscosmos boss want …": the main clause asks
        scene = _OPENING_SCENE.match(text)
        asked = text[scene.end() :] if scene else text
        for name, pattern in (
            ("when", _WHEN),
            ("why", _WHY),
            ("where", _WHERE),
            ("who", _WHO),
            ("latest", _LATEST),
            ("quantity", _QUANTITY),
            ("how", _HOW),
            ("yesno", _YESNO),
        ):
            if pattern.search(asked):
                kind = name
                break
    if kind == "what" and _WHAT_DATE.search(text):  # "what was the original launch date"
        kind = "when"
    if kind == "where" and _STANDING.search(text):  # "where does the nomination stand"
        kind = "latest"
    concepts = aliases.concepts(text)
    if kind != "quote":
        speaker, names, speaker_concepts = None, (), ()
    speaker_keys = {k for c in speaker_concepts for k, _, _ in c.phrases}
    if len(speaker_concepts) == 1 and _body_name(speaker_concepts[0].text):
        # the body's pieces ("UK", "Space") are the speaker's too, not the topic's
        pieces = aliases.concepts(speaker_concepts[0].text)
        speaker_keys |= {k for c in pieces for k, _, _ in c.phrases}
    topic = tuple(
        c
        for c in concepts
        if not speaker_keys & {k for k, _, _ in c.phrases}
        and not (kind == "quote" and (_SPEECH_VERB.fullmatch(c.text) or _ANYONE.fullmatch(c.text)))
        # "what did the state dept say back": how they answered, not a word to find
        and not (kind == "quote" and c.text.lower() == "back" and _SAID_BACK.search(text))
    )
    follow_up = bool(conv and conv.story_ids and (_FOLLOW.search(text) or len(topic) <= 1))
    inherited = bool(follow_up and conv is not None and not topic and conv.topic)
    if inherited:
        topic = conv.topic
    elif follow_up and conv is not None and conv.topic and _IT.search(text):
        # "how much does it cost?" after the deorbit vehicle: "it" is the last topic
        own = {k for c in topic for k, _, _ in c.phrases}
        topic += tuple(c for c in conv.topic if not own & {k for k, _, _ in c.phrases})
    claimant: tuple[Concept, ...] = ()
    if kind == "yesno":
        m = _CLAIM.search(text)
        if m and len(m.group("who").split()) <= 6:
            claimant = tuple(aliases.concepts(m.group("who")))
    opening = _DATING_SCENE.match(text)
    scene = (
        frozenset(c.text for c in aliases.concepts(opening.group(0))) if opening else frozenset()
    )
    return Question(
        text,
        kind,
        topic,
        speaker,
        names,
        speaker_concepts,
        follow_up,
        earlier,
        claimant,
        scene,
        topic_inherited=inherited,
    )
