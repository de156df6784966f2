"""Does a quote give the detail its question asks for?

"How much does the rover cost, according to Palermo" asks for a sum in Palermo's words:
his quote that "the rover is our ticket into the biggest exploration programme" is his,
and on the rover, but it does not answer. The sentence path checks this (answer_types);
the quote path skips that check because most quote questions ask for words, not sums.
"""

from __future__ import annotations

import re

from summaries.answer_types import _MONEY, _MONEY_Q
from summaries.question import Question


def unsummed(q: Question, quote_text: str) -> str | None:
    """Why the quote cannot answer a "how much … cost/pay" question, or None. "What did
    the boss say about the russian price for the seat" asks for their words on the price:
    a sum after "about" is the topic, not the answer."""
    m = _MONEY_Q.search(q.text)
    if m and not _ABOUT.search(q.text, 0, m.start()) and not _MONEY.search(quote_text):
        return "asked for a sum, the quote gives none"
    return None


_ABOUT = re.compile(r"\b(?:about|on|over)\b")
