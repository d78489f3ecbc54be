"""Is a text English? A script check and a function-word check, before extraction.

kgraph's pipeline and dictionaries are English: a text in another language
gives no edges, and should say so (:class:`kgraph.NotEnglishWarning`) rather
than return an empty result in silence.

Two checks, both cheap and explainable:

1. **Script.** At least 60% of the letters are Latin (``A``-``Z``, ``a``-``z``);
   Cyrillic, Arabic or Chinese text fails here.
2. **Function words.** Articles, prepositions, pronouns and auxiliaries make up
   a third to a half of the words of any prose, and each language has its own.
   English ones (*the, of, and, to, that, was...*) are counted against those of
   French, Spanish, German, Italian, Portuguese and Dutch (*le, der, und, los,
   della...*); words both share (*a, in, on, die*) or that name people and places
   in English news (*al*, *van*) count for neither
   (``kgraph/data/function_words.json``). The text is not English when, among at
   least :data:`MIN_FUNCTION_WORDS` such words, the English ones are under
   :data:`MIN_ENGLISH_SHARE`. A headline such as "Le Pen meets von der Leyen" has
   too few to judge and passes; a French sentence has plenty.

Examples
--------
>>> looks_english("Russia condemned the decision of the United States to send troops.")
True
>>> looks_english("La France a condamné lundi la décision des États-Unis, selon le ministère.")
False
>>> looks_english("Le Pen meets von der Leyen")
True
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from ._data import read_data

__all__ = ["MIN_ENGLISH_SHARE", "MIN_FUNCTION_WORDS", "MIN_LATIN_SHARE", "function_word_counts",
           "looks_english"]

#: Share of letters that must be Latin.
MIN_LATIN_SHARE = 0.6
#: Fewer function words than this (a headline, a list of names) are too few to judge by.
MIN_FUNCTION_WORDS = 5
#: Share of the function words found that must be English ones.
MIN_ENGLISH_SHARE = 0.5
#: Only the start of a long text is read: enough words to decide, at a bounded cost.
SAMPLE_CHARS = 20_000

_LATIN = re.compile(r"[A-Za-z]")
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _word_lists() -> tuple[frozenset[str], frozenset[str]]:
    data = json.loads(read_data("function_words.json"))
    english = frozenset(data["english"])
    other = frozenset(w for words in data["other"].values() for w in words)
    if english & other:  # a word on both sides would count twice
        raise ValueError(f"function_words.json: on both sides: {sorted(english & other)}")
    return english, other


def function_word_counts(text: str) -> tuple[int, int]:
    """Return (English, other) function words in ``text`` (lowercased words; see the module notes).

    Examples
    --------
    >>> function_word_counts("Der Kanzler und die Ministerin reisen nach Paris, sagte ein Sprecher.")
    (0, 5)
    """
    english, other = _word_lists()
    en = fx = 0
    for word in _WORD.findall(text[:SAMPLE_CHARS].lower()):
        if word in english:
            en += 1
        elif word in other:
            fx += 1
    return en, fx


def _latin(text: str) -> bool:
    letters = _LETTER.findall(text[:SAMPLE_CHARS])
    if len(letters) < 20:
        return True
    return sum(1 for ch in letters if _LATIN.match(ch)) / len(letters) >= MIN_LATIN_SHARE


def looks_english(text: str) -> bool:
    """Return False when ``text`` is clearly not English: another script, or another language's words.

    Short texts with too few function words to judge (headlines, names) count as English.
    """
    if not _latin(text):
        return False
    en, fx = function_word_counts(text)
    if en + fx < MIN_FUNCTION_WORDS:
        return True
    return en / (en + fx) >= MIN_ENGLISH_SHARE
