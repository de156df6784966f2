"""Follow-up context is per channel and member, expires, and stays bounded."""

from __future__ import annotations

from dataclasses import replace

from bot.conversations import Conversations


def test_the_same_member_in_the_same_channel_keeps_one_conversation():
    conversations = Conversations()
    assert conversations.get(1, 7) is conversations.get(1, 7)
    assert conversations.get(1, 7) is not conversations.get(2, 7)
    assert conversations.get(1, 7) is not conversations.get(1, 8)


def test_context_expires_after_a_quiet_spell():
    now = [0.0]
    conversations = Conversations(ttl=600, clock=lambda: now[0])
    first = conversations.get(1, 7)
    now[0] = 599
    assert conversations.get(1, 7) is first
    now[0] = 1300
    assert conversations.get(1, 7) is not first


def test_the_table_is_bounded_dropping_the_oldest():
    conversations = Conversations(max_entries=3)
    oldest = conversations.get(1, 1)
    for user in range(2, 6):
        conversations.get(1, user)
    assert len(conversations) == 3
    assert conversations.get(1, 1) is not oldest


def test_a_question_naming_who_and_what_is_not_held_to_the_story_just_opened(tmp_path):
    """After /story on ESA's suspension, 'what did Roscosmos say about European
    astronauts?' is asked as it would be alone: Krikalev's words on them, not the first
    Roscosmos line of the story just opened (session 19's operator tester)."""
    from summaries.analyse import analyse
    from summaries.answers import Conversation, answer
    from summaries.models import IncomingItem
    from summaries.store import Store

    title = "ESA suspends joint ISS experiment with Roscosmos; Moscow threatens European crew"
    text = (
        "PARIS — The European Space Agency said on Wednesday it had suspended a joint "
        "experiment with Roscosmos aboard the International Space Station after European "
        "export-control authorities refused a licence for a replacement detector.\n\n"
        '"We cannot ship the hardware, so we cannot run the experiment," ESA director '
        "Daniel Neuenschwander said.\n\n"
        'Roscosmos called the decision political. "Europe has chosen to punish science," '
        "the agency said in a statement.\n\n"
        'On Friday Roscosmos went further. "European astronauts will not be trained on Soyuz '
        'systems while this ban stands," Roscosmos executive director Sergei Krikalev said.'
    )
    store = Store(tmp_path / "c.db")
    feed = store.add_feed("https://f.example/x", "F")
    item = IncomingItem("g", "https://f.example/esa", title, text, None)
    store.ingest(feed.id, [replace(item, analysis=analyse(title, text))])
    [story] = store.stories(iss_only=False)
    question = "what did Roscosmos say about European astronauts?"
    alone = answer(store, question)
    conv = Conversation()
    conv.focus(story)  # what /story does
    after = answer(store, question, conversation=conv)
    store.close()
    assert "will not be trained on Soyuz" in alone.answer, alone.answer
    assert after.answer == alone.answer
