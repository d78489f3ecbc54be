"""Streaming ingestion: records read lazily, idempotent re-adding, HTML pages, the extract command."""

from __future__ import annotations

import json
import sys

import pytest

import kgraph
from kgraph.cli import main

PAGE = """<html><head><title>Talks in Istanbul</title></head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | Subscribe now</nav>
<article><h1>Talks in Istanbul</h1>
<p>Russia met Ukraine in Istanbul on Friday for the first direct talks in three years.</p>
<p>Chile condemned Peru after the border incident, the foreign ministry said in a statement.</p>
</article>
<div class="comments"><p>Reader comment: France condemned Germany, lol.</p></div>
<footer>Copyright Example News. Advertisement: Brazil supports Argentina in our sale.</footer>
</body></html>"""


def test_records_stream_through_in_batches(monkeypatch):
    read = []

    def records():
        for i in range(60):
            read.append(i)
            yield {"id": f"d{i}", "text": f"Chile condemned Peru on day {i}."}

    kg = kgraph.KnowledgeGraph()
    ahead = []
    store = kg._store_document

    def spy(document, edges):
        ahead.append(len(read) - int(document.id[1:]))
        store(document, edges)

    monkeypatch.setattr(kg, "_store_document", spy)
    assert kg.add_documents(records(), batch_size=4, progress=False, keep_edges=False) == []
    assert len(kg.documents()) == 60 and len(kg) == 60
    assert max(ahead) <= 3 * 4  # only a few batches in flight, never the whole corpus


@pytest.mark.parametrize("store", ["memory", "oxigraph"])
def test_adding_a_document_again_replaces_it(store, tmp_path):
    kg = kgraph.KnowledgeGraph(store=store, **({"path": tmp_path / "db"} if store == "oxigraph" else {}))
    docs = [{"id": "a", "text": "Russia met China."}, {"id": "b", "text": "Chile condemned Peru."}]
    kg.add_documents(docs, progress=False)
    triples = len(kg.backend)
    kg.add_documents(docs, progress=False)
    assert len(kg) == 2 and len(kg.backend) == triples
    kg.add_documents([{"id": "a", "text": "Russia condemned China."}], progress=False)
    assert sorted(e.relation for e in kg.edges()) == ["condemns", "condemns"]
    assert kg.remove_document("a") == 1 and [d.id for d in kg.documents()] == ["b"]
    kg.close()


def test_jsonl_is_read_line_by_line(tmp_path):
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(json.dumps({"id": f"n{i}", "text": "Chile condemned Peru.", "title": "T",
                                          "date": "2024-05-01", "outlet": "Wire"}) for i in range(5))
                    + "\n\n", encoding="utf-8")
    kg = kgraph.KnowledgeGraph()
    kg.add_documents([path], progress=False)
    assert [d.id for d in kg.documents()] == [f"n{i}" for i in range(5)]
    assert kg.documents()[0].outlet == "Wire" and kg.edges()[0].date == "2024-05-01"


def test_html_pages_are_cleaned_by_trafilatura(tmp_path):
    pytest.importorskip("trafilatura")
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "talks.html").write_text(PAGE, encoding="utf-8")
    (folder / "note.txt").write_text("Russia condemned Ukraine.", encoding="utf-8")
    kg = kgraph.KnowledgeGraph()
    kg.add_documents([folder], progress=False)
    got = {(e.doc_id, e.source.label, e.relation, e.target.label) for e in kg.edges()}
    assert ("talks.html", "Russia", "meets", "Ukraine") in got
    assert ("talks.html", "Chile", "condemns", "Peru") in got
    assert not {("France", "Germany"), ("Brazil", "Argentina")} & {(s, t) for _d, s, _r, t in got}
    assert {d.id: d.title for d in kg.documents()}["talks.html"] == "Talks in Istanbul"


def test_html_without_trafilatura_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # as if not installed
    page = tmp_path / "a.html"
    page.write_text(PAGE, encoding="utf-8")
    with pytest.raises(kgraph.InputError, match=r'pip install "kgraph\[html\]"'):
        kgraph.KnowledgeGraph().add_documents([page], progress=False)
    (tmp_path / "b.txt").write_text("Chile condemned Peru.", encoding="utf-8")
    kg = kgraph.KnowledgeGraph()
    with pytest.warns(kgraph.SkippedInputWarning, match="trafilatura"):
        kg.add_documents([tmp_path], progress=False)  # a folder: the page is skipped, the rest read
    assert [d.id for d in kg.documents()] == ["b.txt"]


def test_extract_command_writes_a_persistent_store(tmp_path, seeds_dir, capsys, seeds_kg):
    db = tmp_path / "db"
    assert main(["extract", str(seeds_dir), "--store", "oxigraph", "--store-path", str(db)]) == 0
    assert "stored in oxigraph:" in capsys.readouterr().out
    assert main(["extract", str(seeds_dir), "--store", "oxigraph", "--store-path", str(db), "-q"]) == 0
    kg = kgraph.KnowledgeGraph(store="oxigraph", path=db)
    assert kg.edges() == seeds_kg.edges()  # extracted twice, stored once
    kg.close()
    assert main(["extract", str(seeds_dir), "--store", "oxigraph"]) == 1
    assert "--store-path" in capsys.readouterr().err
