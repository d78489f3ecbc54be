"""Queries stay on the graph: SERVICE, FROM and LOAD send nothing unless the caller opts in (issue 13.1).

Each test starts its own HTTP server on 127.0.0.1 (a free port, a daemon thread, a
socket timeout) that records every request it gets, and stops it at the end.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

import kgraph
from kgraph.checks import check_local_query
from kgraph.cli import main

_EMPTY = json.dumps({"head": {"vars": ["x"]}, "results": {"bindings": []}}).encode()


class _Recorder(BaseHTTPRequestHandler):
    timeout = 5

    def _answer(self) -> None:
        self.server.requests.append((self.command, self.path))  # type: ignore[attr-defined]
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(_EMPTY)))
        self.end_headers()
        self.wfile.write(_EMPTY)

    def do_GET(self) -> None:
        self._answer()

    def do_POST(self) -> None:
        self._answer()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def listener():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    server.requests = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


def _url(server) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}/sparql"


def _queries(url: str) -> list[str]:
    return [
        f"SELECT ?x WHERE {{ SERVICE <{url}> {{ ?x ?p ?o }} }}",
        f"select ?x where {{ service silent <{url}> {{ ?x ?p ?o }} }}",
        f"SELECT ?x FROM <{url}> WHERE {{ ?x ?p ?o }}",
        f"SELECT ?x FROM NAMED <{url}> WHERE {{ GRAPH ?g {{ ?x ?p ?o }} }}",
        f"PREFIX r: <{url}>\nSELECT ?x WHERE {{ SERVICE r: {{ ?x ?p ?o }} }}",
        f"ASK {{ SERVICE <{url}> {{ ?x ?p ?o }} }}",
        f"CONSTRUCT {{ ?x ?p ?o }} WHERE {{ SERVICE <{url}> {{ ?x ?p ?o }} }}",
    ]


@pytest.fixture
def kg(one_edge_kg):
    return one_edge_kg


def test_remote_queries_are_refused_and_send_nothing(kg, listener):
    for q in _queries(_url(listener)):
        with pytest.raises(kgraph.InputError, match="allow_remote"):
            kg.sparql(q)
    assert listener.requests == []
    assert kg.sparql("ASK { ?s ?p ?o }") == [{"ask": True}]


def test_remote_query_through_the_command_line_sends_nothing(listener, tmp_path, capsys):
    kg = kgraph.KnowledgeGraph()
    kg.add_text("Russia condemned Ukraine.", doc_id="d")
    path = kg.save(tmp_path / "g.ttl")
    url = _url(listener)
    query = f"SELECT ?x WHERE {{ SERVICE <{url}> {{ ?x ?p ?o }} }}"
    assert main(["query", str(path), "--sparql", query]) == 1
    assert "allow_remote" in capsys.readouterr().err
    assert listener.requests == []


def test_allow_remote_is_an_explicit_opt_in(listener):
    kg = kgraph.KnowledgeGraph()
    rows = kg.sparql(f"SELECT ?x WHERE {{ SERVICE <{_url(listener)}> {{ ?x ?p ?o }} }}", allow_remote=True)
    assert rows == [] and listener.requests != []


def test_a_refused_connection_with_allow_remote_is_a_store_error():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    port = server.server_address[1]
    server.server_close()  # nothing listens there now
    kg = kgraph.KnowledgeGraph()
    with pytest.raises(kgraph.KgraphError):
        kg.sparql(f"SELECT ?x WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?x ?p ?o }} }}",
                  allow_remote=True)


@pytest.mark.parametrize("query", [
    "SELECT ?service ?from WHERE { ?service ?from ?load }",
    "SELECT ?x WHERE { ?x ?p 'SERVICE <http://127.0.0.1/> FROM LOAD' }",
    "PREFIX service: <http://example.org/>\nSELECT ?x WHERE { ?x service:from ?load }",
    "SELECT ?x WHERE { ?x <http://example.org/SERVICE> ?o } # FROM <http://x>",
])
def test_the_words_as_names_strings_or_comments_are_not_refused(query):
    check_local_query(query)
