"""Stories, answers and statuses as Discord embeds, within Discord's limits.

Feed text is hostile until escaped: every string that came from a feed goes through
:func:`clean`, which escapes markdown and defuses @everyone, @here and user, role and
channel mentions (``AllowedMentions.none()`` on every send is the second lock).

Limits (Discord's): 10 embeds and 6,000 embed characters per message, 2,000 characters of
content, 256 per title, 4,096 per description, 1,024 per field value, 25 fields.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import quote

import discord

from summaries.controls import strip_controls
from summaries.models import Answer, Quote, Story
from summaries.quote_rank import ShownQuote

MAX_EMBEDS = 10
MAX_TOTAL = 6000
MAX_CONTENT = 2000
MAX_TITLE = 256
MAX_DESCRIPTION = 4096
MAX_FIELD = 1024
MAX_FIELDS = 25
COLOUR = discord.Colour(0x1F6FEB)
_MENTION = re.compile(r"<(@[!&]?|#)")


def clean(text: str | None, limit: int | None = None) -> str:
    """Escaped feed text, cut to `limit` characters (escapes included) with an ellipsis."""
    # bidi overrides and the like, in stories stored before ingest stripped them
    text = strip_controls(text or "", keep_lines=False)
    text = discord.utils.escape_markdown(" ".join(text.split()))
    text = discord.utils.escape_mentions(text)
    text = _MENTION.sub(lambda m: "<" + m.group(1) + "\u200b", text)
    text = re.sub(r"@(everyone|here)", "@\u200b\\1", text)
    return cut(text, limit) if limit else text


def cut(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    text = text[: limit - 1]
    if text.endswith("\\"):  # never leave a dangling escape
        text = text[:-1]
    return text + "…"


def safe_url(url: str | None) -> str | None:
    """An http(s) URL fit for an embed or a masked link, else None."""
    url = (url or "").strip()
    if not re.match(r"https?://", url, re.I) or len(url) > 2000:
        return None
    return quote(url, safe=":/?#[]@!$&'*+,;=%~.-_")


def link(title: str, url: str | None, limit: int = 200) -> str:
    text = clean(title.replace("[", "(").replace("]", ")"), limit)
    target = safe_url(url)
    return f"[{text}]({target})" if target else text


def quote_line(q: Quote | ShownQuote, limit: int = 400) -> str:
    who = f" — {clean(q.speaker, 80)}" if q.speaker else ""
    return f"“{clean(q.text, limit)}”{who}"


def story_embed(story: Story, *, full: bool = False) -> discord.Embed:
    """One story: linked title, summary, a key quote (all of them when `full`)."""
    embed = discord.Embed(
        title=clean(story.title, MAX_TITLE) or "(untitled)",
        url=safe_url(story.url),
        description=clean(story.summary, 1500 if full else 700),
        colour=COLOUR,
    )
    quotes = story.shown_quotes()
    if quotes and not full:
        embed.add_field(name="Key quote", value=quote_line(quotes[0], 500), inline=False)
    if full:
        for i, q in enumerate(quotes[:10], 1):
            embed.add_field(name=f"Quote {i}", value=quote_line(q, 900), inline=False)
        sources = [link(s.feed, s.url, 80) for s in story.carried_by()]
        if sources:
            embed.add_field(name="Sources", value=cut("\n".join(sources), MAX_FIELD), inline=False)
        if story.reasons:
            why = "\n".join(f"• {clean(r, 200)}" for r in story.reasons[:6])
            heading = (
                "Why it is here"
                if story.iss_geopolitical
                else "Classification: not ISS geopolitics"
            )
            embed.add_field(name=heading, value=cut(why, MAX_FIELD), inline=False)
    stamp, undated = story.when
    when = stamp[:16].replace("T", " ")
    if not any(f.name == "Sources" for f in embed.fields):  # in full, Sources names it
        embed.add_field(name="Source", value=clean(story.source, 100) or "unknown", inline=True)
    if not undated or not when:
        embed.add_field(name="Published", value=f"{when} UTC" if when else "unknown", inline=True)
    else:  # the feed gave no usable date: when the bot first saw it is all there is
        embed.add_field(name="First seen", value=f"{when} UTC (undated)", inline=True)
    if story.tags:
        embed.add_field(name="Tags", value=clean(", ".join(story.tags[:8]), 200), inline=True)
    embed.set_footer(text=f"story {story.id} · score {story.score:.2f}")
    while len(embed) > MAX_TOTAL:  # drop the least important quotes first
        quotes = [i for i, f in enumerate(embed.fields) if f.name.startswith("Quote ")]
        if len(quotes) <= 1:
            break
        embed.remove_field(quotes[-1])
    return _fit(embed)


@dataclass
class Page:
    """One message: optional content plus at most 10 embeds within 6,000 characters."""

    content: str | None = None
    embeds: list[discord.Embed] = field(default_factory=list)
    story_ids: list[int] = field(default_factory=list)


def paginate(
    embeds: list[discord.Embed], *, header: str | None = None, ids: list[int] | None = None
) -> list[Page]:
    """Split embeds across as few messages as Discord allows; the header goes on the first."""
    ids = ids or [0] * len(embeds)
    pages = [Page(content=cut(header, MAX_CONTENT) if header else None)]
    size = 0
    for embed, sid in zip(embeds, ids, strict=True):
        n = len(embed)
        page = pages[-1]
        if page.embeds and (len(page.embeds) >= MAX_EMBEDS or size + n > MAX_TOTAL):
            pages.append(Page())
            page, size = pages[-1], 0
        page.embeds.append(embed)
        if sid:
            page.story_ids.append(sid)
        size += n
    return [p for p in pages if p.embeds or p.content]


def story_count(n: int) -> str:
    """ "1 story", "3 stories": for replies and the operator's log lines."""
    return "1 story" if n == 1 else f"{n} stories"


def digest_pages(stories: list[Story], *, title: str = "ISS geopolitics digest") -> list[Page]:
    if not stories:
        return []
    count = "1 story" if len(stories) == 1 else f"{len(stories)} stories, best first"
    return paginate(
        [story_embed(st) for st in stories],
        header=f"**{title}**: {count}",
        ids=[st.id for st in stories],
    )


def alert_pages(stories: list[Story]) -> list[Page]:
    return digest_pages(stories, title="ISS geopolitics alert")


def answer_embed(answer: Answer) -> discord.Embed:
    """The answer leads; its sources follow as links (always, when there are any)."""
    embed = discord.Embed(description=clean(answer.answer, 3500), colour=COLOUR)
    if answer.citations:
        lines = [f"{i}. {link(c.title, c.url, 150)}" for i, c in enumerate(answer.citations, 1)]
        embed.add_field(name="Sources", value=cut("\n".join(lines[:8]), MAX_FIELD), inline=False)
    return embed


def quotes_embed(pairs: list[tuple[Story, Quote]], *, heading: str) -> discord.Embed:
    embed = discord.Embed(title=cut(heading, MAX_TITLE), colour=COLOUR)
    if not pairs:
        embed.description = "No key quotes found in the stored stories."
        return embed
    # One field per speaker in a row: the name heads the field once, not after each quote.
    last = None
    for story, q in pairs[:10]:
        name = cut(clean(q.speaker) or "Unnamed speaker", MAX_TITLE)
        entry = f"“{clean(q.text, 600)}”\n{link(story.title, story.url, 150)}"
        if last is not None and last.name == name and len(last.value) + 2 + len(entry) <= MAX_FIELD:
            embed.set_field_at(
                len(embed.fields) - 1, name=name, value=f"{last.value}\n\n{entry}", inline=False
            )
        else:
            embed.add_field(name=name, value=cut(entry, MAX_FIELD), inline=False)
        last = embed.fields[-1]
    return _fit(embed)


def lines_embed(title: str, lines: list[str], *, empty: str) -> discord.Embed:
    """A titled list, cut to fit one description."""
    body = "\n".join(lines) if lines else empty
    return discord.Embed(title=cut(title, MAX_TITLE), description=cut(body, MAX_DESCRIPTION))


def _fit(embed: discord.Embed) -> discord.Embed:
    while len(embed) > MAX_TOTAL and embed.fields:
        embed.remove_field(len(embed.fields) - 1)
    return embed
