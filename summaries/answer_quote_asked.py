"""Does a quote give the detail its question asks for?

"How much does the rover cost, according to Palermo" asks for a sum in Palermo's words:
his quote that "the rover is our ticket into the biggest exploration programme" is his,
and on the rover, but it does not answer. The sentence path checks this (answer_types);
the quote path skips that check because most quote questions ask for words, not sums.
"""

from __future__ import annotations

from summaries.answer_types import _MONEY, _MONEY_Q
from summaries.question import Question


def unsummed(q: Question, quote_text: str) -> str | None:
    """Why the quote cannot answer a "how much … cost/pay" question, or None."""
    if _MONEY_Q.search(q.text) and not _MONEY.search(quote_text):
        return "asked for a sum, the quote gives none"
    return None
