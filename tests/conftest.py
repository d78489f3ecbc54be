"""Shared fixtures: the seeds, a graph built from them once per session."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import kgraph

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}


@pytest.fixture(scope="session")
def seed_meta() -> dict:
    return json.loads((SEEDS / "metadata.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seeds_kg() -> kgraph.KnowledgeGraph:
    kg = kgraph.KnowledgeGraph()
    kg.add_documents([SEEDS], progress=False)
    return kg


def find(edges, source=None, relation=None, target=None, **flags):
    """Edges matching labels (any of source/target labels) and flags."""
    out = []
    for e in edges:
        if source is not None and e.source.label != source:
            continue
        if target is not None and e.target.label != target:
            continue
        if relation is not None and e.relation != relation:
            continue
        if any(getattr(e, k) != v for k, v in flags.items()):
            continue
        out.append(e)
    return out


@pytest.fixture(scope="session")
def chromium() -> str:
    """Path of a headless Chromium (installed with apt-get when missing), or skip."""
    from .browser import BrowserUnavailableError, ensure_chromium

    try:
        return ensure_chromium()
    except BrowserUnavailableError as err:
        pytest.skip(f"no headless browser: {err}")


@pytest.fixture(params=["memory", "oxigraph"])
def one_edge_kg(request):
    """A graph holding one edge (Russia condemns Ukraine, document "d") on each local store."""
    try:
        graph = kgraph.KnowledgeGraph(store=request.param)
    except kgraph.KgraphError as err:
        pytest.skip(f"no {request.param} store here: {err}")
    a = kgraph.Actor(id="https://w3id.org/kgraph/actor/russia", label="Russia", kind="state")
    b = kgraph.Actor(id="https://w3id.org/kgraph/actor/ukraine", label="Ukraine", kind="state")
    graph.add_edges([kgraph.Edge(source=a, target=b, relation="condemns", sentence="s", doc_id="d",
                                 start=0, end=1, confidence=0.8)])
    yield graph
    graph.close()
