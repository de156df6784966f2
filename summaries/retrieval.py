"""Finding the stories, sentences and quotes a question is about, in bounded time.

The names other modules import from here live in modules named for their job:
terms.py (tokens and stems), aliases.py (the gazetteer and a question's concepts),
story_search.py (the bounded FTS5 search, and why it avoids ``ORDER BY bm25()``) and
lookups.py (quotes, speakers and titles for /quotes, /story and autocomplete).
"""

from __future__ import annotations

from summaries.aliases import ALIASES_FILE, Aliases, Concept, Person, load_aliases
from summaries.lookups import quotes_by_speaker, recent_quotes, speakers, story_titles
from summaries.story_search import (
    TITLE_WEIGHT,
    WINDOW,
    Hit,
    SearchResult,
    idf_of,
    max_story_id,
    search,
)
from summaries.terms import fold, indexed, stem, stems, tokens

__all__ = [
    "ALIASES_FILE",
    "TITLE_WEIGHT",
    "WINDOW",
    "Aliases",
    "Concept",
    "Hit",
    "Person",
    "SearchResult",
    "fold",
    "idf_of",
    "indexed",
    "load_aliases",
    "max_story_id",
    "quotes_by_speaker",
    "recent_quotes",
    "search",
    "speakers",
    "stem",
    "stems",
    "story_titles",
    "tokens",
]
