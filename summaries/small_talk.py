"""Small talk in a mention: "@SpaceBrief hello", "thanks!", "help", "/brief", and the
courtesies around a real question ("hey, … thanks").

A member who greets, thanks or asks the bot for help is not asking about the stories
(the mention handler replies in kind; ``question.clean`` gives /ask and the console a
short reply):
searching them finds nothing ("hello") or something absurd ("help" matches a quote about
helping). Only a message that is small talk and nothing else is caught here; "hey, what
did Belova say?" is a question and goes to the answers engine.
"""

from __future__ import annotations

import re
from typing import Literal

Kind = Literal["greeting", "thanks", "help", "command", "reaction"]

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")
# What a chat client puts in a message besides the words: Discord's user, role and
# channel mentions, custom emoji and timestamps, @everyone/@here.
CHAT_MARKUP = re.compile(
    r"<(?:@[!&]?\d+|#\d+|a?:\w+:\d+|t:\d+(?::\w)?)>|(?<!\w)@(?:everyone|here)\b", re.I
)
# Words that may stand around a greeting or thanks without making it a question.
_FILLER = {"there", "all", "everyone", "folks", "guys", "team", "bot", "spacebrief", "again"}
_GREETINGS = {
    "hi",
    "hello",
    "hey",
    "heya",
    "hiya",
    "howdy",
    "yo",
    "greetings",
    "gm",
    "morning",
    "afternoon",
    "evening",
    "hallo",
    "hola",
    "bonjour",
    "salut",
    "ciao",
}
_AROUND_GREETING = {"good", "day"}  # "good morning", "good day"; not "good" alone
_THANKS = {"thanks", "thank", "thx", "ty", "tysm", "cheers", "ta", "merci", "danke", "gracias"}
_THANKS_EXTRA = {"you", "so", "much", "a", "lot", "many", "very", "great", "nice", "awesome"}
_THANKS_EXTRA |= {"cool", "ok", "okay", "perfect", "appreciated", "that's", "helpful", "for"}
_THANKS_EXTRA |= {"the", "answer", "info", "help"}
_HELP = {
    "help",
    "help me",
    "help please",
    "please help",
    "commands",
    "what can you do",
    "what do you do",
    "what are you",
    "who are you",
    "how do i use you",
    "how do you work",
    "how does this work",
    "usage",
    "are you a bot",
    "are you human",
    "are you real",
    "are you an ai",
    "are you ai",
    "is this a bot",
    "who made you",
    "who built you",
    "who created you",
    "who wrote you",
    "who runs you",
}
# A reaction to the last reply ("lol", "cool story", "interesting"): searched for, its
# one word matched "coolant" or "interest" somewhere and came back as news.
_REACTIONS = {
    "lol", "lmao", "lmfao", "rofl", "haha", "hahaha", "ha", "hah", "hehe", "heh", "xd",
    "nice", "cool", "wow", "whoa", "woah", "interesting", "neat", "great", "awesome",
    "sweet", "hmm", "hmmm", "hm", "huh", "wat", "oh", "ah", "ahh", "aha", "oof", "yikes",
    "damn", "dang", "omg", "wtf", "bruh", "yeah", "yep", "yes", "no", "nope", "nah", "sure",
    "right", "true", "fair", "indeed", "agreed", "same", "k", "kk", "ok", "okay", "alright",
    "see", "got", "it", "i", "makes", "sense", "story", "good", "to", "know", "crazy", "wild",
    "sad", "bad", "enough", "lit", "gg", "rip",
}  # fmt: skip
_REACTION_WORDS = {"lol", "lmao", "haha", "nice", "cool", "wow", "interesting", "hmm", "huh"}
_REACTION_WORDS |= {"wat", "oh", "ah", "omg", "see", "got", "sense", "neat", "whoa", "bruh"}
_REACTION_WORDS |= {"yikes", "oof", "woah", "hm", "hmmm", "xd", "rofl", "lmfao", "wild"}
_COMMANDS = {"brief", "ask", "story", "quotes", "help", "feeds", "digest"}
# Chat with the bot itself ("tell me a joke", "good bot"): searched for, "joke" or "like
# space" matched a story and came back as news with citations.
_CHAT = {
    "tell me a joke", "tell a joke", "a joke", "joke", "say something funny",
    "tell me a story", "sing", "sing a song", "sing me a song",
    "good bot", "bad bot", "nice bot", "great bot", "stupid bot", "dumb bot", "love you",
    "i love you", "i like you", "do you like space", "do you like the iss",
    "do you love space", "what is your name", "whats your name", "what's your name",
    "how old are you", "are you sentient", "are you alive", "what do you think",
    "how are you", "how are you doing", "how r u", "hows it going", "how's it going",
}  # fmt: skip


def small_talk(text: str) -> Kind | None:
    """What kind of small talk the whole message is, or None for anything else."""
    text = CHAT_MARKUP.sub(" ", text).strip()
    command = re.fullmatch(r"/(\w+)(?:\s.*)?", text, re.S)
    if command and command.group(1).lower() in _COMMANDS:
        return "command"
    words = [w.casefold() for w in _WORD.findall(text)]
    if not words:
        return "help" if text.strip("?!. ") == "" and "?" in text else None
    if " ".join(words) in _HELP or " ".join(w for w in words if w not in _FILLER) in _HELP:
        return "help"
    around = _GREETINGS | _AROUND_GREETING | _FILLER
    if all(w in around for w in words) and any(w in _GREETINGS for w in words):
        return "greeting"
    if any(w in _THANKS for w in words) and all(
        w in _THANKS | _THANKS_EXTRA | _FILLER for w in words
    ):
        return "thanks"
    joined = " ".join(w for w in words if w not in ("please", "pls", "plz", "can", "you"))
    if joined in _CHAT or " ".join(words) in _CHAT:
        return "reaction"
    reacting = "?" not in text and any(w in _REACTION_WORDS for w in words)
    if reacting and all(w in _REACTIONS | _FILLER for w in words):
        return "reaction"
    return None


# "hey, what did Belova say?", "ok so who …": the greeting asks nothing
_GREETING = re.compile(
    r"^(?:(?:hey|hi|hello|hiya|howdy|yo|greetings|ok(?:ay)?|so|um+|uh+|please|pls|plz|"
    r"good\s+(?:morning|afternoon|evening))(?:\s+there)?\b[\s,!.:;-]*)+",
    re.I,
)
_SIGN_OFF = re.compile(
    r"(?<=\S)[\s,.!]+(?:thanks|thank\s+you|thx|ty|pls|please|cheers)[\s!.]*$", re.I
)


def without_courtesies(text: str) -> str:
    """A question without the greeting before it and the thanks after it ("hey, what did
    Belova say? thanks"); a greeting alone leaves nothing."""
    return _SIGN_OFF.sub("", _GREETING.sub("", text)).strip()
