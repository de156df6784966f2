"""A member asked "Did Russia sign the treaty amendment?" and the answer opened on another
"not" of the story ("The question of who pays … is not settled by the amendment"), with
Russia's refusal nowhere: the reply to a yes/no question is about the one it names, and
"declined to sign" replies as "refused" does ("declined to say" does not)."""

from __future__ import annotations

import pytest

from summaries.answers import answer
from tests.summaries.member_store import member_store


@pytest.fixture
def store(tmp_path):
    s = member_store(tmp_path / "member.db", ["a07", "a05", "a06"])
    yield s
    s.close()


def test_did_russia_sign_opens_on_russia_declining(store):
    reply = answer(store, "Did Russia sign the treaty amendment?")
    assert reply.found, reply.answer
    assert reply.answer.startswith("Russia, the fifth party to the agreement, declined to sign.")


def test_declining_to_say_is_no_reply():
    from summaries.lead_types import _POLARITY

    assert _POLARITY.search("Russia, the fifth party to the agreement, declined to sign.")
    assert not _POLARITY.search("It declined to say whether any of the files were NASA’s own.")
