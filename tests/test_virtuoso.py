"""The sparql store against a real Virtuoso: server setup, chunked updates, stopping by PID."""

from __future__ import annotations

import os
import time

import pytest

import kgraph
from kgraph.synthetic import synthetic_edges

from .virtuoso import VirtuosoServer, ensure_installed, shared_server


@pytest.fixture(scope="module")
def server() -> VirtuosoServer:
    found = shared_server()
    if isinstance(found, str):
        pytest.skip(found)
    return found


def test_server_was_installed_started_and_granted(server, capsys):
    assert server.proc is not None and server.proc.poll() is None
    with capsys.disabled():  # the figure the issue asks for, printed in the test log
        print(f"\n[virtuoso setup {server.setup_seconds:.1f} s, of which start + grant "
              f"{server.startup_seconds:.1f} s]", end=" ")
    kg = kgraph.KnowledgeGraph(store="sparql", endpoint=server.endpoint, graph="https://example.org/granted")
    kg.add_edges(kgraph.extract("Chile condemned Peru.", doc_id="a"))  # needs SPARQL_UPDATE rights
    assert [str(e) for e in kg.edges()] == ["Chile --condemns--> Peru"]
    kg.backend.clear()
    assert len(kg) == 0


def test_updates_go_in_chunks_of_about_a_thousand_triples(server):
    kg = kgraph.KnowledgeGraph(store="sparql", endpoint=server.endpoint, graph="https://example.org/chunks")
    sent: list[int] = []
    post = kg.backend._update

    def counting(text: str) -> None:
        sent.append(text.count("\n") - 1)
        post(text)

    kg.backend._update = counting
    kg.add_edges(list(synthetic_edges(150, seed=1)))
    assert 3000 < len(kg.backend) <= sum(sent)  # repeated direct triples are stored once
    assert max(sent) == 1000 and len(sent) >= 3
    assert len(kg) == 150
    kg.backend.clear()


def test_a_second_server_stops_by_its_pid():
    assert ensure_installed() is None or pytest.skip(ensure_installed())
    t0 = time.monotonic()
    srv = VirtuosoServer(buffers=2000).start()
    pid, folder = srv.proc.pid, srv.dir
    assert time.monotonic() - t0 < 120
    srv.stop()
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)
    assert not folder.exists()
