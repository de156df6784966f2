"""A schedule told in the present tense dates what is still to come: "The rule takes
effect Feb. 4", "The council meets in November". The member tester's "when does the bis
rule take effect" got "No stored story gives a date for that yet", then that date."""

from __future__ import annotations

from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES

RULE = (
    "bis-rad-hard-rule-progress",
    "Commerce rule on rad-hard chips could ground Progress, Roscosmos warns",
    "2028-01-06T09:00:00Z",
    True,
    [
        "The U.S. Commerce Department's Bureau of Industry and Security published an interim "
        "final rule Jan. 5 that extends license requirements to more radiation-hardened "
        "microelectronics, including processors in the Kurs-NA system that guides Progress "
        "ships to the International Space Station.",
        "The rule takes effect Feb. 4, and comments are due by the same date.",
        "Roscosmos said the rule could ground Progress flights to the station.",
    ],
    [],
)
MINISTERIAL = (
    "esa-budget-ministerial-preview",
    "ESA prepares budget bid as partners argue over the station's end",
    "2028-01-10T09:00:00Z",
    True,
    [
        "The European Space Agency will ask its member states for more money for its "
        "astronauts on the International Space Station as Russia threatens to leave early.",
        "The ministerial council meets in November in Bremen.",
        "Diplomats said Germany and France had not agreed on the launcher budget.",
    ],
    [],
)


def test_a_rule_taking_effect_on_a_date_answers_when(make_store):
    store = make_store([*ARTICLES, RULE, MINISTERIAL])
    reply = answer(store, "when does the bis rule take effect")
    assert reply.found, reply.answer
    assert reply.answer.startswith("The rule takes effect Feb. 4"), reply.answer
    reply = answer(store, "when is the esa ministerial")
    assert reply.found, reply.answer
    assert reply.answer.startswith("The ministerial council meets in November"), reply.answer
