"""Extraction on a Dask LocalCluster gives the serial result, into any store."""

from __future__ import annotations

import pytest

import kgraph

distributed = pytest.importorskip("dask.distributed")

from kgraph.distributed import add_documents_distributed  # noqa: E402


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                       dashboard_address=None)
    with cluster, distributed.Client(cluster) as c:
        yield c


@pytest.mark.parametrize("store", ["memory", "oxigraph"])
def test_distributed_extraction_matches_serial(client, store, seeds_dir, seeds_kg, tmp_path):
    options = {"path": tmp_path / "db"} if store == "oxigraph" else {}
    kg = kgraph.KnowledgeGraph(store=store, **options)
    n = add_documents_distributed(kg, [seeds_dir], client, partition_size=2, max_in_flight=2,
                                  progress=False)
    assert n == len(seeds_kg.documents())
    assert kg.edges() == seeds_kg.edges()
    assert kg.documents() == seeds_kg.documents()
    # documents seen again replace themselves
    assert add_documents_distributed(kg, [seeds_dir], client, progress=False) == n
    assert len(kg) == len(seeds_kg)
    kg.close()
