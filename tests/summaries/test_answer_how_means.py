"""A "how" is answered by the means ("with a rubber mallet", "using the spare arm"), not
by a sentence that only says what will or would happen: "will" and "would" tell a plan
or a state, so they no longer count as the manner a "how" asks for."""

from __future__ import annotations

from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES

LIVE = (
    "live-poisk-hatch-latch",
    "Live: cosmonauts battle a stuck latch on the Poisk hatch",
    "2026-11-12T09:00:00Z",
    True,
    [
        "10:42 — The latch on the Poisk hatch is stuck and will not close; the crew has been pushing "
        "at it for 5 minutes.",
        "10:50 — Mission control has asked the crew to take photographs of the latch.",
    ],
    [],
)
REPORT = (
    "poisk-hatch-latch-closed",
    "Cosmonauts close a stuck Poisk hatch latch",
    "2026-11-12T18:00:00Z",
    True,
    [
        "MOSCOW — Two cosmonauts finished a six-hour spacewalk on Thursday after checking "
        "seals on the Poisk module.",
        "Both men checked the seals around the hatch first.",
        "The stuck latch held for twenty minutes, and Ivanov closed it with a rubber mallet.",
        "The spacewalk ended at 16:10 Moscow time.",
    ],
    [],
)


def test_how_prefers_the_means_to_what_will_not_happen(make_store):
    store = make_store([*ARTICLES, LIVE, REPORT])
    reply = answer(store, "how did ivanov finally get the stuck latch on the poisk hatch closed")
    assert reply.found, reply.answer
    assert "rubber mallet" in reply.answer, reply.answer
