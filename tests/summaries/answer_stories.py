"""Small original articles for the answers tests, stored through the real Store API.

The analysis (decision, summary, quotes with offsets) is written by hand so that these
tests exercise retrieval and answering, not the classifier's current tuning.
"""

from __future__ import annotations

from pathlib import Path

from summaries.models import Analysis, IncomingItem, Quote
from summaries.store import Store

# (slug, title, published, iss_geopolitical, paragraphs, [(speaker, quoted words)])
ARTICLES = [
    (
        "sanctions-ultimatum",
        "Roscosmos chief ties station future to sanctions",
        "2022-04-02T10:00:00Z",
        True,
        [
            "The director general of Roscosmos, Dmitry Rogozin, said on Saturday that work "
            "with Western partners on the International Space Station could continue only "
            "if sanctions on Russian industry were withdrawn.",
            '"Normal relations between the partners can return only when every one of these '
            'unlawful sanctions is cancelled in full," Rogozin wrote on Telegram.',
            "The two halves of the outpost depend on each other. Russia supplies the "
            "propulsion that keeps the complex in orbit, while the United States provides "
            "most of its electrical power.",
            "Analysts noted that similar threats earlier in the year had not changed daily "
            "operations aboard the laboratory.",
        ],
        [
            (
                "Rogozin",
                "Normal relations between the partners can return only when every one "
                "of these unlawful sanctions is cancelled in full,",
            )
        ],
    ),
    (
        "nasa-letter",
        "NASA answers Moscow's letter on station cooperation",
        "2022-04-05T09:00:00Z",
        True,
        [
            "NASA Administrator Bill Nelson replied to the Russian letter in a note dated "
            "March 30, stressing that export controls still allowed joint operations.",
            '"We remain committed to flying the station safely with all of our partners," '
            "Nelson wrote, adding that crews were unaffected.",
            "The agency said cargo and crew flights would continue on their planned schedule.",
        ],
        [("Nelson", "We remain committed to flying the station safely with all of our partners,")],
    ),
    (
        "leave-after-2024",
        "New Roscosmos head says Russia will quit the station after 2024",
        "2022-07-26T12:00:00Z",
        True,
        [
            "Yuri Borisov, who replaced Rogozin this month, told President Vladimir Putin "
            "that Russia would leave the International Space Station after 2024 and build "
            "its own orbital outpost.",
            '"The decision to leave the station after 2024 has been taken," Borisov said at '
            "the Kremlin meeting.",
            "Russia wants its own station because sanctions have cut its industry off from "
            "Western parts, officials said.",
        ],
        [("Borisov", "The decision to leave the station after 2024 has been taken,")],
    ),
    (
        "seat-swap",
        "Seat swap brings a cosmonaut to a Crew Dragon flight",
        "2022-09-21T08:00:00Z",
        True,
        [
            "A Russian cosmonaut will fly on a SpaceX Crew Dragon under the seat exchange "
            "agreement, while an American astronaut launches on a Soyuz.",
            "Officials on both sides presented the exchange as a safety measure that keeps "
            "someone trained for each segment aboard at all times.",
        ],
        [],
    ),
    (
        "coolant-leak",
        "Coolant leak traced to a meteoroid strike on a Soyuz radiator",
        "2023-01-11T15:00:00Z",
        False,
        [
            "Engineers traced a coolant leak on a docked Soyuz capsule to a small meteoroid "
            "that punctured an external radiator.",
            "An uncrewed replacement capsule will be launched to bring the crew home.",
        ],
        [],
    ),
    (
        "orbital-station-mockup",
        "Mock-up of Russia's planned orbital outpost shown at a military forum",
        "2022-05-10T09:00:00Z",
        True,
        [
            "A full-scale mock-up of the core module of the Russian Orbital Station was "
            "presented on Tuesday at a military-technical forum outside Moscow, a new stage "
            "in the plan to replace the country's part in the International Space Station.",
            "Officials said the first module of the outpost could be launched in 2028, with "
            "the rest following over the next five years.",
        ],
        [],
    ),
    (
        "agency-head-replaced",
        "New head appointed at the Russian space agency",
        "2022-06-01T09:00:00Z",
        True,
        [
            "Dmitry Bakanov replaced Yuri Borisov at the head of the space agency on "
            "Tuesday by a presidential decree.",
            "Analysts expect no change in the agency's policy towards the station.",
        ],
        [],
    ),
]


# Stories for the answer-type checks (summaries/answer_types.py): each says something
# near what a question asks without stating the fact asked for.
CHECK_ARTICLES = [
    (
        "tiangong-crew-docks",
        "Chinese crew docks with Tiangong",
        "2025-04-25T08:00:00Z",
        False,
        [
            "Three Chinese astronauts docked with the Tiangong space station on Friday, "
            "beginning a six-month stay that will include new experiments.",
            "Officials contrasted Tiangong with the International Space Station, which "
            "partners plan to retire by 2030.",
            "Beijing has said it wants to enlarge the station with an expansion module.",
        ],
        [],
    ),
    (
        "japan-extension-share",
        "Japan agrees to pay its share of the station extension",
        "2024-03-01T08:00:00Z",
        True,
        [
            "Japan agreed on Friday to pay its share of the cost of extending the "
            "International Space Station, despite pressure from Moscow over sanctions.",
            "The decision was welcomed by NASA and by the other station partners.",
        ],
        [],
    ),
    (
        "soyuz-commander-unnamed",
        "Next Soyuz crew to be led by a veteran",
        "2024-05-01T08:00:00Z",
        True,
        [
            "The next Soyuz to the International Space Station will be commanded by a "
            "veteran cosmonaut, despite the sanctions dispute, the "
            "agency said on Wednesday.",
        ],
        [],
    ),
    (
        "senator-hearing-china",
        "Senator warns China over station's end",
        "2025-04-10T08:00:00Z",
        True,
        [
            "Senator Hollis criticised Beijing at a hearing on the International Space "
            "Station on Thursday.",
            "“We must not let China own low orbit when the station retires,” he said.",
        ],
        [("Hollis", "We must not let China own low orbit when the station retires,")],
    ),
    (
        "iss-as-turkey-contract",
        "ISS A/S wins Turkish facility services contract",
        "2024-08-15T08:00:00Z",
        False,
        [
            "ISS A/S, the Danish facility services group, said on Thursday that it had won "
            "a cleaning contract in Turkey, its first since it left Russia over the war.",
            "Shareholders welcomed the news.",
        ],
        [],
    ),
    (
        "canadarm3-commitment",
        "Canada stands by Canadarm3",
        "2025-05-08T08:00:00Z",
        True,
        [
            "The Canadian Space Agency said Canada would keep building Canadarm3 despite "
            "the dispute over the lunar station.",
            '"Canadarm3 is a commitment to our partners, and we keep our commitments," '
            "Canadian Space Agency president Lisa Campbell said.",
        ],
        [("Campbell", "Canadarm3 is a commitment to our partners, and we keep our commitments,")],
    ),
    (
        "soyuz-landing-steppe",
        "Soyuz crew lands on the Kazakh steppe despite the sanctions row",
        "2024-10-06T08:00:00Z",
        True,
        [
            "Commander Alexei Ovrashko, flight engineer Nikita Grebenkin and NASA astronaut "
            "Dana Bledsoe landed on the Kazakh steppe on Sunday, as the sanctions row over "
            "the International Space Station went on.",
            "“The steppe smells wonderful,” Ovrashko told a camera crew after the landing.",
        ],
        [("Ovrashko", "The steppe smells wonderful,")],
    ),
]
REASONS = {"iss-as-turkey-contract": ("ISS not mentioned", "no interstate vocabulary")}


def analysis_for(
    text: str, iss: bool, quotes: list[tuple[str, str]], reasons: tuple[str, ...] = ("fixture",)
) -> Analysis:
    found = []
    for speaker, words in quotes:
        start = text.index(words)
        found.append(Quote(words, speaker, start, start + len(words), 0.9))
    first = text.split("\n\n")[0]
    return Analysis(iss, 0.9 if iss else 0.1, reasons, (), first, tuple(found))


def make_store(path: Path, articles: list = ARTICLES) -> Store:
    store = Store(path)
    feed = store.add_feed("https://fixtures.example/feed.xml", "Fixture Wire")
    items = []
    for slug, title, published, iss, paragraphs, quotes in articles:
        text = "\n\n".join(paragraphs)
        reasons = REASONS.get(slug, ("fixture",))
        items.append(
            IncomingItem(
                guid=slug,
                url=f"https://fixtures.example/{slug}",
                title=title,
                text=text,
                published=published,
                analysis=analysis_for(text, iss, quotes, reasons),
            )
        )
    store.ingest(feed.id, items)
    return store


def story_id(store: Store, slug: str) -> int:
    row = store.db.execute(
        "SELECT id FROM stories WHERE url = ?", [f"https://fixtures.example/{slug}"]
    ).fetchone()
    return row[0]
