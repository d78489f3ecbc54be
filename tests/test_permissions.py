"""Written files get the mode the umask gives, and a replaced file keeps its mode."""

import os
import stat

import pytest

import kgraph
from kgraph.io import atomic_write_bytes


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_a_new_file_gets_the_umask_mode(tmp_path, umask_022):
    atomic_write_bytes(tmp_path / "a.txt", b"x")
    assert _mode(tmp_path / "a.txt") == 0o644
    os.umask(0o077)
    atomic_write_bytes(tmp_path / "b.txt", b"x")
    assert _mode(tmp_path / "b.txt") == 0o600


def test_a_replaced_file_keeps_its_mode(tmp_path, umask_022):
    target = tmp_path / "page.html"
    target.write_bytes(b"old")
    for mode in (0o644, 0o640, 0o600):
        os.chmod(target, mode)
        atomic_write_bytes(target, b"new")
        assert _mode(target) == mode and target.read_bytes() == b"new"


def test_saved_graphs_and_pages_are_readable_as_the_umask_allows(tmp_path, umask_022, one_edge_kg):
    """On each local store (the fixture): the saved graph, the page and the CSV."""
    ttl = one_edge_kg.save(tmp_path / "g.ttl")
    page = one_edge_kg.to_html(tmp_path / "g.html")
    csv = kgraph.to_csv(one_edge_kg, tmp_path / "g.csv")
    assert {_mode(p) for p in (ttl, page, csv)} == {0o644}
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
