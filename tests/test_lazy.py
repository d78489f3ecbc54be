"""Reading, querying and exporting a saved graph never imports spaCy.

Each check runs in a fresh interpreter (spaCy is already loaded in this one) and
compares its answers with those of the graph that was extracted with spaCy.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import kgraph

READER = r"""
import json, sys
import kgraph
before = "spacy" in sys.modules
kg = kgraph.load(sys.argv[1])
out = {
    "moscow": sorted(str(e) for e in kg.edges(source="Moscow")),
    "kremlin_affiliated": sorted(str(e) for e in kg.edges(source="the Kremlin", include_affiliated=True)),
    "since": len(kg.edges(since="2024-01-01")),
    "whom": kg.whom("Moscow", "meets"),
    "profile": sorted(kg.profile("Russia")["as_source"]),
    "csv_rows": kg.to_csv().count("\n"),
    "stats": kg.stats()["edges"],
}
kg.to_graphml(sys.argv[2])
kg.to_html(sys.argv[3])
out["spacy_at_import"] = before
out["spacy_after"] = "spacy" in sys.modules
print(json.dumps(out))
"""


def _read_in_fresh_interpreter(path: Path, tmp_path: Path) -> dict:
    done = subprocess.run([sys.executable, "-c", READER, str(path), str(tmp_path / "g.graphml"),
                           str(tmp_path / "g.html")], capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def test_saved_graph_is_read_queried_and_exported_without_spacy(seeds_kg, tmp_path):
    path = seeds_kg.save(tmp_path / "seeds.ttl")
    got = _read_in_fresh_interpreter(path, tmp_path)
    assert got.pop("spacy_at_import") is False
    assert got.pop("spacy_after") is False
    kg = kgraph.load(path)
    assert got["moscow"] and got["moscow"] == sorted(str(e) for e in seeds_kg.edges(source="Moscow"))
    assert all(e.startswith("Russia ") for e in got["moscow"])  # "Moscow" is Russia, from the dictionary
    assert got["kremlin_affiliated"] == sorted(
        str(e) for e in seeds_kg.edges(source="the Kremlin", include_affiliated=True))
    assert got["whom"] == [list(x) for x in seeds_kg.whom("Moscow", "meets")]
    assert got["profile"] == sorted(seeds_kg.profile("Russia")["as_source"])
    assert got["csv_rows"] == kg.to_csv().count("\n") > 1
    assert got["since"] == len(seeds_kg.edges(since="2024-01-01"))
    assert got["stats"] == len(seeds_kg)
    assert (tmp_path / "g.graphml").stat().st_size > 0
    assert "<html" in (tmp_path / "g.html").read_text(encoding="utf-8").lower()


def test_extraction_names_load_on_first_use():
    done = subprocess.run(
        [sys.executable, "-c",
         "import sys, kgraph; a = 'spacy' in sys.modules; from kgraph.extract import CHUNK_CHARS; "
         "print(a, callable(kgraph.extract), kgraph.Extractor.__name__, "
         "issubclass(kgraph.NotEnglishWarning, UserWarning))"],
        capture_output=True, text=True, check=True)
    # importing the submodule leaves kgraph.extract the function, as before
    assert done.stdout.split() == ["False", "True", "Extractor", "True"]


def test_cli_help_does_not_import_spacy():
    done = subprocess.run([sys.executable, "-c",
                           "import sys\nfrom kgraph.cli import main\n"
                           "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
                           "print('spacy' in sys.modules)"],
                          capture_output=True, text=True, check=True)
    assert done.stdout.strip().endswith("False")
