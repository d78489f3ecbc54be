"""After a crash: the edge table never runs ahead of the store, stale temporaries go (issue 13.7)."""

from __future__ import annotations

import os
import time

import pytest

import kgraph
from kgraph.ids import KG
from kgraph.stores import oxigraph as oxstore


class _DiesBeforeCommit:
    """A pyoxigraph store whose writes fail as a process killed before the commit would."""

    def __init__(self, real):
        self._real = real

    def bulk_load(self, *args, **kwargs):
        raise RuntimeError("killed before the bulk load committed")

    def load(self, *args, **kwargs):
        raise OSError("killed before the transaction committed")

    def __getattr__(self, name):
        return getattr(self._real, name)


def _events(kg) -> int:
    """Events the Oxigraph store itself holds."""
    return len(list(kg.backend.raw.query(f"SELECT ?e WHERE {{ ?e a <{KG}Event> }}")))


@pytest.mark.parametrize("bulk", [True, False])
def test_the_edge_table_never_holds_rows_the_store_did_not_commit(tmp_path, monkeypatch, bulk):
    try:
        kg = kgraph.KnowledgeGraph(store="oxigraph", path=tmp_path / "store")
    except kgraph.KgraphError as err:
        pytest.skip(f"no oxigraph store here: {err}")
    kg.add_text("Russia condemned Ukraine.", doc_id="a")
    kg.flush()
    assert kg.backend.edge_table.count() == _events(kg) == 1
    if bulk:
        monkeypatch.setattr(oxstore, "_SMALL", 0)  # every batch goes to the background bulk loader
    real = kg.backend._store
    kg.backend._store = _DiesBeforeCommit(real)
    with pytest.raises(kgraph.StoreError):
        kg.add_text("China condemned Japan. France met Germany. Peru met Chile.", doc_id="b")
        kg.flush()
    kg.backend._store = real
    assert _events(kg) == 1
    assert kg.backend.edge_table.count() == 1  # no rows for the events the store never got
    assert [str(e) for e in kg.edges()] == ["Russia --condemns--> Ukraine"]
    kg.close()


def _temps(folder, name):
    return sorted(p.name for p in folder.iterdir()
                  if p.name.startswith(f".{name}.") and p.name.endswith(".tmp"))


@pytest.mark.parametrize("store", ["memory", "oxigraph"])
def test_stale_temporaries_of_a_killed_save_go_on_the_next_save_and_load(tmp_path, store):
    try:
        kg = kgraph.KnowledgeGraph(store=store, **({"path": tmp_path / "db"} if store == "oxigraph" else {}))
    except kgraph.KgraphError as err:
        pytest.skip(f"no {store} store here: {err}")
    kg.add_text("Russia condemned Ukraine.", doc_id="a")
    out = tmp_path / "out"
    out.mkdir()
    old = time.time() - 3600
    names = {
        ".g.ttl.k3x_9qzt.tmp": old,    # left by a save killed an hour ago: kgraph's naming
        ".g.ttl.a1b2c3d4.tmp": None,   # a save running now in another process: too fresh
        ".g.ttl.mine.tmp": old,        # not a name kgraph makes
        ".h.ttl.k3x_9qzt.tmp": old,    # another graph's
        "notes.tmp": old,
    }
    for name, mtime in names.items():
        (out / name).write_bytes(b"x" * 1000)
        if mtime is not None:
            os.utime(out / name, (mtime, mtime))
    kg.save(out / "g.ttl")
    assert _temps(out, "g.ttl") == [".g.ttl.a1b2c3d4.tmp", ".g.ttl.mine.tmp"]
    assert (out / ".h.ttl.k3x_9qzt.tmp").exists() and (out / "notes.tmp").exists()
    # the next load of the file cleans up too
    (out / ".g.ttl.zzzzzzzz.tmp").write_bytes(b"x")
    os.utime(out / ".g.ttl.zzzzzzzz.tmp", (old, old))
    assert len(kgraph.load(out / "g.ttl").edges()) == 1
    assert _temps(out, "g.ttl") == [".g.ttl.a1b2c3d4.tmp", ".g.ttl.mine.tmp"]
    kg.close()
