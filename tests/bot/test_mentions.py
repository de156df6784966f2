"""Mentions: a question answered as a reply with source links, politely rate-limited."""

from __future__ import annotations

from tests.bot.discord_double import BOT_ID, CHANNEL_ID
from tests.bot.helpers import populate, real_now, running_bot
from tests.bot.test_commands import leaving_story


def replies(double):
    return [r.json for r in double.posts(CHANNEL_ID) if "message_reference" in r.json]


async def test_a_mentioned_question_is_answered_in_a_reply_citing_its_source(double, db):
    populate(db, [leaving_story(real_now())])
    async with running_bot(double, db) as bot:
        mid = await double.mention(f"<@{BOT_ID}> what did Roscosmos say about leaving?")
        await double.wait_for(lambda: replies(double))
        assert bot.intents.message_content is False
    [reply] = replies(double)
    assert str(reply["message_reference"]["message_id"]) == mid
    assert reply["allowed_mentions"] == {"parse": [], "replied_user": False}
    sources = reply["embeds"][0]["fields"][0]
    assert sources["name"] == "Sources"
    assert "(https://news.example/roscosmos-leave)" in sources["value"]
    assert double.identify_intents & (1 << 15) == 0  # no privileged message-content intent
    assert double.unknown == []


async def test_a_bare_mention_gets_short_help_and_bots_are_ignored(double, db):
    async with running_bot(double, db):
        await double.mention(f"<@{BOT_ID}> something", bot_author=True)
        await double.mention(f"<@{BOT_ID}>")
        await double.wait_for(lambda: replies(double))
    [reply] = replies(double)
    assert "/help" in reply["content"]


async def test_a_member_asking_too_fast_is_told_once_politely(double, db):
    populate(db, [leaving_story(real_now())])
    async with running_bot(double, db):
        for _ in range(6):
            await double.mention(f"<@{BOT_ID}> what did Roscosmos say about leaving?")
        await double.wait_for(lambda: len(replies(double)) >= 5)
    answers = [r for r in replies(double) if r.get("embeds")]
    slow = [r for r in replies(double) if "faster than I can read" in (r.get("content") or "")]
    assert len(answers) == 4 and len(slow) == 1


async def test_a_follow_up_mention_reuses_the_previous_answer_as_context(double, db):
    populate(db, [leaving_story(real_now())])
    async with running_bot(double, db):
        await double.mention(f"<@{BOT_ID}> what did Borisov say about leaving the station?")
        await double.wait_for(lambda: len(replies(double)) >= 1)
        await double.mention(f"<@{BOT_ID}> and what did he say about sanctions?")
        await double.wait_for(lambda: len(replies(double)) >= 2)
    first, follow_up = (r["embeds"][0]["description"] for r in replies(double))
    assert "Borisov" in first
    assert "Borisov" in follow_up and "The decision to leave the station" in follow_up


async def test_greetings_thanks_and_help_get_a_friendly_reply_not_a_search(double, db):
    populate(db, [leaving_story(real_now())])
    messages = ["hello", "thanks!", "help", "Good morning, SpaceBrief!", "/brief"]
    async with running_bot(double, db):
        for n, text in enumerate(messages, 1):
            await double.mention(f"<@{BOT_ID}> {text}")
            await double.wait_for(lambda n=n: len(replies(double)) >= n)
    hello, thanks, help_, morning, command = replies(double)
    for reply in (hello, thanks, help_, morning, command):
        assert not reply.get("embeds"), reply  # no answer searched from the stories
        assert "nothing on that" not in reply["content"]
    assert hello["content"].startswith("Hello!") and "/brief" in hello["content"]
    assert morning["content"] == hello["content"]
    assert "welcome" in thanks["content"]
    assert "/help" in help_["content"] and "what did Roscosmos say" in help_["content"]
    assert "slash command" in command["content"]


async def test_a_mention_too_long_to_read_whole_says_so_instead_of_answering_part(double, db):
    populate(db, [leaving_story(real_now())])
    pasted = "what did Roscosmos say about leaving? " + "and so on " * 1000
    async with running_bot(double, db):
        await double.mention(f"<@{BOT_ID}> {pasted}")
        await double.wait_for(lambda: replies(double))
    [reply] = replies(double)
    assert not reply.get("embeds")
    assert reply["content"] == (
        "That question is too long (10,037 characters); please keep it under 300."
    )


async def test_source_after_brief_is_about_the_stories_brief_listed(double, db):
    from tests.bot.discord_double import ADMIN_ID

    populate(db, [leaving_story(real_now())])
    async with running_bot(double, db):
        await double.interact("brief", user_id=ADMIN_ID)
        await double.mention(f"<@{BOT_ID}> source?", author_id=ADMIN_ID)
        await double.wait_for(lambda: replies(double))
    [reply] = replies(double)
    embed = reply["embeds"][0]
    assert embed["description"].startswith("That came from “Roscosmos says Russia will leave")
    assert "(https://news.example/roscosmos-leave)" in embed["fields"][0]["value"]
