"""Durable saves: a save killed half-way leaves the previous file intact and loadable.

``kgraph.io`` writes beside the target (a hidden ``.NAME.*.tmp`` file), fsyncs and renames.
A process killed during a save can leave that temporary file behind; it never has a graph
extension, so nothing loads it by mistake (see docs/errors.md).

The saving process is killed (SIGKILL) at two points it announces on stdout, so the test does
not depend on timing: while serializing a large graph, and with the new graph written and
synced to the temporary file but not yet renamed.
"""

from __future__ import annotations

import itertools
import re
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from rdflib.compare import isomorphic

import kgraph
import kgraph.io
from kgraph.synthetic import synthetic_edges

EXTS = (".ttl", ".trig", ".nt", ".nq", ".jsonld", ".rdf")
SAVER = textwrap.dedent("""
    import os, sys, time
    import kgraph
    import kgraph.io
    from kgraph.synthetic import synthetic_edges

    path, n, pause = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "pause"
    write = kgraph.io.atomic_write_bytes
    fsync = os.fsync

    def announced_write(target, data):  # says when serializing is over and writing starts
        print("writing", flush=True)
        write(target, data)

    def paused_fsync(fd):  # holds the save with the temporary written, before the rename
        fsync(fd)
        print("written", flush=True)
        time.sleep(600)

    kgraph.io.atomic_write_bytes = announced_write
    if pause:
        os.fsync = paused_fsync
    kg = kgraph.KnowledgeGraph()
    kg.add_edges(list(synthetic_edges(n, seed=2)))
    print("saving", flush=True)
    t = time.perf_counter()
    kg.save(path)
    print(f"saved {time.perf_counter() - t:.3f} {len(kg)}", flush=True)
""")
#: Edges in the subprocess's graph: enough that serializing it as Turtle takes a second or more.
N_EDGES = 3000


def _temp_name(graph: Path) -> re.Pattern[str]:
    return re.compile(rf"^\.{re.escape(graph.name)}\..+\.tmp$")


def _start_save(script: Path, path: Path, pause: bool = False) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, str(script), str(path), str(N_EDGES), "pause" if pause else "-"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    assert line == "saving\n", (line, proc.stderr.read())
    return proc


@pytest.fixture
def previous(tmp_path):
    """A valid graph file to be overwritten, with its bytes and graph."""
    kg = kgraph.KnowledgeGraph()
    kg.add_edges(list(synthetic_edges(20, seed=7)))
    path = kg.save(tmp_path / "g.ttl")
    return path, path.read_bytes(), kg


def test_a_save_killed_midway_leaves_the_previous_file(tmp_path, previous):
    path, before, old = previous
    script = tmp_path / "saver.py"
    script.write_text(SAVER, encoding="utf-8")
    # an uninterrupted save replaces an existing file and leaves nothing beside it
    other = tmp_path / "other.ttl"
    other.write_bytes(before)
    out, err = _start_save(script, other).communicate(timeout=600)
    assert out.startswith("writing\nsaved "), (out, err)
    events = int(out.split()[3])
    assert len(kgraph.load(other)) == events > len(old)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.ttl", "other.ttl", "saver.py"]

    # killed while serializing (seconds of work for this graph): nothing was written yet
    proc = _start_save(script, path)
    proc.send_signal(signal.SIGKILL)
    out, _ = proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGKILL and out == "", out
    assert path.read_bytes() == before
    assert kgraph.load(path).edges() == old.edges()

    # killed with the new graph written to the temporary file, just before the rename
    proc = _start_save(script, path, pause=True)
    assert proc.stdout.readline() == "writing\n" and proc.stdout.readline() == "written\n"
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    assert path.read_bytes() == before
    assert kgraph.load(path).edges() == old.edges()
    (stray,) = (p for p in tmp_path.iterdir() if p.name not in ("g.ttl", "other.ttl", "saver.py"))
    assert _temp_name(path).match(stray.name), stray.name  # the temporary stays, named as one
    whole = kgraph.load(stray, format="turtle")  # it holds the whole new graph...
    assert len(whole) == events
    with pytest.raises(kgraph.InputError, match="cannot tell the RDF format"):
        kgraph.load(stray)  # and nothing takes it for a graph


@pytest.mark.parametrize("broken", ["fsync", "replace"])
def test_a_failed_write_leaves_the_previous_file_and_no_temporary(tmp_path, previous, monkeypatch, broken):
    path, before, _ = previous
    kg = kgraph.KnowledgeGraph()
    kg.add_edges(list(synthetic_edges(50, seed=8)))

    def fail(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(kgraph.io.os, broken, fail)
    with pytest.raises(kgraph.StoreError, match="No space left on device"):
        kg.save(path)
    monkeypatch.undo()
    assert path.read_bytes() == before and [p.name for p in tmp_path.iterdir()] == ["g.ttl"]


def test_a_failed_page_write_leaves_the_previous_page(tmp_path, monkeypatch):
    kg = kgraph.KnowledgeGraph()
    kg.add_edges(list(synthetic_edges(10, seed=9)))
    page = tmp_path / "g.html"
    page.write_text("previous page", encoding="utf-8")
    monkeypatch.setattr(kgraph.io.os, "fsync", lambda fd: (_ for _ in ()).throw(OSError(5, "I/O error")))
    with pytest.raises(kgraph.StoreError, match="I/O error"):
        kg.to_html(page)
    monkeypatch.undo()
    assert page.read_text(encoding="utf-8") == "previous page" and len(list(tmp_path.iterdir())) == 1


@pytest.mark.parametrize("written, claimed", [(a, b) for a, b in itertools.product(EXTS, EXTS) if a != b])
def test_a_file_that_is_not_what_its_extension_says(tmp_path, written, claimed):
    # either a clear RDFParseError, or (when one syntax contains the other: N-Triples is also
    # Turtle, TriG and N-Quads) the same graph: never a silently different one
    kg = kgraph.KnowledgeGraph()
    kg.add_edges(list(synthetic_edges(5, seed=3)))
    kg.save(tmp_path / f"src{written}")
    wrong = tmp_path / f"graph{claimed}"
    wrong.write_bytes((tmp_path / f"src{written}").read_bytes())
    compatible = {(".nt", ".ttl"), (".nt", ".trig"), (".nt", ".nq"), (".ttl", ".trig"), (".nq", ".nt"),
                  (".nq", ".ttl"), (".nq", ".trig")}  # kgraph writes quads in the default graph only
    if (written, claimed) in compatible:
        assert isomorphic(kgraph.load(wrong).rdf, kg.rdf)
        return
    fmt = kgraph.io.FORMATS[claimed]
    with pytest.raises(kgraph.RDFParseError, match=rf"graph\{claimed} is not valid {fmt}: \S"):
        kgraph.load(wrong)


@pytest.mark.parametrize("ext", [".nt", ".ttl"])
def test_an_oxigraph_save_is_synced_before_its_rename(tmp_path, monkeypatch, ext):
    """Oxigraph writes the temporary file itself; kgraph must still flush it before renaming."""
    import os

    kg = kgraph.KnowledgeGraph(store="oxigraph", path=tmp_path / "db")
    kg.add_edges(list(synthetic_edges(30, seed=9)))
    events: list[str] = []
    fsync, replace = os.fsync, os.replace
    monkeypatch.setattr(os, "fsync", lambda fd: (events.append("fsync"), fsync(fd))[1])
    monkeypatch.setattr(os, "replace", lambda a, b: (events.append("replace"), replace(a, b))[1])
    path = kg.save(tmp_path / f"g{ext}")
    monkeypatch.undo()
    kg.close()
    assert events[:2] == ["fsync", "replace"], events
    assert len(kgraph.load(path)) == 30
