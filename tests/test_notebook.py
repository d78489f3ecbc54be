"""notebooks/explore_seeds.ipynb: stored without outputs, and it runs top to bottom.

The notebook is executed headlessly with nbclient on a kernel that runs this
interpreter (a kernelspec written to a temporary Jupyter path), so it sees the
kgraph under test and nothing from another Python.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import pytest

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "explore_seeds.ipynb"
KERNEL = "kgraph-test-python"


def test_notebook_is_stored_without_outputs():
    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert code, "the tour has code cells"
    for cell in code:
        assert cell["outputs"] == [] and cell["execution_count"] is None, cell["source"][:1]


@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    pytest.importorskip("matplotlib")

    jupyter = tmp_path_factory.mktemp("jupyter")
    spec = jupyter / "kernels" / KERNEL
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "kgraph test kernel", "language": "python",
    }), encoding="utf-8")
    mp = pytest.MonkeyPatch()
    mp.setenv("JUPYTER_PATH", str(jupyter))
    mp.setenv("JUPYTER_PLATFORM_DIRS", "1")
    mp.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    try:
        nb = nbformat.read(NOTEBOOK, as_version=4)
        start = time.perf_counter()
        nbclient.NotebookClient(nb, kernel_name=KERNEL, timeout=120,
                                resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
        elapsed = time.perf_counter() - start
    finally:
        mp.undo()
    return nb, elapsed


def _outputs(nb, mime: str) -> list[str]:
    return [o["data"][mime] for c in nb.cells if c.cell_type == "code"
            for o in c.outputs if mime in o.get("data", {})]


def test_notebook_runs_headless_and_quickly(executed):
    nb, elapsed = executed
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs
              if o["output_type"] == "error"]
    assert not errors, errors[:1]
    assert elapsed < 60, f"the tour took {elapsed:.0f} s"


def test_notebook_shows_tables_charts_and_the_graph(executed, seeds_kg):
    nb, _ = executed
    html = _outputs(nb, "text/html")
    tables = [h for h in html if h.startswith("<table")]
    assert len(tables) >= 3, "edge tables"
    assert any("Vladimir Putin" in t and "meets" in t for t in tables)
    assert any(h.startswith("<div><b>KnowledgeGraph</b>") and f"{len(seeds_kg)} edges" in h for h in html)
    frames = [h for h in html if h.startswith("<iframe srcdoc=")]
    assert len(frames) == 2 and all("vis.Network" in f for f in frames)
    assert len(_outputs(nb, "image/png")) == 2, "the two charts"
    sparql = "\n".join(_outputs(nb, "text/plain"))
    condemned = seeds_kg.sparql("SELECT ?who WHERE { ?s kg:condemns ?t . ?s rdfs:label ?who }")
    assert condemned and all(repr(r["who"]) in sparql for r in condemned)
