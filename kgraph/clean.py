"""Remove boilerplate (newsletters, comments, ads, FAQ blocks, menus) before extraction.

Cleaning works on lines and keeps a map back to the original text, so that
evidence offsets always point into the text the user gave. The patterns are
data (``kgraph/data/boilerplate.json``).

Examples
--------
>>> from kgraph.clean import clean
>>> c = clean("Russia condemned the attack.\\nSign up for our free weekly newsletter\\nMore junk.")
>>> c.text
'Russia condemned the attack.\\n'
>>> c.to_original(7)
7
"""

from __future__ import annotations

import bisect
import json
import re
import warnings
from dataclasses import dataclass
from functools import lru_cache

from ._data import read_data
from .sources import SkippedInputWarning

__all__ = ["CleanText", "clean", "dropped_chars", "mask_markup"]

_BULLET = re.compile(r"^\s*([-*•·‣–—]|\d+[.)])\s+")
_END_PUNCT = re.compile(r"[.!?\"'”’:;)\]»…]\s*$")
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s*$")
_COPYRIGHT_LINE = re.compile(r"^\s*(\(c\)|©|copyright)\s*(\d{4}\b|.*\ball rights reserved\b)", re.IGNORECASE)

#: Cleaning that drops more lines and characters than these is reported with a warning.
REPORT_LINES = 3
REPORT_CHARS = 200


@dataclass(frozen=True)
class CleanText:
    """Cleaned text plus the offsets of each kept piece in the original.

    Attributes
    ----------
    text : str
        The kept lines, joined.
    segments : tuple of (int, int, int)
        ``(clean_start, original_start, length)`` for each kept piece.
    dropped : int
        Number of lines removed.
    dropped_chars : int
        Number of non-blank characters removed (the text of the dropped lines, stripped).
    headings : tuple of (int, int)
        Clean-text spans of heading lines (kept for context, never a source of edges).
    """

    text: str
    segments: tuple[tuple[int, int, int], ...]
    dropped: int = 0
    headings: tuple[tuple[int, int], ...] = ()
    #: True when HTML markup was blanked out (evidence sentences then differ from the raw slice)
    masked: bool = False
    dropped_chars: int = 0

    def to_original(self, offset: int) -> int:
        """Map an offset in :attr:`text` to the offset in the original text."""
        starts = [s[0] for s in self.segments]
        i = bisect.bisect_right(starts, offset) - 1
        if i < 0:
            return offset
        cstart, ostart, length = self.segments[i]
        return ostart + min(offset - cstart, length)

    def in_heading(self, start: int, end: int) -> bool:
        """True when the span lies inside a heading line."""
        return any(hs <= start and end <= he for hs, he in self.headings)


@lru_cache(maxsize=1)
def _rules() -> dict:
    data = json.loads(read_data("boilerplate.json"))
    return {
        "rest": [re.compile(p, re.IGNORECASE) for p in data["drop_rest"]],
        "rest_if_last": [re.compile(p, re.IGNORECASE) for p in data.get("drop_rest_if_last", [])],
        "footer_words": int(data.get("footer_max_words", 8)),
        "footer_share": float(data.get("footer_max_share", 0.6)),
        "prose_share": float(data.get("footer_max_prose_share", 0.35)),
        "block": [re.compile(p, re.IGNORECASE) for p in data["drop_block"]],
        "line": [re.compile(p, re.IGNORECASE) for p in data["drop_line"]],
        "latin": float(data.get("min_latin_share", 0.5)),
        "heading": int(data.get("heading_max_words", 20)),
        "lead_lines": int(data.get("headline_lines", 2)),
    }


def _is_footer(body: str, before: str, after: str, rules: dict, strong: bool) -> bool:
    """True when an end-of-article marker line is plausibly the start of the page's footer.

    It must read as a marker, not a sentence (a few words without a final full stop:
    "Leave a Reply", "(c) Ukrinform", "A Message from The Moscow Times:"; a copyright
    notice with a year may end with one), and come at the end: what follows it is at
    most ``footer_max_share`` of the text before it, and holds little article prose
    (see :func:`_prose`): at most ``footer_max_prose_share`` of the text before a
    ``drop_rest`` (``strong``) marker, none after a ``drop_rest_if_last`` one.
    "Copyright law was debated." or a "Comments" line in the middle of an article is
    article text.
    """
    if len(body.split()) > rules["footer_words"]:
        return False
    if _SENTENCE_END.search(body) and not _COPYRIGHT_LINE.match(body):
        return False
    size = _visible(before)
    if _visible(after) > rules["footer_share"] * size:
        return False
    prose = _prose(after, rules)
    return prose <= rules["prose_share"] * size if strong else prose == 0


def _prose(text: str, rules: dict) -> int:
    """Visible characters of the article-like lines of ``text``.

    Such a line is not indented and not a bullet (comments under an article usually
    are), has 8 words or more, ends a sentence, and no ``drop_line`` pattern drops it.
    """
    total = 0
    for line in text.split("\n"):
        body = line.strip()
        if (not body or line[0].isspace() or _BULLET.match(line) or len(body.split()) < 8
                or not _SENTENCE_END.search(body) or any(p.search(body) for p in rules["line"])):
            continue
        total += _visible(body)
    return total


def _visible(text: str) -> int:
    return len(text) - sum(1 for ch in text if ch.isspace())


def _is_foreign(line: str, share: float) -> bool:
    letters = _LETTER.findall(line)
    if len(letters) < 3:
        return False
    latin = sum(1 for ch in letters if _LATIN.match(ch))
    return latin / len(letters) < share


def _is_heading(line: str, max_words: int) -> bool:
    words = line.split()
    return 0 < len(words) <= max_words and not _END_PUNCT.search(line) and not _BULLET.match(line)


_MENU = re.compile(r"\s[|/>»•·]\s")
_PROSE_WORD = re.compile(r"\b[a-z]{3,}\b")


def _states(line: str) -> bool:
    """True when a short line before the body could be a headline or standfirst: it has a
    lower-case word of prose and is no menu (two separators or more)."""
    return bool(_PROSE_WORD.search(line)) and len(_MENU.findall(f" {line} ")) < 2


_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>")
_HIDDEN = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_BLOCK = frozenset((
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "article", "section",
    "header", "footer", "table", "tr", "td", "th", "blockquote", "pre", "title", "body", "html",
    "head", "nav", "aside", "figure", "figcaption", "hr",
))
_INLINE = frozenset((
    "a", "b", "i", "u", "s", "em", "strong", "span", "font", "small", "big", "sup", "sub", "img",
    "abbr", "cite", "code", "time", "mark", "label", "q",
))


def mask_markup(text: str) -> str:
    r"""Blank out HTML tags (and script/style content) without moving any character.

    Block tags become a line break followed by spaces, inline tags spaces, so the
    sentence splitter sees paragraphs and every offset still points into the
    original string. Text with fewer than two block tags (``<p>``, ``<div>``...) is not
    HTML and is returned unchanged.

    Examples
    --------
    >>> mask_markup("<p>Russia met China.</p><p>Peru met Chile.</p>")
    '\n  Russia met China.\n   \n  Peru met Chile.\n   '
    """
    if sum(1 for m in _TAG.finditer(text[:200_000]) if m.group(2).lower() in _BLOCK) < 2:
        return text  # not an HTML document: angle brackets may belong to names

    def blank(m: re.Match) -> str:
        piece = m.group(0)
        if m.re is _TAG:
            name = m.group(2).lower()
            if name in _BLOCK:
                return "\n" + " " * (len(piece) - 1)
            if name not in _INLINE:
                return piece
        return "".join("\n" if ch == "\n" else " " for ch in piece)

    return _TAG.sub(blank, _HIDDEN.sub(blank, text))


def clean(text: str, warn: bool = True) -> CleanText:
    """Return the article text with boilerplate lines removed.

    Dropped: everything after an end-of-article marker (comment forms,
    newsletter sign-ups, "You may also like", copyright lines) where it is plausibly the
    footer (a short line that is not a sentence, near the end: see :func:`_is_footer`),
    FAQ blocks, single boilerplate lines (share buttons, "Pro tip", ads),
    short bullet menus before the body, and lines mostly not in Latin script.
    Headings (short lines without final punctuation after the body has begun: subheads,
    bylines, links to other stories) are kept but flagged; the headline and standfirst
    before the body are text like any other.

    Dropping more than :data:`REPORT_LINES` lines and :data:`REPORT_CHARS` characters
    issues a :class:`~kgraph.SkippedInputWarning` that gives the number of characters and
    the reason; :attr:`CleanText.dropped_chars` keeps the count.
    """
    rules = _rules()
    raw = text
    text = mask_markup(text)
    # lines end at "\n" only, where the parser starts a sentence (kgraph.nlp): str.splitlines also
    # breaks at \x1c-\x1e, \x85, U+2028..., and a line dropped after one of those would join the
    # pieces around it into one sentence whose evidence offsets span the dropped text
    lines = text.split("\n")
    lines = [line + "\n" for line in lines[:-1]] + ([lines[-1]] if lines[-1] else [])
    pieces: list[tuple[int, str, bool]] = []
    offset = 0
    dropped = 0
    chars = 0
    cut = ""
    in_block = False
    seen_body = False
    lead_lines = 0  # headline-shaped lines before the body (a kicker and the headline count)
    for line in lines:
        start = offset
        offset += len(line)
        body = line.strip()
        if not body:
            pieces.append((start, line, False))
            continue
        strong = any(p.search(body) for p in rules["rest"])
        if ((strong or any(p.search(body) for p in rules["rest_if_last"]))
                and (seen_body or start > len(text) // 3)
                and _is_footer(body, text[:start], text[offset:], rules, strong)):
            dropped += sum(1 for rest in text[start:].split("\n") if rest.strip())
            chars += _visible(text[start:])
            number = text.count("\n", 0, start) + 1
            cut = (f"line {number}, {body[:60]!r}, reads as the start of the page's footer, "
                   "so it and the text after it were dropped")
            break
        if any(p.search(body) for p in rules["block"]):
            in_block = True
            dropped += 1
            chars += _visible(body)
            continue
        if in_block:
            if _BULLET.match(line) or body.endswith("?") or len(body.split()) <= 3:
                dropped += 1
                chars += _visible(body)
                continue
            in_block = False
        if any(p.search(body) for p in rules["line"]) or _is_foreign(body, rules["latin"]):
            dropped += 1
            chars += _visible(body)
            continue
        if not seen_body and _BULLET.match(line) and len(body.split()) <= 12:
            dropped += 1  # navigation menu before the article body
            chars += _visible(body)
            continue
        # a short unpunctuated line before the body is the headline or standfirst and states
        # the story; after the body has begun it is a subhead, a byline, a date or a link to
        # another story, kept for context but never a source of edges
        shaped = _is_heading(body, rules["heading"])
        heading = shaped and (seen_body or lead_lines >= rules["lead_lines"])
        # a masthead, menu or section label ("Great Lakes Herald", "Home | News | Africa",
        # "AFRICA > GREAT LAKES") states nothing and leaves the headline its place
        lead_lines += shaped and not seen_body and _states(body)
        if not shaped and len(body.split()) >= 8:
            seen_body = True
        pieces.append((start, line, heading))
    if sum(1 for _s, line, _h in pieces if line.strip()) <= 1:
        pieces = [(st, line, False) for st, line, _h in pieces]  # one line of text is no heading
    out: list[str] = []
    segments: list[tuple[int, int, int]] = []
    headings: list[tuple[int, int]] = []
    pos = 0
    for start, line, heading in pieces:
        segments.append((pos, start, len(line)))
        if heading:
            headings.append((pos, pos + len(line)))
        out.append(line)
        pos += len(line)
    if warn and dropped > REPORT_LINES and chars > REPORT_CHARS:
        reason = cut or "boilerplate lines (share buttons, captions, FAQ blocks, foreign-script lines)"
        warnings.warn(f"cleaning dropped {chars} characters ({dropped} lines): {reason}",
                      SkippedInputWarning, stacklevel=5)
    return CleanText("".join(out), tuple(segments), dropped, tuple(headings), text is not raw, chars)


def dropped_chars(text: str) -> int:
    """Return how many non-blank characters :func:`clean` removes from ``text`` (no warning).

    Examples
    --------
    >>> dropped_chars("Russia condemned the attack.\\nSign up for our free weekly newsletter")
    32
    """
    return clean(text, warn=False).dropped_chars if text.strip() else 0
