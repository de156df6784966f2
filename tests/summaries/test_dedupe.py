"""Item identity and cross-feed event identity, on the fixture pairs of tests/data/dedupe/."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summaries import dedupe
from summaries.models import IncomingItem
from summaries.store import Store

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "dedupe"
PAIRS = sorted(FIXTURES.glob("*.json"))
# Same-event pairs the chosen rule misses, by measurement (benchmarks/bench_dedupe.py): a
# heavy rewrite sharing no more 3-grams than the closest look-alike different events
# (containment 0.31, Jaccard 0.18, as different_04, _06, _08) and no long quotation (the
# rule that merges same_05, _14 and _17). Strict: a better rule must drop it from here.
KNOWN_MISSES = {
    "same_06_rewrite_thirty_deorbit_hearing",
}
CASES = [
    pytest.param(
        p,
        id=p.stem,
        marks=[pytest.mark.xfail(strict=True, reason="measured miss")]
        if p.stem in KNOWN_MISSES
        else [],
    )
    for p in PAIRS
]


def load(path: Path) -> dict:
    return json.loads(path.read_text())


def shingles(side: dict) -> set[int]:
    return dedupe.shingles(side["title"] + "\n" + side["text"])


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "spacebrief.db")
    yield s
    s.close()


def item(side: dict, guid: str | None, url: str | None) -> IncomingItem:
    return IncomingItem(guid, url, side["title"], side["text"], side["published"])


def test_fixtures_cover_both_kinds_at_least_twelve_each():
    kinds = [load(p)["kind"] for p in PAIRS]
    assert kinds.count("same") >= 12
    assert kinds.count("different") >= 12


@pytest.mark.parametrize("path", CASES)
def test_fixture_pair_is_judged_by_its_kind(path):
    doc = load(path)
    sim = dedupe.similarity(shingles(doc["a"]), shingles(doc["b"]))
    assert sim.same_event is (doc["kind"] == "same"), doc["note"]


@pytest.mark.parametrize("path", CASES)
def test_pair_from_two_feeds_is_one_story_only_when_same_event(store, path):
    doc = load(path)
    feed_a = store.add_feed("https://a.example/rss", "Outlet A")
    feed_b = store.add_feed("https://b.example/rss", "Outlet B")
    first = store.ingest(feed_a.id, [item(doc["a"], "a-1", "https://a.example/news/1")])
    second = store.ingest(feed_b.id, [item(doc["b"], "b-1", "https://b.example/story/9")])
    stories = store.stories(iss_only=False)
    assert first.new == 1
    if doc["kind"] == "same":
        assert (second.merged, second.new) == (1, 0)
        assert len(stories) == 1
        assert {s.feed for s in stories[0].sources} == {"Outlet A", "Outlet B"}
    else:
        assert (second.merged, second.new) == (0, 1)
        assert len(stories) == 2


def test_template_lookalike_is_not_merged_by_words_alone():
    # Two Progress launches on one template share more 3-grams than most true rewrites;
    # only the figures (ship number, time, tonnage) tell them apart.
    doc = load(FIXTURES / "different_01_progress_launches_a_month_apart.json")
    sim = dedupe.similarity(shingles(doc["a"]), shingles(doc["b"]))
    assert sim.containment >= dedupe.MIN_CONTAINMENT
    assert sim.number_overlap is not None
    assert sim.number_overlap < dedupe.MIN_NUMBER_OVERLAP


def test_same_guid_seen_again_is_unchanged(store):
    doc = load(PAIRS[0])
    feed = store.add_feed("https://a.example/rss")
    store.ingest(feed.id, [item(doc["a"], "g-1", "https://a.example/1")])
    again = store.ingest(feed.id, [item(doc["a"], "g-1", "https://a.example/1")])
    assert (again.unchanged, again.new, again.updated) == (1, 0, 0)
    assert store.counts()["stories"] == 1


def test_changed_text_under_same_guid_updates_the_story(store):
    doc = load(PAIRS[0])
    feed = store.add_feed("https://a.example/rss")
    store.ingest(feed.id, [item(doc["a"], "g-1", "https://a.example/1")])
    edited = dict(
        doc["a"], text=doc["a"]["text"] + "\n\nCorrection: an earlier version misdated the launch."
    )
    again = store.ingest(feed.id, [item(edited, "g-1", "https://a.example/1")])
    assert (again.updated, again.new) == (1, 0)
    [story] = store.stories(iss_only=False)
    assert story.text.endswith("misdated the launch.")


def test_item_without_guid_is_keyed_by_its_canonical_link(store):
    doc = load(PAIRS[0])
    url = "https://a.example/news/progress-ms-30"
    assert dedupe.item_key(None, url, doc["a"]["title"], None) == "url:" + url
    assert dedupe.item_key("  ", url, doc["a"]["title"], None) == "url:" + url
    feed = store.add_feed("https://a.example/rss")
    store.ingest(feed.id, [item(doc["a"], None, url)])
    same = store.ingest(feed.id, [item(doc["a"], None, url)])
    edited = dict(doc["a"], title=doc["a"]["title"] + " (updated)")
    changed = store.ingest(feed.id, [item(edited, None, url)])
    assert same.unchanged == 1
    assert (changed.updated, changed.new) == (1, 0)
    assert store.counts()["stories"] == 1


def test_item_without_guid_or_link_is_keyed_by_title_and_date(store):
    doc = load(PAIRS[0])
    a = doc["a"]
    key = dedupe.item_key(None, None, a["title"], a["published"])
    assert key.startswith("fp:")
    assert key == dedupe.item_key(None, None, a["title"].upper() + "!", a["published"])
    assert key != dedupe.item_key(None, None, a["title"], "2030-01-01T00:00:00Z")
    feed = store.add_feed("https://a.example/rss")
    store.ingest(feed.id, [item(a, None, None)])
    same = store.ingest(feed.id, [item(a, None, None)])
    changed = store.ingest(feed.id, [item(dict(a, text=a["text"] + "\n\nMore."), None, None)])
    assert same.unchanged == 1
    assert (changed.updated, changed.new) == (1, 0)
    assert store.counts()["stories"] == 1


STATUS_1 = {
    "title": "ISS On-Orbit Status Report - June 1, 2026",
    "text": "The crew of the International Space Station spent Monday on plant biology "
    "research and a leak check in the Zvezda service module. The Expedition 75 commander "
    "also serviced the water recovery system.",
    "published": "2026-06-01T20:00:00Z",
}
STATUS_2 = {
    "title": "ISS On-Orbit Status Report - June 2, 2026",
    "text": "The crew of the International Space Station spent Tuesday on muscle research "
    "and a fire drill in the Destiny laboratory. The Expedition 75 commander also serviced "
    "the oxygen generation system.",
    "published": "2026-06-02T20:00:00Z",
}


def test_two_items_of_one_feed_are_two_stories_however_alike(store):
    # a daily report on one template under one headline: merging them lost the second
    # day entirely; only a near copy (a repost) is one story within a feed
    monday = {**STATUS_1, "title": "Station crew log"}
    tuesday = {**STATUS_2, "title": "Station crew log"}
    assert dedupe.similarity(shingles(monday), shingles(tuesday)).same_event
    feed = store.add_feed("https://a.example/rss", "Station blog")
    result = store.ingest(
        feed.id,
        [
            item(monday, "log-1", "https://a.example/log/1"),
            item(tuesday, "log-2", "https://a.example/log/2"),
        ],
    )
    assert (result.new, result.merged) == (2, 0)
    texts = {s.text for s in store.stories(iss_only=False)}
    assert texts == {STATUS_1["text"], STATUS_2["text"]}


def test_headlines_with_different_figures_from_two_feeds_stay_apart(store):
    # "June 1" and "June 2" are in neither other report: two events, whatever the words
    feed_a = store.add_feed("https://a.example/rss", "Outlet A")
    feed_b = store.add_feed("https://b.example/rss", "Outlet B")
    store.ingest(feed_a.id, [item(STATUS_1, "a-1", "https://a.example/status/1")])
    second = store.ingest(feed_b.id, [item(STATUS_2, "b-1", "https://b.example/status/2")])
    assert (second.new, second.merged) == (1, 0)
    assert len(store.stories(iss_only=False)) == 2


def test_a_guid_given_to_another_story_keeps_the_old_one_and_adds_the_new(store):
    """A feed reused an item id for a new story (new link, new title, other text): the
    poll had overwritten the stored story with it, so the old one was lost and the new
    one never posted as new."""
    first, other = load(PAIRS[0])["a"], load(PAIRS[-1])["b"]
    assert not dedupe.similarity(shingles(first), shingles(other)).same_event
    feed = store.add_feed("https://a.example/rss")
    store.ingest(feed.id, [item(first, "kl-1", "https://a.example/1")])
    reused = store.ingest(feed.id, [item(other, "kl-1", "https://a.example/2")])
    assert (reused.new, reused.updated) == (1, 0)
    assert {s.title for s in store.stories(iss_only=False)} == {first["title"], other["title"]}
    # polled again, each is found where it is: nothing new, nothing changed
    again = store.ingest(feed.id, [item(other, "kl-1", "https://a.example/2")])
    assert (again.unchanged, again.new, again.updated) == (1, 0, 0)
    # a correction of the story under its guid, with a new link and headline, still updates
    fixed = dict(other, title=other["title"] + " (corrected)", text=other["text"] + " Corrected.")
    corrected = store.ingest(feed.id, [item(fixed, "kl-1", "https://a.example/2-corrected")])
    assert (corrected.updated, corrected.new) == (1, 0)
    assert store.counts()["stories"] == 2


def test_a_teaser_under_its_guid_with_a_new_link_and_title_updates_its_story(store):
    # the story holds the article page; the feed's teaser, retitled and relinked, is the
    # same item (its words are in the page), not a new story on a reused guid
    page = load(PAIRS[0])["a"]
    feed = store.add_feed("https://a.example/rss")
    store.ingest(feed.id, [item(page, "g-7", "https://a.example/7")])
    teaser = dict(page, title="Updated: " + page["title"], text=page["text"][:300])
    again = store.ingest(feed.id, [item(teaser, "g-7", "https://a.example/7-updated")])
    assert again.new == 0 and store.counts()["stories"] == 1


def test_a_rewrite_merged_by_its_quotation_keeps_the_fuller_earlier_report(store):
    # the member's pair arrived shorter and later first (a09, 4 Nov): the story kept its
    # text and date, and answers lost the first report's quotes ("reconsider the date of
    # its withdrawal"), though both feeds were listed
    doc = load(FIXTURES / "same_17_member_rewrite_shelestov_threat.json")
    feed_b = store.add_feed("https://b.example/rss", "Outlet B")
    feed_a = store.add_feed("https://a.example/rss", "Outlet A")
    from dataclasses import replace

    from summaries.analyse import analyse

    def analysed(side: dict, guid: str, url: str) -> IncomingItem:
        return replace(item(side, guid, url), analysis=analyse(side["title"], side["text"]))

    store.ingest(feed_b.id, [analysed(doc["b"], "b-1", "https://b.example/story/9")])
    second = store.ingest(feed_a.id, [analysed(doc["a"], "a-1", "https://a.example/news/1")])
    [story] = store.stories(iss_only=False)
    assert second.merged == 1
    assert story.text == doc["a"]["text"] and story.published == doc["a"]["published"]
    assert {s.feed for s in story.sources} == {"Outlet A", "Outlet B"}
