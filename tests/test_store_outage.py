"""A remote SPARQL store that dies mid-ingest (issue 7, "Stores").

Virtuoso is killed by its PID just before a chosen ``INSERT DATA`` chunk of
an ingest of the seeds. kgraph must raise its own :class:`~kgraph.StoreError`
naming the document whose triples were being written, with no urllib / http
/ rdflib traceback attached; after a restart on the same database directory,
rerunning the same ingest must leave every document with exactly the events
the in-memory store gives it (no duplicates, nothing missing).
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
import traceback
from collections import Counter

import pytest

import kgraph
from kgraph.ids import doc_iri

from .conftest import SEEDS
from .virtuoso import SERVER, VirtuosoServer, ensure_installed

GRAPH = "https://example.org/test/outage"


class RestartableServer(VirtuosoServer):
    """A VirtuosoServer that can be killed and started again on the same database and ports."""

    def kill(self) -> None:
        """SIGKILL the server by its PID (no checkpoint, no clean shutdown); keep its directory."""
        assert self.proc is not None
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=30)

    def restart(self) -> None:
        """Start ``virtuoso-t`` again with the same ini file (database, log, ports)."""
        assert self.dir is not None
        (self.dir / "virtuoso.lck").unlink(missing_ok=True)
        with open(self.dir / "stdout.log", "ab") as log:
            cmd = [SERVER, "+foreground", "+configfile", str(self.dir / "virtuoso.ini")]
            self.proc = subprocess.Popen(cmd, cwd=self.dir, stdout=log, stderr=subprocess.STDOUT,
                                         stdin=subprocess.DEVNULL, start_new_session=True)
        self._wait()


@pytest.fixture
def server():
    reason = ensure_installed()
    if reason is not None:
        pytest.skip(reason)
    srv = RestartableServer(buffers=2000)
    srv.start()
    yield srv
    srv.stop()


def _events_per_document(kg: kgraph.KnowledgeGraph) -> Counter:
    return Counter(e.doc_id for e in kg.edges())


def _open(server: RestartableServer, chunk: int = 1000) -> kgraph.KnowledgeGraph:
    return kgraph.KnowledgeGraph(store="sparql", endpoint=server.endpoint, graph=GRAPH, chunk_triples=chunk,
                                 timeout=30)


# (triples per INSERT, the INSERT before which the server dies); small chunks so that each seed
# document spans several. (100, 7): in the middle of the ingest, inside the second document.
# (33, 2): the first chunk ends between Israel's "a kg:Actor" and its label, which a rerun
# restores only because TripleWriter writes "a kg:Actor" last.
@pytest.mark.parametrize(("chunk", "kill_before"), [(100, 7), (33, 2)])
def test_outage_mid_ingest_names_the_document_and_a_rerun_repairs_it(server, seeds_kg, capsys, chunk,
                                                                     kill_before):
    t0 = time.monotonic()
    expected = _events_per_document(seeds_kg)
    assert len(expected) == 5 and sum(expected.values()) == len(seeds_kg) > 40

    kg = _open(server, chunk)
    kg.backend.clear()
    post = kg.backend._update
    inserts: list[str] = []

    def dying(text: str) -> None:
        if text.startswith("INSERT"):
            inserts.append(text)
            if len(inserts) == kill_before:
                server.kill()
        post(text)

    kg.backend._update = dying
    with pytest.raises(kgraph.KgraphError) as caught:
        kg.add_documents([SEEDS], progress=False)
    err = caught.value
    assert len(inserts) == kill_before  # nothing was sent after the failure

    # (1) kgraph's own error, naming the document whose triples the dead server did not take
    assert type(err) is kgraph.StoreError, repr(err)
    being_written = [d.id for d in seeds_kg.documents() if f"<{doc_iri(d.id)}>" in inserts[-1]]
    assert being_written, "the killed chunk holds triples of some document"
    assert err.message.startswith("while writing document "), err.message
    assert any(f"document {d}:" in err.message for d in being_written), (err.message, being_written)
    assert "cannot reach SPARQL endpoint" in err.message
    # (2b) no exception from a dependency is chained to it or shown in its traceback
    assert err.__cause__ is None and err.__suppress_context__
    shown = "".join(traceback.format_exception(type(err), err, err.__traceback__))
    assert shown.count("Traceback") == 1
    for dep in ("urllib", "http/client", "http.client", "rdflib", "socket", "ConnectionRefused", "URLError"):
        assert dep not in shown, dep
    frames = {f.filename for f in traceback.extract_tb(err.__traceback__)}
    assert all("/kgraph/" in f or "/tests/" in f for f in frames), frames
    kg.backend.close = lambda: None  # its writer thread is idle; nothing to flush against a dead server

    # (3) restart on the same database: the cut-off ingest left a partial graph...
    server.restart()
    partial = _open(server, chunk)
    before = _events_per_document(partial)
    assert sum(before.values()) < sum(expected.values())
    assert all(before[d] <= n for d, n in expected.items())
    # ... and rerunning the same ingest completes it, every document exactly once
    partial.add_documents([SEEDS], progress=False)
    partial.close()
    again = _open(server)
    after = _events_per_document(again)
    assert after == expected
    assert len(again) == len(seeds_kg)
    assert again.documents() == seeds_kg.documents()
    assert again.actors() == seeds_kg.actors()
    assert again.edges() == seeds_kg.edges()
    assert again.stats()["triples"] == len(seeds_kg.rdf)
    assert len(inserts) == kill_before  # nothing queued behind the failed chunk was sent later
    n_events = again.sparql("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e kg:document ?d }")[0]["n"]
    assert int(n_events) == len(seeds_kg)
    with capsys.disabled():
        print(f"\n[outage after {len(inserts) - 1} chunks of {chunk} triples, "
              f"{sum(before.values())}/{sum(expected.values())} events kept; "
              f"rerun restored all; {time.monotonic() - t0:.1f} s]", end=" ")
    again.backend.clear()
    again.close()
