"""Not English: Latin-script French, Spanish and German get the warning; English never does."""

import json
import re
import warnings
from pathlib import Path

import pytest

import kgraph
from kgraph.language import looks_english

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
EVAL = ROOT.parent / "shared" / "eval" / "articles"  # the real-article set, outside the repository

# Written for these tests: news in the languages kgraph does not read.
FOREIGN = {
    "French": "La France a condamné lundi l'attaque contre l'ambassade et a demandé au Conseil de "
              "sécurité de se réunir. Le ministre des Affaires étrangères a rencontré son homologue "
              "allemand à Paris pour discuter de la situation.",
    "French sentence": "Le président français a rencontré le chancelier allemand à Berlin pour discuter "
                       "de l'aide à l'Ukraine.",
    "Spanish": "El gobierno de México condenó el ataque y pidió a las Naciones Unidas una reunión urgente "
               "del Consejo de Seguridad, según un comunicado de la cancillería.",
    "German": "Die Bundesregierung hat den Angriff scharf verurteilt und den russischen Botschafter ins "
              "Auswärtige Amt einbestellt.",
    "German sentence": "Scholz traf Macron in Paris, um über die Hilfe für die Ukraine zu sprechen.",
    "Italian": "Il governo italiano ha condannato l'attacco e ha chiesto una riunione urgente del "
               "Consiglio di sicurezza.",
}


def _english_texts():
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))}
    if EVAL.is_dir():
        texts.update({p.name: p.read_text(encoding="utf-8") for p in sorted(EVAL.glob("d*.txt"))})
    for line in (DATA / "constructions.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        texts[f"construction {rec.get('id')}"] = rec["text"]
    return texts


def _units(text):
    """Every line and every sentence of a text: headlines, bylines, single sentences."""
    for line in text.splitlines():
        yield line
        yield from re.split(r"(?<=[.!?])\s+", line)


@pytest.mark.parametrize("name", sorted(FOREIGN))
def test_latin_script_foreign_text_warns_and_gives_nothing(name):
    assert not looks_english(FOREIGN[name])
    with pytest.warns(kgraph.NotEnglishWarning, match="does not look like English"):
        assert kgraph.extract(FOREIGN[name], doc_id=name) == []


def test_english_news_never_warns_whole_or_line_by_line():
    texts = _english_texts()
    assert len(texts) >= 100
    wrong = []
    for name, text in texts.items():
        if not looks_english(text):
            wrong.append((name, text[:80]))
        for unit in _units(text):
            latin = sum(ch.isascii() for ch in unit if ch.isalpha())
            letters = sum(ch.isalpha() for ch in unit)
            if letters and latin / letters < 0.6:
                continue  # a line in another script (a translation credit in Russian) may warn
            if not looks_english(unit):
                wrong.append((name, unit[:80]))
    assert not wrong, wrong


@pytest.mark.parametrize("headline", [
    "Le Pen meets von der Leyen in Brussels",
    "Lula da Silva hosts El Salvador's Bukele in Brasilia",
    "Los Angeles mayor condemns attack",
    "UN chief urges restraint",
])
def test_english_headlines_with_foreign_names_do_not_warn(headline):
    with warnings.catch_warnings():
        warnings.simplefilter("error", kgraph.NotEnglishWarning)
        kgraph.extract(headline)


def test_a_non_latin_script_still_warns():
    with pytest.warns(kgraph.NotEnglishWarning):
        assert kgraph.extract("Россия осудила решение Соединённых Штатов направить войска в регион.") == []
