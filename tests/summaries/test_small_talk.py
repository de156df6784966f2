"""summaries.small_talk: only a message that is small talk and nothing else skips the search."""

from __future__ import annotations

import pytest

from summaries.small_talk import small_talk


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("hello", "greeting"),
        ("Hey there!", "greeting"),
        ("good morning <@300000000000000001>", "greeting"),
        ("thanks!", "thanks"),
        ("thank you so much, SpaceBrief", "thanks"),
        ("help", "help"),
        ("what can you do?", "help"),
        ("/quotes Voronov", "command"),
        ("are you a bot?", "help"),
        ("who made you?", "help"),
        ("lol", "reaction"),
        ("@everyone lol", "reaction"),
        ("cool story", "reaction"),
        ("interesting...", "reaction"),
        ("haha nice", "reaction"),
        ("wat", "reaction"),
        ("oh wow 😮", "reaction"),
        ("i see", "reaction"),
        # chat with the bot itself: searched for, "joke" came back as news
        ("tell me a joke", "reaction"),
        ("can you tell me a joke please?", "reaction"),
        ("good bot", "reaction"),
        ("do you like space?", "reaction"),
        ("how are you?", "reaction"),
    ],
)
def test_small_talk_is_recognised(text, kind):
    assert small_talk(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "hey, what did Belova say?",
        "thanks, and what did NASA say?",
        "help with sanctions",
        "who will help pay for the deorbit?",
        "is the deal good?",
        "/etc/passwd",
        "why?",
        "and nasa?",
        "is that true?",
        "what's interesting about Zvezda?",
        "no sanctions?",
        "cool, and what did ESA say?",
        "is there a joke about the iss",
        "how are you funding the deorbit vehicle",
    ],
)
def test_a_question_around_small_talk_still_goes_to_the_answers(text):
    assert small_talk(text) is None
