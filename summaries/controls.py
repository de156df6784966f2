"""Characters a terminal obeys instead of showing: stripped from feed text on the way in
and from every line the console prints on the way out.

Feeds are written by strangers. An ESC in a title recolours or clears the operator's
terminal; U+202E (right-to-left override) makes "evil<U+202E>txt.exe" show "evilexe.txt"; a
zero-width space hides inside a word. Stories stored before ingest stripped them still
carry them, so the console strips again when it prints.

- ANSI CSI and OSC sequences (``ESC [ 31 m``, ``ESC ] … BEL``) go whole: they are
  styling, never content, and leaving "[31m" behind would only be noise.
- Any other C0/C1 control (Unicode category Cc), a lone ESC included, becomes a space, so
  words on either side stay apart ("what<ESC>did" reads "what did"; "ESC c", a terminal
  reset, is harmless as " c"); newline and tab survive where the caller keeps lines.
- Bidi embeddings, overrides, isolates and marks, and zero-width spaces and joiners that
  only hide things, are deleted: they are invisible, and in Thai, say, a zero-width space
  separates words that are written without spaces. ZWJ and ZWNJ stay: emoji sequences
  and Persian spelling need them, and they cannot reorder or recolour anything.
"""

from __future__ import annotations

import re

_ANSI = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI: colours, cursor moves, screen clears
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC: window titles, hyperlinks
    r"|\x9b[0-?]*[ -/]*[@-~]"  # the 8-bit CSI
)
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_CONTROLS_BUT_LINES = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_INVISIBLE = re.compile("[\u061c\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]")


def strip_controls(text: str, *, keep_lines: bool = True) -> str:
    """``text`` with nothing a terminal would act on (see the module docstring).

    ``keep_lines`` keeps newline and tab; without it they become spaces too.
    """
    if not text:
        return text
    text = _ANSI.sub("", text)
    text = (_CONTROLS_BUT_LINES if keep_lines else _CONTROLS).sub(" ", text)
    return _INVISIBLE.sub("", text)


def has_controls(text: str) -> bool:
    """True when ``text`` holds a character :func:`strip_controls` would change, newline
    and tab included (a name or a URL is one line)."""
    return bool(_CONTROLS.search(text) or _INVISIBLE.search(text))
